package vn.edoc.text;

/**
 * Limits applied when checking or converting text (giới hạn kiểm tra văn bản), so that a hostile or
 * mistaken input cannot exhaust memory or flood a report.
 *
 * @param maxInputBytes      the largest input accepted, in bytes (for an already-decoded string: in UTF-16
 *                           code units); bigger input is refused with {@link TextViolation#INPUT_TOO_LARGE}
 * @param maxReportedPerKind how many violations of one kind are listed one by one; the rest are summed up
 *                           in one {@link TextViolation#MORE_OCCURRENCES} warning
 */
public record TextLimits(long maxInputBytes, int maxReportedPerKind) {

    /** 50 MiB. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 50L * 1024 * 1024;

    /** Twenty occurrences of each kind. */
    public static final int DEFAULT_MAX_REPORTED_PER_KIND = 20;

    private static final TextLimits DEFAULTS = new TextLimits(DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_REPORTED_PER_KIND);

    /** Validates the limits: both must be positive. */
    public TextLimits {
        if (maxInputBytes <= 0) {
            throw new IllegalArgumentException("maxInputBytes must be positive: " + maxInputBytes);
        }
        if (maxReportedPerKind <= 0) {
            throw new IllegalArgumentException("maxReportedPerKind must be positive: " + maxReportedPerKind);
        }
    }

    /** 50 MiB of input, twenty occurrences listed per kind. */
    public static TextLimits defaults() {
        return DEFAULTS;
    }

    /** The default listing with another maximum input size. */
    public static TextLimits ofMaxInputBytes(long maxInputBytes) {
        return new TextLimits(maxInputBytes, DEFAULT_MAX_REPORTED_PER_KIND);
    }
}
