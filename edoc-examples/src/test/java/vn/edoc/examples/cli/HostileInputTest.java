package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, the command line as a hostile user drives it: what is not a regular file is refused, never waited on;
 * file names are shown safely; usage errors answer with the contract's JSON; output stays bounded; a schedule that is
 * not UTF-8 is answered as a document that is not; the demo accepts only the dates it can run.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private Path fifo() throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return fifo;
    }

    /** The timeout only keeps a regression from hanging the build: a refused FIFO answers at once. */
    @Test
    @Timeout(60)
    void aFifoIsRefusedByNameByEveryCommandThatReadsAFile() throws Exception {
        String pipe = fifo().toString();
        for (String[] args : new String[][] {{"validate", pipe}, {"text", "check", pipe},
            {"time", "receipt", "2025-01-24T18:05:00+07:00", "--schedule", pipe}, {"calendar", "holidays", "2025",
                "--schedule", pipe}}) {
            CliRun run = CliRun.of(args).noStackTrace();
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(3);
            assertThat(run.json().path("error").asText()).contains("FIFO", "pipe");
            assertThat(run.json().path("violations").isEmpty()).isTrue();
            assertThat(run.err()).startsWith("edoc: not a regular file but a FIFO");
        }
        CliRun convert = CliRun.of("text", "convert", pipe);
        assertThat(convert.exit()).isEqualTo(3);
        assertThat(convert.out()).isEmpty();
        assertThat(convert.err()).contains("FIFO");
    }

    @Test
    void aDeviceIsRefusedByName() {
        CliRun run = CliRun.of("validate", "/dev/zero").noStackTrace();
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.json().path("error").asText()).contains("character device", "/dev/zero");
    }

    @Test
    void anEmptyFileNameIsSaidToBeEmpty() {
        CliRun run = CliRun.of("text", "check", "");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.json().path("error").asText()).isEqualTo("empty file name");
        assertThat(CliRun.of("--lang", "vi", "validate", "").json().path("error").asText()).isEqualTo("tên tệp rỗng");
    }

    @Test
    void controlCharactersInFileNamesAreEscapedOnStderr() {
        CliRun run = CliRun.of("text", "check", "a\u001b[31mred\u202e");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("edoc: file not found: a\\u001B[31mred\\u202E\n");
        assertThat(run.err()).doesNotContain("\u001b").doesNotContain("\u202e");
        assertThat(run.json().path("error").asText()).isEqualTo("file not found: a\\u001B[31mred\\u202E");
    }

    @Test
    void usageErrorsAnswerWithTheContractsJsonAndOneBoundedLine() {
        CliRun run = CliRun.of("time", "receipt", "x".repeat(100_000) + "\u001b");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.json().path("error").asText()).contains("is not an ISO 8601 time").hasSizeLessThan(400);
        assertThat(run.json().path("violations").isArray()).isTrue();
        assertThat(run.err().lines().findFirst().orElseThrow()).hasSizeLessThan(400).doesNotContain("\u001b");
        // a command whose stdout is its raw output keeps stdout empty
        CliRun convert = CliRun.of("text", "convert", "x.txt", "--from", "klingon");
        assertThat(convert.exit()).isEqualTo(2);
        assertThat(convert.out()).isEmpty();
    }

    /** Issue 11: a 50,000-period --office-hours value gave a 3.35 MB stderr line. */
    @Test
    void aHugeOfficeHoursValueGivesOneShortLine() {
        CliRun run = CliRun.of("time", "receipt", "2025-01-24T18:05:00+07:00", "--office-hours",
                "07:30-11:30,".repeat(50_000));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().length()).isLessThan(1_000);
        assertThat(run.out().length()).isLessThan(1_000);
        assertThat(run.json().path("error").asText()).contains("600000");
    }

    @Test
    void aScheduleThatIsNotUtf8IsANegativeAnswerLikeADocument() throws IOException {
        Path schedule = dir.resolve("schedule.json");
        Files.write(schedule, "{\"entries\":[{\"date\":\"2026-09-01\",\"kind\":\"holiday\",\"name\":\"Qu\u00f4c kh\u00e1nh\"}]}"
                .getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.of("calendar", "holidays", "2026", "--schedule", schedule.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.codes()).contains("EDOC-TIME-010", "EDOC-TXT-001");
        Path document = dir.resolve("document.json");
        Files.write(document, "{\"direction\":\"outgoing\",\"abstract\":\"Qu\u00f4c\"}".getBytes(StandardCharsets.ISO_8859_1));
        CliRun validate = CliRun.of("validate", document.toString());
        assertThat(validate.exit()).isEqualTo(1);
        assertThat(validate.codes()).contains("EDOC-TXT-001");
    }

    @Test
    void aHostileDocumentDateIsANegativeAnswerWithItsRule() throws IOException {
        Path document = dir.resolve("document.json");
        Files.writeString(document, "{\"direction\":\"outgoing\",\"type\":\"Công văn\",\"abstract\":\"V/v thử\","
                + "\"issuer\":{\"code\":\"000.00.00.H37\",\"name\":\"UBND tỉnh Lạng Sơn\"},\"issueDate\":\"0001-01-01\","
                + "\"reply\":{\"required\":true,\"deadline\":\"9999-12-31\"}}");
        CliRun run = CliRun.of("validate", document.toString(), "--today", "2025-03-01");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.codes()).contains("EDOC-DOC-017", "EDOC-DOC-018");
    }

    @Test
    void theDemoAcceptsOnlyTheDatesItCanRun() {
        CliRun before = CliRun.of("demo", "--date", "2020-07-10");
        assertThat(before.exit()).isEqualTo(2);
        assertThat(before.err()).contains("2020-07-11", "2099-12-31", "2020-07-10");
        assertThat(CliRun.of("demo", "--date", "2100-01-01").exit()).isEqualTo(2);
        assertThat(CliRun.of("demo", "--date", "2020-07-11").exit()).isZero();
        assertThat(CliRun.of("demo", "--date", "2099-12-31").exit()).isZero();
    }
}
