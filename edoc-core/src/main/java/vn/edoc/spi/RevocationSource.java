package vn.edoc.spi;

import java.security.cert.X509Certificate;

/**
 * Where revocation information comes from (nguồn thông tin thu hồi): an OCSP responder or a CRL distribution point
 * over the network, a local cache, or nothing. The verifier asks it only for certificates whose status the PDF's own
 * DSS data does not answer; the signer asks it for the data to embed (PAdES B-LT).
 *
 * <h2>Contract for adapters</h2>
 * {@link #fetch} returns what it has, possibly {@link RevocationData#NONE}; it does not judge the data (the caller
 * checks signatures, freshness and status) and fails only by returning nothing. Adapters are safe for concurrent use.
 */
public interface RevocationSource {

    /** A source that never has anything: the verifier relies on the data embedded in the PDF. */
    RevocationSource NONE = (certificate, issuer) -> RevocationData.NONE;

    /** Revocation information about {@code certificate}, issued by {@code issuer}. */
    RevocationData fetch(X509Certificate certificate, X509Certificate issuer);
}
