package vn.edoc.signature.verify;

import java.util.List;
import vn.edoc.signature.testpki.TestPki;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.SignatureVerifier;
import vn.edoc.spi.TrustStore;
import vn.edoc.spi.tck.SignatureVerifierCompatibilityKit;

/** {@link PadesVerifier} passes core's conformance kit for {@link SignatureVerifier}. */
class PadesVerifierCompatibilityTest extends SignatureVerifierCompatibilityKit {

    private static final TestPki PKI = TestPki.shared(TestPki.KeyKind.RSA_2048);
    private static final AttackCorpus CORPUS = new AttackCorpus(PKI);
    private static final byte[] SIGNED = CORPUS.secondSignature();
    private static final byte[] CHANGED = CORPUS.contentReplaced();

    @Override
    protected SignatureVerifier verifier(ContentStore store) {
        return PadesVerifier.builder().contentStore(store)
                .trustStore(TrustStore.of(List.of(PKI.root().certificate())))
                .revocationSource(TestSigning.revocation(PKI)).build();
    }

    @Override
    protected byte[] signedPdf() {
        return SIGNED;
    }

    @Override
    protected byte[] changedAfterSigning() {
        return CHANGED;
    }
}
