package vn.edoc.signature.sign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import vn.edoc.validation.EdocRuleException;

/**
 * Builds the CMS {@code SignedData} of a PAdES signature by hand, so that the signed attributes are known before the
 * signature value exists (two-step signing): content-type, message-digest and signing-certificate-v2, and no
 * signing-time (PAdES puts the time in the signature dictionary's /M).
 */
final class CmsAssembler {

    private CmsAssembler() {
    }

    /** The signed attributes as the DER {@code SET} that is signed. */
    static DERSet signedAttributes(DigestAlgorithm digest, byte[] documentDigest, X509Certificate signer) {
        try {
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.contentType, new DERSet(CMSObjectIdentifiers.data)));
            attributes.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(documentDigest))));
            Certificate certificate = Certificate.getInstance(signer.getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(
                    new GeneralNames(new GeneralName(certificate.getIssuer())), certificate.getSerialNumber());
            byte[] certHash = digest.digest(signer.getEncoded());
            // RFC 5035: the hash algorithm is omitted when it is SHA-256, the default.
            ESSCertIDv2 id = digest == DigestAlgorithm.SHA256
                    ? new ESSCertIDv2(certHash, issuerSerial)
                    : new ESSCertIDv2(digest.identifier(), certHash, issuerSerial);
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
            return new DERSet(attributes);
        } catch (GeneralSecurityException e) {
            throw EdocRuleException.of(SigningViolation.CERTIFICATE_NOT_USABLE, "certificate", e.getMessage());
        }
    }

    /** The DER encoding of {@code set}, the bytes the signature value is computed over. */
    static byte[] encode(ASN1Encodable set) {
        try {
            return set.toASN1Primitive().getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The signature algorithm identifier for the signer's key and {@code digest}. */
    static AlgorithmIdentifier signatureAlgorithm(DigestAlgorithm digest, X509Certificate signer) {
        return new DefaultSignatureAlgorithmIdentifierFinder()
                .find(digest.signatureAlgorithm(signer.getPublicKey().getAlgorithm()));
    }

    /**
     * Checks {@code value} against the signer's public key over {@code signedAttributes}; an ECDSA value given as
     * the plain concatenation r‖s (what PKCS#11 tokens and many remote services return) is converted to DER.
     *
     * @return the value to put in the CMS
     */
    static byte[] checkedSignatureValue(DigestAlgorithm digest, X509Certificate signer, byte[] signedAttributes,
                                        byte[] value) {
        String algorithm = digest.signatureAlgorithm(signer.getPublicKey().getAlgorithm());
        if (verifies(algorithm, signer, signedAttributes, value)) {
            return value.clone();
        }
        if ("EC".equals(signer.getPublicKey().getAlgorithm()) && value.length % 2 == 0 && value.length <= 132) {
            byte[] der = plainToDer(value);
            if (verifies(algorithm, signer, signedAttributes, der)) {
                return der;
            }
        }
        throw EdocRuleException.of(SigningViolation.SIGNATURE_VALUE_INVALID, "signatureValue",
                algorithm + " over the signed attributes");
    }

    private static boolean verifies(String algorithm, X509Certificate signer, byte[] data, byte[] value) {
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(signer.getPublicKey());
            verifier.update(data);
            return verifier.verify(value);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] plainToDer(byte[] plain) {
        int half = plain.length / 2;
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(plain, 0, half));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(plain, half, plain.length));
        return encode(new DERSequence(new ASN1Encodable[] {new ASN1Integer(r), new ASN1Integer(s)}));
    }

    /** The time-stamp token as the unsigned signature-time-stamp attribute. */
    static Attribute signatureTimestamp(byte[] token) {
        ContentInfo info;
        try {
            info = ContentInfo.getInstance(ASN1Primitive.fromByteArray(token));
        } catch (IOException | IllegalArgumentException e) {
            throw EdocRuleException.of(SigningViolation.TIMESTAMP_FAILED, "timestamp",
                    "the token is not a CMS ContentInfo");
        }
        return new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(info));
    }

    /** The DER {@code ContentInfo} of the detached signed data. */
    static byte[] assemble(DigestAlgorithm digest, DERSet signedAttributes, byte[] signatureValue,
                           List<X509Certificate> chain, List<Attribute> unsigned) {
        try {
            X509Certificate signer = chain.get(0);
            Certificate signerCert = Certificate.getInstance(signer.getEncoded());
            SignerIdentifier sid = new SignerIdentifier(new IssuerAndSerialNumber(
                    X500Name.getInstance(signerCert.getIssuer()), signerCert.getSerialNumber().getValue()));
            ASN1Set unsignedSet = unsigned.isEmpty() ? null : new DERSet(unsigned.toArray(new ASN1Encodable[0]));
            SignerInfo info = new SignerInfo(sid, digest.identifier(), signedAttributes,
                    signatureAlgorithm(digest, signer), new DEROctetString(signatureValue), unsignedSet);
            ASN1EncodableVector certificates = new ASN1EncodableVector();
            for (X509Certificate c : chain) {
                certificates.add(Certificate.getInstance(c.getEncoded()));
            }
            SignedData data = new SignedData(new DERSet(digest.identifier()),
                    new ContentInfo(CMSObjectIdentifiers.data, null), new DERSet(certificates), null,
                    new DERSet(info));
            return encode(new ContentInfo(CMSObjectIdentifiers.signedData, data));
        } catch (GeneralSecurityException e) {
            throw EdocRuleException.of(SigningViolation.CERTIFICATE_NOT_USABLE, "certificate", e.getMessage());
        }
    }

    /** The signature value inside a CMS {@code ContentInfo} (for the signature time stamp's imprint). */
    static byte[] signatureValueOf(byte[] cms) {
        ContentInfo info = ContentInfo.getInstance(ASN1Sequence.getInstance(cms));
        SignedData data = SignedData.getInstance(info.getContent());
        SignerInfo signer = SignerInfo.getInstance(data.getSignerInfos().getObjectAt(0));
        return signer.getEncryptedDigest().getOctets();
    }
}
