package vn.edoc.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.SignatureIndication;
import vn.edoc.spi.SignatureReport;
import vn.edoc.spi.SignatureVerifier;
import vn.edoc.spi.VerificationReport;
import vn.edoc.store.memory.MemoryContentStore;

/**
 * What every {@link SignatureVerifier} must do, for adapters to prove themselves by extending this class (published
 * in edoc-core's test-jar): pass an untampered signed PDF, fail the same PDF changed after signing and with a
 * signed byte altered, and answer hostile or missing content with a failed report and a reason, never an
 * exception; the same answer every time, from any thread. Core cannot make signed PDFs itself, so the adapter's
 * test supplies them, signed by a signer its verifier trusts.
 */
public abstract class SignatureVerifierCompatibilityKit {

    /** The verifier under test, reading from {@code store}, trusting the signer of {@link #signedPdf()}. */
    protected abstract SignatureVerifier verifier(ContentStore store);

    /** A PDF with one signature or more, all of which the verifier should pass. */
    protected abstract byte[] signedPdf();

    /** {@link #signedPdf()} with an incremental update after signing that changes what a page shows. */
    protected abstract byte[] changedAfterSigning();

    private final ContentStore store = new MemoryContentStore();

    private VerificationReport verify(byte[] pdf) {
        ContentRef ref = store.put(new ByteArrayInputStream(pdf));
        return verifier(store).verify(ref);
    }

    @Test
    void passesAnUntamperedSignedPdf() {
        VerificationReport report = verify(signedPdf());
        assertThat(report.signatures()).isNotEmpty();
        assertThat(report.reasons()).isEmpty();
        for (SignatureReport s : report.signatures()) {
            assertThat(s.indication()).as("%s: %s", s.field(), s.reasons()).isEqualTo(SignatureIndication.TOTAL_PASSED);
            assertThat(s.intact()).isTrue();
            assertThat(s.cryptoValid()).isTrue();
            assertThat(s.trusted()).isTrue();
            assertThat(s.modifiedAfterSigning()).isFalse();
        }
        assertThat(report.allPassed()).isTrue();
    }

    @Test
    void failsAPdfChangedAfterSigning() {
        VerificationReport report = verify(changedAfterSigning());
        assertThat(report.allPassed()).isFalse();
        SignatureReport first = report.signatures().get(0);
        assertThat(first.intact()).as("the signed bytes themselves are intact").isTrue();
        assertThat(first.coversWholeDocument()).isFalse();
        assertThat(first.modifiedAfterSigning()).isTrue();
        assertThat(first.modifications()).isNotEmpty();
        assertThat(first.indication()).isEqualTo(SignatureIndication.TOTAL_FAILED);
    }

    @Test
    void failsAPdfWithASignedByteAltered() {
        byte[] pdf = signedPdf().clone();
        // the first bytes after the header are signed by every signature: change a character of the header comment
        String head = new String(pdf, 0, Math.min(64, pdf.length), StandardCharsets.ISO_8859_1);
        int at = head.indexOf("%PDF-") + 5;
        pdf[at] = (byte) (pdf[at] == '1' ? '2' : '1');
        VerificationReport report = verify(pdf);
        assertThat(report.allPassed()).isFalse();
        assertThat(report.signatures()).isNotEmpty();
        assertThat(report.signatures().get(0).intact()).isFalse();
        assertThat(report.signatures().get(0).indication()).isEqualTo(SignatureIndication.TOTAL_FAILED);
    }

    @Test
    void answersHostileContentWithAFailedReportNotAnException() {
        byte[] signed = signedPdf();
        List<byte[]> hostile = List.of(new byte[0], "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
                "not a pdf".getBytes(StandardCharsets.US_ASCII),
                java.util.Arrays.copyOf(signed, signed.length / 2),
                java.util.Arrays.copyOf(signed, signed.length - 7));
        for (byte[] pdf : hostile) {
            VerificationReport report = verify(pdf);
            assertThat(report).isNotNull();
            assertThat(report.allPassed()).isFalse();
            assertThat(report.signatures().isEmpty() ? report.reasons()
                    : report.signatures().get(0).reasons()).isNotEmpty();
        }
    }

    @Test
    void answersMissingContentWithAFailedReport() {
        ContentRef missing = new ContentRef("0".repeat(64), 10);
        VerificationReport report = verifier(store).verify(missing);
        assertThat(report.allPassed()).isFalse();
        assertThat(report.reasons()).isNotEmpty();
    }

    @Test
    void refusesANullReference() {
        assertThatThrownBy(() -> verifier(store).verify(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void givesTheSameAnswerEveryTimeAndFromAnyThread() throws Exception {
        byte[] pdf = changedAfterSigning();
        ContentRef ref = store.put(new ByteArrayInputStream(pdf));
        SignatureVerifier verifier = verifier(store);
        VerificationReport first = verifier.verify(ref);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<VerificationReport>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> verifier.verify(ref)));
            }
            for (Future<VerificationReport> f : runs) {
                VerificationReport r = f.get();
                assertThat(r.signatures()).hasSameSizeAs(first.signatures());
                for (int i = 0; i < r.signatures().size(); i++) {
                    assertThat(r.signatures().get(i).indication()).isEqualTo(first.signatures().get(i).indication());
                    assertThat(r.signatures().get(i).reasons()).isEqualTo(first.signatures().get(i).reasons());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
