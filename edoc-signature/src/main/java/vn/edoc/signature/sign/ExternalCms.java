package vn.edoc.signature.sign;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Selector;
import vn.edoc.validation.EdocRuleException;

/** Checks and amends a CMS made elsewhere for a {@link PreparedSignature} (two-step signing with a whole CMS). */
final class ExternalCms {

    private ExternalCms() {
    }

    /**
     * Returns the DER encoding of {@code cms} when it is a detached signature, by one signer, of exactly the
     * prepared bytes, that verifies, carries signing-certificate-v2 for its certificate and no signing-time.
     */
    static byte[] check(PreparedSignature prepared, byte[] cms) {
        try {
            CMSSignedData data = new CMSSignedData(new FileRanges(prepared), cms);
            if (data.getSignedContent() == null || !data.isDetachedSignature()) {
                throw invalid("it is not a detached signature");
            }
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw invalid("it has " + signers.size() + " signers, not one");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = data.getCertificates().getMatches(
                    (Selector<X509CertificateHolder>) signer.getSID());
            if (matches.isEmpty()) {
                throw invalid("it does not carry the signer's certificate");
            }
            X509CertificateHolder holder = matches.iterator().next();
            AttributeTable signed = signer.getSignedAttributes();
            if (signed == null) {
                throw invalid("it has no signed attributes");
            }
            if (signed.get(CMSAttributes.signingTime) != null) {
                throw invalid("it carries a signing-time attribute, which PAdES forbids (the time is /M)");
            }
            checkSigningCertificate(signed, holder);
            boolean verified;
            try {
                verified = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            } catch (CMSException e) {
                // BouncyCastle reports a message-digest mismatch as an exception.
                throw invalid("it does not sign these bytes (" + e.getMessage() + ")");
            }
            if (!verified) {
                throw invalid("its signature does not verify");
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            certificate.checkValidity(java.util.Date.from(prepared.signingTime()));
            return data.getEncoded("DER");
        } catch (CMSException | IOException | RuntimeException e) {
            if (e instanceof EdocRuleException rule) {
                throw rule;
            }
            throw invalid(String.valueOf(e.getMessage()));
        } catch (java.security.GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw invalid(e.getMessage());
        }
    }

    private static void checkSigningCertificate(AttributeTable signed, X509CertificateHolder holder)
            throws IOException {
        Attribute attribute = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            throw invalid("it lacks the signing-certificate-v2 attribute PAdES requires");
        }
        SigningCertificateV2 value = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0));
        ESSCertIDv2 first = value.getCerts()[0];
        ASN1ObjectIdentifier algorithm = first.getHashAlgorithm().getAlgorithm();
        byte[] expected = digest(algorithm, holder.getEncoded());
        if (!Arrays.equals(expected, first.getCertHash())) {
            throw invalid("its signing-certificate-v2 names another certificate");
        }
    }

    private static byte[] digest(ASN1ObjectIdentifier algorithm, byte[] data) {
        for (DigestAlgorithm d : DigestAlgorithm.values()) {
            if (d.oid().equals(algorithm)) {
                return d.digest(data);
            }
        }
        throw invalid("signing-certificate-v2 uses a hash other than SHA-2");
    }

    static boolean hasSignatureTimestamp(byte[] cms) {
        try {
            SignerInformation signer = new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next();
            AttributeTable unsigned = signer.getUnsignedAttributes();
            return unsigned != null && unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) != null;
        } catch (CMSException e) {
            throw invalid(e.getMessage());
        }
    }

    static byte[] withUnsignedAttribute(byte[] cms, Attribute attribute) {
        try {
            CMSSignedData data = new CMSSignedData(cms);
            SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
            AttributeTable unsigned = signer.getUnsignedAttributes();
            AttributeTable table = (unsigned == null ? new AttributeTable(new org.bouncycastle.asn1.ASN1EncodableVector())
                    : unsigned).add(attribute.getAttrType(), attribute.getAttrValues().getObjectAt(0));
            SignerInformation replaced = SignerInformation.replaceUnsignedAttributes(signer, table);
            return CMSSignedData.replaceSigners(data, new SignerInformationStore(replaced)).getEncoded("DER");
        } catch (CMSException | IOException e) {
            throw invalid(e.getMessage());
        }
    }

    private static EdocRuleException invalid(String why) {
        return EdocRuleException.of(SigningViolation.CMS_INVALID, "cms", why);
    }

    /** The signed bytes of a prepared file, streamed for BouncyCastle's verification. */
    private static final class FileRanges implements CMSTypedData {
        private final PreparedSignature prepared;

        FileRanges(PreparedSignature prepared) {
            this.prepared = prepared;
        }

        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            long[] range = prepared.byteRange();
            try (RandomAccessFile file = new RandomAccessFile(prepared.file().toFile(), "r")) {
                byte[] buffer = new byte[64 * 1024];
                for (int part = 0; part < 2; part++) {
                    file.seek(range[part * 2]);
                    long left = range[part * 2 + 1];
                    while (left > 0) {
                        int n = file.read(buffer, 0, (int) Math.min(buffer.length, left));
                        if (n < 0) {
                            throw new IOException("the prepared file is shorter than its /ByteRange");
                        }
                        out.write(buffer, 0, n);
                        left -= n;
                    }
                }
            }
        }

        @Override
        public Object getContent() {
            return null;
        }
    }
}
