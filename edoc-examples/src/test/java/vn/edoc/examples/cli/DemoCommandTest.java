package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void theTourRunsEveryStepAndKeepsEveryAnswer() throws Exception {
        Path keep = dir.resolve("kept");
        CliRun run = CliRun.of("demo", "--date", "2025-01-20", "--keep", keep.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("Step 1/8").contains("Step 8/8")
                .contains("$ edoc id account \"Nguyễn Văn Chiến\" --suffix bimson --leader")
                .contains("accounts: chiennv.bimson, chiennv1.bimson, tramdtn.bimson")
                .contains("legacy file detected as tcvn3, converted to utf-8-nfc (text intact)")
                .contains("2025-01-20 is lunar 21/12/2024")
                .contains("Tết 2025 falls on 2025-01-29")
                .contains("received 2025-01-24T18:05:00+07:00 counts from 2025-02-03T07:30:00+07:00")
                .contains("every answer as expected");
        assertThat(keep.resolve("ls-d7-2-tcvn3.txt")).exists();
        assertThat(Files.readString(keep.resolve("11-text-convert.txt"), StandardCharsets.UTF_8))
                .isEqualTo(DemoCommand.LEGACY_SENTENCE);
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> files = Files.list(keep)) {
            long answers = files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.json")).peek(p -> {
                try {
                    assertThat(mapper.readTree(p.toFile()).isObject()).isTrue();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
            assertThat(answers).isEqualTo(20);
        }
        assertThat(mapper.readTree(keep.resolve("01-id-organ.json").toFile()).path("knownName").asText())
                .isEqualTo("Ủy ban nhân dân tỉnh Lạng Sơn");
    }

    @Test
    void theTourSpeaksVietnamese() {
        CliRun run = CliRun.of("demo", "--date", "2025-01-20", "--lang", "vi");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Bước 1/8").contains("Tóm tắt").contains("mọi kết quả đúng như dự kiến");
    }

    @Test
    void storageIsNotPartOfTheDemoYet() {
        CliRun run = CliRun.of("demo", "--jdbc-url", "jdbc:h2:mem:x");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--jdbc-url");
    }

    @Test
    void aYearOutsideTheCalendarIsAUsageError() {
        assertThat(CliRun.of("demo", "--date", "1999-05-01").exit()).isEqualTo(2);
    }

    @Test
    void aKeepFolderThatCannotBeCreatedIsAnIoError() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        CliRun run = CliRun.of("demo", "--date", "2025-01-20", "--keep", file.resolve("sub").toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("plain-file").doesNotContain("\tat ");
    }
}
