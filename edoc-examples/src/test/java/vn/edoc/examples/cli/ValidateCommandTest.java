package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.text.LegacyCodecs;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private String sample(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/vn/edoc/examples/demo/" + name)) {
            assertThat(in).as(name).isNotNull();
            Path p = dir.resolve(name);
            Files.write(p, in.readAllBytes());
            return p.toString();
        }
    }

    private String file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p.toString();
    }

    @Test
    void theDecisionOfLangSonIsValid() throws Exception {
        CliRun run = CliRun.of("validate", sample("document.json"));
        assertThat(run.exit()).isZero();
        assertThat(run.json().path("valid").asBoolean()).isTrue();
        assertThat(run.json().path("violations")).isEmpty();
        assertThat(run.json().path("stage").asText()).isEqualTo("issued");
    }

    @Test
    void everyFaultIsReportedAtOnceWithItsPathAndRule() throws Exception {
        CliRun run = CliRun.of("validate", sample("document-faulty.json"));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().path("valid").asBoolean()).isFalse();
        assertThat(run.codes()).contains("EDOC-DOC-001", "EDOC-DOC-004", "EDOC-DOC-010", "EDOC-DOC-022",
                "EDOC-TXT-004");
        var paths = new java.util.ArrayList<String>();
        run.json().path("violations").forEach(v -> paths.add(v.path("path").asText()));
        assertThat(paths).contains("signer", "confidentiality", "attachments[0].name");
        run.noStackTrace();
    }

    @Test
    void malformedJsonIsANegativeAnswer() throws Exception {
        CliRun run = CliRun.of("validate", file("bad.json", "{\"direction\": \"outgoing\",\n"));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.codes()).containsExactly("EDOC-DOC-040");
        assertThat(run.json().path("stage").isNull()).isTrue();
        run.noStackTrace();
    }

    @Test
    void aFileInALegacyEncodingIsANegativeAnswerNamingTheEncoding() throws Exception {
        Path p = dir.resolve("tcvn3.json");
        Files.write(p, LegacyCodecs.tcvn3().encode("{\"direction\": \"outgoing\", \"abstract\": \"về việc ban hành\"}"));
        CliRun run = CliRun.of("validate", p.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().path("violations").toString()).contains("tcvn3");
        run.noStackTrace();
    }

    @Test
    void stageCanBeChosen() throws Exception {
        String draft = file("draft.json", "{\"direction\": \"outgoing\", \"type\": \"Công văn\","
                + " \"abstract\": \"Về việc triển khai phần mềm\","
                + " \"issuer\": {\"code\": \"000.00.00.H37\", \"name\": \"Ủy ban nhân dân tỉnh Lạng Sơn\"}}");
        CliRun asDraft = CliRun.of("validate", draft);
        assertThat(asDraft.exit()).isZero();
        assertThat(asDraft.json().path("stage").asText()).isEqualTo("draft");
        CliRun asRegistered = CliRun.of("validate", draft, "--stage", "registered");
        assertThat(asRegistered.exit()).isEqualTo(1);
        assertThat(asRegistered.codes()).contains("EDOC-DOC-001");
    }

    @Test
    void dateOfIssueInTheFutureOfTheGivenToday() throws Exception {
        CliRun run = CliRun.of("validate", sample("document.json"), "--today", "2020-07-10");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().path("violations").get(0).path("path").asText()).isEqualTo("issueDate");
    }

    @Test
    void badStageIsAUsageErrorAndMissingFileAnIoError() throws Exception {
        assertThat(CliRun.of("validate", sample("document.json"), "--stage", "final").exit()).isEqualTo(2);
        CliRun missing = CliRun.of("validate", dir.resolve("none.json").toString());
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.json().path("error").asText()).contains("none.json");
    }
}
