package vn.edoc.audit;

import java.util.Optional;
import java.util.OptionalLong;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * The outcome of verifying an audit trail (kết quả kiểm tra nhật ký): how many entries were checked, the last one
 * reached, and the first break found, if any. Verification stops at the first break, since every entry after it is
 * suspect anyway.
 *
 * @param checked the number of entries read
 * @param head    the checkpoint of the last entry read that was still intact, or {@code null} when there was none
 * @param failure the first break, or {@code null} when the trail is intact
 */
public record AuditVerification(long checked, AuditAnchor head, Failure failure) {

    /**
     * The first break of a trail (chỗ hỏng).
     *
     * @param sequence  the first sequence number whose entry is missing, altered, misplaced or unlinked
     * @param violation the kind of break, such as {@link AuditViolation#CHAIN_HASH}
     * @param detail    what was found, in English, for people
     */
    public record Failure(long sequence, AuditViolation violation, String detail) {
    }

    /** True when no break was found. */
    public boolean intact() {
        return failure == null;
    }

    /** The first break, if any. */
    public Optional<Failure> firstBreak() {
        return Optional.ofNullable(failure);
    }

    /** The first broken sequence number, if any. */
    public OptionalLong firstBrokenSequence() {
        return failure == null ? OptionalLong.empty() : OptionalLong.of(failure.sequence());
    }

    /** The result as violations: empty when intact, one error naming the first broken sequence otherwise. */
    public ValidationResult toResult() {
        if (failure == null) {
            return ValidationResult.ok();
        }
        AuditViolation v = failure.violation();
        String path = "audit[" + failure.sequence() + "]";
        Violation violation = switch (v) {
            case CHAIN_HASH, CHAIN_ANCHOR -> v.at(path, failure.sequence());
            default -> v.at(path, failure.sequence(), failure.detail());
        };
        return ValidationResult.of(violation);
    }
}
