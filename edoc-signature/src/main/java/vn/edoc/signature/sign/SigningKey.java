package vn.edoc.signature.sign;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A private key able to sign, with its certificate chain (khóa ký số): from a PKCS#12 file, a PKCS#11 token, or any
 * other place (an HSM client, a remote service) that implements this interface. For signing that happens elsewhere
 * and later, use {@link PadesSigner#prepare} and {@link PreparedSignature} instead.
 */
public interface SigningKey {

    /** The signer's certificate first, then its issuers (the root may be left out). Never empty. */
    List<X509Certificate> chain();

    /**
     * Signs {@code data} (the DER-encoded signed attributes) with {@code digest} and the key's algorithm, and
     * returns the signature value as the JCA {@code Signature} "SHA256withRSA", "SHA256withECDSA"... does (ECDSA
     * values DER-encoded).
     *
     * @throws vn.edoc.validation.EdocRuleException with {@link SigningViolation#KEY_UNAVAILABLE} when the key
     *     refuses (token removed, PIN locked...)
     */
    byte[] sign(byte[] data, DigestAlgorithm digest);

    /** The signer's certificate. */
    default X509Certificate certificate() {
        return chain().get(0);
    }
}
