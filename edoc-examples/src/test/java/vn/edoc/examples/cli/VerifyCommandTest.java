package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.signature.testpki.TestPki;
import vn.edoc.signature.verify.TestSigning;

/** {@code edoc verify} against the contract of docs/cli.md: fields, exit codes, refusals. */
class VerifyCommandTest {

    private static TestPki pki;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        // served on a loopback port, so the revocation URLs in the certificates answer (OCSP, CRL)
        pki = TestPki.builder().serveOverHttp().build();
    }

    @AfterAll
    static void close() {
        pki.close();
    }

    private Path signed(String name) throws IOException {
        byte[] pdf = TestSigning.sign(TestSigning.document(1, false), pki, pki.person(),
                TestSigning.Options.plain("Signature1"));
        return Files.write(dir.resolve(name), pdf);
    }

    private Path root() {
        return TestPki.writeCertificate(pki.root().certificate(), dir.resolve("root.pem"));
    }

    @Test
    void aValidSignatureAnswersEveryFieldOfTheContractAndExitsZero() throws IOException {
        Path pdf = signed("ok.pdf");
        CliRun run = CliRun.of("verify", pdf.toString(), "--trust", root().toString()).noStackTrace();
        assertThat(run.exit()).as(run.out()).isEqualTo(0);
        JsonNode json = run.json();
        assertThat(json.path("file").asText()).isEqualTo(pdf.toString());
        JsonNode s = json.path("signatures").get(0);
        List<String> names = new ArrayList<>();
        s.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("field", "signer", "signingTime", "intact", "cryptoValid",
                "coversWholeDocument", "modifiedAfterSigning", "modifications", "trusted", "timestamp", "indication",
                "reasons");
        assertThat(s.path("field").asText()).isEqualTo("Signature1");
        assertThat(s.path("signer").asText()).contains("Nguyễn Văn Chiến");
        assertThat(s.path("signingTime").asText()).endsWith("+07:00");
        assertThat(s.path("intact").asBoolean()).isTrue();
        assertThat(s.path("cryptoValid").asBoolean()).isTrue();
        assertThat(s.path("coversWholeDocument").asBoolean()).isTrue();
        assertThat(s.path("modifiedAfterSigning").asBoolean()).isFalse();
        assertThat(s.path("trusted").asBoolean()).isTrue();
        assertThat(s.path("timestamp").isNull()).isTrue();
        assertThat(s.path("indication").asText()).isEqualTo("TOTAL_PASSED");
        assertThat(s.path("reasons")).isEmpty();
    }

    @Test
    void aDocumentChangedAfterSigningExitsOneWithTheModification() throws IOException {
        Path pdf = signed("changed.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        byte[] tampered;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.getPages().getCOSObject().setNeedToBeUpdated(true);
            var out = new java.io.ByteArrayOutputStream();
            doc.saveIncremental(out);
            tampered = out.toByteArray();
        }
        Files.write(pdf, tampered);
        CliRun run = CliRun.of("verify", pdf.toString(), "--trust", root().toString()).noStackTrace();
        assertThat(run.exit()).isEqualTo(1);
        JsonNode s = run.json().path("signatures").get(0);
        assertThat(s.path("intact").asBoolean()).isTrue();
        assertThat(s.path("coversWholeDocument").asBoolean()).isFalse();
        assertThat(s.path("modifiedAfterSigning").asBoolean()).isTrue();
        assertThat(s.path("modifications").get(0).path("code").asText()).isEqualTo("EDOC-SIG-120");
        assertThat(s.path("indication").asText()).isEqualTo("TOTAL_FAILED");
    }

    @Test
    void withoutATrustAnchorTheSignatureIsIndeterminate() throws IOException {
        CliRun run = CliRun.of("verify", signed("untrusted.pdf").toString(), "--offline").noStackTrace();
        assertThat(run.exit()).isEqualTo(1);
        JsonNode s = run.json().path("signatures").get(0);
        assertThat(s.path("intact").asBoolean()).isTrue();
        assertThat(s.path("trusted").asBoolean()).isFalse();
        assertThat(s.path("indication").asText()).isEqualTo("INDETERMINATE");
        assertThat(s.path("reasons").get(0).path("code").asText()).isEqualTo("EDOC-SIG-140");
    }

    @Test
    void aFileThatIsNotAPdfIsANegativeAnswerWithItsReason() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.pdf"), "not a pdf at all");
        CliRun run = CliRun.of("verify", junk.toString()).noStackTrace();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().path("signatures")).isEmpty();
        assertThat(run.codes()).containsExactly("EDOC-SIG-101");
    }

    @Test
    void aMissingFileIsAnIoError() {
        CliRun run = CliRun.of("verify", dir.resolve("missing.pdf").toString()).noStackTrace();
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.json().has("error")).isTrue();
    }

    @Test
    void aDirectoryIsRefusedNotWaitedOn() {
        CliRun run = CliRun.of("verify", dir.toString()).noStackTrace();
        assertThat(run.exit()).isEqualTo(3);
    }

    @Test
    void aTrustFileThatIsNotACertificateIsAUsageError() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.pem"), "-----BEGIN CERTIFICATE-----\nnope\n");
        CliRun run = CliRun.of("verify", signed("x.pdf").toString(), "--trust", bad.toString()).noStackTrace();
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void withoutAFileItIsAUsageError() {
        assertThat(CliRun.of("verify").noStackTrace().exit()).isEqualTo(2);
    }
}
