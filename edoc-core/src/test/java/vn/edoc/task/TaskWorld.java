package vn.edoc.task;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.edoc.audit.AuditEntry;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.Urgency;
import vn.edoc.event.DomainEvent;
import vn.edoc.event.EventPublisher;
import vn.edoc.id.DocumentType;
import vn.edoc.id.OrganCode;
import vn.edoc.id.RecordId;
import vn.edoc.id.TaskId;
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
import vn.edoc.register.RegisterKind;
import vn.edoc.routing.Actor;
import vn.edoc.routing.IssuedDocument;
import vn.edoc.store.memory.MemoryAuditLog;
import vn.edoc.store.memory.MemoryTaskStore;
import vn.edoc.store.memory.MemoryTransactions;
import vn.edoc.time.MutableClock;
import vn.edoc.time.TimeRules;

/**
 * A small world for task tests: the People's Committee of Lạng Sơn province (UBND tỉnh) assigning tasks to the
 * Department of Finance (Sở Tài chính), with the Department of Planning and Investment (Sở Kế hoạch và Đầu tư)
 * cooperating (LS Đ13-14); memory stores, a hand-moved clock, and the events published.
 */
final class TaskWorld {

    static final OrganCode UBND = OrganCode.parse("000.00.00.H39");
    static final OrganCode STC = OrganCode.parse("000.00.05.H39");
    static final OrganCode SKH = OrganCode.parse("000.00.06.H39");

    static final String UBND_LEADERSHIP = "ubnd-lanhdao";
    static final String UBND_OFFICE = "ubnd-vanphong";
    static final String STC_OFFICE = "stc-vanphong";
    static final String STC_BOARD = "stc-lanhdao";
    static final String STC_BUDGET = "stc-ngansach";
    static final String STC_PRICES = "stc-giacongsan";
    static final String SKH_BOARD = "skh-lanhdao";
    static final String SKH_INVEST = "skh-dautu";

    static final String CHAIR = "chair";
    static final String UBND_CLERK = "ubnd-clerk";
    static final String MONITOR = "monitor";
    static final String DRAFTER = "drafter";
    static final String OFFICE_CHIEF = "office-chief";
    static final String STC_CLERK = "stc-clerk";
    static final String STC_DIRECTOR = "stc-director";
    static final String STC_HEAD = "stc-head";
    static final String HANDLER = "handler";
    static final String HANDLER2 = "handler2";
    static final String PRICES_HEAD = "prices-head";
    static final String SKH_DIRECTOR = "skh-director";
    static final String SKH_HEAD = "skh-head";
    static final String SKH_SPECIALIST = "skh-specialist";

    final Directory directory = directory();
    final MutableClock clock = new MutableClock(vn(2026, 4, 6, 8, 0));
    final MemoryTransactions transactions = new MemoryTransactions();
    final MemoryTaskStore store = new MemoryTaskStore(transactions);
    final MemoryAuditLog audit = new MemoryAuditLog(transactions);
    final EventPublisher publisher = new EventPublisher();
    final List<DomainEvent> events = new CopyOnWriteArrayList<>();
    final TimeRules rules = TimeRules.defaults();
    final Tasks tasks = Tasks.builder().transactions(transactions).store(store).audit(audit)
            .directory(() -> directory).timeRules(rules).events(publisher).clock(clock).build();
    final TaskService service = tasks.commands();
    final TaskBridges bridges = tasks.bridges();
    final TaskDeadlineScanner scanner = tasks.scanner();
    final TaskWorkQueue queue = tasks.queue();
    final TaskReports reports = tasks.reports();

    TaskWorld() {
        publisher.subscribe(events::add);
    }

