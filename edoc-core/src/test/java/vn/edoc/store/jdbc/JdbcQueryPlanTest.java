package vn.edoc.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.id.DocumentType;
import vn.edoc.id.OrganCode;
import vn.edoc.routing.DocumentQuery;
import vn.edoc.routing.HistoryStep;
import vn.edoc.routing.IncomingRecord;
import vn.edoc.routing.IncomingState;
import vn.edoc.routing.Origin;
import vn.edoc.routing.OutgoingRecord;
import vn.edoc.routing.OutgoingState;
import vn.edoc.spi.PageRequest;
import vn.edoc.task.Cooperation;
import vn.edoc.task.CooperationState;
import vn.edoc.task.Task;
import vn.edoc.task.TaskDeadline;
import vn.edoc.task.TaskQuery;
import vn.edoc.task.TaskState;
import vn.edoc.task.TaskStep;
import vn.edoc.store.jdbc.TestDatabase.Target;

/**
 * The statements behind a person's work queue and the R-TASK-10 / document-handling reports are answered through
 * indexes in PostgreSQL: over a few thousand generated tasks and documents (after {@code ANALYZE}), the plan
 * PostgreSQL reports with {@code EXPLAIN} for each reads an index and never scans a whole table. A change to a query
 * or an index that loses this fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcQueryPlanTest {

    private static final Instant T0 = Instant.parse("2026-01-05T02:00:00Z");
    private static final int ORGANISATIONS = 10;
    private static final int UNITS_PER_ORGANISATION = 10;
    private static final int TASKS = 4_000;
    private static final int DOCUMENTS = 3_000;

    private TestDatabase db;
    private JdbcStores stores;

    static OrganCode organisation(int i) {
        return OrganCode.parse(String.format("000.00.%02d.H08", i + 1));
    }

    static String unit(int organisation, int unit) {
        return "u-" + organisation + "-" + unit;
    }

    @BeforeAll
    void generate() throws SQLException {
        db = TestDatabase.migrated(Target.POSTGRESQL);
        stores = JdbcStores.of(db.dataSource());
        Random random = new Random(20261207);
        List<Task> tasks = new ArrayList<>();
        TaskState[] states = TaskState.values();
        for (int i = 0; i < TASKS; i++) {
            int org = random.nextInt(ORGANISATIONS);
            String unit = unit(org, random.nextInt(UNITS_PER_ORGANISATION));
            Instant assigned = T0.plusSeconds(random.nextInt(330) * 86_400L);
            TaskDeadline deadline = random.nextBoolean() ? TaskDeadline.at(assigned.plusSeconds(20 * 86_400L))
                    : TaskDeadline.onDay(LocalDate.of(2026, 1, 20).plusDays(random.nextInt(330)));
            // most tasks of a year are done; a few are still open
            TaskState state = random.nextInt(10) < 8 ? TaskState.APPROVED : states[random.nextInt(states.length)];
            Optional<Instant> completed = state.isFinal() || state == TaskState.REPORTED
                    ? Optional.of(assigned.plusSeconds(random.nextInt(30) * 86_400L)) : Optional.empty();
            List<Cooperation> coops = random.nextInt(5) == 0 ? List.of(new Cooperation(unit(org,
                    random.nextInt(UNITS_PER_ORGANISATION)), deadline, random.nextInt(4) == 0
                    ? CooperationState.REQUESTED : CooperationState.ANSWERED, Optional.empty(), Optional.empty(), "",
                    "")) : List.of();
            tasks.add(new Task("nv-" + i, organisation(org), "rec-" + i, Optional.empty(), unit, "Nhiệm vụ " + i,
                    deadline, deadline, "p-" + org + "-m" + random.nextInt(3), "p-" + org + "-c", false, state,
                    Optional.of("p-" + org + "-h" + random.nextInt(40)), false, Optional.empty(), Optional.empty(),
                    completed, coops, List.of(), List.of(new TaskStep(assigned, "p-" + org + "-c", "task.create",
                    TaskState.CREATED, TaskState.CREATED, "")), Set.of(), 1));
        }
        List<IncomingRecord> incoming = new ArrayList<>();
        List<OutgoingRecord> outgoing = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            int org = random.nextInt(ORGANISATIONS);
            Instant received = T0.plusSeconds(random.nextInt(330 * 24) * 3_600L);
            boolean handled = random.nextInt(20) > 0;
            Document in = Document.builder().direction(Direction.INCOMING).type(DocumentType.CONG_VAN)
                    .subject((i % 7 == 0 ? "Quyết định " : "Công văn ") + "số " + i + " về kế hoạch")
                    .issuer(organisation((org + 1) % ORGANISATIONS), "Sở").pageCount(1).build();
            incoming.add(new IncomingRecord("in-" + i, "in-" + i, organisation(org), Origin.TRANSPORT,
                    Optional.of(organisation((org + 1) % ORGANISATIONS)), "ref-" + i, in, "",
                    handled ? IncomingState.DONE : IncomingState.RECEIVED, received, received,
                    received.plusSeconds(7_200), received.plusSeconds(86_400), handled ? i : 0,
                    handled ? Optional.of(received.plusSeconds(3_600)) : Optional.empty(), List.of(),
                    List.of(new HistoryStep(received, "system", "incoming.receive", "", "RECEIVED", "")), "", false,
                    1));
            Document out = Document.builder().direction(Direction.OUTGOING).type(DocumentType.CONG_VAN)
                    .subject("Báo cáo số " + i).issuer(organisation(org), "UBND").pageCount(1).build();
            boolean issued = random.nextInt(10) > 0;
            outgoing.add(new OutgoingRecord("out-" + i, organisation(org), unit(org,
                    random.nextInt(UNITS_PER_ORGANISATION)), "p-" + org + "-h1", issued ? OutgoingState.ISSUED
                    : OutgoingState.DRAFTING, out, List.of(), List.of(), List.of(), Optional.empty(),
                    Optional.empty(), issued ? i : 0, Optional.empty(), Optional.empty(),
                    issued ? Optional.of(received) : Optional.empty(), false, List.of(),
                    List.of(new HistoryStep(received, "p-1", "outgoing.draft", "", "DRAFTING", "")), 1));
        }
        stores.transactions().run(uow -> {
            stores.tasks().insertAll(uow, tasks);
            stores.documents().insertAllIncoming(uow, incoming);
            stores.documents().insertAllOutgoing(uow, outgoing);
        });
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
    }

    @AfterAll
    void close() {
        db.close();
    }

    private String explain(Sql sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement p = c.prepareStatement("EXPLAIN " + sql.text())) {
            sql.bind(p);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    private void assertIndexed(String what, Sql sql) throws SQLException {
        String plan = explain(sql);
        assertThat(plan).as(what + "\n" + sql + "\n" + plan).contains("Index")
                .doesNotContain("Seq Scan on edoc_task ", "Seq Scan on edoc_task_cooperation",
                        "Seq Scan on edoc_incoming", "Seq Scan on edoc_outgoing");
    }

    @Test
    void theWorkQueueOfAPersonReadsIndexesOnly() throws SQLException {
        Set<TaskState> live = EnumSet.noneOf(TaskState.class);
        for (TaskState s : TaskState.values()) {
            if (!s.isFinal()) {
                live.add(s);
            }
        }
        JdbcTaskStore tasks = stores.tasks();
        PageRequest first = PageRequest.first(500);
        // the four task queries of TaskWorkQueue, a page after a cursor too
        assertIndexed("monitored", tasks.findSql(TaskQuery.any().monitoredBy("p-3-m1").inStates(live), first));
        assertIndexed("handled", tasks.findSql(TaskQuery.any().handledBy("p-3-h7")
                .inStates(Set.of(TaskState.RECEIVED, TaskState.IN_PROGRESS)), first));
        assertIndexed("handled, next page", tasks.findSql(TaskQuery.any().handledBy("p-3-h7")
                .inStates(Set.of(TaskState.RECEIVED, TaskState.IN_PROGRESS)), first.after(T0 + "|nv-5")));
        assertIndexed("received for units", tasks.findSql(TaskQuery.any().inUnits(Set.of(unit(3, 1), unit(3, 2)))
                .inStates(Set.of(TaskState.ASSIGNED)), first));
        assertIndexed("cooperations", tasks.findSql(TaskQuery.any().cooperationRequestedOf(Set.of(unit(3, 4)))
                .inStates(live), first));
        // the document queries of WorkQueue
        assertIndexed("incoming waiting", stores.documents().incomingSql(DocumentQuery.of(organisation(3))
                .inStates(Set.of("RECEIVED", "REGISTERED", "PROPOSED", "ASSIGNED", "IN_PROGRESS")), first));
        assertIndexed("outgoing waiting", stores.documents().outgoingSql(DocumentQuery.of(organisation(3))
                .inStates(Set.of("DRAFTING", "RETURNED", "UNDER_REVIEW")), first));
        assertIndexed("abstract search", stores.documents().incomingSql(DocumentQuery.of(organisation(3))
                .abstractContains("quyet dinh so 14"), first));
    }

    @Test
    void theReportsReadIndexesOnly() throws SQLException {
        JdbcTaskStore tasks = stores.tasks();
        Instant start = Instant.parse("2026-10-31T17:00:00Z");
        Instant end = Instant.parse("2026-11-30T17:00:00Z");
        PageRequest first = PageRequest.first(500);
        // R-TASK-10: the unit's tasks not done before the period, a page at a time, and the counts in SQL
        TaskQuery report = TaskQuery.any().inUnits(Set.of(unit(4, 2))).notDoneBefore(start);
        assertIndexed("task report", tasks.findSql(report, first));
        assertIndexed("task report, next page", tasks.findSql(report, first.after(start + "|nv-9")));
        assertIndexed("task report counts", tasks.countSql(report));
        assertThat(tasks.countSql(report).text()).contains("GROUP BY t.state");
        // the document-handling figures
        assertIndexed("incoming handled in the period", stores.documents().incomingSql(
                DocumentQuery.of(organisation(4)).between(start, end), first));
        assertIndexed("incoming waiting at the end", stores.documents().incomingSql(
                DocumentQuery.of(organisation(4)).waitingAt(end), first));
        assertIndexed("outgoing issued by the unit", stores.documents().outgoingSql(
                DocumentQuery.of(organisation(4)).between(start, end).ofUnit(unit(4, 2)), first));
        assertIndexed("outgoing issued by the organisation", stores.documents().outgoingSql(
                DocumentQuery.of(organisation(4)).between(start, end), first));
    }

    @Test
    void theIndexedAnswersAreTheRightOnes() {
        // the plans above are of statements that answer correctly over the same data
        TaskQuery report = TaskQuery.any().inUnits(Set.of(unit(4, 2)))
                .notDoneBefore(Instant.parse("2026-10-31T17:00:00Z"));
        List<Task> all = stores.tasks().all();
        List<String> expected = all.stream().filter(report::test)
                .sorted(java.util.Comparator.comparing(Task::dueFrom).thenComparing(Task::id)).map(Task::id).toList();
        assertThat(vn.edoc.spi.Page.all(50, p -> stores.tasks().find(report, p))).extracting(Task::id)
                .containsExactlyElementsOf(expected).isNotEmpty();
        assertThat(stores.tasks().countByState(report).values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(expected.size());
    }
}
