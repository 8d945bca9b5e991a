package vn.edoc.spi;

/**
 * Verifies the digital signatures of a PDF held in the {@link ContentStore} (kiểm tra chữ ký số, R-IN-1): for each
 * signature and document timestamp, whether the signed bytes are intact, the signature is mathematically valid, what
 * was changed after signing, and whether the signer's certificate chains to a trusted anchor at the signing time.
 * The PAdES adapter comes with {@code edoc-signature} ({@code vn.edoc.signature.verify}).
 *
 * <h2>Contract for adapters</h2>
 * <ul>
 *   <li>{@link #verify} never throws for what the file contains: a missing, corrupt, malformed, oversized or
 *       hostile file, or a broken CMS blob, gives a report whose indication is not
 *       {@link SignatureIndication#TOTAL_PASSED}, with the reason; it never hangs and never exhausts memory (the
 *       adapter has configurable limits). Only a {@code null} argument is refused with an exception.</li>
 *   <li>A signature passes ({@link SignatureIndication#TOTAL_PASSED}) only when its bytes are intact, its CMS
 *       signature verifies, nothing after it changes what the document shows or says, and its signer is trusted
 *       at the signing time.</li>
 *   <li>The same content gives the same report (for the same trust anchors, revocation data and clock).</li>
 *   <li>Adapters are safe for concurrent use.</li>
 * </ul>
 * Conformance kit: {@code vn.edoc.spi.tck.SignatureVerifierCompatibilityKit} in edoc-core's test-jar.
 */
public interface SignatureVerifier {

    /** Verifies every signature and document timestamp of the PDF {@code document}. */
    VerificationReport verify(ContentRef document);
}