    static Instant vn(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).toInstant(ZoneOffset.ofHours(7));
    }

    void at(int y, int m, int d, int h, int min) {
        clock.set(vn(y, m, d, h, min));
    }

    Actor actor(String personId) {
        return Actor.loggedIn(directory, directory.person(personId).orElseThrow().accountName());
    }

    /** Issues outgoing document {@code recordId} now, through the task engine's participant, as {@code clerk}. */
    void issue(String recordId, long number, String notation, Optional<String> answersTaskId, String clerk,
               OrganCode organ) {
        Instant now = clock.instant();
        // register lines and documents carry the notation in full, in its one canonical form (05/…, never 5/…)
        vn.edoc.id.Notation full = vn.edoc.id.Notation.parse(number + "/" + notation);
        RegisterEntry entry = new RegisterEntry(number, RegisterKey.of(organ, RegisterKind.OUTGOING, 2026), now,
                recordId, full.format(), now.atOffset(ZoneOffset.ofHours(7)).toLocalDate(), DocumentType.CONG_VAN,
                "Văn bản " + number, List.of("Các cơ quan liên quan"), 2, Urgency.NORMAL, clerk);
        Document document = Document.builder().direction(Direction.OUTGOING).notation(full).build();
        IssuedDocument issued = new IssuedDocument(recordId, document, entry, now, clerk, answersTaskId);
        transactions.run(uow -> bridges.issueParticipant().onIssue(uow, issued));
    }

    /** Enters, checks and issues a task of UBND to {@code data}'s unit now; returns it assigned. */
    Task assigned(String recordId, long number, TaskData data) {
        Task t = service.create(actor(DRAFTER), RecordId.of(recordId), data);
        service.confirmCheck(actor(MONITOR), TaskId.of(t.id()), data);
        issue(recordId, number, "UBND-KT", Optional.empty(), UBND_CLERK, UBND);
        return service.find(TaskId.of(t.id())).orElseThrow();
    }

    List<AuditEntry> auditOf(String taskId) {
        List<AuditEntry> found = new ArrayList<>();
        audit.scan(e -> {
            if (e.objectId().equals(taskId)) {
                found.add(e);
            }
        });
        return found;
    }

    static Directory directory() {
        Directory.Builder b = Directory.builder()
                .add(Organisation.of(UBND, "Ủy ban nhân dân tỉnh Lạng Sơn",
                        OrganisationKind.PROVINCIAL_PEOPLES_COMMITTEE, "langson"))
                .add(Organisation.of(STC, "Sở Tài chính tỉnh Lạng Sơn", OrganisationKind.DEPARTMENT, "stc"))
                .add(Organisation.of(SKH, "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn", OrganisationKind.DEPARTMENT,
                        "skhdt"))
                .add(Unit.of(UBND_LEADERSHIP, UBND, "Lãnh đạo UBND tỉnh", "LĐ", UnitKind.LEADERSHIP))
                .add(Unit.of(UBND_OFFICE, UBND, "Văn phòng UBND tỉnh", "VP", UnitKind.OFFICE))
                .add(Unit.of(STC_OFFICE, STC, "Văn phòng Sở Tài chính", "VP", UnitKind.OFFICE))
                .add(Unit.of(STC_BOARD, STC, "Ban Giám đốc Sở Tài chính", "BGĐ", UnitKind.LEADERSHIP))
                .add(Unit.of(STC_BUDGET, STC, "Phòng Quản lý ngân sách", "NS", UnitKind.DEPARTMENT))
                .add(Unit.of(STC_PRICES, STC, "Phòng Quản lý giá và công sản", "GCS", UnitKind.DEPARTMENT))
                .add(Unit.of(SKH_BOARD, SKH, "Ban Giám đốc Sở Kế hoạch và Đầu tư", "BGĐ", UnitKind.LEADERSHIP))
                .add(Unit.of(SKH_INVEST, SKH, "Phòng Kinh tế ngành", "KTN", UnitKind.DEPARTMENT));
        person(b, CHAIR, "Hồ Tiến Thiệu", UBND, UBND_LEADERSHIP, "thieuht.langson", Role.LEADER);
        person(b, UBND_CLERK, "Nông Thị Lan", UBND, UBND_OFFICE, "lannt.langson", Role.CLERK);
        person(b, MONITOR, "Hoàng Văn Minh", UBND, UBND_OFFICE, "minhhv.langson", Role.MONITORING_OFFICER);
        person(b, DRAFTER, "Lương Thị Hà", UBND, UBND_OFFICE, "halt.langson", Role.SPECIALIST);
        person(b, OFFICE_CHIEF, "Vi Văn Sơn", UBND, UBND_OFFICE, "sonvv.langson", Role.OFFICE_CHIEF);
        person(b, STC_CLERK, "Đinh Thị Thu", STC, STC_OFFICE, "thudt.stc", Role.CLERK);
        person(b, STC_DIRECTOR, "Lộc Văn Tuấn", STC, STC_BOARD, "tuanlv.stc", Role.LEADER);
        person(b, STC_HEAD, "Mã Văn Quang", STC, STC_BUDGET, "quangmv.stc", Role.UNIT_HEAD);
        person(b, HANDLER, "Chu Thị Nga", STC, STC_BUDGET, "ngact.stc", Role.SPECIALIST);
        person(b, HANDLER2, "Tô Văn Bình", STC, STC_BUDGET, "binhtv.stc", Role.SPECIALIST);
        person(b, PRICES_HEAD, "La Văn Hải", STC, STC_PRICES, "hailv.stc", Role.UNIT_HEAD);
        person(b, SKH_DIRECTOR, "Dương Xuân Huyên", SKH, SKH_BOARD, "huyendx.skhdt", Role.LEADER);
        person(b, SKH_HEAD, "Triệu Văn Đức", SKH, SKH_INVEST, "ductv.skhdt", Role.UNIT_HEAD);
        person(b, SKH_SPECIALIST, "Nguyễn Thị Mai", SKH, SKH_INVEST, "maint.skhdt", Role.SPECIALIST);
        return b.build();
    }

    private static void person(Directory.Builder b, String id, String fullName, OrganCode org, String unit,
                               String account, Role role) {
        b.add(new Person(id, fullName, account, org, unit, Set.of(Position.of(role))));
        b.add(Account.active(account, id, Set.of(role)));
    }
}
