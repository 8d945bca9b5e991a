package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.signature.support.PdfSig;
import vn.edoc.signature.support.TestImages;
import vn.edoc.signature.support.TestPdfs;
import vn.edoc.signature.testpki.TestPki;

/** {@code edoc sign}: person then organisation on one PDF, and the refusals with their exit codes. */
class SignCommandTest {

    private static final TestPki PKI = TestPki.shared(TestPki.KeyKind.RSA_2048);

    @TempDir
    Path dir;

    @Test
    void signsAsThePersonThenAddsTheOrganisationsSeal() throws Exception {
        try (TestPki served = TestPki.builder().serveOverHttp().build()) {
            Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
            Path person = TestPki.writePkcs12(served.person(), dir.resolve("person.p12"), "pw".toCharArray());
            Path org = TestPki.writePkcs12(served.organisation(), dir.resolve("org.p12"), "pw".toCharArray());
            Path signature = Files.write(dir.resolve("signature.png"), TestImages.signature());
            Path seal = Files.write(dir.resolve("seal.png"), TestImages.seal());

            CliRun first = CliRun.of("sign", in.toString(), "--keystore", person.toString(), "--password", "pw",
                    "--signer-image", signature.toString(), "--title", "CHỦ TỊCH", "--name", "Nguyễn Văn Chiến",
                    "--tsa", served.tsaUrl().toString(), "--out", dir.resolve("person.pdf").toString());
            assertThat(first.exit()).as(first.toString()).isZero();
            assertThat(first.json().path("level").asText()).isEqualTo("B-T");
            assertThat(first.json().path("field").asText()).isEqualTo("PersonSignature1");
            assertThat(first.json().path("signer").asText()).isEqualTo("Nguyễn Văn Chiến");
            assertThat(first.json().path("signingTime").asText()).endsWith("+07:00");

            CliRun second = CliRun.of("sign", dir.resolve("person.pdf").toString(), "--keystore", org.toString(),
                    "--password", "pw", "--seal", seal.toString(), "--out", dir.resolve("issued.pdf").toString());
            assertThat(second.exit()).as(second.toString()).isZero();
            assertThat(second.json().path("signatures").asInt()).isEqualTo(2);
            assertThat(second.json().path("level").asText()).isEqualTo("B-B");
            assertThat(PdfSig.validations(dir.resolve("issued.pdf")))
                    .containsExactly("Signature is Valid.", "Signature is Valid.");
            try (PDDocument document = Loader.loadPDF(dir.resolve("issued.pdf").toFile())) {
                assertThat(document.getSignatureDictionaries()).hasSize(2);
            }
        }
    }

    @Test
    void refusalsUsageAndIoErrorsHaveTheirExitCodes() throws Exception {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        Path p12 = TestPki.writePkcs12(PKI.person(), dir.resolve("person.p12"), "pw".toCharArray());
        Path out = dir.resolve("out.pdf");

        CliRun wrongPassword = CliRun.of("sign", in.toString(), "--keystore", p12.toString(), "--password", "nope",
                "--out", out.toString());
        assertThat(wrongPassword.exit()).isEqualTo(1);
        assertThat(wrongPassword.codes()).containsExactly("EDOC-SIG-004");
        wrongPassword.noStackTrace();

        Path notPdf = Files.writeString(dir.resolve("x.pdf"), "hello");
        CliRun notAPdf = CliRun.of("sign", notPdf.toString(), "--keystore", p12.toString(), "--password", "pw",
                "--out", out.toString());
        assertThat(notAPdf.exit()).isEqualTo(1);
        assertThat(notAPdf.codes()).containsExactly("EDOC-SIG-001");
        assertThat(out).doesNotExist();

        assertThat(CliRun.of("sign", in.toString(), "--keystore", p12.toString(), "--password", "pw").exit())
                .isEqualTo(2);
        assertThat(CliRun.of("sign", in.toString(), "--keystore", p12.toString(), "--password", "pw",
                "--signer-image", "a.png", "--seal", "b.png", "--out", out.toString()).exit()).isEqualTo(2);
        assertThat(CliRun.of("sign", dir.resolve("missing.pdf").toString(), "--keystore", p12.toString(),
                "--password", "pw", "--out", out.toString()).exit()).isEqualTo(3);
        assertThat(CliRun.of("sign", dir.toString(), "--keystore", p12.toString(), "--password", "pw",
                "--out", out.toString()).exit()).isEqualTo(3);
    }
}
