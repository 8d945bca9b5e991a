package vn.edoc.time;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import vn.edoc.document.Urgency;
import vn.edoc.validation.EdocRuleException;

/**
 * What "handled at once" (xử lý ngay) means for each urgency of a received document, R-TIME-2.
 *
 * <p>The seeds: BS Đ7.1 — the clerk handles a received document within 2 office hours, "đặc biệt đối với văn bản
 * khẩn, văn bản hỏa tốc phải xử lý ngay"; LA Đ5.2b — "xử lý ngay ... không quá 02 giờ (giờ hành chính) sau khi nhận";
 * LS Đ7.2 — an urgent document "phải được trình, chuyển giao xử lý ngay sau khi tiếp nhận". So an urgent document must
 * be handled strictly sooner than the 2 office hours of an ordinary one, and the seeds do not say that "at once" waits
 * for office hours.
 *
 * <p>Each urgency gets an allowance measured one of two ways:
 * <ul>
 *   <li>{@link Measure#OFFICE_TIME}: office time counted from the effective receipt (R-TIME-4), so a document
 *       received at night is due during the next office hours;</li>
 *   <li>{@link Measure#ELAPSED}: wall-clock time from the instant received, office hours or not — for documents that
 *       cannot wait for the morning, handled by the clerk on duty (trực).</li>
 * </ul>
 * The default: ordinary — 2 office hours (the seeds); Khẩn — 1 office hour; Thượng khẩn — 1 hour elapsed; Hỏa tốc —
 * 30 minutes elapsed. Khẩn stays within office hours because the seeds name only "khẩn" and "hỏa tốc" as more pressing
 * than ordinary, and halving the ordinary allowance keeps it strictly sooner; the two higher levels exist precisely for
 * what cannot wait for the next office period.
 */
public final class UrgentHandlingPolicy {

    /** How an allowance is measured. */
    public enum Measure {
        /** Office time from the effective receipt. */
        OFFICE_TIME,
        /** Wall-clock time from the instant received. */
        ELAPSED
    }

    /**
     * The allowance for one urgency.
     *
     * @param measure  how it is measured
     * @param duration how long, not negative
     */
    public record Allowance(Measure measure, Duration duration) {
        public Allowance {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative()) {
                throw EdocRuleException.of(TimeViolation.NEGATIVE_DURATION, "duration", duration);
            }
        }
    }

    private static final UrgentHandlingPolicy DEFAULTS = builder()
            .officeTime(Urgency.NORMAL, Duration.ofHours(2))
            .officeTime(Urgency.KHAN, Duration.ofHours(1))
            .elapsed(Urgency.THUONG_KHAN, Duration.ofHours(1))
            .elapsed(Urgency.HOA_TOC, Duration.ofMinutes(30))
            .build();

    private final Map<Urgency, Allowance> allowances;

    private UrgentHandlingPolicy(Map<Urgency, Allowance> allowances) {
        this.allowances = Map.copyOf(allowances);
    }

    /** The default policy described above. */
    public static UrgentHandlingPolicy defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the default policy. */
    public static Builder builder() {
        return new Builder();
    }

    /** The allowance for {@code urgency}; a missing urgency is refused with {@link TimeViolation#MISSING_VALUE}. */
    public Allowance allowance(Urgency urgency) {
        return allowances.get(Required.value(urgency, "urgency"));
    }

    @Override
    public String toString() {
        return new EnumMap<>(allowances).toString();
    }

    /** Builds a policy; urgencies not set keep the default allowance. */
    public static final class Builder {
        private final Map<Urgency, Allowance> allowances = new EnumMap<>(Urgency.class);

        private Builder() {
            if (DEFAULTS != null) {
                allowances.putAll(DEFAULTS.allowances);
            }
        }

        /** {@code urgency} is due {@code d} of office time after the effective receipt. */
        public Builder officeTime(Urgency urgency, Duration d) {
            allowances.put(Objects.requireNonNull(urgency, "urgency"), new Allowance(Measure.OFFICE_TIME, d));
            return this;
        }

        /** {@code urgency} is due {@code d} after the instant received, office hours or not. */
        public Builder elapsed(Urgency urgency, Duration d) {
            allowances.put(Objects.requireNonNull(urgency, "urgency"), new Allowance(Measure.ELAPSED, d));
            return this;
        }

        /** The policy. */
        public UrgentHandlingPolicy build() {
            for (Urgency u : Urgency.values()) {
                if (!allowances.containsKey(u)) {
                    throw new IllegalStateException("no allowance for " + u);
                }
            }
            return new UrgentHandlingPolicy(allowances);
        }
    }
}
