package vn.edoc.signature.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.signature.testpki.TestPki;
import vn.edoc.spi.SignatureIndication;
import vn.edoc.spi.SignatureReport;
import vn.edoc.spi.TrustStore;
import vn.edoc.spi.VerificationReport;

class VerifierSmokeTest {

    @Test
    void aSignedDocumentPasses() {
        TestPki pki = TestPki.shared(TestPki.KeyKind.RSA_2048);
        byte[] pdf = TestSigning.sign(TestSigning.document(2, false), pki, pki.person(),
                TestSigning.Options.plain("Signature1"));
        PadesVerifier v = PadesVerifier.builder().trustStore(TrustStore.of(List.of(pki.root().certificate())))
                .revocationSource(TestSigning.revocation(pki)).build();
        VerificationReport r = v.verify(pdf, "a.pdf");
        System.out.println(r);
        SignatureReport s = r.signatures().get(0);
        assertThat(s.intact()).isTrue();
        assertThat(s.cryptoValid()).isTrue();
        assertThat(s.indication()).isEqualTo(SignatureIndication.TOTAL_PASSED);
    }
}
