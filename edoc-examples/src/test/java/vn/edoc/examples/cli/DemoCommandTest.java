package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void theWorkingDayRunsOnAnH2FileDatabaseAndASecondRunContinuesIt() throws Exception {
        Path keep = dir.resolve("day");
        // Saturday 18 January 2025: the day is the next working day, Monday the 20th
        CliRun run = CliRun.of("demo", "--date", "2025-01-18", "--keep", keep.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).isEmpty();
        // the tour: edoc commands run in-process, their answers kept
        assertThat(run.out())
                .contains("Step 1/9").contains("Step 8/9")
                .contains("$ edoc id account \"Nguyễn Văn Chiến\" --suffix bimson --leader")
                .contains("accounts: chiennv.bimson, chiennv1.bimson, tramdtn.bimson")
                .contains("legacy file detected as tcvn3, converted to utf-8-nfc (text intact)")
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
        // the working day
        assertThat(run.out())
                .contains("Step 9/9 · A working day of two agencies, 2025-01-20")
                .contains("stored in an embedded H2 file database jdbc:h2:file:" + keep.toAbsolutePath()
                        .resolve("database"))
                .contains("migrations V1__").contains("Directory stored: 2 organisations")
                .contains("edXML packages over an in-process reference interconnection axis at http://127.0.0.1:")
                .contains("Nguyễn Văn Minh (minhnv.langson)").contains("Nguyễn Văn Minh (minhnv1.langson)")
                .contains("deadline 2025-02-10 (10 working days)")
                .contains("Signed as the person: PAdES B-LT, own certificate (CN=Lương Thị Hạnh)")
                .contains("Lương Thị Hạnh signs KT. Chủ tịch, Phó Chủ tịch; issue by 2025-01-21T11:30:00+07:00")
                .contains("Nông Thị Lan: number 1, 01/QĐ-UBND")
                .contains("Signed as Ủy ban nhân dân tỉnh Lạng Sơn (PAdES B-LT, the seal over the left third")
                .contains("Task ASSIGNED by 01/QĐ-UBND")
                .contains("counts from 2025-01-20T09:55:00+07:00 (R-TIME-4); register by 2025-01-20T13:55:00+07:00")
                .contains("Signatures verified before registering (R-IN-1): Lương Thị Hạnh TOTAL_PASSED, "
                        + "time-stamped 2025-01-20T09:15:00+07:00; Ủy ban nhân dân tỉnh Lạng Sơn TOTAL_PASSED, "
                        + "time-stamped 2025-01-20T09:40:00+07:00")
                .contains("Incoming number 1, registered in time")
                .contains("(hạn: 10/02/2025)")
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
                .contains("8 PAdES signatures applied (4 by persons, 4 by organisations); 10 signatures verified "
                        + "on 5 received documents, 5 of them TOTAL_PASSED")
                .contains("a commune without a connected system receives by e-mail through an in-process mail "
                        + "server (smtp://127.0.0.1:")
                .contains("[10:00] Xã Mai Pha · The commune's clerk opens the official mailbox")
                .contains("Mail from 000.00.00.H37: 01/QĐ-UBND")
                .contains("Signatures of the mailed PDF: Lương Thị Hạnh TOTAL_PASSED")
                .contains("\"received\" answered by mail to 000.00.00.H37")
                .contains("the delivery of 01/QĐ-UBND is 000.00.13.H37 DELIVERED, 000.20.31.H37 DELIVERED")
                .contains("Ủy ban nhân dân xã Mai Pha (no connected system) received 01/QĐ-UBND by e-mail")
                .contains("Tracking of 01/QĐ-UBND: 000.00.13.H37 COMPLETED, 000.20.31.H37 DELIVERED")
                .contains("Tracking of 02/STTTT-CNTT: 000.00.00.H37 DELIVERED")
                .contains("edXML packages kept as the axis held them")
                .contains("audit chain verified")
                .contains("every step as expected")
                .doesNotContain("!!").doesNotContain("earlier runs");

        Path day = keep.resolve("working-day");
        JsonNode unit = mapper.readTree(day.resolve("unit-report-cntt.json").toFile());
        assertThat(unit.path("documents").path("unitId").asText()).isEqualTo("stttt-cntt");
        assertThat(unit.path("documents").path("outgoingOnTime")).hasSize(2);
        JsonNode tasks = unit.path("tasks");
        assertThat(tasks.path("onTime")).hasSize(1);
        assertThat(tasks.path("onTime").get(0).path("completedAt").asText()).isEqualTo("2025-01-20T15:45:00+07:00");
        assertThat(tasks.path("onTime").get(0).path("deadline").asText()).isEqualTo("2025-02-24T17:00:00+07:00");
        assertThat(tasks.path("onTime").get(0).path("state").asText()).isEqualTo("APPROVED");
        for (String org : new String[] {"ubnd-tinh-lang-son", "so-tttt-lang-son"}) {
            JsonNode handling = mapper.readTree(day.resolve("document-handling-" + org + ".json").toFile());
            assertThat(handling.path("incomingOnTime")).hasSize(2);
            assertThat(handling.path("outgoingOnTime")).hasSize(2);
            assertThat(handling.path("incomingLate")).isEmpty();
            assertThat(handling.path("outgoingLate")).isEmpty();
            assertThat(mapper.readTree(day.resolve("register-" + org + ".json").toFile())).hasSize(4);
            JsonNode audit = mapper.readTree(day.resolve("audit-" + org + ".json").toFile());
            assertThat(audit.path("chainIntact").asBoolean()).isTrue();
            assertThat(audit.path("entries").size()).isGreaterThan(10);
        }
        assertThat(registerLines(mapper, day)).containsExactlyInAnyOrder("OUTGOING 1 01/QĐ-UBND",
                "OUTGOING 2 02/UBND-KGVX", "INCOMING 1 01/STTTT-CNTT", "INCOMING 2 02/STTTT-CNTT");
        JsonNode verifications = mapper.readTree(day.resolve("signature-verifications.json").toFile());
        assertThat(verifications).hasSize(5);
        verifications.forEach(v -> assertThat(v.path("indication").asText()).isEqualTo("TOTAL_PASSED"));
        // the kept PDFs are the signed ones: edoc verify, trusting the run's root, passes both signatures today
        byte[] decision = Files.readAllBytes(day.resolve("01-QD-UBND.pdf"));
        assertThat(new String(decision, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        CliRun verify = CliRun.of("verify", day.resolve("01-QD-UBND.pdf").toString(), "--trust",
                day.resolve("demo-root-ca.pem").toString());
        assertThat(verify.exit()).as(verify.out()).isZero();
        JsonNode signatures = verify.json().path("signatures");
        assertThat(signatures).hasSize(2);
        signatures.forEach(s -> assertThat(s.path("indication").asText()).isEqualTo("TOTAL_PASSED"));
        assertThat(signatures.get(0).path("signer").asText()).contains("CN=Lương Thị Hạnh");
        try (Stream<Path> packages = Files.list(day.resolve("packages"))) {
            List<String> names = packages.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).filteredOn(n -> n.startsWith("01-QD-UBND-000.00.00.H37-to-000.00.13.H37"))
                    .hasSize(1);
            assertThat(names).allMatch(n -> n.endsWith(".edxml"));
            assertThat(Files.readString(day.resolve("packages").resolve(names.get(0)), StandardCharsets.UTF_8))
                    .contains("http://www.mic.gov.vn/TBT/QCVN_102_2016");
        }

        // the same database again: numbers go on, the directory is not stored twice, nothing fails
        CliRun again = CliRun.of("demo", "--date", "2025-01-18", "--keep", keep.toString());
        assertThat(again.exit()).as(again.out() + again.err()).isZero();
        assertThat(again.out())
                .contains("schema ").contains("already current")
                .contains("Directory already stored by an earlier run: unchanged")
                .contains("The database already holds 8 register lines of earlier runs")
                .contains("Nông Thị Lan: number 3, 03/QĐ-UBND")
                .contains("Incoming number 3, registered in time")
                .contains("Chu Thị Nga: number 4, 04/STTTT-CNTT")
                .contains("04/STTTT-CNTT: incoming number 4")
                .contains("continued a database holding 8 register lines of earlier runs")
                .contains("every step as expected")
                .doesNotContain("!!");
        assertThat(registerLines(mapper, day)).containsExactlyInAnyOrder("OUTGOING 1 01/QĐ-UBND",
                "OUTGOING 2 02/UBND-KGVX", "INCOMING 1 01/STTTT-CNTT", "INCOMING 2 02/STTTT-CNTT",
                "OUTGOING 3 03/QĐ-UBND", "OUTGOING 4 04/UBND-KGVX", "INCOMING 3 03/STTTT-CNTT",
                "INCOMING 4 04/STTTT-CNTT");
        assertThat(day.resolve("01-QD-UBND.pdf")).exists();
        assertThat(day.resolve("03-QD-UBND.pdf")).exists();
        CliRun dbVerify = CliRun.of("db", "verify", "--jdbc-url", "jdbc:h2:file:" + keep.toAbsolutePath()
                .resolve("database").resolve("edoc"), "--user", "sa", "--password", "");
        assertThat(dbVerify.exit()).as(dbVerify.out()).isZero();
        assertThat(dbVerify.json().path("intact").asBoolean()).isTrue();
        assertThat(dbVerify.json().path("registers")).allSatisfy(r -> {
            assertThat(r.path("count").asInt()).isEqualTo(4);
            assertThat(r.path("gapFree").asBoolean()).isTrue();
        });
    }

    private static List<String> registerLines(ObjectMapper mapper, Path day) throws java.io.IOException {
        List<String> lines = new java.util.ArrayList<>();
        mapper.readTree(day.resolve("register-ubnd-tinh-lang-son.json").toFile()).forEach(e -> lines.add(
                e.path("key").path("kind").asText() + " " + e.path("number").asLong() + " "
                        + e.path("notation").asText()));
        return lines;
    }

    @Test
    void theTourSpeaksVietnamese() {
        CliRun run = CliRun.of("demo", "--date", "2025-01-20", "--lang", "vi");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Nhiệm vụ APPROVED: hoàn thành ON_TIME")
                .contains("mọi bước đúng như dự kiến").contains("Kiểm tra chữ ký số trước khi vào sổ (R-IN-1)")
                .contains("Bước 1/9").contains("Bước 9/9").contains("Một ngày làm việc của hai cơ quan").contains("Tóm tắt").contains("mọi kết quả đúng như dự kiến");
    }

    @Test
    void aDatabaseUrlOfAnotherKindAndCredentialsWithoutAUrlAreUsageErrors() {
        CliRun mysql = CliRun.of("demo", "--jdbc-url", "jdbc:mysql://localhost/edoc");
        assertThat(mysql.exit()).isEqualTo(2);
        assertThat(mysql.err()).contains("--jdbc-url");
        CliRun user = CliRun.of("demo", "--user", "edoc");
        assertThat(user.exit()).isEqualTo(2);
        assertThat(user.err()).contains("--jdbc-url");
    }

    @Test
    void anUnreachableDatabaseIsAnIoErrorWithoutAStackTrace() {
        CliRun run = CliRun.of("demo", "--date", "2025-01-20", "--jdbc-url",
                "jdbc:postgresql://127.0.0.1:1/edoc?connectTimeout=2", "--user", "x", "--password", "y");
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(3);
        assertThat(run.err()).contains("cannot open the database jdbc:postgresql://127.0.0.1:1/edoc")
                .doesNotContain("\tat ");
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
