package vn.edoc.interconnect.edxml;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * The key that signs packages as the organisation (khóa ký gói tin): an RSA or EC private key, its certificate
 * (written in {@code KeyInfo/X509Data}) and the digest algorithm, SHA-256 unless another is chosen. SHA-1 can be
 * chosen for a receiver that accepts nothing else, and is then reported as weak by every reader.
 *
 * @param key         the private key (RSA or EC)
 * @param certificate its certificate
 * @param digest      the digest algorithm of the reference and of the signature method
 */
public record PackageSigner(PrivateKey key, X509Certificate certificate, Digest digest) {

    /** The digest algorithms of XML-DSig that packages may use. */
    public enum Digest {
        /** SHA-1: legacy, accepted on reading and reported as weak. */
        SHA1("http://www.w3.org/2000/09/xmldsig#sha1", "SHA-1", "SHA1"),
        /** SHA-256: the default. */
        SHA256("http://www.w3.org/2001/04/xmlenc#sha256", "SHA-256", "SHA256"),
        /** SHA-384. */
        SHA384("http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384", "SHA384"),
        /** SHA-512. */
        SHA512("http://www.w3.org/2001/04/xmlenc#sha512", "SHA-512", "SHA512");

        private final String uri;
        private final String jcaName;
        private final String short_;

        Digest(String uri, String jcaName, String shortName) {
            this.uri = uri;
            this.jcaName = jcaName;
            this.short_ = shortName;
        }

        /** The XML-DSig algorithm URI. */
        public String uri() {
            return uri;
        }

        /** The JCA name ({@code SHA-256}). */
        public String jcaName() {
            return jcaName;
        }

        /** The name used in signature method URIs ({@code SHA256}). */
        String shortName() {
            return short_;
        }
    }

    /** Refuses missing parts and keys other than RSA and EC. */
    public PackageSigner {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(digest, "digest");
        if (!key.getAlgorithm().equals("RSA") && !key.getAlgorithm().equals("EC")) {
            throw new IllegalArgumentException("an RSA or EC key is needed, not " + key.getAlgorithm());
        }
    }

    /** A signer with SHA-256. */
    public static PackageSigner of(PrivateKey key, X509Certificate certificate) {
        return new PackageSigner(key, certificate, Digest.SHA256);
    }

    /** This signer with another digest algorithm. */
    public PackageSigner withDigest(Digest value) {
        return new PackageSigner(key, certificate, value);
    }

    /** The XML-DSig signature method URI for this key and digest. */
    public String signatureMethod() {
        boolean rsa = key.getAlgorithm().equals("RSA");
        if (digest == Digest.SHA1) {
            return rsa ? "http://www.w3.org/2000/09/xmldsig#rsa-sha1"
                    : "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1";
        }
        String d = digest.shortName().toLowerCase(java.util.Locale.ROOT);
        return "http://www.w3.org/2001/04/xmldsig-more#" + (rsa ? "rsa-" : "ecdsa-") + d;
    }
}
