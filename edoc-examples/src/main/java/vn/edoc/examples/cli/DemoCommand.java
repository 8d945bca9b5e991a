package vn.edoc.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import java.util.Optional;
import vn.edoc.examples.demo.AgencyDay;
import vn.edoc.examples.demo.DemoSystem;
import vn.edoc.examples.demo.SimulatedClock;
import vn.edoc.text.LegacyCodecs;

/**
 * {@code edoc demo}: a guided tour of the library, step by step. Steps 1 to 8 are {@code edoc} commands run
 * in-process and shown with their answers: the identifiers of a real decision (QĐ 31/2020/QĐ-UBND of Lạng Sơn,
 * seed LS), number and notation parsing, account names with a collision (R-ID-4), a legacy TCVN3 file detected and
 * converted (R-FMT-1), a document validated, the lunar date, Tết and the holidays of the year, and the deadlines of a
 * document received the Friday evening before Tết (R-TIME-1, -2, -4). Step 9 is a working day of two agencies on the
 * engine ({@link AgencyDay}): a decision of UBND tỉnh Lạng Sơn assigning a task to its Sở Thông tin và Truyền thông,
 * drafted, checked, signed, registered, issued, received, assigned, answered with an extension on the way, reported
 * and approved, then the end-of-day reports and the audit chain. Ends with a summary; {@code --keep <dir>} leaves
 * every answer (JSON) and input file in that folder, and the day's signed PDFs, edXML packages, reports, register
 * extracts, audit trails and signature verification reports in {@code <dir>/working-day}.
 *
 * <p>The day runs on the JDBC adapter: an embedded H2 file database in the working folder (a temporary one, deleted
 * afterwards, or {@code --keep <dir>}), or the database of {@code --jdbc-url} (PostgreSQL or H2), migrated by the
 * built-in migrator; documents travel as edXML packages over an in-process reference axis. Run again on the same
 * database, the day continues where the last one ended (register numbers go on).
 */
@Command(name = "demo", description = {
    "A guided tour of the library, step by step, ending with a summary.",
    "Identifiers, notations, account names, legacy text, document validation, lunar calendar, holidays and",
    "deadlines, then a working day of UBND tỉnh Lạng Sơn and its Sở TT&TT on the engine (drafting, approval,",
    "PAdES signing, issue, edXML exchange over an in-process axis, signature verification, receipt, assignment,",
    "task, extension, completion, reports, audit), stored in an embedded H2 database or the one of --jdbc-url.",
    "Prints human-readable steps (not JSON). --keep <dir> leaves every answer, input, PDF, package and report there",
    "(and the H2 database: run again with the same --keep, the day continues on it)."})
final class DemoCommand extends Leaf implements RawOutput {

    /** The sentence of LS Đ7.2 on issuing (R-TIME-1), as an old TCVN3 (.VnTime) file would hold it. */
    static final String LEGACY_SENTENCE = "văn bản điện tử gửi đi phải được ký số và phát hành ngay trong ngày ký, "
            + "chậm nhất là buổi sáng ngày làm việc tiếp theo.\n";

    @Option(names = "--date", paramLabel = "<yyyy-MM-dd>", converter = Converters.DateConverter.class,
            description = "The date taken as today (default: today in Vietnam, from the system clock); the working "
                    + "day of step 9 is the first working day from it.")
    LocalDate date;

    @Option(names = "--keep", paramLabel = "<dir>",
            description = "Write each step's JSON answer, the input files, the signed PDFs, the packages and the "
                    + "reports into this folder, and keep the H2 database there (a second run continues on it).")
    String keep;

    @Option(names = "--jdbc-url", paramLabel = "<url>",
            description = "Run the working day on this database instead of an embedded H2 file database: "
                    + "jdbc:postgresql://host:5432/edoc or jdbc:h2:file:/path/edoc. Migrated first; a second run "
                    + "continues on it.")
    String jdbcUrl;

    @Option(names = "--user", paramLabel = "<u>", description = "Database user (with --jdbc-url).")
    String user;

    @Option(names = "--password", paramLabel = "<p>", description = "Database password (with --jdbc-url).")
    String password;

