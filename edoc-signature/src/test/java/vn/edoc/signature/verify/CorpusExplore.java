package vn.edoc.signature.verify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.edoc.signature.testpki.TestPki;
import vn.edoc.spi.SignatureReport;
import vn.edoc.spi.TrustStore;
import vn.edoc.spi.VerificationReport;

class CorpusExplore {
    @Test
    void explore() {
        TestPki pki = TestPki.shared(TestPki.KeyKind.RSA_2048);
        AttackCorpus c = new AttackCorpus(pki);
        Map<String, Supplier<byte[]>> cases = new LinkedHashMap<>();
        cases.put("plain", c::plainSigned);
        cases.put("second", c::secondSignature);
        cases.put("overlap", c::visibleSignaturesOverlapping);
        cases.put("dss", c::withDss);
        cases.put("doc-ts", c::documentTimestamp);
        cases.put("formfill", () -> c.formFilled(c.signed(TestSigning.document(1, true))));
        cases.put("byte", c::byteEdited);
        cases.put("cms", c::cmsFlipped);
        cases.put("page+", c::pageAdded);
        cases.put("page-", c::pageRemoved);
        cases.put("content", c::contentReplaced);
        cases.put("annot", c::annotationOverContent);
        cases.put("hide", c::shadowHide);
        cases.put("font", c::shadowReplaceFont);
        cases.put("hide-replace", c::shadowHideAndReplace);
        cases.put("catalog", c::newCatalog);
        cases.put("noxref", c::appendedWithoutXref);
        cases.put("garbage", c::trailingGarbage);
        cases.put("wrap", c::signatureWrapping);
        cases.put("spoof", c::spoofedAppearance);
        cases.put("sneaky", c::sneakySignature);
        cases.put("p1sig", c::certifiedNoChangesThenSigned);
        cases.put("p1fill", c::certifiedNoChangesThenFilled);
        cases.put("revoked", () -> c.signedBy(pki.identity(TestPki.Role.REVOKED)));
        cases.put("expired", () -> c.signedBy(pki.identity(TestPki.Role.EXPIRED)));
        PadesVerifier v = PadesVerifier.builder().trustStore(TrustStore.of(List.of(pki.root().certificate())))
                .revocationSource(TestSigning.revocation(pki)).build();
        for (var e : cases.entrySet()) {
            try {
                byte[] pdf = e.getValue().get();
                VerificationReport r = v.verify(pdf, e.getKey());
                StringBuilder sb = new StringBuilder("CASE " + e.getKey() + ": ");
                for (SignatureReport s : r.signatures()) {
                    sb.append(s.field()).append("=").append(s.indication()).append(" ");
                    s.reasons().forEach(x -> sb.append("[").append(x.code()).append(" ").append(x.messageEn()).append("] "));
                    sb.append(" allowed=").append(s.allowedUpdates()).append(" | ");
                }
                r.reasons().forEach(x -> sb.append("FILE[").append(x.code()).append(" ").append(x.messageEn()).append("] "));
                String dss;
                try {
                    dss = String.valueOf(DssOracle.validate(pdf, pki));
                } catch (RuntimeException ex) {
                    dss = "DSS threw " + ex;
                }
                System.out.println(sb + " || DSS " + dss);
            } catch (RuntimeException ex) {
                System.out.println("CASE " + e.getKey() + " BUILD FAILED " + ex);
                ex.printStackTrace(System.out);
            }
        }
    }
}
