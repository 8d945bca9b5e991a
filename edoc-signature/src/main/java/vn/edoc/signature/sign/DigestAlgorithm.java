package vn.edoc.signature.sign;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * The digest algorithm of a signature (thuật toán băm): SHA-2 only, as the mandatory-standards list requires
 * (SHA-256 or better).
 */
public enum DigestAlgorithm {
    /** SHA-256, the default. */
    SHA256("SHA-256", "SHA256", NISTObjectIdentifiers.id_sha256),
    /** SHA-384. */
    SHA384("SHA-384", "SHA384", NISTObjectIdentifiers.id_sha384),
    /** SHA-512. */
    SHA512("SHA-512", "SHA512", NISTObjectIdentifiers.id_sha512);

    private final String jcaName;
    private final String signaturePrefix;
    private final ASN1ObjectIdentifier oid;

    DigestAlgorithm(String jcaName, String signaturePrefix, ASN1ObjectIdentifier oid) {
        this.jcaName = jcaName;
        this.signaturePrefix = signaturePrefix;
        this.oid = oid;
    }

    /** The JCA name ("SHA-256"). */
    public String jcaName() {
        return jcaName;
    }

    /** The object identifier. */
    public ASN1ObjectIdentifier oid() {
        return oid;
    }

    /** The algorithm identifier with absent parameters (RFC 5754). */
    public AlgorithmIdentifier identifier() {
        return new AlgorithmIdentifier(oid);
    }

    /** The JCA signature algorithm for a key of {@code keyAlgorithm} ("RSA" or "EC"): "SHA256withRSA"... */
    public String signatureAlgorithm(String keyAlgorithm) {
        return signaturePrefix + ("EC".equals(keyAlgorithm) || "ECDSA".equals(keyAlgorithm) ? "withECDSA" : "withRSA");
    }

    /** A new digest of this algorithm. */
    public MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(jcaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + jcaName, e);
        }
    }

    /** The digest of {@code data}. */
    public byte[] digest(byte[] data) {
        return newDigest().digest(data);
    }

    /** The algorithm named {@code name} ("SHA-256", "sha256", "SHA384"...), for options and the CLI. */
    public static DigestAlgorithm parse(String name) {
        String n = name.trim().toUpperCase(java.util.Locale.ROOT).replace("-", "");
        for (DigestAlgorithm a : values()) {
            if (a.name().equals(n)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown digest algorithm " + name + " (SHA-256, SHA-384 or SHA-512)");
    }
}
