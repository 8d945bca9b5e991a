package vn.edoc.signature.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.signature.support.PdfSig;
import vn.edoc.signature.testpki.TestPki;
import vn.edoc.spi.TrustStore;

/**
 * Poppler's {@code pdfsig} beside ours on part of the attack corpus. pdfsig checks the digest and the CMS signature
 * of each signature (and says whether it covers the whole file) but does not judge later updates: a file changed
 * after signing is "valid" to it, only "not the total document signed". So we assert agreement on integrity, and
 * that where pdfsig says the file is not wholly signed our verifier named what changed.
 */
class PdfSigCrossCheckTest {

    private static final TestPki PKI = TestPki.shared(TestPki.KeyKind.RSA_2048);
    private static final AttackCorpus CORPUS = new AttackCorpus(PKI);
    private final PadesVerifier ours = PadesVerifier.builder()
            .trustStore(TrustStore.of(List.of(PKI.root().certificate())))
            .revocationSource(TestSigning.revocation(PKI)).build();

    @TempDir
    Path dir;

    private Path write(String name, byte[] pdf) throws IOException {
        return Files.write(dir.resolve(name), pdf);
    }

    @Test
    void anUntamperedSignatureIsValidToBoth() throws IOException {
        Path pdf = write("ok.pdf", CORPUS.secondSignature());
        assertThat(PdfSig.validations(pdf)).containsExactly("Signature is Valid.", "Signature is Valid.");
        assertThat(PdfSig.run(pdf)).contains("Total document signed");
        assertThat(ours.verify(pdf).allPassed()).isTrue();
    }

    @Test
    void anEditedSignedByteIsADigestMismatchToBoth() throws IOException {
        Path pdf = write("edited.pdf", CORPUS.byteEdited());
        assertThat(PdfSig.validations(pdf)).containsExactly("Digest Mismatch.");
        assertThat(ours.verify(pdf).signatures().get(0).intact()).isFalse();
    }

    @Test
    void aFlippedSignatureValueIsInvalidToBoth() throws IOException {
        Path pdf = write("flipped.pdf", CORPUS.cmsFlipped());
        assertThat(PdfSig.validations(pdf)).hasSize(1).allSatisfy(v -> assertThat(v).isNotEqualTo(
                "Signature is Valid."));
        assertThat(ours.verify(pdf).signatures().get(0).cryptoValid()).isFalse();
    }

    @Test
    void aChangeAfterSigningIsPartialCoverageToPdfsigAndAFindingToUs() throws IOException {
        for (byte[] bytes : List.of(CORPUS.contentReplaced(), CORPUS.shadowHide(), CORPUS.annotationOverContent())) {
            Path pdf = write("changed.pdf", bytes);
            String out = PdfSig.run(pdf);
            assertThat(PdfSig.validations(pdf)).containsExactly("Signature is Valid.");
            assertThat(out).contains("Not total document signed");
            var first = ours.verify(pdf).signatures().get(0);
            assertThat(first.intact()).isTrue();
            assertThat(first.coversWholeDocument()).isFalse();
            assertThat(first.modifiedAfterSigning()).isTrue();
        }
    }
}
