package vn.edoc.signature.support;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.crl.CRLUtils;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.OCSPSource;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.OCSPToken;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import vn.edoc.signature.testpki.TestPki;

/**
 * EU DSS as an independent oracle for our signatures (test scope): validates a PDF with the PKI's root as the only
 * trust anchor and reports, for every signature, DSS's indication and the PAdES level it recognises.
 */
public final class DssOracle {

    /** DSS's verdict on one signature. */
    public record Verdict(String id, Indication indication, SubIndication subIndication, SignatureLevel level,
                          List<String> errors) {
        @Override
        public String toString() {
            return id + " " + indication + "/" + subIndication + " " + level + " " + errors;
        }
    }

    private DssOracle() {
    }

    /**
     * Validates {@code pdf}. With {@code online}, DSS may ask the PKI's OCSP responder and CRLs (in process); without,
     * it sees only what the PDF carries (the proof that B-LT data is embedded).
     */
    public static List<Verdict> validate(Path pdf, TestPki pki, boolean online) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new FileDocument(pdf.toFile()));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(pki.root().certificate()));
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        if (online) {
            verifier.setOcspSource(ocsp(pki));
            verifier.setCrlSource(crl(pki));
        } else {
            verifier.setOcspSource(null);
            verifier.setCrlSource(null);
        }
        validator.setCertificateVerifier(verifier);
        Reports reports = validator.validateDocument();
        SimpleReport simple = reports.getSimpleReport();
        List<Verdict> out = new ArrayList<>();
        for (String id : simple.getSignatureIdList()) {
            List<String> errors = new ArrayList<>();
            simple.getAdESValidationErrors(id).forEach(m -> errors.add(m.getValue()));
            simple.getQualificationErrors(id).forEach(m -> errors.add(m.getValue()));
            out.add(new Verdict(id, simple.getIndication(id), simple.getSubIndication(id),
                    simple.getSignatureFormat(id), errors));
        }
        return out;
    }

    private static OCSPSource ocsp(TestPki pki) {
        return (certificate, issuer) -> {
            if (!issuer.getCertificate().equals(pki.intermediate().certificate())) {
                return null;
            }
            try {
                BasicOCSPResp basic = (BasicOCSPResp) new OCSPResp(pki.ocsp(certificate.getCertificate()))
                        .getResponseObject();
                OCSPToken token = new OCSPToken(basic, basic.getResponses()[0], certificate, issuer);
                token.setSourceURL(pki.ocspUrl().toString());
                token.setExternalOrigin(RevocationOrigin.EXTERNAL);
                return token;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static CRLSource crl(TestPki pki) {
        return (certificate, issuer) -> {
            TestPki.Identity ca = issuer.getCertificate().equals(pki.root().certificate()) ? pki.root()
                    : issuer.getCertificate().equals(pki.intermediate().certificate()) ? pki.intermediate() : null;
            if (ca == null) {
                return null;
            }
            try {
                CRLToken token = new CRLToken(certificate, CRLUtils.buildCRLValidity(
                        CRLUtils.buildCRLBinary(pki.crl(ca).getEncoded()), issuer));
                token.setSourceURL(pki.baseUrl() + "/crl");
                token.setExternalOrigin(RevocationOrigin.EXTERNAL);
                return token;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
