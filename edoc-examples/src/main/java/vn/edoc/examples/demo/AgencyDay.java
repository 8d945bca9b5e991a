package vn.edoc.examples.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.edoc.Edoc;
import vn.edoc.Stores;
import vn.edoc.audit.AuditReport;
import vn.edoc.audit.AuditVerification;
import vn.edoc.document.Attachment;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.event.DomainEvent;
import vn.edoc.id.AccountNames;
import vn.edoc.id.DocumentType;
import vn.edoc.id.OrganCode;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.TaskId;
import vn.edoc.id.UnitId;
import vn.edoc.org.Account;
import vn.edoc.org.Directory;
import vn.edoc.org.Organisation;
import vn.edoc.org.OrganisationKind;
import vn.edoc.org.Person;
import vn.edoc.org.Position;
import vn.edoc.org.Role;
import vn.edoc.org.Unit;
import vn.edoc.org.UnitKind;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterKey;
import vn.edoc.routing.Actor;
import vn.edoc.routing.AssignmentOrder;
import vn.edoc.routing.Delivery;
import vn.edoc.routing.DeliveryState;
import vn.edoc.routing.DocumentHandlingReport;
import vn.edoc.routing.DraftOptions;
import vn.edoc.routing.IncomingFlow;
import vn.edoc.routing.IncomingRecord;
import vn.edoc.routing.OutgoingFlow;
import vn.edoc.routing.OutgoingRecord;
import vn.edoc.routing.ReceiptCheck;
import vn.edoc.routing.TransportInbox;
import vn.edoc.routing.WorkItem;
import vn.edoc.routing.WorkQueue;
import vn.edoc.signature.appearance.Placement;
import vn.edoc.signature.appearance.TextAppearance;
import vn.edoc.signature.sign.KeyStoreSigningKey;
import vn.edoc.signature.sign.PadesDocumentSigner;
import vn.edoc.signature.sign.PadesLevel;
import vn.edoc.signature.sign.PadesSigner;
import vn.edoc.signature.sign.RegulationAppearances;
import vn.edoc.signature.sign.SignatureParameters;
import vn.edoc.signature.sign.SigningKey;
import vn.edoc.signature.verify.PadesVerifier;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.DocumentSigner;
import vn.edoc.spi.SignatureReport;
import vn.edoc.spi.SignatureRole;
import vn.edoc.spi.SigningRequest;
import vn.edoc.spi.Transport;
import vn.edoc.spi.VerificationReport;
import vn.edoc.task.DocumentRef;
import vn.edoc.task.Task;
import vn.edoc.task.TaskData;
import vn.edoc.task.TaskDeadline;
import vn.edoc.task.TaskReport;
import vn.edoc.task.TaskBridges;
import vn.edoc.task.TaskService;
import vn.edoc.task.TaskState;
import vn.edoc.task.UnitReport;
import vn.edoc.time.DeadlineStatus;
import vn.edoc.time.ReportPeriod;
import vn.edoc.time.TimeRules;
import vn.edoc.time.WorkingTime;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Violation;

/**
 * A working day of two agencies (một ngày làm việc của hai cơ quan), run on the library's engine: the People's
 * Committee of Lạng Sơn province (UBND tỉnh, {@code 000.00.00.H37}) assigns a task to its Department of Information
 * and Communications (Sở Thông tin và Truyền thông) by a decision, and the department answers it the same day.
 *
 * <p>Both agencies work on one shared provincial system (hệ thống dùng chung) built with {@link Edoc#builder()}
 * over the {@link Stores} it is given (the demo gives the JDBC adapter on H2 or PostgreSQL, see {@link DemoSystem}):
 * one directory, one audit chain per organisation, one task engine. Documents travel between them as edXML packages
 * through the {@link Transport} it is given (the demo's in-process reference axis). Every document is a real PDF
 * ({@link DemoPdf}) signed with PAdES (B-LT: in-process time-stamping, the CRL embedded) as the person at approval and as the
 * organisation at issue, with the visible signatures of Decree 30/2020 (R-OUT-3, R-SIG-1), under certificates of a
 * PKI generated for the run ({@link DemoPki}); the receiving clerk verifies both signatures before registering
 * (R-IN-1). A {@link SimulatedClock} moves from 07:30 to 17:00 Vietnam time on a working day, so every receipt time,
 * deadline, signing time and audit time is the simulated one.
 *
 * <p>Run again on the same database, the day continues: register numbers go on, the directory is stored once, and
 * what the day expects is measured against what the stores held before it started.
 *
 * <p>The department's code {@code 000.00.13.H37} has the shape of a level-2 code under the province (QCVN 102:2016)
 * but is illustrative: the province's published list of codes was not checked.
 */
public final class AgencyDay {

    /** Says a sentence in the reader's language: English or Vietnamese. */
    @FunctionalInterface
    public interface Voice {
        /** {@code en} or {@code vi}, as the reader chose. */
        String say(String en, String vi);
    }

    /**
     * What the day left behind.
     *
     * @param ok       true when every step went as expected
     * @param steps    the number of steps run
     * @param failures the steps or checks that did not go as expected
     * @param summary  the lines for the demo's summary
     * @param json     the reports, register extracts, audit trails and verification reports, by file name
     * @param files    the signed PDFs issued that day, by file name
     */
    public record Outcome(boolean ok, int steps, int failures, List<String> summary, Map<String, JsonNode> json,
                          Map<String, byte[]> files) {
    }

    /** The People's Committee of Lạng Sơn province. */
    public static final OrganCode UBND = OrganCode.parse("000.00.00.H37");
    /** The Department of Information and Communications of Lạng Sơn (illustrative code). */
    public static final OrganCode STTTT = OrganCode.parse("000.00.13.H37");

    /**
     * A commune of the province without a connected document system (illustrative code and name): it receives the
     * decision for information in its official mailbox.
     */
    public static final OrganCode COMMUNE = OrganCode.parse("000.20.31.H37");
    /** The commune's official mailbox (an address of the reserved {@code .test} domain: mail never leaves). */
    public static final String COMMUNE_ADDRESS = "vanthu.xamaipha@edoc-demo.test";
    /** The official mailboxes of the two agencies, which also read status messages sent by mail. */
    public static final Map<OrganCode, String> ADDRESSES = Map.of(
            UBND, "vanthu.ubnd@edoc-demo.test", STTTT, "vanthu.stttt@edoc-demo.test");

    static final String COMMUNE_NAME = "Ủy ban nhân dân xã Mai Pha";
    static final String UBND_NAME = "Ủy ban nhân dân tỉnh Lạng Sơn";
    static final String STTTT_NAME = "Sở Thông tin và Truyền thông tỉnh Lạng Sơn";

    static final String UBND_LEADERS = "ubnd-lanhdao";
    static final String UBND_OFFICE = "ubnd-vanphong";
    static final String UBND_KGVX = "ubnd-kgvx";
    static final String STTTT_BOARD = "stttt-bangiamdoc";
    static final String STTTT_OFFICE = "stttt-vanphong";
    static final String STTTT_IT = "stttt-cntt";

    static final String CHAIR = "ubnd-chutich";
    static final String VICE_CHAIR = "ubnd-phochutich";
    static final String UBND_CHIEF = "ubnd-chanhvanphong";
    static final String UBND_CLERK = "ubnd-vanthu";
    static final String MONITOR = "ubnd-theodoi";
    static final String KGVX_HEAD = "ubnd-truongphong-kgvx";
    static final String KGVX_DRAFTER = "ubnd-chuyenvien-kgvx";
    static final String DIRECTOR = "stttt-giamdoc";
    static final String DEPUTY = "stttt-phogiamdoc";
    static final String STTTT_CHIEF = "stttt-chanhvanphong";
    static final String STTTT_CLERK = "stttt-vanthu";
    static final String IT_CLERK = "stttt-vanthu-cntt";
    static final String IT_HEAD = "stttt-truongphong-cntt";
    static final String IT_SPECIALIST = "stttt-chuyenvien-cntt";

    private record Staff(String id, String fullName, OrganCode organisation, String unitId, Role role,
                         Position position) {
    }

