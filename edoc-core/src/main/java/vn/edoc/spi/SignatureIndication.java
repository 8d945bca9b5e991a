package vn.edoc.spi;

/**
 * The overall answer for one signature (kết luận kiểm tra chữ ký), in the terms of ETSI EN 319 102-1 that EU DSS
 * also uses, so that reports from both can be compared.
 */
public enum SignatureIndication {
    /** Intact, valid, unchanged in what it shows, and trusted at the signing time. */
    TOTAL_PASSED,
    /** Proven wrong: the bytes were altered, the signature does not verify, the document was changed after signing,
     * or the certificate was revoked or not valid when the signature was made. */
    TOTAL_FAILED,
    /** Nothing is proven wrong, but the signature cannot be accepted: no chain to a trusted anchor, revocation status
     * unknown, an expired certificate without proof of existence in time, or a limit reached. */
    INDETERMINATE;

    /** The worse of this and {@code other} (FAILED over INDETERMINATE over PASSED). */
    public SignatureIndication worst(SignatureIndication other) {
        if (this == TOTAL_FAILED || other == TOTAL_FAILED) {
            return TOTAL_FAILED;
        }
        if (this == INDETERMINATE || other == INDETERMINATE) {
            return INDETERMINATE;
        }
        return TOTAL_PASSED;
    }
}
