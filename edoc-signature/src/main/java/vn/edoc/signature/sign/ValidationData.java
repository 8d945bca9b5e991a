package vn.edoc.signature.sign;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import vn.edoc.spi.RevocationData;
import vn.edoc.spi.RevocationSource;
import vn.edoc.validation.EdocRuleException;

/**
 * The validation data of PAdES B-LT (dữ liệu kiểm tra dài hạn): every certificate of the signature and of its time
 * stamp, and a CRL or OCSP response for each one that is not a trust anchor, written into the document security
 * store (/DSS: /Certs, /CRLs, /OCSPs) in an incremental update. Entries already in the DSS are not repeated.
 *
 * @param certificates DER certificates
 * @param crls         DER CRLs
 * @param ocsps        DER OCSP responses
 */
record ValidationData(List<byte[]> certificates, List<byte[]> crls, List<byte[]> ocsps) {

    /** Collects the validation data of the CMS {@code cms}, asking {@code source} for revocation information. */
    static ValidationData collect(byte[] cms, RevocationSource source) {
        Map<String, X509Certificate> certificates = new LinkedHashMap<>();
        try {
            CMSSignedData data = new CMSSignedData(cms);
            addAll(certificates, data.getCertificates().getMatches(null));
            SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
            AttributeTable unsigned = signer.getUnsignedAttributes();
            if (unsigned != null) {
                Attribute stamp = unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
                if (stamp != null) {
                    CMSSignedData token = new CMSSignedData(stamp.getAttrValues().getObjectAt(0)
                            .toASN1Primitive().getEncoded());
                    addAll(certificates, token.getCertificates().getMatches(null));
                }
            }
        } catch (CMSException | IOException e) {
            throw EdocRuleException.of(SigningViolation.CMS_INVALID, "cms", e.getMessage());
        }
        List<byte[]> crls = new ArrayList<>();
        List<byte[]> ocsps = new ArrayList<>();
        List<X509Certificate> work = new ArrayList<>(certificates.values());
        Set<String> done = new HashSet<>();
        for (int i = 0; i < work.size(); i++) {
            X509Certificate certificate = work.get(i);
            String key = fingerprint(certificate);
            if (!done.add(key) || selfIssued(certificate) || ocspNoCheck(certificate)) {
                continue;
            }
            X509Certificate issuer = issuerOf(certificate, certificates.values());
            if (issuer == null) {
                throw EdocRuleException.of(SigningViolation.CERTIFICATE_NOT_USABLE, "chain",
                        "the issuer of " + certificate.getSubjectX500Principal().getName()
                                + " is not in the signature; the chain is incomplete");
            }
            RevocationData found = source.fetch(certificate, issuer);
            if (found == null || found.isEmpty()) {
                throw EdocRuleException.of(SigningViolation.REVOCATION_MISSING, "revocation",
                        certificate.getSubjectX500Principal().getName());
            }
            crls.addAll(found.crls());
            for (byte[] response : found.ocspResponses()) {
                ocsps.add(response);
                for (X509Certificate responder : responderCertificates(response)) {
                    if (certificates.putIfAbsent(fingerprint(responder), responder) == null) {
                        work.add(responder);
                    }
                }
            }
        }
        List<byte[]> encoded = new ArrayList<>();
        for (X509Certificate c : certificates.values()) {
            try {
                encoded.add(c.getEncoded());
            } catch (GeneralSecurityException e) {
                throw EdocRuleException.of(SigningViolation.CERTIFICATE_NOT_USABLE, "chain", e.getMessage());
            }
        }
        return new ValidationData(encoded, crls, ocsps);
    }

    /** Appends the data to {@code file}'s DSS in an incremental update. */
    static void append(Path file, ValidationData data) {
        Path temp = PadesSigner.sibling(file);
        try (PDDocument document = PadesSigner.load(file)) {
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            COSDictionary dss = catalog.getCOSDictionary(COSName.getPDFName("DSS"));
            if (dss == null) {
                dss = new COSDictionary();
                catalog.setItem(COSName.getPDFName("DSS"), dss);
            }
            add(document, dss, "Certs", data.certificates());
            add(document, dss, "CRLs", data.crls());
            add(document, dss, "OCSPs", data.ocsps());
            dss.setNeedToBeUpdated(true);
            catalog.setNeedToBeUpdated(true);
            try (OutputStream out = Files.newOutputStream(temp)) {
                document.saveIncremental(out);
            }
        } catch (IOException e) {
            PadesSigner.deleteQuietly(temp);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            PadesSigner.deleteQuietly(temp);
            throw e;
        }
        PadesSigner.replace(temp, file);
    }

    private static void add(PDDocument document, COSDictionary dss, String key, List<byte[]> entries)
            throws IOException {
        COSName name = COSName.getPDFName(key);
        COSArray array = dss.getCOSArray(name);
        if (array == null) {
            array = new COSArray();
            dss.setItem(name, array);
        }
        Set<String> present = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.getObject(i) instanceof COSStream stream) {
                try (InputStream in = stream.createInputStream()) {
                    present.add(sha256(in.readNBytes(4 * 1024 * 1024)));
                }
            }
        }
        for (byte[] entry : entries) {
            if (present.add(sha256(entry))) {
                COSStream stream = document.getDocument().createCOSStream();
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(entry);
                }
                array.add(stream);
            }
        }
        array.setNeedToBeUpdated(true);
    }

    private static void addAll(Map<String, X509Certificate> into, java.util.Collection<?> holders) {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (Object o : holders) {
            try {
                X509Certificate c = converter.getCertificate((X509CertificateHolder) o);
                into.putIfAbsent(fingerprint(c), c);
            } catch (GeneralSecurityException e) {
                throw EdocRuleException.of(SigningViolation.CMS_INVALID, "cms", "bad certificate: " + e.getMessage());
            }
        }
    }

    private static List<X509Certificate> responderCertificates(byte[] response) {
        List<X509Certificate> out = new ArrayList<>();
        try {
            OCSPResp resp = new OCSPResp(response);
            if (resp.getResponseObject() instanceof BasicOCSPResp basic) {
                JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
                for (X509CertificateHolder holder : basic.getCerts()) {
                    out.add(converter.getCertificate(holder));
                }
            }
        } catch (IOException | OCSPException | GeneralSecurityException e) {
            throw EdocRuleException.of(SigningViolation.REVOCATION_MISSING, "revocation",
                    "an unreadable OCSP response (" + e.getMessage() + ")");
        }
        return out;
    }

    private static X509Certificate issuerOf(X509Certificate certificate, java.util.Collection<X509Certificate> pool) {
        for (X509Certificate candidate : pool) {
            if (candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                try {
                    certificate.verify(candidate.getPublicKey());
                    return candidate;
                } catch (GeneralSecurityException e) {
                    // another CA with the same name: keep looking
                }
            }
        }
        return null;
    }

    private static boolean selfIssued(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }

    private static boolean ocspNoCheck(X509Certificate certificate) {
        return certificate.getExtensionValue(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck.getId()) != null;
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            return sha256(certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
