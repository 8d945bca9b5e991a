package vn.edoc.interconnect.edxml;

/**
 * The bounds a reader puts on an untrusted package (giới hạn gói tin), so that no input can exhaust memory, disk or
 * time: the package size in bytes, the number of attachments and the decoded size of each, the length of any
 * element's text (attachment content excepted, which is streamed), the nesting depth and the number of elements.
 * Going over a limit ends reading with an {@link EdxmlException} naming the limit.
 *
 * @param maxPackageBytes    the most bytes read from the input
 * @param maxAttachments     the most attachments in one package
 * @param maxAttachmentBytes the largest decoded attachment
 * @param maxFieldLength     the longest text of one element, in characters (signature values and certificates
 *                           included)
 * @param maxDepth           the deepest nesting of elements
 * @param maxElements        the most elements in one package
 */
public record EdxmlLimits(long maxPackageBytes, int maxAttachments, long maxAttachmentBytes, int maxFieldLength,
                          int maxDepth, int maxElements) {

    private static final EdxmlLimits DEFAULTS = new EdxmlLimits(2L * 1024 * 1024 * 1024, 100,
            1024L * 1024 * 1024, 64 * 1024, 32, 100_000);

    /** Refuses limits below 1. */
    public EdxmlLimits {
        if (maxPackageBytes < 1 || maxAttachments < 0 || maxAttachmentBytes < 0 || maxFieldLength < 1
                || maxDepth < 4 || maxElements < 8) {
            throw new IllegalArgumentException("limits too small: package " + maxPackageBytes + ", attachments "
                    + maxAttachments + ", attachment " + maxAttachmentBytes + ", field " + maxFieldLength
                    + ", depth " + maxDepth + " (at least 4), elements " + maxElements + " (at least 8)");
        }
    }

    /**
     * The defaults: packages up to 2 GiB, 100 attachments of up to 1 GiB each, element text up to 65,536
     * characters, depth 32, 100,000 elements.
     */
    public static EdxmlLimits defaults() {
        return DEFAULTS;
    }

    /** These limits with another package size. */
    public EdxmlLimits withMaxPackageBytes(long value) {
        return new EdxmlLimits(value, maxAttachments, maxAttachmentBytes, maxFieldLength, maxDepth, maxElements);
    }

    /** These limits with another attachment count. */
    public EdxmlLimits withMaxAttachments(int value) {
        return new EdxmlLimits(maxPackageBytes, value, maxAttachmentBytes, maxFieldLength, maxDepth, maxElements);
    }

    /** These limits with another attachment size. */
    public EdxmlLimits withMaxAttachmentBytes(long value) {
        return new EdxmlLimits(maxPackageBytes, maxAttachments, value, maxFieldLength, maxDepth, maxElements);
    }

    /** These limits with another text length. */
    public EdxmlLimits withMaxFieldLength(int value) {
        return new EdxmlLimits(maxPackageBytes, maxAttachments, maxAttachmentBytes, value, maxDepth, maxElements);
    }

    /** These limits with another depth. */
    public EdxmlLimits withMaxDepth(int value) {
        return new EdxmlLimits(maxPackageBytes, maxAttachments, maxAttachmentBytes, maxFieldLength, value,
                maxElements);
    }

    /** These limits with another element count. */
    public EdxmlLimits withMaxElements(int value) {
        return new EdxmlLimits(maxPackageBytes, maxAttachments, maxAttachmentBytes, maxFieldLength, maxDepth,
                value);
    }
}
