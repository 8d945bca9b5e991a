package vn.edoc.signature.verify;

import java.time.Duration;
import java.util.Objects;

/**
 * How fresh revocation information must be (chính sách về độ mới của thông tin thu hồi). A "good" answer about a
 * certificate — a CRL that does not list it, an OCSP response that says good — shows that the certificate was not
 * revoked when the answer was issued, not at any other time. So:
 * <ul>
 *   <li>for a signature whose time a valid timestamp proves, the answer must have been issued at or after that
 *       time (CRL {@code thisUpdate}, OCSP {@code producedAt}), less {@link #tolerance()}; an answer issued earlier
 *       cannot show that the signer was not revoked between its issue and the signing, whatever its
 *       {@code nextUpdate} says — a signer whose key was stolen could otherwise embed an older "good" answer;</li>
 *   <li>for a signature without such proof, the time that counts is the verification time: an answer counts when
 *       it is current then ({@code thisUpdate} ≤ now ≤ {@code nextUpdate}) or was issued within the tolerance before
 *       now;</li>
 *   <li>for a timestamping authority's certificate, the answer must have been issued at or after the token's
 *       time, and a revocation at any time makes the token unusable as proof (a stolen TSA key could back-date
 *       tokens);</li>
 *   <li>information issued after the verification time plus the tolerance is ignored as misdated.</li>
 * </ul>
 * When the PDF's own data (DSS dictionary, CMS) holds no answer that counts, the verifier asks the
 * {@link vn.edoc.spi.RevocationSource}; when neither does, the signature is
 * {@link vn.edoc.spi.SignatureIndication#INDETERMINATE}: verify again after the next update.
 *
 * @param tolerance how long before the time to cover an answer may have been issued and still count; it absorbs
 *                  the clocks of the timestamping authority and the responders, and CRLs issued a little ahead.
 *                  {@link Duration#ZERO} is the strict reading.
 */
public record RevocationPolicy(Duration tolerance) {

    /** Refuses a missing or negative tolerance. */
    public RevocationPolicy {
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("the tolerance must not be negative");
        }
    }

    /** A tolerance of 5 minutes. */
    public static RevocationPolicy defaults() {
        return new RevocationPolicy(Duration.ofMinutes(5));
    }

    /** No tolerance: an answer must be issued at or after the time it covers. */
    public static RevocationPolicy strict() {
        return new RevocationPolicy(Duration.ZERO);
    }
}