    private static final List<Staff> STAFF = List.of(
            new Staff(CHAIR, "Nguyễn Văn Minh", UBND, UBND_LEADERS, Role.LEADER, Position.of(Role.LEADER)),
            new Staff(VICE_CHAIR, "Lương Thị Hạnh", UBND, UBND_LEADERS, Role.LEADER, Position.deputy(Role.LEADER)),
            new Staff(UBND_CHIEF, "Vi Văn Sơn", UBND, UBND_OFFICE, Role.OFFICE_CHIEF, Position.of(Role.OFFICE_CHIEF)),
            new Staff(UBND_CLERK, "Nông Thị Lan", UBND, UBND_OFFICE, Role.CLERK, Position.of(Role.CLERK)),
            new Staff(MONITOR, "Nguyễn Văn Minh", UBND, UBND_OFFICE, Role.MONITORING_OFFICER,
                    Position.of(Role.MONITORING_OFFICER)),
            new Staff(KGVX_HEAD, "Triệu Văn Đức", UBND, UBND_KGVX, Role.UNIT_HEAD, Position.of(Role.UNIT_HEAD)),
            new Staff(KGVX_DRAFTER, "Lộc Thị Hoa", UBND, UBND_KGVX, Role.SPECIALIST, Position.of(Role.SPECIALIST)),
            new Staff(DIRECTOR, "Hoàng Văn Nam", STTTT, STTTT_BOARD, Role.LEADER, Position.of(Role.LEADER)),
            new Staff(DEPUTY, "Đinh Thị Thu", STTTT, STTTT_BOARD, Role.LEADER, Position.deputy(Role.LEADER)),
            new Staff(STTTT_CHIEF, "Mã Văn Quang", STTTT, STTTT_OFFICE, Role.OFFICE_CHIEF,
                    Position.of(Role.OFFICE_CHIEF)),
            new Staff(STTTT_CLERK, "Chu Thị Nga", STTTT, STTTT_OFFICE, Role.CLERK, Position.of(Role.CLERK)),
            new Staff(IT_CLERK, "Dương Thị Mai", STTTT, STTTT_IT, Role.CLERK, Position.of(Role.CLERK)),
            new Staff(IT_HEAD, "La Văn Hải", STTTT, STTTT_IT, Role.UNIT_HEAD, Position.of(Role.UNIT_HEAD)),
            new Staff(IT_SPECIALIST, "Tô Văn Bình", STTTT, STTTT_IT, Role.SPECIALIST,
                    Position.of(Role.SPECIALIST)));

    private static final Directory DIRECTORY = buildDirectory();

    /**
     * What the day runs on.
     *
     * @param stores    the storage adapter (its directory starts as {@link #directory()} or holds it already)
     * @param transport how documents and status messages travel between the agencies
     * @param storage   a description of the storage, for the output
     * @param exchange  a description of the transport, for the output
     * @param byMail    a description of the mail channel when {@link #COMMUNE} is reached by e-mail through the
     *                  transport, or empty when the day leaves the commune out
     */
    public record Setting(Stores stores, Transport transport, String storage, String exchange,
                          Optional<String> byMail) {
        /** Refuses missing parts. */
        public Setting {
            Objects.requireNonNull(stores, "stores");
            Objects.requireNonNull(transport, "transport");
            Objects.requireNonNull(storage, "storage");
            Objects.requireNonNull(exchange, "exchange");
            Objects.requireNonNull(byMail, "byMail");
        }
    }

    /** One signature applied during the day, as the signer reported it. */
    private record Applied(SignatureRole role, OrganCode organisation, String signer, String subject,
                           String sha256) {
    }

    private final PrintWriter out;
    private final Voice v;
    private final LocalDate day;
    private final SimulatedClock clock;
    private final Setting setting;
    private final TimeRules rules = TimeRules.defaults();
    private final Stores stores;
    private final List<DomainEvent> seen = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private final Directory directory = directory();
    private final DemoPki pki;
    private final List<Applied> applied = new ArrayList<>();
    private final PadesVerifier verifier;
    private final Edoc edoc;
    private final TaskService tasks;
    private final IncomingFlow incoming;
    private final OutgoingFlow outgoing;
    private final WorkQueue queue;
    private final Map<String, VerificationReport> verified = new LinkedHashMap<>();
    private Baseline before;
    private final List<String> summary = new ArrayList<>();
    private final Map<String, JsonNode> json = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private int steps;
    private int failures;

