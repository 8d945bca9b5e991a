package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
                .contains("Step 1/9").contains("Step 8/9")
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
    void theWorkingDayRunsEveryStepAndKeepsReportsRegistersAndAuditTrails() throws Exception {
        Path keep = dir.resolve("day");
        // Saturday 18 January 2025: the day is the next working day, Monday the 20th
        CliRun run = CliRun.of("demo", "--date", "2025-01-18", "--keep", keep.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("Step 9/9 · A working day of two agencies, 2025-01-20")
                .contains("Nguyễn Văn Minh (minhnv.langson)").contains("Nguyễn Văn Minh (minhnv1.langson)")
                .contains("deadline 2025-02-10 (10 working days)")
                .contains("Lương Thị Hạnh signs KT. Chủ tịch, Phó Chủ tịch; issue by 2025-01-21T11:30:00+07:00")
                .contains("Nông Thị Lan: number 1, 01/QĐ-UBND")
                .contains("NOT a digital signature: PAdES signing arrives with edoc-signature")
                .contains("Task ASSIGNED by 01/QĐ-UBND")
                .contains("counts from 2025-01-20T09:55:00+07:00 (R-TIME-4); register by 2025-01-20T13:55:00+07:00")
                .contains("Incoming number 1, registered in time")
                .contains("(hạn: 10/02/2025)")
                .contains("Chu Thị Nga's work queue: 2 item(s): incoming register by 2025-01-20T13:55:00+07:00; "
                        + "task receive-task by 2025-02-10T17:00:00+07:00")
                .contains("Sở TT&TT received it at 09:55, registered it as number 1 at 10:10 (deadline 13:55)")
                .contains("the delivery of 01/QĐ-UBND is 000.00.13.H37 DELIVERED")
                .contains("task RECEIVED (R-TASK-3)")
                .contains("Extension requested by 01/STTTT-CNTT")
                .contains("Deadline 2025-02-10 → 2025-02-24 by 02/UBND-KGVX")
                .contains("Chu Thị Nga: number 2, 02/STTTT-CNTT")
                .contains("Task REPORTED, completed 2025-01-20T15:45:00+07:00")
                .contains("Task APPROVED: done ON_TIME")
                .contains("1 on time, 0 late, 0 in progress, 0 overdue")
                .contains("intact; UBND ")
                .contains("done on time by 02/STTTT-CNTT")
                .contains("audit chain verified")
                .contains("every step as expected")
                .doesNotContain("!!");

        Path day = keep.resolve("working-day");
        ObjectMapper mapper = new ObjectMapper();
        JsonNode unit = mapper.readTree(day.resolve("unit-report-cntt.json").toFile());
        assertThat(unit.path("documents").path("unitId").asText()).isEqualTo("stttt-cntt");
        assertThat(unit.path("documents").path("outgoingOnTime")).hasSize(2);
        JsonNode tasks = unit.path("tasks");
        assertThat(tasks.path("unitId").asText()).isEqualTo("stttt-cntt");
        assertThat(tasks.path("onTime")).hasSize(1);
        assertThat(tasks.path("onTime").get(0).path("completedAt").asText()).isEqualTo("2025-01-20T15:45:00+07:00");
        assertThat(tasks.path("onTime").get(0).path("deadline").asText()).isEqualTo("2025-02-24T17:00:00+07:00");
        assertThat(tasks.path("onTime").get(0).path("state").asText()).isEqualTo("APPROVED");
        assertThat(tasks.path("late")).isEmpty();
        assertThat(tasks.path("overdue")).isEmpty();
        for (String org : new String[] {"ubnd-tinh-lang-son", "so-tttt-lang-son"}) {
            JsonNode handling = mapper.readTree(day.resolve("document-handling-" + org + ".json").toFile());
            assertThat(handling.path("incomingOnTime")).hasSize(2);
            assertThat(handling.path("outgoingOnTime")).hasSize(2);
            assertThat(handling.path("incomingLate")).isEmpty();
            assertThat(handling.path("outgoingLate")).isEmpty();
            JsonNode register = mapper.readTree(day.resolve("register-" + org + ".json").toFile());
            assertThat(register).hasSize(4);
            JsonNode audit = mapper.readTree(day.resolve("audit-" + org + ".json").toFile());
            assertThat(audit.path("chainIntact").asBoolean()).isTrue();
            assertThat(audit.path("entries").size()).isGreaterThan(10);
            JsonNode entries = audit.path("entries");
            for (int i = 1; i < entries.size(); i++) {
                assertThat(entries.get(i).path("sequence").asLong())
                        .isGreaterThan(entries.get(i - 1).path("sequence").asLong());
            }
        }
        JsonNode ubndRegister = mapper.readTree(day.resolve("register-ubnd-tinh-lang-son.json").toFile());
        java.util.List<String> lines = new java.util.ArrayList<>();
        ubndRegister.forEach(e -> lines.add(e.path("key").path("kind").asText() + " " + e.path("number").asLong()
                + " " + e.path("notation").asText()));
        // both registers keep the full notation, number included (the outgoing line once kept only the letters)
        assertThat(lines).containsExactlyInAnyOrder("OUTGOING 1 01/QĐ-UBND", "OUTGOING 2 02/UBND-KGVX",
                "INCOMING 1 01/STTTT-CNTT", "INCOMING 2 02/STTTT-CNTT");
        JsonNode seals = mapper.readTree(day.resolve("seals.json").toFile());
        assertThat(seals.path("note").asText()).contains("NOT digital signatures");
        assertThat(seals.path("seals")).hasSize(4);
        byte[] decision = Files.readAllBytes(day.resolve("01-QD-UBND.pdf"));
        assertThat(new String(decision, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4");
        assertThat(vn.edoc.examples.demo.DigestSealer.sha256(decision))
                .isEqualTo(seals.path("seals").get(0).path("sealedSha256").asText());
        assertThat(new String(decision, StandardCharsets.US_ASCII))
                .contains("sha256=" + seals.path("seals").get(0).path("contentSha256").asText());
    }

    @Test
    void theTourSpeaksVietnamese() {
        CliRun run = CliRun.of("demo", "--date", "2025-01-20", "--lang", "vi");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Nhiệm vụ APPROVED: hoàn thành ON_TIME")
                .contains("mọi bước đúng như dự kiến").contains("KHÔNG phải chữ ký số")
                .contains("Bước 1/9").contains("Bước 9/9").contains("Một ngày làm việc của hai cơ quan").contains("Tóm tắt").contains("mọi kết quả đúng như dự kiến");
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
