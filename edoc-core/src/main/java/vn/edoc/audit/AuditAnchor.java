package vn.edoc.audit;

import vn.edoc.validation.EdocRuleException;

/**
 * A checkpoint of the audit trail (điểm mốc nhật ký): the sequence and hash of one entry, recorded somewhere the
 * trail's store cannot change (printed in the daily register, sent to the archive, kept by an auditor).
 *
 * <p>A hash chain alone shows any edit, deletion, insertion or reordering <em>inside</em> the trail; it cannot show
 * that the last entries were cut off, nor a trail rewritten from some point on with freshly computed hashes, since
 * SHA-256 needs no secret. Verifying against a checkpoint ({@link AuditChain#verify(Iterable, AuditAnchor)}) closes
 * both gaps up to that checkpoint.
 *
 * @param sequence the entry's sequence, at least 1
 * @param hash     the entry's hash, 64 lower-case hexadecimal digits
 */
public record AuditAnchor(long sequence, String hash) {

    /** Refuses a sequence below 1 or a hash that is not a digest with {@link EdocRuleException}. */
    public AuditAnchor {
        if (sequence < 1) {
            throw EdocRuleException.of(AuditViolation.FIELD_MALFORMED, "sequence", "sequence", "1 or more expected");
        }
        if (!Canonical.isDigest(hash)) {
            throw EdocRuleException.of(AuditViolation.FIELD_MALFORMED, "hash", "hash",
                    "64 lower-case hexadecimal digits expected");
        }
    }
}