    /**
     * The day {@code day} (a working day, see {@link #workingDayFrom}) on {@code setting}, its times from
     * {@code clock} (see {@link #clockFor}), told on {@code out} in {@code voice}.
     */
    public AgencyDay(LocalDate day, SimulatedClock clock, Setting setting, PrintWriter out, Voice voice) {
        this.day = Objects.requireNonNull(day, "day");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.setting = Objects.requireNonNull(setting, "setting");
        this.out = Objects.requireNonNull(out, "out");
        this.v = Objects.requireNonNull(voice, "voice");
        this.stores = setting.stores();
        clock.set(vn(7, 0));
        // valid on the simulated day and today, so that the kept PDFs also verify now (edoc verify --trust)
        Instant today = Instant.now();
        this.pki = new DemoPki(clock, min(clock.instant(), today), max(clock.instant(), today));
        PadesSigner pades = PadesSigner.of(clock, pki.timestamps(), pki.revocation());
        RegulationAppearances appearances = new RegulationAppearances(
                signer -> Optional.of(DemoImages.signature(signer.fullName())),
                org -> Optional.of(DemoImages.seal(org.value())),
                org -> org.equals(UBND) ? UBND_NAME : STTTT_NAME,
                Placement.placeholder(DemoPdf.PLACEHOLDER, 150, 60), TextAppearance.CopyForm.SAO_Y);
        PadesDocumentSigner pdfSigner = new PadesDocumentSigner(pades, this::keyFor, appearances,
                SignatureParameters.of(PadesLevel.B_LT).withLocation("Lạng Sơn"));
        DocumentSigner recording = (request, contents) -> {
            ContentRef signed = pdfSigner.sign(request, contents);
            synchronized (applied) {
                applied.add(new Applied(request.role(), request.organisation(), request.role() == SignatureRole.PERSON
                        ? request.signer().fullName() : orgName(request.organisation()),
                        request.notation().orElse(""), signed.sha256()));
            }
            return signed;
        };
        this.verifier = PadesVerifier.builder().contentStore(stores.content()).trustStore(pki.trust())
                .revocationSource(pki.revocation()).clock(clock).build();
        this.edoc = Edoc.builder().clock(clock).timeRules(rules).stores(stores).transport(setting.transport())
                .signer(recording).verifier(verifier)
                .notifier((person, subject, message) -> notices.add(person + ": " + subject))
                .listener(seen::add).build();
        this.tasks = edoc.tasks();
        this.incoming = edoc.incoming();
        this.outgoing = edoc.outgoing();
        this.queue = edoc.workQueue();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The simulated clock of {@code day}, at 07:00 Vietnam time. */
    public static SimulatedClock clockFor(LocalDate day) {
        return new SimulatedClock(WorkingTime.at(day, LocalTime.of(7, 0)).toInstant());
    }

    /** The organisations, units, people and accounts of the two agencies. */
    public static Directory directory() {
        return DIRECTORY;
    }

    /** The two agencies, as organisation codes. */
    public static List<OrganCode> organisations() {
        return List.of(UBND, STTTT);
    }

    private SigningKey keyFor(SigningRequest request) {
        // the person's own certificate at approval; the organisation's at issue (R-OUT-3)
        String org = orgName(request.organisation());
        DemoPki.Identity who = request.role() == SignatureRole.PERSON
                ? pki.identity(request.signer().fullName(), org) : pki.identity(org, org);
        return KeyStoreSigningKey.of(who.privateKey(), who.chain());
    }

    /** The first working day at or after {@code date} (weekends, holidays and announced days off skipped). */
    public static LocalDate workingDayFrom(LocalDate date) {
        WorkingTime time = WorkingTime.defaults();
        LocalDate d = date;
        while (!time.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Runs the day; stops at the first step the engine refuses, which then counts as a failure. */
    public Outcome run() {
        out.println("   " + v.say("Both agencies work on one shared provincial system stored in " + setting.storage()
                        + "; documents travel between them as edXML packages over " + setting.exchange()
                        + setting.byMail().map(m -> "; a commune without a connected system receives by e-mail "
                        + "through " + m).orElse("") + "; the clock is simulated.",
                "Hai cơ quan dùng chung một hệ thống của tỉnh, lưu trong " + setting.storage()
                        + "; văn bản đi giữa hai bên dưới dạng gói tin edXML qua " + setting.exchange()
                        + setting.byMail().map(m -> "; một xã chưa có hệ thống kết nối nhận qua thư điện tử công vụ ("
                        + m + ")").orElse("") + "; đồng hồ được mô phỏng."));
        out.println("   " + v.say("Signing: PAdES B-LT with the visible signatures of Decree 30/2020, under a PKI "
                        + "generated for this run (root CA, a certificate per signer and per organisation, an "
                        + "in-process time-stamping authority); not a real CA.",
                "Ký số: PAdES B-LT với hình thức chữ ký theo Nghị định 30/2020, dùng hạ tầng khóa tạo riêng cho lần "
                        + "chạy này (CA gốc, chứng thư cho từng người ký và từng cơ quan, dịch vụ cấp dấu thời gian "
                        + "nội bộ); không phải CA thật."));
        try {
            seedDirectory();
            before = baseline();
            script();
        } catch (EdocRuleException e) {
            failures++;
            out.println("      !! " + v.say("REFUSED by the engine:", "Hệ thống TỪ CHỐI:"));
            for (Violation violation : e.result().violations()) {
                out.println("         " + violation.ruleId() + " " + violation.code() + ": "
                        + v.say(violation.messageEn(), violation.messageVi()));
            }
        } catch (RuntimeException e) {
            failures++;
            out.println("      !! " + v.say("FAILED: ", "LỖI: ") + e);
        }
        out.flush();
        files.put("demo-root-ca.pem", pem(pki.root()));
        return new Outcome(failures == 0, steps, failures, List.copyOf(summary), Map.copyOf(json), Map.copyOf(files));
    }

    // ------------------------------------------------------------------------------------------------ the day

    private void script() {
        int year = day.getYear();
        LocalDate due = rules.workingTime().addWorkingDays(day, 10);
        LocalDate extended = rules.workingTime().addWorkingDays(day, 20);
        String taskContent = "Xây dựng, trình UBND tỉnh Kế hoạch chuyển đổi số tỉnh Lạng Sơn năm " + (year + 1);
        TaskData taskData = TaskData.of(STTTT_IT, taskContent, TaskDeadline.onDay(due), MONITOR);

        at(7, 30, "", "The people and their accounts", "Cán bộ và tài khoản");
        for (Person p : stores.directory().current().people()) {
            line(p.fullName() + " (" + p.accountName() + "), "
                    + directory.unit(p.unitId()).map(Unit::name).orElse(p.unitId()), null);
        }
        line("Two people named Nguyễn Văn Minh: the chair keeps the plain account name, the other gets a number "
                + "(R-ID-4).", "Hai người tên Nguyễn Văn Minh: Chủ tịch giữ tên gốc, người kia được thêm số (R-ID-4).");
        expect(account(CHAIR).equals("minhnv.langson") && account(MONITOR).equals("minhnv1.langson"),
                "account names by R-ID-4", "tên tài khoản theo R-ID-4");

        // ---------- drafting the decision and entering its task (R-OUT-1, R-TASK-1)
        at(7, 45, "UBND", "A specialist drafts a decision assigning a task", "Chuyên viên soạn quyết định giao nhiệm vụ");
        Document decisionDraft = draft(UBND, DocumentType.QUYET_DINH,
                "Về việc giao Sở Thông tin và Truyền thông xây dựng Kế hoạch chuyển đổi số năm " + (year + 1),
                "quyet-dinh-giao-nhiem-vu.pdf", "Số:        /QĐ-UBND", "Quyết định",
                List.of("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
                        "Căn cứ Luật Tổ chức chính quyền địa phương; xét đề nghị của Chánh Văn phòng UBND tỉnh,",
                        "QUYẾT ĐỊNH:",
                        "Điều 1. Giao Sở Thông tin và Truyền thông: " + taskContent + ".",
                        "Điều 2. Thời hạn hoàn thành: ngày " + dmy(due) + ".",
                        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Thông tin và Truyền thông chịu trách nhiệm "
                                + "thi hành Quyết định này."),
                VICE_CHAIR, "Phó Chủ tịch", setting.byMail().isPresent()
                        ? List.of("Như Điều 3", COMMUNE_NAME + " (để biết)", "Lưu: VT, KGVX")
                        : List.of("Như Điều 3", "Lưu: VT, KGVX"),
                decisionRecipients());
        OutgoingRecord decision = outgoing.draft(as(KGVX_DRAFTER), decisionDraft, DraftOptions.none());
        Task task = tasks.create(as(KGVX_DRAFTER), RecordId.of(decision.id()), taskData);
        line("Draft " + decision.id() + " (version " + decision.currentVersion() + "): " + subject(decision),
                "Dự thảo " + decision.id() + " (phiên bản " + decision.currentVersion() + "): " + subject(decision));
        line("Task entered with the draft (R-TASK-1): \"" + taskContent + "\", lead unit "
                        + unitName(STTTT_IT) + ", deadline " + due + " (10 working days)",
                "Nhiệm vụ nhập cùng dự thảo (R-TASK-1): \"" + taskContent + "\", đơn vị chủ trì " + unitName(STTTT_IT)
                        + ", hạn " + due + " (10 ngày làm việc)");
        expect(task.state() == TaskState.CREATED, "task created", "nhiệm vụ được tạo");

        at(8, 15, "UBND", "Submitted and reviewed by the head of unit", "Trình và trưởng phòng cho ý kiến");
        outgoing.submit(as(KGVX_DRAFTER), RecordId.of(decision.id()));
        OutgoingRecord reviewed = outgoing.review(as(KGVX_HEAD), RecordId.of(decision.id()), "Trình lãnh đạo UBND tỉnh");
        line(name(KGVX_HEAD) + ": \"Trình lãnh đạo UBND tỉnh\" → " + reviewed.state(), null);

        at(8, 45, "UBND", "The monitoring officer checks the task against the approved text (R-TASK-2)",
                "Chuyên viên theo dõi đối chiếu nhiệm vụ với văn bản trình duyệt (R-TASK-2)");
        boolean matches = tasks.check(TaskId.of(task.id()), taskData).isValid();
        Task checked = tasks.confirmCheck(as(MONITOR), TaskId.of(task.id()), taskData);
        line(name(MONITOR) + ": " + (matches ? v.say("content and deadline match", "nội dung và thời hạn khớp")
                : v.say("MISMATCH", "KHÔNG KHỚP")) + " → " + checked.state(), null);
        expect(matches && checked.state() == TaskState.CHECKED, "task checked", "nhiệm vụ đã kiểm tra");

        at(9, 15, "UBND", "Approval and signature: KT. Chủ tịch, Phó Chủ tịch",
                "Duyệt ký: KT. Chủ tịch, Phó Chủ tịch");
        OutgoingRecord signedDecision = outgoing.approveAndSign(as(VICE_CHAIR), RecordId.of(decision.id()), SigningCompetence.KT,
                "Phó Chủ tịch", "Đồng ý ban hành");
        personSigned(VICE_CHAIR);
        Instant decisionIssueBy = signedDecision.issueDeadline().orElseThrow();
        line(name(VICE_CHAIR) + " signs KT. Chủ tịch, Phó Chủ tịch; issue by " + iso(decisionIssueBy) + " (R-TIME-1)",
                name(VICE_CHAIR) + " ký KT. Chủ tịch, Phó Chủ tịch; phát hành trước " + iso(decisionIssueBy)
                        + " (R-TIME-1)");

        at(9, 40, "UBND", "The clerk registers and issues it", "Văn thư vào sổ và phát hành");
        OutgoingRecord issuedDecision = registerAndIssue(UBND_CLERK, decision.id(), "UBND");
        String decisionNotation = notation(issuedDecision);
        Task assigned = tasks.find(TaskId.of(task.id())).orElseThrow();
        line("Task " + assigned.state() + " by " + decisionNotation, "Nhiệm vụ " + assigned.state() + " theo "
                + decisionNotation);
        expect(assigned.state() == TaskState.ASSIGNED, "task assigned at issue", "nhiệm vụ được giao khi phát hành");
        summary.add(v.say("UBND issued decision ", "UBND tỉnh ban hành quyết định ") + decisionNotation
                + v.say(" at ", " lúc ") + hhmm(issuedDecision.issuedAt().orElseThrow())
                + (issuedDecision.issuedLate() ? v.say(" (LATE)", " (TRỄ HẠN)") : v.say(" (on time)", " (đúng hạn)")));

        // ---------- at the department: receipt, registration, proposal, assignment (R-IN-*)
        at(9, 55, "Sở TT&TT", "The decision arrives through the transport", "Quyết định đến qua kênh truyền");
        List<IncomingRecord> rows = deliver(STTTT);
        expect(!rows.isEmpty(), "the decision received", "đã nhận quyết định");
        IncomingRecord in = rows.get(0);
        line("Received " + iso(in.receivedAt()) + "; counts from " + iso(in.effectiveReceipt()) + " (R-TIME-4); "
                        + "register by " + iso(in.handlingDeadline()) + " (R-TIME-2); " + rows.size() + " row(s)"
                        + tasksCarried(rows),
                "Nhận lúc " + iso(in.receivedAt()) + "; thời điểm tiếp nhận " + iso(in.effectiveReceipt())
                        + " (R-TIME-4); hạn vào sổ " + iso(in.handlingDeadline()) + " (R-TIME-2); " + rows.size()
                        + " dòng" + tasksCarried(rows));

        List<WorkItem> atClerk = queue.waitingFor(PersonId.of(STTTT_CLERK), clock.instant());
        line(name(STTTT_CLERK) + "'s work queue: " + atClerk.size() + " item(s)" + describe(atClerk),
                "Việc chờ " + name(STTTT_CLERK) + ": " + atClerk.size() + " việc" + describe(atClerk));
        expect(atClerk.stream().anyMatch(i -> i.objectId().equals(in.id())),
                "the decision waits for the clerk", "quyết định chờ văn thư");
        expect(rows.size() == 1 && in.task().equals(TaskBridges.descriptor(assigned)),
                "one row for the one task carried", "một dòng cho nhiệm vụ kèm theo");

        if (setting.byMail().isPresent()) {
            at(10, 0, "Xã Mai Pha", "The commune's clerk opens the official mailbox (no connected system)",
                    "Văn thư xã mở hộp thư công vụ (chưa có hệ thống kết nối)");
            communeReadsItsMailbox(decisionNotation);
        }

        at(10, 10, "Sở TT&TT", "The clerk checks and registers it", "Văn thư kiểm tra và vào sổ văn bản đến");
        IncomingRecord registered = registerVerified(STTTT_CLERK, in);
        line("Incoming number " + registered.number() + ", registered "
                        + (registered.handledInTime().orElse(false) ? "in time" : "LATE"),
                "Số đến " + registered.number() + ", vào sổ "
                        + (registered.handledInTime().orElse(false) ? "đúng hạn" : "TRỄ HẠN"));
        expect(registered.handledInTime().orElse(false), "registered in time", "vào sổ đúng hạn");
        summary.add(v.say("Sở TT&TT received it at ", "Sở TT&TT nhận lúc ") + hhmm(in.receivedAt())
                + v.say(", registered it as number ", ", vào sổ số đến ") + registered.number()
                + v.say(" at 10:10 (deadline ", " lúc 10:10 (hạn ") + hhmm(in.handlingDeadline()) + ")");
        deliver(UBND);
        OutgoingRecord followed = stores.documents().outgoing(decision.id()).orElseThrow();
        line("Back at UBND, the delivery of " + decisionNotation + " is " + deliveryStates(followed),
                "Tại UBND tỉnh, " + decisionNotation + " đã ở trạng thái " + deliveryStates(followed));
        expect(followed.deliveries().stream().allMatch(d -> d.state() == DeliveryState.DELIVERED),
                "receipt acknowledged", "đã báo nhận");

        at(10, 30, "Sở TT&TT", "The office chief proposes how to handle it", "Chánh Văn phòng đề xuất xử lý");
        incoming.propose(as(STTTT_CHIEF), RecordId.of(in.id()), "Đề nghị giao Phòng Công nghệ thông tin chủ trì");
        line(name(STTTT_CHIEF) + ": \"Đề nghị giao Phòng Công nghệ thông tin chủ trì\"", null);

        Instant taskDeadline = assigned.deadlineAt(rules);
        at(11, 0, "Sở TT&TT", "The director assigns the lead unit", "Giám đốc giao đơn vị chủ trì");
        IncomingRecord assignedIn = incoming.assign(as(DIRECTOR), RecordId.of(in.id()), "Phòng CNTT chủ trì, báo cáo đúng hạn",
                List.of(AssignmentOrder.lead(STTTT_IT, taskDeadline)));
        line(name(DIRECTOR) + ": " + unitName(STTTT_IT) + " leads, by " + iso(taskDeadline) + " → "
                        + assignedIn.state(),
                name(DIRECTOR) + ": " + unitName(STTTT_IT) + " chủ trì, hạn " + iso(taskDeadline) + " → "
                        + assignedIn.state());

        at(11, 15, "Sở TT&TT", "The unit receives the document and the task; the head names the specialist",
                "Phòng nhận văn bản và nhiệm vụ; trưởng phòng giao chuyên viên");
        incoming.receiveAtUnit(as(IT_CLERK), RecordId.of(in.id()), UnitId.of(STTTT_IT));
        incoming.forwardToHead(as(IT_CLERK), RecordId.of(in.id()), UnitId.of(STTTT_IT));
        incoming.assignSpecialist(as(IT_HEAD), RecordId.of(in.id()), UnitId.of(STTTT_IT), PersonId.of(IT_SPECIALIST), "Anh Bình tham mưu");
        Task received = tasks.receive(as(IT_HEAD), TaskId.of(task.id()), PersonId.of(IT_SPECIALIST));
        line(name(IT_HEAD) + " → " + name(IT_SPECIALIST) + "; task " + received.state() + " (R-TASK-3)",
                name(IT_HEAD) + " → " + name(IT_SPECIALIST) + "; nhiệm vụ " + received.state() + " (R-TASK-3)");
        List<WorkItem> waiting = queue.waitingFor(PersonId.of(IT_SPECIALIST), clock.instant());
        line(name(IT_SPECIALIST) + "'s work queue: " + waiting.size() + " item(s)" + describe(waiting),
                "Việc chờ " + name(IT_SPECIALIST) + ": " + waiting.size() + " việc" + describe(waiting));
        expect(waiting.stream().filter(i -> i.objectId().equals(in.id()) || i.objectId().equals(task.id())).count()
                        == 2, "the document and the task wait for the specialist",
                "văn bản và nhiệm vụ chờ chuyên viên");
        expect(received.handlerId().equals(Optional.of(IT_SPECIALIST)), "handler named", "đã giao người xử lý");

        // ---------- the reply started from the task (R-OUT-5, R-TASK-4)
        at(13, 30, "Sở TT&TT", "The specialist drafts the reply from the task", "Chuyên viên soạn văn bản trả lời từ nhiệm vụ");
        Document replyDraft = draft(STTTT, DocumentType.CONG_VAN,
                "Về việc trình Kế hoạch chuyển đổi số năm " + (year + 1), "cv-trinh-ke-hoach.pdf",
                "Số:        /STTTT-CNTT", "",
                List.of("Kính gửi: Ủy ban nhân dân tỉnh Lạng Sơn.",
                        "Thực hiện Quyết định số " + decisionNotation + " của UBND tỉnh, Sở Thông tin và Truyền thông "
                                + "kính trình UBND tỉnh dự thảo Kế hoạch chuyển đổi số tỉnh Lạng Sơn năm " + (year + 1)
                                + " (kèm theo).",
                        "Sở Thông tin và Truyền thông kính đề nghị UBND tỉnh xem xét, phê duyệt."),
                DEPUTY, "Phó Giám đốc", List.of("Như trên", "Lưu: VT, CNTT"),
                Recipient.of(UBND_NAME, UBND), Recipient.of("Lưu: VT, CNTT"));
        OutgoingRecord reply = outgoing.draft(as(IT_SPECIALIST), replyDraft,
                DraftOptions.replyTo(in.id()).answeringTask(task.id()));
        Task handling = tasks.find(TaskId.of(task.id())).orElseThrow();
        expect(handling.replyDraftId().equals(Optional.of(reply.id())), "the task records its reply draft",
                "nhiệm vụ ghi nhận dự thảo trả lời");
        line("Reply draft " + reply.id() + " answers " + decisionNotation + "; task " + handling.state(),
                "Dự thảo trả lời " + reply.id() + " trả lời " + decisionNotation + "; nhiệm vụ " + handling.state());
        expect(handling.state() == TaskState.IN_PROGRESS, "task in progress", "nhiệm vụ đang thực hiện");

        // ---------- the extension (R-TASK-8): a request issued by the department, an approval issued by UBND
        at(14, 0, "Sở TT&TT", "The specialist asks for more time, by an issued letter",
                "Chuyên viên xin gia hạn bằng công văn");
        OutgoingRecord request = letter(STTTT, STTTT_NAME, IT_SPECIALIST, IT_HEAD, DEPUTY, "Phó Giám đốc",
                STTTT_CLERK, "Về việc xin gia hạn thực hiện nhiệm vụ tại " + decisionNotation,
                "cv-xin-gia-han.pdf", Recipient.of(UBND_NAME, UBND), "STTTT", "CNTT");
        DocumentRef requestRef = DocumentRef.of(request);
        tasks.requestExtension(as(IT_SPECIALIST), TaskId.of(task.id()), requestRef, "Chờ số liệu khảo sát của các huyện");
        line("Extension requested by " + requestRef.notation() + " (within the deadline)",
                "Đã xin gia hạn bằng văn bản " + requestRef.notation() + " (trong hạn)");

        at(14, 20, "UBND", "The request arrives and is registered", "Công văn xin gia hạn đến và được vào sổ");
        IncomingRecord requestIn = deliver(UBND).get(0);
        IncomingRecord requestRegistered = registerVerified(UBND_CLERK, requestIn);
        line("Incoming number " + requestRegistered.number() + " at UBND", "Số đến " + requestRegistered.number()
                + " tại UBND tỉnh");
        deliver(STTTT);

        at(14, 40, "UBND", "UBND agrees by a letter; the monitoring officer records the new deadline",
                "UBND tỉnh đồng ý bằng công văn; chuyên viên theo dõi ghi hạn mới");
        OutgoingRecord approval = letter(UBND, UBND_NAME, KGVX_DRAFTER, KGVX_HEAD, VICE_CHAIR, "Phó Chủ tịch",
                UBND_CLERK, "Về việc gia hạn thực hiện nhiệm vụ tại " + decisionNotation, "cv-gia-han.pdf",
                Recipient.of(STTTT_NAME, STTTT), "UBND", "KGVX");
        DocumentRef approvalRef = DocumentRef.of(approval);
        Task extendedTask = tasks.approveExtension(as(MONITOR), TaskId.of(task.id()), approvalRef, TaskDeadline.onDay(extended),
                "Đồng ý gia hạn");
        line("Deadline " + due + " → " + extended + " by " + approvalRef.notation(),
                "Hạn " + due + " → " + extended + " theo " + approvalRef.notation());
        expect(extendedTask.deadline().equals(TaskDeadline.onDay(extended)), "deadline extended", "đã gia hạn");
        summary.add(v.say("extension approved: deadline ", "gia hạn được duyệt: hạn ") + due + " → " + extended);

        at(15, 0, "Sở TT&TT", "The approval arrives and is registered", "Công văn gia hạn đến và được vào sổ");
        IncomingRecord approvalIn = deliver(STTTT).get(0);
        IncomingRecord approvalRegistered = registerVerified(STTTT_CLERK, approvalIn);
        line("Incoming number " + approvalRegistered.number(), "Số đến " + approvalRegistered.number());
        deliver(UBND);

        // ---------- the reply: review, signature, issue; the task is reported (R-TASK-7)
        at(15, 20, "Sở TT&TT", "The reply is reviewed and signed: KT. Giám đốc, Phó Giám đốc",
                "Văn bản trả lời được cho ý kiến và ký: KT. Giám đốc, Phó Giám đốc");
        outgoing.submit(as(IT_SPECIALIST), RecordId.of(reply.id()));
        outgoing.review(as(IT_HEAD), RecordId.of(reply.id()), "Trình lãnh đạo Sở");
        OutgoingRecord signedReply = outgoing.approveAndSign(as(DEPUTY), RecordId.of(reply.id()), SigningCompetence.KT,
                "Phó Giám đốc", "Đồng ý");
        personSigned(DEPUTY);
        line(name(DEPUTY) + " signs; issue by " + iso(signedReply.issueDeadline().orElseThrow()),
                name(DEPUTY) + " ký; phát hành trước " + iso(signedReply.issueDeadline().orElseThrow()));

        at(15, 45, "Sở TT&TT", "The clerk registers and issues the reply", "Văn thư vào sổ và phát hành văn bản trả lời");
        OutgoingRecord issuedReply = registerAndIssue(STTTT_CLERK, reply.id(), "STTTT", "CNTT");
        String replyNotation = notation(issuedReply);
        Task reported = tasks.find(TaskId.of(task.id())).orElseThrow();
        line("Task " + reported.state() + ", completed " + reported.completedAt().map(AgencyDay::iso).orElse("-"),
                "Nhiệm vụ " + reported.state() + ", hoàn thành lúc "
                        + reported.completedAt().map(AgencyDay::iso).orElse("-"));
        expect(reported.state() == TaskState.REPORTED, "task reported at issue", "nhiệm vụ được báo cáo khi phát hành");
        IncomingRecord done = incoming.complete(as(IT_SPECIALIST), RecordId.of(in.id()), UnitId.of(STTTT_IT),
                "Đã trả lời bằng văn bản " + replyNotation);
        line(decisionNotation + " handled at the department: " + done.state(),
                decisionNotation + " đã xử lý xong tại Sở: " + done.state());

        at(16, 10, "UBND", "The reply arrives and is registered", "Văn bản trả lời đến và được vào sổ");
        IncomingRecord replyIn = deliver(UBND).get(0);
        IncomingRecord replyRegistered = registerVerified(UBND_CLERK, replyIn);
        line(replyNotation + ": incoming number " + replyRegistered.number(), replyNotation + ": số đến "
                + replyRegistered.number());
        deliver(STTTT);

        at(16, 30, "UBND", "The monitoring officer approves the result (R-TASK-6)",
                "Chuyên viên theo dõi duyệt kết quả (R-TASK-6)");
        Task approved = tasks.approveResult(as(MONITOR), TaskId.of(task.id()), "Đạt yêu cầu");
        DeadlineStatus status = rules.classifyCompleted(approved.deadlineAt(rules),
                approved.completedAt().orElseThrow());
        line("Task " + approved.state() + ": done " + status + " (deadline " + iso(approved.deadlineAt(rules)) + ")",
                "Nhiệm vụ " + approved.state() + ": hoàn thành " + status + " (hạn "
                        + iso(approved.deadlineAt(rules)) + ")");
        expect(approved.state() == TaskState.APPROVED && status == DeadlineStatus.ON_TIME, "task done on time",
                "nhiệm vụ hoàn thành đúng hạn");
        summary.add(v.say("task \"", "nhiệm vụ \"") + taskContent + v.say("\" done on time by ",
                "\" hoàn thành đúng hạn bằng văn bản ") + replyNotation);

        // ---------- end of day: reports, registers, audit
        at(16, 45, "", "End-of-day reports", "Báo cáo cuối ngày");
        reports(year);

        at(17, 0, "", "The audit chain is verified", "Kiểm tra chuỗi nhật ký");
        // the last status messages of the day (registered, done) are taken in before closing
        deliver(UBND);
        deliver(STTTT);
        // the senders' tracking (R-OUT-6), read back from the store: each recipient's last status
        for (String id : List.of(decision.id(), request.id(), approval.id(), reply.id())) {
            OutgoingRecord tracked = stores.documents().outgoing(id).orElseThrow();
            line("Tracking of " + notation(tracked) + ": " + deliveryStates(tracked),
                    "Theo dõi " + notation(tracked) + ": " + deliveryStates(tracked));
            expect(tracked.deliveries().stream().noneMatch(d -> d.state() == DeliveryState.SENT
                            || d.state() == DeliveryState.REFUSED),
                    "every recipient of " + notation(tracked) + " answered",
                    "mọi nơi nhận " + notation(tracked) + " đã phản hồi");
        }
        OutgoingRecord decisionTracked = stores.documents().outgoing(decision.id()).orElseThrow();
        // the department's automatic status replies took the decision to "completed" (R-IN-9)
        expect(decisionTracked.deliveries().stream().anyMatch(d -> d.recipient().equals(STTTT)
                        && d.state() == DeliveryState.COMPLETED), "the department reported the decision completed",
                "Sở báo quyết định đã hoàn thành");
        summary.add(v.say("tracking of ", "theo dõi ") + decisionNotation + ": " + deliveryStates(decisionTracked));
        audit();
    }

    // ------------------------------------------------------------------------------------------------ steps

    private OutgoingRecord registerAndIssue(String clerk, String id, String issuer, String... units) {
        OutgoingRecord numbered = outgoing.register(as(clerk), RecordId.of(id), issuer, units);
        line(name(clerk) + ": number " + numbered.number() + ", " + notation(numbered),
                name(clerk) + ": số " + numbered.number() + ", " + notation(numbered));
        OutgoingRecord issued = outgoing.issue(as(clerk), RecordId.of(id));
        // read back what was committed: the signed file the record now points to
        OutgoingRecord stored = stores.documents().outgoing(id).orElseThrow();
        Attachment main = stored.document().mainFile().orElseThrow();
        Applied seal = lastApplied(SignatureRole.ORGANISATION);
        expect(stored.document().signed() && seal.sha256().equals(main.sha256()),
                "the record holds the organisation-signed file", "hồ sơ giữ tệp đã ký số của cơ quan");
        line("Signed as " + seal.signer() + " (PAdES B-LT, the seal over the left third of the signer's image, "
                        + "R-OUT-3, R-SIG-1): " + main.name() + ", " + main.size() + " bytes, SHA-256 "
                        + main.sha256().substring(0, 16) + "…",
                "Ký số của cơ quan " + seal.signer() + " (PAdES B-LT, dấu trùm 1/3 hình chữ ký bên trái, R-OUT-3, "
                        + "R-SIG-1): " + main.name() + ", " + main.size() + " byte, SHA-256 "
                        + main.sha256().substring(0, 16) + "…");
        line("Issued " + iso(issued.issuedAt().orElseThrow()) + (issued.issuedLate() ? " LATE" : " on time")
                        + " to " + deliveryStates(issued),
                "Phát hành " + iso(issued.issuedAt().orElseThrow()) + (issued.issuedLate() ? " TRỄ HẠN" : " đúng hạn")
                        + " tới " + deliveryStates(issued));
        expect(!issued.issuedLate(), "issued on time", "phát hành đúng hạn");
        files.put(fileName(notation(issued)) + ".pdf", read(main));
        return issued;
    }

    /** A short letter taken through the whole outgoing flow, as an agency would for a request or an answer. */
    private OutgoingRecord letter(OrganCode org, String orgName, String drafter, String head, String signer,
                                  String title, String clerk, String subject, String fileName, Recipient to,
                                  String issuer, String unit) {
        Document d = draft(org, DocumentType.CONG_VAN, subject, fileName, "Số:        /" + issuer + "-" + unit, "",
                List.of("Kính gửi: " + to.name() + ".", subject + "."), signer, title,
                List.of("Như trên", "Lưu: VT, " + unit), to, Recipient.of("Lưu: VT, " + unit));
        OutgoingRecord r = outgoing.draft(as(drafter), d, DraftOptions.none());
        outgoing.submit(as(drafter), RecordId.of(r.id()));
        outgoing.review(as(head), RecordId.of(r.id()), "Trình ký");
        outgoing.approveAndSign(as(signer), RecordId.of(r.id()), SigningCompetence.KT, title, "Đồng ý");
        line(name(drafter) + " drafts, " + name(head) + " reviews, " + name(signer) + " signs KT.",
                name(drafter) + " soạn, " + name(head) + " cho ý kiến, " + name(signer) + " ký KT.");
        personSigned(signer);
        return registerAndIssue(clerk, r.id(), issuer, unit);
    }

    private Document draft(OrganCode org, DocumentType type, String subject, String fileName, String numberLine,
                           String title, List<String> body, String signerId, String signerTitle,
                           List<String> recipientLines, Recipient... recipients) {
        String competence = "KT. " + (org.equals(UBND) ? "Chủ tịch" : "Giám đốc");
        byte[] pdf = DemoPdf.of(new DemoPdf.Page(org.equals(UBND) ? "" : UBND_NAME, orgName(org), numberLine,
                "Lạng Sơn", day, title, subject, body, competence, signerTitle, name(signerId), recipientLines));
        ContentRef ref = stores.content().put(new ByteArrayInputStream(pdf));
        Attachment main = new Attachment(fileName, "application/pdf", ref.size(), ref.sha256(), Attachment.Role.MAIN);
        Document.Builder b = Document.builder().direction(Direction.OUTGOING).type(type).place("Lạng Sơn")
                .subject(subject).issuer(org, orgName(org)).pageCount(1).addAttachment(main);
        for (Recipient r : recipients) {
            b.addRecipient(r);
        }
        return b.build();
    }

    private Recipient[] decisionRecipients() {
        return setting.byMail().isPresent()
                ? new Recipient[] {Recipient.of(STTTT_NAME, STTTT), Recipient.of(COMMUNE_NAME, COMMUNE),
                        Recipient.of("Lưu: VT, KGVX")}
                : new Recipient[] {Recipient.of(STTTT_NAME, STTTT), Recipient.of("Lưu: VT, KGVX")};
    }

    /**
     * The commune has no document system: its clerk opens the official mailbox, finds the package of the decision,
     * checks the signatures of its PDF with the same verifier, takes the mail in (it moves to the processed folder)
     * and answers "received" by mail.
     */
    private void communeReadsItsMailbox(String decisionNotation) {
        List<vn.edoc.spi.LeasedMessage> mails = setting.transport().receive(COMMUNE);
        expect(mails.size() == 1, "one mail in the commune's mailbox", "một thư trong hộp thư của xã");
        for (vn.edoc.spi.LeasedMessage m : mails) {
            vn.edoc.spi.TransportMessage message = m.message();
            Document d = message.document().orElseThrow();
            Attachment main = d.mainFile().orElseThrow();
            String notation = d.notation().map(n -> n.format()).orElse("-");
            line("Mail from " + message.from().value() + ": " + notation + ", \"" + d.subject().orElse("") + "\", "
                            + main.name() + " (" + main.size() + " bytes)",
                    "Thư từ " + message.from().value() + ": " + notation + ", \"" + d.subject().orElse("") + "\", "
                            + main.name() + " (" + main.size() + " byte)");
            VerificationReport report = verifier.verify(new ContentRef(main.sha256(), main.size()));
            verified.put(notation + " (" + COMMUNE_NAME + ")", report);
            line("Signatures of the mailed PDF: " + describe(report), "Chữ ký số của tệp PDF nhận qua thư: "
                    + describe(report));
            expect(report.allPassed() && report.signatures().size() == 2 && notation.equals(decisionNotation),
                    "the mailed decision carries both valid signatures", "quyết định nhận qua thư có đủ hai chữ ký hợp lệ");
            expect(setting.transport().acknowledge(m.token()), "the mail taken in", "thư đã được nhận");
            setting.transport().send(vn.edoc.spi.TransportMessage.status(vn.edoc.spi.TransportMessage.Kind.RECEIPT_ACK,
                    COMMUNE, message.from(), message.documentRef(), "Đã nhận " + notation, clock.instant()));
            line("Taken in (moved to the processed folder); \"received\" answered by mail to " + message.from().value(),
                    "Đã nhận (thư chuyển sang thư mục đã xử lý); trả lời \"đã nhận\" qua thư tới "
                            + message.from().value());
        }
        summary.add(v.say(COMMUNE_NAME + " (no connected system) received " + decisionNotation + " by e-mail and "
                        + "checked its signatures", COMMUNE_NAME + " (chưa có hệ thống kết nối) nhận " + decisionNotation
                        + " qua thư điện tử và kiểm tra chữ ký số"));
    }

    private String describe(VerificationReport report) {
        List<String> parts = new ArrayList<>();
        for (SignatureReport sr : report.signatures()) {
            parts.add(commonName(sr.signer()) + " " + sr.indication()
                    + sr.timestamp().map(t -> v.say(", time-stamped ", ", dấu thời gian ") + iso(t.time())).orElse(""));
        }
        return String.join("; ", parts);
    }

    /** Says how the person's signature was applied at approval (R-OUT-3). */
    private void personSigned(String personId) {
        Applied a = lastApplied(SignatureRole.PERSON);
        expect(a.signer().equals(name(personId)), "signed by the approving person", "người duyệt đã ký số");
        line("Signed as the person: PAdES B-LT, own certificate (CN=" + a.signer() + "), the blue signer image "
                        + "between title and name (R-SIG-1)",
                "Ký số cá nhân: PAdES B-LT, chứng thư riêng (CN=" + a.signer() + "), hình chữ ký màu xanh giữa chức "
                        + "danh và họ tên (R-SIG-1)");
    }

    private Applied lastApplied(SignatureRole role) {
        synchronized (applied) {
            for (int i = applied.size() - 1; i >= 0; i--) {
                if (applied.get(i).role() == role) {
                    return applied.get(i);
                }
            }
        }
        throw new IllegalStateException("no " + role + " signature was applied");
    }

    /**
     * The receiving clerk's checks before registering (R-IN-1): the signatures of the main file verified against the
     * demo's root, then the registration with that report.
     */
    private IncomingRecord registerVerified(String clerk, IncomingRecord in) {
        VerificationReport report = incoming.verifySignatures(as(clerk), RecordId.of(in.id()), verifier);
        String what = in.document().notation().map(n -> n.format()).orElse(in.id());
        verified.put(what, report);
        line("Signatures verified before registering (R-IN-1): " + describe(report),
                "Kiểm tra chữ ký số trước khi vào sổ (R-IN-1): " + describe(report));
        for (SignatureReport sr : report.signatures()) {
            for (Violation reason : sr.reasons()) {
                line("   " + commonName(sr.signer()) + ": " + reason.code() + " " + reason.messageEn(),
                        "   " + commonName(sr.signer()) + ": " + reason.code() + " " + reason.messageVi());
            }
        }
        for (Violation reason : report.reasons()) {
            line("   " + reason.code() + " " + reason.messageEn(), "   " + reason.code() + " " + reason.messageVi());
        }
        expect(report.allPassed() && report.signatures().size() == 2,
                "both signatures (person, organisation) pass", "cả hai chữ ký (cá nhân, cơ quan) hợp lệ");
        return incoming.register(as(clerk), RecordId.of(in.id()), ReceiptCheck.of(in.document().pageCount(), report)).get(0);
    }

    private static byte[] pem(java.security.cert.X509Certificate certificate) {
        try {
            String body = java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return ("-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String commonName(String subject) {
        for (String part : subject.split(",")) {
            if (part.strip().startsWith("CN=")) {
                return part.strip().substring(3);
            }
        }
        return subject;
    }

    private byte[] read(Attachment file) {
        try (InputStream in = stores.content().open(new ContentRef(file.sha256(), file.size()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Delivers what waits for {@code org}; a quarantined message is a failure of the day. */
    private List<IncomingRecord> deliver(OrganCode org) {
        TransportInbox.Result r = edoc.inbox().process(org);
        if (!r.quarantined().isEmpty()) {
            throw r.quarantined().get(0).cause();
        }
        return r.received();
    }

    /** What the stores held before the day began: the day's expectations are measured against it. */
    private record Baseline(Map<String, Integer> counts) {
        int get(String key) {
            return counts.getOrDefault(key, 0);
        }
    }

    private Baseline baseline() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ReportPeriod month = ReportPeriod.month(day.getYear(), day.getMonthValue());
        // as of the end-of-day report's instant, so that earlier runs' records are classified as they will be then
        UnitReport unit = UnitReport.of(edoc.taskReports(), stores.documents(), directory, UnitId.of(STTTT_IT), month, vn(16, 45));
        counts.put("tasks.onTime", unit.tasks().onTime().size());
        counts.put("tasks.total", unit.tasks().total());
        counts.put("unit.incomingOnTime", unit.documents().incomingOnTime().size());
        counts.put("unit.outgoingOnTime", unit.documents().outgoingOnTime().size());
        for (OrganCode org : organisations()) {
            DocumentHandlingReport r = DocumentHandlingReport.of(stores.documents(), org, "", month);
            counts.put(slug(org) + ".incomingOnTime", r.incomingOnTime().size());
            counts.put(slug(org) + ".outgoingOnTime", r.outgoingOnTime().size());
            counts.put(slug(org) + ".late", r.incomingLate().size() + r.outgoingLate().size());
            counts.put(slug(org) + ".register", registerLines(org).size());
        }
        Baseline b = new Baseline(Map.copyOf(counts));
        int earlier = b.get(slug(UBND) + ".register") + b.get(slug(STTTT) + ".register");
        if (earlier > 0) {
            line("The database already holds " + earlier + " register lines of earlier runs: numbers continue from "
                            + "them, and the day's checks count only what it adds.",
                    "Cơ sở dữ liệu đã có " + earlier + " dòng sổ của các lần chạy trước: số tiếp tục từ đó, và các "
                            + "kiểm tra của ngày chỉ tính phần ngày này thêm vào.");
            summary.add(v.say("continued a database holding " + earlier + " register lines of earlier runs",
                    "chạy tiếp trên cơ sở dữ liệu đã có " + earlier + " dòng sổ của các lần trước"));
        }
        return b;
    }

    private List<RegisterEntry> registerLines(OrganCode org) {
        List<RegisterEntry> lines = new ArrayList<>();
        for (RegisterKey key : stores.registers().keys()) {
            if (key.organ().equals(org)) {
                lines.addAll(stores.registers().entries(key));
            }
        }
        return lines;
    }

    private void reports(int year) {
        ReportPeriod month = ReportPeriod.month(year, day.getMonthValue());
        UnitReport unit = UnitReport.of(edoc.taskReports(), stores.documents(), directory, UnitId.of(STTTT_IT), month, clock.instant());
        TaskReport report = unit.tasks();
        line("Tasks of " + unitName(STTTT_IT) + " in " + java.time.YearMonth.from(day) + ": " + report.onTime()
                        .size() + " on time, " + report.late().size() + " late, " + report.inProgress().size()
                        + " in progress, " + report.overdue().size() + " overdue",
                "Nhiệm vụ của " + unitName(STTTT_IT) + " tháng " + day.getMonthValue() + "/" + year + ": "
                        + report.onTime().size() + " đúng hạn, " + report.late().size() + " trễ hạn, "
                        + report.inProgress().size() + " đang thực hiện, " + report.overdue().size() + " quá hạn");
        expect(report.onTime().size() - before.get("tasks.onTime") == 1
                        && report.total() - before.get("tasks.total") == 1,
                "one more task on time", "thêm một nhiệm vụ đúng hạn");
        line(unitName(STTTT_IT) + ": incoming " + unit.documents().incomingOnTime().size() + " in time, outgoing "
                        + unit.documents().outgoingOnTime().size() + " on time (unit report, R-TASK-10)",
                unitName(STTTT_IT) + ": văn bản đến " + unit.documents().incomingOnTime().size()
                        + " đúng hạn, văn bản đi " + unit.documents().outgoingOnTime().size()
                        + " đúng hạn (báo cáo đơn vị, R-TASK-10)");
        json.put("unit-report-cntt.json", JsonExport.of(unit));
        for (OrganCode org : organisations()) {
            DocumentHandlingReport r = DocumentHandlingReport.of(stores.documents(), org, "", month);
            String who = org.equals(UBND) ? "UBND" : "Sở TT&TT";
            line(who + ": incoming " + r.incomingOnTime().size() + " in time / " + r.incomingLate().size()
                            + " late; outgoing " + r.outgoingOnTime().size() + " on time / " + r.outgoingLate().size()
                            + " late",
                    who + ": văn bản đến " + r.incomingOnTime().size() + " đúng hạn / " + r.incomingLate().size()
                            + " trễ; văn bản đi " + r.outgoingOnTime().size() + " đúng hạn / "
                            + r.outgoingLate().size() + " trễ");
            int incoming = r.incomingOnTime().size() - before.get(slug(org) + ".incomingOnTime");
            int outgoing = r.outgoingOnTime().size() - before.get(slug(org) + ".outgoingOnTime");
            int late = r.incomingLate().size() + r.outgoingLate().size() - before.get(slug(org) + ".late");
            expect(late == 0 && incoming == 2 && outgoing == 2, who + " handled the day's documents in time",
                    who + " xử lý các văn bản trong ngày đúng hạn");
            json.put("document-handling-" + slug(org) + ".json", JsonExport.of(r));
            summary.add(v.say(who + ": ", who + ": ") + incoming + v.say(" incoming and ", " văn bản đến và ")
                    + outgoing + v.say(" outgoing documents that day, none late",
                            " văn bản đi trong ngày, không trễ hạn"));
            ArrayNode register = JsonNodeFactory.instance.arrayNode();
            List<RegisterEntry> lines = registerLines(org);
            lines.forEach(e -> register.add(JsonExport.of(e)));
            expect(lines.size() - before.get(slug(org) + ".register") == 4, who + ": four register lines added",
                    who + ": thêm bốn dòng sổ");
            json.put("register-" + slug(org) + ".json", register);
        }
        ArrayNode reports = JsonNodeFactory.instance.arrayNode();
        verified.forEach((notation, r) -> {
            ObjectNode o = reports.addObject();
            o.put("document", notation);
            o.put("indication", r.indication().name());
            ArrayNode sigs = o.putArray("signatures");
            for (SignatureReport sr : r.signatures()) {
                ObjectNode so = sigs.addObject();
                so.put("field", sr.field());
                so.put("signer", sr.signer());
                so.put("signingTime", sr.signingTime().map(AgencyDay::iso).orElse(null));
                so.put("intact", sr.intact());
                so.put("cryptoValid", sr.cryptoValid());
                so.put("coversWholeDocument", sr.coversWholeDocument());
                so.put("modifiedAfterSigning", sr.modifiedAfterSigning());
                so.put("trusted", sr.trusted());
                so.put("timestamp", sr.timestamp().map(t -> iso(t.time())).orElse(null));
                so.put("indication", sr.indication().name());
                ArrayNode reasons = so.putArray("reasons");
                sr.reasons().forEach(x -> reasons.add(x.code() + " " + x.messageEn()));
            }
        });
        json.put("signature-verifications.json", reports);
        long passed = verified.values().stream().filter(VerificationReport::allPassed).count();
        long signatures = verified.values().stream().mapToLong(r -> r.signatures().size()).sum();
        summary.add(v.say(applied.size() + " PAdES signatures applied (" + count(SignatureRole.PERSON)
                        + " by persons, " + count(SignatureRole.ORGANISATION) + " by organisations); "
                        + signatures + " signatures verified on " + verified.size() + " received documents, "
                        + passed + " of them TOTAL_PASSED",
                applied.size() + " chữ ký PAdES (" + count(SignatureRole.PERSON) + " của cá nhân, "
                        + count(SignatureRole.ORGANISATION) + " của cơ quan); " + signatures
                        + " chữ ký được kiểm tra trên " + verified.size() + " văn bản nhận, " + passed
                        + " văn bản hợp lệ (TOTAL_PASSED)"));
    }

    private long count(SignatureRole role) {
        synchronized (applied) {
            return applied.stream().filter(a -> a.role() == role).count();
        }
    }

    private void audit() {
        // every organisation has its own chain: each is verified alone, and all of them together
        AuditReport report = stores.audit().verify();
        Map<OrganCode, ArrayNode> trails = new LinkedHashMap<>();
        long entries = 0;
        for (OrganCode org : organisations()) {
            ArrayNode trail = JsonNodeFactory.instance.arrayNode();
            stores.audit().scan(org, e -> trail.add(JsonExport.of(e)));
            trails.put(org, trail);
            entries += trail.size();
        }
        boolean intact = report.intact();
        line(report.chains().size() + " chains, " + report.checked() + " entries: " + (intact ? "intact" : "BROKEN")
                        + "; UBND " + trails.get(UBND).size() + " entries, Sở TT&TT " + trails.get(STTTT).size()
                        + " entries",
                report.chains().size() + " chuỗi, " + report.checked() + " bản ghi: "
                        + (intact ? "toàn vẹn" : "BỊ PHÁ VỠ") + "; UBND tỉnh " + trails.get(UBND).size()
                        + " bản ghi, Sở TT&TT " + trails.get(STTTT).size() + " bản ghi");
        expect(intact, "audit chains intact", "chuỗi nhật ký toàn vẹn");
        for (Map.Entry<OrganCode, ArrayNode> t : trails.entrySet()) {
            ObjectNode trail = JsonNodeFactory.instance.objectNode();
            trail.put("organisation", t.getKey().value());
            trail.put("chainIntact", report.chain(t.getKey()).map(AuditVerification::intact).orElse(true));
            trail.put("chainEntries", t.getValue().size());
            trail.set("entries", t.getValue());
            json.put("audit-" + slug(t.getKey()) + ".json", trail);
        }
        long all = entries;
        long overdue = seen.stream().filter(e -> e instanceof DomainEvent.Overdue).count();
        line(seen.size() + " events published (" + overdue + " overdue), " + notices.size() + " notices to people",
                seen.size() + " sự kiện (" + overdue + " quá hạn), " + notices.size() + " thông báo tới cán bộ");
        expect(overdue == 0, "nothing overdue", "không có việc quá hạn");
        summary.add(v.say("audit chain verified: " + all + " entries intact",
                "chuỗi nhật ký đã kiểm tra: " + all + " bản ghi toàn vẹn"));
    }

    // ------------------------------------------------------------------------------------------------ output

    private void at(int hour, int minute, String who, String en, String vi) {
        clock.set(vn(hour, minute));
        steps++;
        out.println();
        out.println(String.format("   [%02d:%02d]%s %s", hour, minute, who.isEmpty() ? "" : " " + who + " ·",
                v.say(en, vi)));
        out.flush();
    }

    private void line(String en, String vi) {
        out.println("      " + (vi == null ? en : v.say(en, vi)));
    }

    private void expect(boolean ok, String en, String vi) {
        if (!ok) {
            failures++;
            out.println("      !! " + v.say("NOT as expected: " + en, "KHÔNG như dự kiến: " + vi));
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private Instant vn(int hour, int minute) {
        return WorkingTime.at(day, LocalTime.of(hour, minute)).toInstant();
    }

    private static String iso(Instant instant) {
        return WorkingTime.iso(WorkingTime.vietnamTime(instant));
    }

    private static String hhmm(Instant instant) {
        return WorkingTime.vietnamTime(instant).toLocalTime().toString();
    }

    private Actor as(String personId) {
        // the person as the stored directory knows them: the engine checks permissions against the same
        return Actor.loggedIn(stores.directory().current(), account(personId));
    }

    private String account(String personId) {
        return directory.person(personId).flatMap(Person::account).orElseThrow();
    }

    private String name(String personId) {
        return directory.person(personId).map(Person::fullName).orElse(personId);
    }

    private String unitName(String unitId) {
        return directory.unit(unitId).map(Unit::name).orElse(unitId);
    }

    private static String orgName(OrganCode org) {
        return org.equals(UBND) ? UBND_NAME : STTTT_NAME;
    }

    private static String dmy(LocalDate date) {
        return String.format(java.util.Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(),
                date.getYear());
    }

    /**
     * Stores the agencies' directory when the database does not hold it yet (or holds another), in one unit of
     * work: running the demo again finds it there and writes nothing.
     */
    private void seedDirectory() {
        boolean stored = stores.transactions().inTransaction(uow -> {
            if (stores.directory().current(uow).equals(directory)) {
                return false;
            }
            stores.directory().replace(uow, directory);
            return true;
        });
        line(stored ? "Directory stored: 2 organisations, 6 units, " + directory.people().size() + " people"
                        : "Directory already stored by an earlier run: unchanged",
                stored ? "Đã lưu danh bạ: 2 cơ quan, 6 đơn vị, " + directory.people().size() + " người"
                        : "Danh bạ đã được lưu ở lần chạy trước: giữ nguyên");
    }

    private static String subject(OutgoingRecord r) {
        return r.document().subject().orElse("");
    }

    private static String notation(OutgoingRecord r) {
        return r.document().notation().map(n -> n.format()).orElse("-");
    }

    private static String deliveryStates(OutgoingRecord r) {
        List<String> parts = new ArrayList<>();
        for (Delivery d : r.deliveries()) {
            parts.add(d.recipient().value() + " " + d.state());
        }
        return String.join(", ", parts);
    }

    private static String tasksCarried(List<IncomingRecord> rows) {
        List<String> carried = rows.stream().map(IncomingRecord::task).filter(t -> t != null && !t.isBlank()).toList();
        return carried.isEmpty() ? "" : " (" + String.join("; ", carried) + ")";
    }

    private String describe(List<WorkItem> items) {
        List<String> parts = new ArrayList<>();
        for (WorkItem i : items) {
            parts.add(i.kind() + " " + i.waiting() + i.deadline().map(d -> v.say(" by ", " hạn ") + iso(d)).orElse(""));
        }
        return parts.isEmpty() ? "" : ": " + String.join("; ", parts);
    }

    private static String slug(OrganCode org) {
        return org.equals(UBND) ? "ubnd-tinh-lang-son" : "so-tttt-lang-son";
    }

    private static String fileName(String notation) {
        return vn.edoc.text.Diacritics.fold(notation).replaceAll("[^A-Za-z0-9]+", "-");
    }

    private static Directory buildDirectory() {
        Directory.Builder b = Directory.builder()
                .add(Organisation.of(UBND, UBND_NAME, OrganisationKind.PROVINCIAL_PEOPLES_COMMITTEE, "langson"))
                .add(Organisation.of(STTTT, STTTT_NAME, OrganisationKind.DEPARTMENT, "stttt"))
                .add(Unit.of(UBND_LEADERS, UBND, "Lãnh đạo UBND tỉnh", "LĐ", UnitKind.LEADERSHIP))
                .add(Unit.of(UBND_OFFICE, UBND, "Văn phòng UBND tỉnh", "VP", UnitKind.OFFICE))
                .add(Unit.of(UBND_KGVX, UBND, "Phòng Khoa giáo - Văn xã", "KGVX", UnitKind.DEPARTMENT))
                .add(Unit.of(STTTT_BOARD, STTTT, "Ban Giám đốc Sở", "BGĐ", UnitKind.LEADERSHIP))
                .add(Unit.of(STTTT_OFFICE, STTTT, "Văn phòng Sở", "VP", UnitKind.OFFICE))
                .add(Unit.of(STTTT_IT, STTTT, "Phòng Công nghệ thông tin", "CNTT", UnitKind.DEPARTMENT));
        for (OrganCode org : List.of(UBND, STTTT)) {
            List<Staff> staff = STAFF.stream().filter(s -> s.organisation().equals(org)).toList();
            List<AccountNames.AccountRequest> requests = staff.stream()
                    .map(s -> new AccountNames.AccountRequest(s.fullName(), s.position().leading())).toList();
            List<String> names = AccountNames.assignAll(requests, org.equals(UBND) ? "langson" : "stttt",
                    new HashSet<>(Set.of()));
            for (int i = 0; i < staff.size(); i++) {
                Staff s = staff.get(i);
                b.add(new Person(s.id(), s.fullName(), names.get(i), s.organisation(), s.unitId(),
                        Set.of(s.position())));
                b.add(Account.active(names.get(i), s.id(), Set.of(s.role())));
            }
        }
        return b.build();
    }
}
