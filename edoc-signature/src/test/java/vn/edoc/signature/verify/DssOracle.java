package vn.edoc.signature.verify;

import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.ExternalResourcesOCSPSource;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.edoc.signature.testpki.TestPki;

/**
 * EU DSS 6.4 (test scope) as the independent oracle beside our verifier: the same file, the same trust anchor (the
 * test root) and the same revocation data (the PKI's OCSP answers and CRLs, offline), DSS's default validation
 * policy. Its verdict per signature field is what the attack-corpus table sets beside ours.
 */
final class DssOracle {

    /** DSS's answer for one signature: indication, and sub-indication when not passed. */
    record Verdict(String indication, String subIndication, boolean modificationsDetected) {
        @Override
        public String toString() {
            return subIndication == null ? indication : indication + "/" + subIndication;
        }
    }

    private DssOracle() {
    }

    /** DSS's verdicts by signature field name (document timestamps under "timestamp#n"). */
    static Map<String, Verdict> validate(byte[] pdf, TestPki pki) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(pki.root().certificate()));
        CommonCertificateVerifier cv = new CommonCertificateVerifier();
        cv.setTrustedCertSources(trusted);
        cv.setAIASource(null);
        List<InputStream> ocsps = new ArrayList<>();
        for (TestPki.Identity id : pki.identities().values()) {
            ocsps.add(new ByteArrayInputStream(pki.ocsp(id.certificate())));
        }
        cv.setOcspSource(new ExternalResourcesOCSPSource(ocsps.toArray(new InputStream[0])));
        try {
            cv.setCrlSource(new ExternalResourcesCRLSource(
                    new ByteArrayInputStream(pki.crl(pki.root()).getEncoded()),
                    new ByteArrayInputStream(pki.crl(pki.intermediate()).getEncoded())));
        } catch (java.security.cert.CRLException e) {
            throw new IllegalStateException(e);
        }
        PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(cv);
        Reports reports = validator.validateDocument();
        SimpleReport simple = reports.getSimpleReport();
        DiagnosticData diag = reports.getDiagnosticData();
        Map<String, Verdict> out = new LinkedHashMap<>();
        for (SignatureWrapper s : diag.getSignatures()) {
            String field = s.getPDFRevision() == null ? s.getId() : s.getPDFRevision().getFirstFieldName();
            boolean mods = s.getPDFRevision() != null && s.getPDFRevision().arePdfModificationsDetected();
            out.put(field, new Verdict(String.valueOf(simple.getIndication(s.getId())),
                    simple.getSubIndication(s.getId()) == null ? null
                            : String.valueOf(simple.getSubIndication(s.getId())), mods));
        }
        int n = 0;
        for (TimestampWrapper t : diag.getTimestampList()) {
            if (t.getType() != null && t.getType().isDocumentTimestamp()) {
                out.put("timestamp#" + (++n), new Verdict(String.valueOf(simple.getIndication(t.getId())),
                        simple.getSubIndication(t.getId()) == null ? null
                                : String.valueOf(simple.getSubIndication(t.getId())), false));
            }
        }
        return out;
    }
}