    private static final int STEPS = 9;

    /** The day the demo's sample decision (QĐ 31/2020/QĐ-UBND) was signed: before it, the decision is in the future. */
    static final LocalDate FIRST_DATE = LocalDate.of(2020, 7, 11);

    /** The last day the demo runs on: its working day and deadlines must stay inside the working calendar. */
    static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);

    private Console c;
    private PrintWriter out;
    private Path work;
    private int commandCount;
    private int unexpected;
    private final List<String> summary = new ArrayList<>();

    @Override
    public Integer call() {
        c = console();
        out = c.out();
        LocalDate today = date != null ? date : LocalDate.now(Converters.VIETNAM);
        if (today.isBefore(FIRST_DATE) || today.isAfter(LAST_DATE)) {
            throw usage("--date: the demo runs on the dates from " + FIRST_DATE + " (the day its sample decision was "
                            + "signed) to " + LAST_DATE + " (the end of the working calendar, with room for its deadlines); "
                            + Converters.format(today) + " is outside",
                    "--date: bản demo chạy được với ngày từ " + FIRST_DATE + " (ngày ký quyết định mẫu) đến " + LAST_DATE
                            + " (cuối lịch làm việc, đủ chỗ cho các thời hạn); " + Converters.format(today)
                            + " nằm ngoài khoảng đó");
        }
        if (jdbcUrl != null && !DbCommand.supported(jdbcUrl)) {
            throw usage("--jdbc-url must start with jdbc:postgresql: or jdbc:h2:",
                    "--jdbc-url phải bắt đầu bằng jdbc:postgresql: hoặc jdbc:h2:");
        }
        if (jdbcUrl == null && (user != null || password != null)) {
            throw usage("--user and --password go with --jdbc-url", "--user và --password đi cùng --jdbc-url");
        }
        work = prepareFolder();
        out.println(c.say("edoc demo: a tour of the library, step by step (today: " + today + ")",
                "edoc demo: giới thiệu thư viện từng bước (hôm nay: " + today + ")"));
        try {
            tour(today);
            workingDay(today);
        } finally {
            if (keep == null) {
                deleteQuietly(work);
            }
        }
        out.println();
        out.println(c.say("== Summary", "== Tóm tắt"));
        summary.forEach(line -> out.println("   - " + line));
        out.println("   " + c.say(
                commandCount + " commands run; " + (unexpected == 0 ? "every answer as expected."
                        : unexpected + " answer(s) NOT as expected."),
                commandCount + " lệnh đã chạy; " + (unexpected == 0 ? "mọi kết quả đúng như dự kiến."
                        : unexpected + " kết quả KHÔNG như dự kiến.")));
        if (keep != null) {
            out.println("   " + c.say("Answers and inputs kept in ", "Kết quả và tệp đầu vào được lưu trong ")
                    + work.toAbsolutePath());
        }
        out.flush();
        return unexpected == 0 ? EdocCli.OK : EdocCli.NEGATIVE;
    }

    private void tour(LocalDate today) {
        int steps = STEPS;

        step(1, steps, "Identifiers of a real document", "Mã định danh của một văn bản thật",
                "Quyết định 31/2020/QĐ-UBND of the People's Committee of Lạng Sơn, 11 July 2020 (seed LS).",
                "Quyết định 31/2020/QĐ-UBND của UBND tỉnh Lạng Sơn ngày 11/7/2020 (văn bản gốc LS).");
        JsonNode organ = run(0, "id", "organ", "000.00.00.H37");
        JsonNode docId = run(0, "id", "document", "000.00.00.H37,2020/07/11,31/2020/QĐ-UBND");
        summary.add(c.say("organisation 000.00.00.H37 is ", "mã 000.00.00.H37 là ") + organ.path("knownName").asText()
                + c.say("; document id: year ", "; mã văn bản: năm ") + docId.path("year").asText()
                + c.say(", number ", ", số ") + docId.path("sequence").asText());

        step(2, steps, "Number and notation (số, ký hiệu)", "Số, ký hiệu văn bản",
                "A legal normative decision, a proposal (tờ trình), and a sloppily typed official letter.",
                "Quyết định quy phạm pháp luật, tờ trình, và công văn gõ chưa chuẩn.");
        run(0, "id", "notation", "31/2020/QĐ-UBND");
        run(0, "id", "notation", "1164/TTr-STTTT");
        JsonNode sloppy = run(0, "id", "notation", "45 / ubnd – vx");
        run(1, "id", "notation", "QĐ-UBND");
        summary.add(c.say("notation '45 / ubnd – vx' normalised to ", "ký hiệu '45 / ubnd – vx' chuẩn hóa thành ")
                + sloppy.path("notation").asText());

        step(3, steps, "Account names in Bỉm Sơn town, with a collision (R-ID-4)",
                "Tên tài khoản tại thị xã Bỉm Sơn, có trùng tên (R-ID-4)",
                "Two people named Nguyễn Văn Chiến: the leader keeps the plain name, the other gets a number.",
                "Hai người tên Nguyễn Văn Chiến: lãnh đạo giữ tên gốc, người kia được thêm số thứ tự.");
        JsonNode leader = run(0, "id", "account", "Nguyễn Văn Chiến", "--suffix", "bimson", "--leader");
        JsonNode namesake = run(0, "id", "account", "Nguyễn Văn Chiến", "--suffix", "bimson",
                "--taken", leader.path("account").asText());
        JsonNode tram = run(0, "id", "account", "Đặng Thị Ngọc Trâm", "--suffix", "bimson",
                "--taken", leader.path("account").asText() + "," + namesake.path("account").asText());
        summary.add(c.say("accounts: ", "tài khoản: ") + leader.path("account").asText() + ", "
                + namesake.path("account").asText() + ", " + tram.path("account").asText());

        step(4, steps, "Legacy text: a TCVN3 (.VnTime) file (R-FMT-1)", "Văn bản mã cũ: tệp TCVN3 (.VnTime) (R-FMT-1)",
                "A sentence of LS Đ7.2 saved in TCVN3: detected, converted to Unicode NFC, checked again.",
                "Một câu của LS Đ7.2 lưu bằng TCVN3: nhận dạng, chuyển sang Unicode NFC, kiểm tra lại.");
        Path legacy = write("ls-d7-2-tcvn3.txt", LegacyCodecs.tcvn3().encode(LEGACY_SENTENCE));
        JsonNode legacyCheck = run(1, "text", "check", legacy.toString());
        String converted = runRaw("text", "convert", legacy.toString());
        Path unicode = write("ls-d7-2-utf8.txt", converted.getBytes(StandardCharsets.UTF_8));
        JsonNode unicodeCheck = run(0, "text", "check", unicode.toString());
        summary.add(c.say("legacy file detected as ", "tệp mã cũ nhận là ") + legacyCheck.path("encoding").asText()
                + c.say(", converted to ", ", đã chuyển sang ") + unicodeCheck.path("encoding").asText()
                + (converted.equals(LEGACY_SENTENCE) ? c.say(" (text intact)", " (văn bản nguyên vẹn)")
                        : c.say(" (TEXT CHANGED)", " (VĂN BẢN BỊ THAY ĐỔI)")));
        if (!converted.equals(LEGACY_SENTENCE)) {
            unexpected++;
        }

        step(5, steps, "Validating a document", "Kiểm tra một văn bản",
                "The same decision as JSON, then a faulty copy (no signer, classified Mật, wrong issuer, .exe file...).",
                "Cùng quyết định ở dạng JSON, rồi một bản lỗi (thiếu người ký, độ mật, sai cơ quan, tệp .exe...).");
        Path good = write("document.json", resource("document.json"));
        Path faulty = write("document-faulty.json", resource("document-faulty.json"));
        run(0, "validate", good.toString(), "--today", Converters.format(today));
        JsonNode bad = run(1, "validate", faulty.toString(), "--today", Converters.format(today));
        long errors = 0;
        List<String> rules = new ArrayList<>();
        for (JsonNode v : bad.path("violations")) {
            if (v.path("severity").asText().equals("error")) {
                errors++;
            }
            if (!rules.contains(v.path("rule").asText())) {
                rules.add(v.path("rule").asText());
            }
        }
        summary.add(c.say("faulty document: ", "văn bản lỗi: ") + bad.path("violations").size()
                + c.say(" violations (" + errors + " errors) of ", " vi phạm (" + errors + " lỗi) theo ")
                + String.join(", ", rules));

        step(6, steps, "Lunar date of " + Converters.format(today), "Ngày âm lịch của " + Converters.format(today),
                "The Vietnamese lunar calendar (UTC+7).", "Âm lịch Việt Nam (UTC+7).");
        JsonNode lunar = run(0, "calendar", "lunar", Converters.format(today));
        summary.add(Converters.format(today) + c.say(" is lunar ", " là ngày âm lịch ")
                + lunar.path("lunarDay").asText() + "/" + lunar.path("lunarMonth").asText()
                + (lunar.path("leapMonth").asBoolean() ? c.say(" (leap)", " nhuận") : "") + "/"
                + lunar.path("lunarYear").asText());

        int year = today.getYear();
        step(7, steps, "Tết and the holidays of " + year, "Tết và các ngày nghỉ năm " + year,
                "Tết Nguyên Đán is lunar 1/1; the holidays follow the Labour Code and the announced schedules.",
                "Tết Nguyên Đán là ngày 1/1 âm lịch; ngày nghỉ theo Bộ luật Lao động và các thông báo lịch nghỉ.");
        JsonNode tet = run(0, "calendar", "solar", String.valueOf(year), "1", "1");
        JsonNode holidays = run(0, "calendar", "holidays", String.valueOf(year));
        LocalDate tetDate = LocalDate.parse(tet.path("solar").asText());
        summary.add(c.say("Tết " + year + " falls on ", "Tết " + year + " vào ngày ") + tetDate
                + c.say("; " + holidays.path("days").size() + " special days that year",
                        "; năm đó có " + holidays.path("days").size() + " ngày đặc biệt"));

        LocalDate friday = tetDate.minusDays(1);
        while (friday.getDayOfWeek() != DayOfWeek.FRIDAY) {
            friday = friday.minusDays(1);
        }
        String evening = friday + "T18:05:00+07:00";
        step(8, steps, "Deadlines for a document received the Friday evening before Tết",
                "Thời hạn cho văn bản nhận tối thứ Sáu trước Tết",
                "Received " + evening + ": when it counts as received (R-TIME-4), when the clerk must handle it "
                        + "(R-TIME-2), and the issue deadline of one signed then (R-TIME-1).",
                "Nhận lúc " + evening + ": thời điểm tiếp nhận (R-TIME-4), hạn xử lý của văn thư (R-TIME-2), "
                        + "và hạn phát hành văn bản ký lúc đó (R-TIME-1).");
        JsonNode receipt = run(0, "time", "receipt", evening);
        JsonNode handling = run(0, "time", "handling-deadline", evening);
        JsonNode fire = run(0, "time", "handling-deadline", evening, "--urgency", "hoa-toc");
        JsonNode issue = run(0, "time", "issue-deadline", evening);
        summary.add(c.say("received ", "nhận ") + evening + c.say(" counts from ", " tính từ ")
                + receipt.path("effective").asText() + c.say("; handle by ", "; xử lý trước ")
                + handling.path("deadline").asText() + c.say(" (hỏa tốc: ", " (hỏa tốc: ")
                + fire.path("deadline").asText() + c.say("); issue by ", "); phát hành trước ")
                + issue.path("deadline").asText());
        out.flush();
    }

    /**
     * Step 9: a working day of UBND tỉnh Lạng Sơn and its Department of Information and Communications on the
     * engine ({@link AgencyDay}); its reports, register extracts, audit trails, signed PDFs and packages go to
     * {@code working-day/} in the kept folder.
     */
    private void workingDay(LocalDate today) {
        LocalDate day = AgencyDay.workingDayFrom(today);
        step(STEPS, STEPS, "A working day of two agencies, " + day, "Một ngày làm việc của hai cơ quan, " + day,
                "UBND tỉnh Lạng Sơn (000.00.00.H37) assigns a task to its Sở Thông tin và Truyền thông by a decision; "
                        + "the department answers it, with an extension on the way.",
                "UBND tỉnh Lạng Sơn (000.00.00.H37) giao nhiệm vụ cho Sở Thông tin và Truyền thông bằng quyết định; "
                        + "Sở trả lời, có xin gia hạn.");
        SimulatedClock clock = AgencyDay.clockFor(day);
        Path folder = work.resolve("working-day");
        DemoSystem.Database database = jdbcUrl != null ? new DemoSystem.Database(jdbcUrl, user, password)
                : DemoSystem.Database.h2File(work.resolve("database"));
        DemoSystem system;
        try {
            system = DemoSystem.open(database, work.resolve("axis"), AgencyDay.organisations(),
                    AgencyDay.ADDRESSES, List.of(new DemoSystem.MailRecipient(AgencyDay.COMMUNE,
                            AgencyDay.COMMUNE_ADDRESS)), clock,
                    keep == null ? Optional.empty() : Optional.of(folder.resolve("packages")));
        } catch (RuntimeException e) {
            throw new CliFailure("cannot open the database " + database.shown() + ": " + rootMessage(e),
                    "không mở được cơ sở dữ liệu " + database.shown() + ": " + rootMessage(e), e);
        }
        AgencyDay.Outcome outcome;
        try (system) {
            List<String> applied = system.migration().applied();
            String storage = (jdbcUrl == null ? c.say("an embedded H2 file database ", "cơ sở dữ liệu H2 nhúng ")
                    : c.say("the database ", "cơ sở dữ liệu ")) + (jdbcUrl == null && keep == null
                    ? c.say("(temporary)", "(tạm thời)") : database.shown())
                    + c.say(" (JDBC adapter, schema " + system.migration().current()
                            + (applied.isEmpty() ? ", already current" : ", migrations " + String.join(", ", applied)
                            + " applied now") + ")",
                    " (bộ lưu trữ JDBC, lược đồ " + system.migration().current()
                            + (applied.isEmpty() ? ", đã cập nhật từ trước" : ", vừa áp dụng " + String.join(", ",
                            applied)) + ")");
            String exchange = c.say("an in-process reference interconnection axis at ",
                    "trục liên thông tham chiếu chạy trong tiến trình tại ") + system.axisAddress();
            Optional<String> mail = system.mailAddress().map(address -> c.say("an in-process mail server ("
                    + address + ")", "máy chủ thư chạy trong tiến trình (" + address + ")"));
            AgencyDay.Setting setting = new AgencyDay.Setting(system.stores(), system.transport(), storage, exchange,
                    mail);
            outcome = new AgencyDay(day, clock, setting, out, c::say).run();
            int packages = system.packagesKept().size();
            if (keep != null) {
                summary.add(c.say(packages + " edXML packages kept as the axis held them",
                        packages + " gói tin edXML được lưu lại đúng như trên trục"));
            }
        }
        unexpected += outcome.failures();
        summary.addAll(outcome.summary());
        summary.add(c.say("working day: " + outcome.steps() + " steps, " + (outcome.ok() ? "every step as expected"
                        : outcome.failures() + " NOT as expected"),
                "ngày làm việc: " + outcome.steps() + " bước, " + (outcome.ok() ? "mọi bước đúng như dự kiến"
                        : outcome.failures() + " bước KHÔNG như dự kiến")));
        if (keep != null) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new CliFailure("cannot create the folder " + folder + ": " + e.getMessage(),
                        "không tạo được thư mục " + folder + ": " + e.getMessage(), e);
            }
            outcome.json().forEach((name, node) -> writeFile(folder.resolve(name),
                    (c.json(node) + "\n").getBytes(StandardCharsets.UTF_8)));
            outcome.files().forEach((name, bytes) -> writeFile(folder.resolve(name), bytes));
        }
        out.flush();
    }

    private void step(int n, int of, String titleEn, String titleVi, String whatEn, String whatVi) {
        out.println();
        out.println("== " + c.say("Step ", "Bước ") + n + "/" + of + " · " + c.say(titleEn, titleVi));
        out.println("   " + c.say(whatEn, whatVi));
        out.flush();
    }

    /** Runs one command, shows it and its answer, keeps the JSON; counts an exit code other than foreseen. */
    private JsonNode run(int expectedExit, String... args) {
        Outcome o = execute(args);
        JsonNode json;
        try {
            json = c.mapper().readTree(o.out);
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            ObjectNode fallback = c.object();
            fallback.put("error", o.err.strip());
            json = fallback;
        }
        out.print(indent(Console.Text.render(json)));
        report(o.exit, expectedExit);
        keepFile(args, ".json", c.json(json) + "\n");
        return json;
    }

    /** Runs a command whose stdout is not JSON ({@code text convert}) and shows what it wrote. */
    private String runRaw(String... args) {
        Outcome o = execute(args);
        out.print(indent(o.out.endsWith("\n") ? o.out : o.out + "\n"));
        if (!o.err.isEmpty()) {
            out.print(indent(o.err));
        }
        report(o.exit, 0);
        keepFile(args, ".txt", o.out);
        return o.out;
    }

    private Outcome execute(String... args) {
        commandCount++;
        StringBuilder shown = new StringBuilder("$ edoc");
        for (String a : args) {
            shown.append(' ').append(shellQuote(a.startsWith(work.toString()) ? shortPath(a) : a));
        }
        out.println(shown);
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--lang");
        all.add(c.lang.name().toLowerCase(Locale.ROOT));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int exit = EdocCli.run(all.toArray(String[]::new), stdout, stderr);
        return new Outcome(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }

    private void report(int exit, int expected) {
        if (exit != expected) {
            unexpected++;
            out.println("   !! " + c.say("UNEXPECTED exit code " + exit + " (expected " + expected + ")",
                    "mã thoát KHÔNG như dự kiến: " + exit + " (dự kiến " + expected + ")"));
        } else {
            out.println("   " + c.say("(exit code " + exit + (exit == 0 ? ": success" : ": negative answer, as expected")
                    + ")", "(mã thoát " + exit + (exit == 0 ? ": thành công" : ": kết quả phủ định, như dự kiến") + ")"));
        }
        out.flush();
    }

    private void keepFile(String[] args, String extension, String content) {
        if (keep == null) {
            return;
        }
        // the command words only ("03-id-notation.json"): arguments would make unwieldy file names
        boolean group = List.of("id", "text", "calendar", "time").contains(args[0]);
        String name = String.format(Locale.ROOT, "%02d-", commandCount) + args[0] + (group ? "-" + args[1] : "");
        writeFile(work.resolve(name + extension), content.getBytes(StandardCharsets.UTF_8));
    }

    private Path prepareFolder() {
        try {
            if (keep == null) {
                return Files.createTempDirectory("edoc-demo");
            }
            Path dir = Inputs.path(keep);
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new CliFailure("cannot create the folder " + keep + ": " + e.getMessage(),
                    "không tạo được thư mục " + keep + ": " + e.getMessage(), e);
        }
    }

    private Path write(String name, byte[] bytes) {
        Path p = work.resolve(name);
        writeFile(p, bytes);
        return p;
    }

    private static void writeFile(Path p, byte[] bytes) {
        try {
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new CliFailure("cannot write " + p + ": " + e.getMessage(),
                    "không ghi được " + p + ": " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoCommand.class.getResourceAsStream("/vn/edoc/examples/demo/" + name)) {
            if (in == null) {
                throw new CliFailure("missing resource " + name, "thiếu tài nguyên " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private String shortPath(String path) {
        return keep == null ? Path.of(path).getFileName().toString() : path;
    }

    private static String shellQuote(String s) {
        return s.matches("[A-Za-z0-9_./:,+=@-]+") ? s : "\"" + s.replace("\"", "\\\"") + "\"";
    }

    private static String indent(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                sb.append("   ").append(line);
            }
            sb.append('\n');
        }
        String s = sb.toString();
        return s.endsWith("\n\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private record Outcome(int exit, String out, String err) {
    }
}
