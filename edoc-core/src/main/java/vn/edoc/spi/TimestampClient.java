package vn.edoc.spi;

/**
 * A time-stamping authority (dịch vụ cấp dấu thời gian, RFC 3161): given the digest of some data, it returns a
 * time-stamp token that proves the data existed at the authority's time. The signer asks it for the signature
 * time stamp of PAdES B-T and for the document time stamps of B-LTA; the HTTP adapter comes with
 * {@code edoc-signature}.
 *
 * <h2>Contract for adapters</h2>
 * <ul>
 *   <li>{@link #timestamp} returns the DER encoding of the time-stamp token itself (a CMS {@code ContentInfo} of
 *       signed data whose content is a {@code TSTInfo}), not the whole {@code TimeStampResp}.</li>
 *   <li>The token's message imprint is exactly {@code digest} under {@code digestAlgorithm}; an adapter checks the
 *       authority's answer (status granted, same imprint, same nonce) before returning it.</li>
 *   <li>It fails with {@link TimestampException} when the authority cannot be reached, refuses or answers
 *       something else; it never returns a token it did not check.</li>
 *   <li>Adapters are safe for concurrent use.</li>
 * </ul>
 */
public interface TimestampClient {

    /**
     * A time-stamp token over {@code digest}.
     *
     * @param digest          the digest of the data to time-stamp
     * @param digestAlgorithm the JCA name of the digest algorithm ("SHA-256", "SHA-384", "SHA-512")
     * @return the DER-encoded time-stamp token
     * @throws TimestampException when no checked token can be obtained
     */
    byte[] timestamp(byte[] digest, String digestAlgorithm);
}
