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
        List<byte[]> ocsps = new ArrayList<>();
        for (TestPki.Identity id : pki.identities().values()) {
            ocsps.add(pki.ocsp(id.certificate()));
        }
        try {
            return validate(pdf, pki, new vn.edoc.spi.RevocationData(List.of(pki.crl(pki.root()).getEncoded(),
                    pki.crl(pki.intermediate()).getEncoded()), ocsps), null);
        } catch (java.security.cert.CRLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * DSS's verdicts with exactly {@code data} as the external revocation information (besides what the PDF
     * carries), at {@code validationTime} (null: now).
     */
    static Map<String, Verdict> validate(byte[] pdf, TestPki pki, vn.edoc.spi.RevocationData data,
                                         java.util.Date validationTime) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(pki.root().certificate()));
        CommonCertificateVerifier cv = new CommonCertificateVerifier();
        cv.setTrustedCertSources(trusted);
        cv.setAIASource(null);
        List<InputStream> ocsps = new ArrayList<>();
        data.ocspResponses().forEach(b -> ocsps.add(new ByteArrayInputStream(b)));
        List<InputStream> crls = new ArrayList<>();
        data.crls().forEach(b -> crls.add(new ByteArrayInputStream(b)));
        cv.setOcspSource(ocsps.isEmpty() ? null : new ExternalResourcesOCSPSource(ocsps.toArray(new InputStream[0])));
        cv.setCrlSource(crls.isEmpty() ? null : new ExternalResourcesCRLSource(crls.toArray(new InputStream[0])));
        PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(cv);
        if (validationTime != null) {
            validator.setValidationTime(validationTime);
        }
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
