package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.text.LegacyCodecs;

class TextCommandTest {

    private static final String SENTENCE =
            "Ủy ban nhân dân tỉnh Lạng Sơn giao Sở Thông tin và Truyền thông chủ trì, phối hợp thực hiện.\n";

    /** TCVN3 (ABC) has no precomposed capitals with marks in its base font: a sentence without them. */
    private static final String LOWER_SENTENCE =
            "Văn bản điện tử gửi đi phải được ký số và phát hành ngay trong ngày ký.\n";

    @TempDir
    Path dir;

    private String file(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p.toString();
    }

    @Test
    void nfcUtf8IsTcvn6909() throws Exception {
        CliRun run = CliRun.of("text", "check", file("ok.txt", SENTENCE.getBytes(StandardCharsets.UTF_8)));
        assertThat(run.exit()).isZero();
        JsonNode json = run.json();
        assertThat(json.path("encoding").asText()).isEqualTo("utf-8-nfc");
        assertThat(json.path("tcvn6909").asBoolean()).isTrue();
        assertThat(json.path("violations")).isEmpty();
    }

    @Test
    void decomposedUnicodeIsNot() throws Exception {
        String nfd = Normalizer.normalize(SENTENCE, Normalizer.Form.NFD);
        CliRun run = CliRun.of("text", "check", file("nfd.txt", nfd.getBytes(StandardCharsets.UTF_8)));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().path("encoding").asText()).isEqualTo("utf-8-nfd");
        assertThat(run.json().path("tcvn6909").asBoolean()).isFalse();
        assertThat(run.json().path("violations")).isNotEmpty();
    }

    @Test
    void tcvn3IsDetectedAndConverted() throws Exception {
        String name = file("old.txt", LegacyCodecs.tcvn3().encode(LOWER_SENTENCE));
        CliRun check = CliRun.of("text", "check", name);
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.json().path("encoding").asText()).isEqualTo("tcvn3");
        assertThat(check.json().path("violations").get(0).path("rule").asText()).isEqualTo("R-FMT-1");

        CliRun convert = CliRun.of("text", "convert", name);
        assertThat(convert.exit()).isZero();
        assertThat(convert.out()).isEqualTo(LOWER_SENTENCE);
        assertThat(convert.err()).isEmpty();

        CliRun explicit = CliRun.of("text", "convert", name, "--from", "tcvn3");
        assertThat(explicit.out()).isEqualTo(LOWER_SENTENCE);
    }

    @Test
    void vniWithExplicitEncoding() throws Exception {
        String name = file("vni.txt", LegacyCodecs.vni().encode(SENTENCE));
        CliRun convert = CliRun.of("text", "convert", "--from=vni", name);
        assertThat(convert.exit()).isZero();
        assertThat(convert.out()).isEqualTo(SENTENCE);
    }

    @Test
    void failedConversionExitsOneWithViolationsOnStderrAndNothingOnStdout() throws Exception {
        byte[] noise = new byte[256];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i * 7 + 0x80);
        }
        CliRun run = CliRun.of("text", "convert", file("noise.bin", noise), "--from", "utf-8");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        JsonNode err = new ObjectMapper().readTree(run.err());
        assertThat(err.path("violations").get(0).path("code").asText()).startsWith("EDOC-TXT-");
        run.noStackTrace();
    }

    @Test
    void unknownSourceEncodingIsAUsageError() throws Exception {
        CliRun run = CliRun.of("text", "convert", file("a.txt", new byte[] {'a'}), "--from", "koi8");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--from");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingFileIsAnIoErrorWithAJsonAnswer() {
        CliRun run = CliRun.of("text", "check", dir.resolve("missing.txt").toString());
        assertThat(run.exit()).isEqualTo(3);
        JsonNode json = run.json();
        assertThat(json.path("error").asText()).contains("file not found").contains("missing.txt");
        assertThat(json.path("violations").isArray()).isTrue();
        assertThat(run.err()).contains("missing.txt");
        run.noStackTrace();
    }

    @Test
    void missingFileInVietnamese() {
        CliRun run = CliRun.of("--lang", "vi", "text", "check", dir.resolve("missing.txt").toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.json().path("error").asText()).startsWith("không tìm thấy tệp");
    }

    @Test
    void directoryIsAnIoError() {
        CliRun run = CliRun.of("text", "check", dir.toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.json().path("error").asText()).contains("directory");
        run.noStackTrace();
    }

    @Test
    void missingFileForConvertKeepsStdoutEmpty() {
        CliRun run = CliRun.of("text", "convert", dir.resolve("missing.txt").toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("missing.txt");
    }

    @Test
    void dashReadsStandardInput() {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(LegacyCodecs.tcvn3().encode(LOWER_SENTENCE)));
            CliRun run = CliRun.of("text", "convert", "-");
            assertThat(run.exit()).isZero();
            assertThat(run.out()).isEqualTo(LOWER_SENTENCE);
        } finally {
            System.setIn(saved);
        }
    }
}
