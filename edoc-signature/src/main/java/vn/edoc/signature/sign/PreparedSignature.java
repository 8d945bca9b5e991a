package vn.edoc.signature.sign;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.DERSet;

/**
 * A PDF prepared for two-step (external) signing (tệp đã chuẩn bị để ký ngoài): the signature field, dictionary and
 * appearance are written, /Contents is a reserved hole, and what remains is to sign. Hand
 * {@link #dataToBeSigned()} (or its digest, {@link #dataToBeSignedDigest()}) to the signing device or service; give
 * the signature value back to {@link PadesSigner#complete(PreparedSignature, byte[])}, or give a whole CMS made
 * elsewhere over {@link #documentDigest()} to {@link PadesSigner#completeWithCms(PreparedSignature, byte[])}.
 *
 * <p>The prepared file must not change in between; completion checks it.
 */
public final class PreparedSignature {

    private final Path file;
    private final long[] byteRange;
    private final byte[] documentDigest;
    private final DERSet signedAttributes;
    private final List<X509Certificate> chain;
    private final SignatureParameters parameters;
    private final Instant signingTime;
    private final String fieldName;

    PreparedSignature(Path file, long[] byteRange, byte[] documentDigest, DERSet signedAttributes,
                      List<X509Certificate> chain, SignatureParameters parameters, Instant signingTime,
                      String fieldName) {
        this.file = Objects.requireNonNull(file);
        this.byteRange = byteRange.clone();
        this.documentDigest = documentDigest.clone();
        this.signedAttributes = signedAttributes;
        this.chain = List.copyOf(chain);
        this.parameters = parameters;
        this.signingTime = signingTime;
        this.fieldName = fieldName;
    }

    /** The prepared file, which completion fills in. */
    public Path file() {
        return file;
    }

    /** The /ByteRange: offset and length of the bytes before the hole, offset and length of those after it. */
    public long[] byteRange() {
        return byteRange.clone();
    }

    /** The digest of the bytes the signature covers (the CMS message-digest attribute). */
    public byte[] documentDigest() {
        return documentDigest.clone();
    }

    /** The DER-encoded signed attributes: the bytes a device signs with "SHA256withRSA" and the like. */
    public byte[] dataToBeSigned() {
        return CmsAssembler.encode(signedAttributes);
    }

    /** The digest of {@link #dataToBeSigned()}, for devices and services that sign a pre-computed digest. */
    public byte[] dataToBeSignedDigest() {
        return parameters.digest().digest(dataToBeSigned());
    }

    /** The digest algorithm of the signature. */
    public DigestAlgorithm digestAlgorithm() {
        return parameters.digest();
    }

    /** The signer's chain the signed attributes were made for. */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** The parameters it was prepared with. */
    public SignatureParameters parameters() {
        return parameters;
    }

    /** The signing time written in /M. */
    public Instant signingTime() {
        return signingTime;
    }

    /** The name of the signature field. */
    public String fieldName() {
        return fieldName;
    }

    /** The number of bytes reserved for the CMS. */
    public int reservedBytes() {
        return (int) ((byteRange[2] - byteRange[1] - 2) / 2);
    }

    DERSet signedAttributeSet() {
        return signedAttributes;
    }

    @Override
    public String toString() {
        return "PreparedSignature[" + fieldName + ", digest " + HexFormat.of().formatHex(documentDigest) + "]";
    }
}
