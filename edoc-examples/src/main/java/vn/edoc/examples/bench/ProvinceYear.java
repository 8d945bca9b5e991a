package vn.edoc.examples.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import vn.edoc.id.UnitId;
import vn.edoc.id.PersonId;
import vn.edoc.document.AssignmentKind;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.id.DocumentType;
import vn.edoc.id.OrganCode;
import vn.edoc.org.Directory;
import vn.edoc.org.Organisation;
import vn.edoc.org.OrganisationKind;
import vn.edoc.org.Person;
import vn.edoc.org.Position;
import vn.edoc.org.Role;
import vn.edoc.org.Unit;
import vn.edoc.org.UnitKind;
import vn.edoc.routing.Assignment;
import vn.edoc.routing.AssignmentState;
import vn.edoc.routing.DocumentHandlingReport;
import vn.edoc.routing.DocumentQuery;
import vn.edoc.routing.HistoryStep;
import vn.edoc.routing.IncomingRecord;
import vn.edoc.routing.IncomingState;
import vn.edoc.routing.Origin;
import vn.edoc.routing.OutgoingRecord;
import vn.edoc.routing.OutgoingState;
import vn.edoc.routing.WorkQueue;
import vn.edoc.spi.PageRequest;
import vn.edoc.store.jdbc.JdbcMigrator;
import vn.edoc.store.jdbc.JdbcStores;
import vn.edoc.task.Cooperation;
import vn.edoc.task.CooperationState;
import vn.edoc.task.Task;
import vn.edoc.task.TaskDeadline;
import vn.edoc.task.TaskQuery;
import vn.edoc.task.TaskReport;
import vn.edoc.task.TaskReports;
import vn.edoc.task.TaskState;
import vn.edoc.task.TaskStep;
import vn.edoc.task.TaskWorkQueue;
import vn.edoc.time.ReportPeriod;
import vn.edoc.time.TimeRules;

/**
 * One year of a province on PostgreSQL (một năm của một tỉnh): generates 1,000,000 tasks and 300,000 documents
 * (200,000 incoming, 100,000 outgoing) of 40 organisations with 12 units each into an empty edoc schema, in batched
 * multi-row inserts through the JDBC stores' bulk import (not through the engine), then measures the R-TASK-10 unit
 * report (tasks and document figures) and the work queues of a specialist, a unit head and the office clerk, and
 * prints the timings and the {@code EXPLAIN (ANALYZE, BUFFERS)} plans of the statements behind them.
 *
 * <p>Not a test: run by {@code scripts/bench-province}, which starts a throwaway PostgreSQL. Arguments:
 * {@code JDBC_URL [USER [PASSWORD]]}; system properties {@code tasks}, {@code documents}, {@code runs} change the
 * sizes. A schema that already holds tasks is measured as it is (no second generation).
 */
public final class ProvinceYear {

    static final int ORGANISATIONS = 40;
    static final int UNITS = 12;
    static final int SPECIALISTS = 8;
    static final int YEAR = 2026;
    /** Threads inserting the generated batches. */
    static final int LOADERS = 3;
    /** The instant the year is looked at: the last working day of the year, in the afternoon. */
    static final Instant NOW = Instant.parse("2026-12-31T08:00:00Z");
    private static final int BATCH = 5_000;
    private static final String[] SUBJECTS = {
        "Quyết định phê duyệt kế hoạch", "Công văn đôn đốc báo cáo", "Tờ trình đề nghị bổ sung kinh phí",
        "Báo cáo tình hình thực hiện nhiệm vụ", "Kế hoạch kiểm tra công tác cải cách hành chính",
        "Thông báo kết luận của Chủ tịch", "Giấy mời họp giao ban", "Quyết định thành lập tổ công tác",
        "Công văn hướng dẫn quyết toán ngân sách", "Chỉ thị tăng cường phòng chống thiên tai"};

    private ProvinceYear() {
    }

    static OrganCode organisation(int o) {
        return OrganCode.parse(String.format(Locale.ROOT, "000.00.%02d.H08", o + 1));
    }

    static String unit(int o, int u) {
        return String.format(Locale.ROOT, "o%02d-u%02d", o, u);
    }

    static String specialist(int o, int u, int s) {
        return unit(o, u) + "-s" + s;
    }

    static String head(int o, int u) {
        return unit(o, u) + "-head";
    }

    static String monitor(int o, int m) {
        return String.format(Locale.ROOT, "o%02d-m%d", o, m);
    }

    static String clerk(int o) {
        return String.format(Locale.ROOT, "o%02d-clerk", o);
    }

    /** A working instant of the year: a random day of it, between 08:00 and 16:00 Vietnam time. */
    private static Instant someInstant(Random r, int fromDay, int toDay) {
        LocalDate day = LocalDate.of(YEAR, 1, 2).plusDays(fromDay + r.nextInt(Math.max(1, toDay - fromDay)));
        return day.atTime(1 + r.nextInt(8), r.nextInt(60)).toInstant(ZoneOffset.UTC);
    }

    /** Task {@code i}: assigned some day of the year, most of those older than a month done, on time or late. */
    static Task task(int i, Random r) {
        int o = i % ORGANISATIONS;
        int u = r.nextInt(UNITS);
        String unit = unit(o, u);
        String handler = specialist(o, u, r.nextInt(SPECIALISTS));
        String monitor = monitor(o, r.nextInt(3));
        Instant assigned = someInstant(r, 0, 355);
        int days = 5 + r.nextInt(40);
        TaskDeadline deadline = r.nextBoolean() ? TaskDeadline.at(assigned.plusSeconds(days * 86_400L))
                : TaskDeadline.onDay(assigned.atOffset(ZoneOffset.ofHours(7)).toLocalDate().plusDays(days));
        long age = (NOW.getEpochSecond() - assigned.getEpochSecond()) / 86_400;
        double progress = r.nextDouble();
        TaskState state;
        if (age > days + 20) {
            state = progress < 0.95 ? TaskState.APPROVED : progress < 0.97 ? TaskState.REPORTED
                    : TaskState.IN_PROGRESS;
        } else {
            state = progress < 0.35 ? TaskState.APPROVED : progress < 0.45 ? TaskState.REPORTED
                    : progress < 0.75 ? TaskState.IN_PROGRESS : progress < 0.88 ? TaskState.RECEIVED
                    : progress < 0.96 ? TaskState.ASSIGNED : TaskState.CREATED;
        }
        List<TaskState> path = List.of(TaskState.CREATED, TaskState.CHECKED, TaskState.ASSIGNED,
                TaskState.RECEIVED, TaskState.IN_PROGRESS, TaskState.REPORTED, TaskState.APPROVED);
        List<TaskStep> history = new ArrayList<>();
        Instant at = assigned.minusSeconds(3_600);
        Instant completed = null;
        TaskState from = TaskState.CREATED;
        for (TaskState to : path) {
            if (to == TaskState.REPORTED) {
                // replies come spread around the deadline: about one in six late
                at = assigned.plusSeconds((long) (days * 86_400L * (0.3 + r.nextDouble() * 0.9)));
                if (at.isAfter(NOW)) {
                    at = NOW.minusSeconds(3_600);
                }
                completed = at;
            } else if (to != TaskState.CREATED) {
                at = at.plusSeconds(600 + r.nextInt(7_200));
            }
            history.add(new TaskStep(at, to == TaskState.CREATED || to == TaskState.CHECKED ? monitor : handler,
                    "task." + to.name().toLowerCase(Locale.ROOT), from, to, ""));
            from = to;
            if (to == state) {
                break;
            }
        }
        boolean done = state == TaskState.REPORTED || state == TaskState.APPROVED;
        List<Cooperation> coops = r.nextInt(5) == 0 ? List.of(new Cooperation(unit(o, (u + 1 + r.nextInt(UNITS - 1))
                % UNITS), deadline, done || r.nextBoolean() ? CooperationState.ANSWERED : CooperationState.REQUESTED,
                Optional.empty(), Optional.empty(), "", "")) : List.of();
        boolean received = state.ordinal() >= TaskState.RECEIVED.ordinal() && state != TaskState.RETURNED;
        return new Task("nv-" + i, organisation(o), "rec-" + (i / 3), Optional.empty(), unit,
                "Nhiệm vụ " + i + ": " + SUBJECTS[i % SUBJECTS.length], deadline, deadline, monitor, monitor, false,
                state, received ? Optional.of(handler) : Optional.empty(), false, Optional.empty(), Optional.empty(),
                done ? Optional.of(completed) : Optional.empty(), coops, List.of(), history, Set.of(), history.size());
    }

    /** Incoming document {@code i}: received some day, registered within hours, most of them handled to the end. */
    static IncomingRecord incoming(int i, Random r) {
        int o = i % ORGANISATIONS;
        int u = r.nextInt(UNITS);
        Instant received = someInstant(r, 0, 364);
        long age = (NOW.getEpochSecond() - received.getEpochSecond()) / 86_400;
        double p = r.nextDouble();
        IncomingState state = age > 30 ? (p < 0.97 ? IncomingState.DONE : IncomingState.IN_PROGRESS)
                : p < 0.5 ? IncomingState.DONE : p < 0.75 ? IncomingState.IN_PROGRESS : p < 0.9
                ? IncomingState.ASSIGNED : p < 0.97 ? IncomingState.REGISTERED : IncomingState.RECEIVED;
        Optional<Instant> handled = state == IncomingState.RECEIVED ? Optional.empty()
                : Optional.of(received.plusSeconds(r.nextInt(r.nextInt(10) == 0 ? 30_000 : 7_000)));
        OrganCode sender = organisation((o + 1 + r.nextInt(ORGANISATIONS - 1)) % ORGANISATIONS);
        Document d = Document.builder().direction(Direction.INCOMING).type(DocumentType.CONG_VAN)
                .subject(SUBJECTS[r.nextInt(SUBJECTS.length)] + " số " + i).issuer(sender, "Sở")
                .pageCount(1 + r.nextInt(5)).build();
        List<Assignment> assignments = state.ordinal() >= IncomingState.ASSIGNED.ordinal()
                && state != IncomingState.RECALLED ? List.of(new Assignment(unit(o, u), AssignmentKind.LEAD,
                received.plusSeconds(10 * 86_400L), state == IncomingState.DONE ? AssignmentState.DONE
                : AssignmentState.WITH_SPECIALIST, specialist(o, u, r.nextInt(SPECIALISTS)))) : List.of();
        return new IncomingRecord("in-" + i, "in-" + i, organisation(o), Origin.TRANSPORT, Optional.of(sender),
                "ref-" + i, d, "", state, received, received, received.plusSeconds(7_200),
                received.plusSeconds(86_400), handled.isPresent() ? i + 1 : 0, handled, assignments,
                List.of(new HistoryStep(received, "system", "incoming.receive", "", "RECEIVED", "")), "", false, 1);
    }

    /** Outgoing document {@code i}: drafted in a unit some day, nine in ten issued. */
    static OutgoingRecord outgoing(int i, Random r) {
        int o = i % ORGANISATIONS;
        int u = r.nextInt(UNITS);
        Instant drafted = someInstant(r, 0, 362);
        boolean issued = r.nextInt(10) > 0;
        OutgoingState state = issued ? OutgoingState.ISSUED : OutgoingState.values()[r.nextInt(3)];
        Document d = Document.builder().direction(Direction.OUTGOING).type(DocumentType.CONG_VAN)
                .subject(SUBJECTS[r.nextInt(SUBJECTS.length)] + " (đi) số " + i).issuer(organisation(o), "UBND")
                .pageCount(1 + r.nextInt(3)).build();
        Instant issuedAt = drafted.plusSeconds(86_400L * (1 + r.nextInt(4)));
        return new OutgoingRecord("out-" + i, organisation(o), unit(o, u), specialist(o, u, r.nextInt(SPECIALISTS)),
                state, d, List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), issued ? i + 1 : 0,
                Optional.empty(), Optional.of(drafted.plusSeconds(5 * 86_400L)),
                issued ? Optional.of(issuedAt) : Optional.empty(), issued && r.nextInt(8) == 0, List.of(),
                List.of(new HistoryStep(drafted, specialist(o, u, 0), "outgoing.draft", "", "DRAFTING", "")), 1);
    }

    /**
     * The directory of organisation {@code o}: its units, heads, specialists, monitors and office clerk, each with an
     * active account (the directory gives a role only to people whose account can act).
     */
    static Directory directory(int o) {
        OrganCode code = organisation(o);
        Directory.Builder b = Directory.builder().add(Organisation.of(code, "Sở số " + (o + 1),
                OrganisationKind.DEPARTMENT));
        for (int u = 0; u < UNITS; u++) {
            b.add(Unit.of(unit(o, u), code, "Phòng " + u, "P" + u, u == 0 ? UnitKind.OFFICE : UnitKind.DEPARTMENT));
            b.addWithAccount(person(head(o, u), "Trưởng phòng " + u, code, unit(o, u), Role.UNIT_HEAD));
            for (int s = 0; s < SPECIALISTS; s++) {
                b.addWithAccount(person(specialist(o, u, s), "Chuyên viên " + u + "." + s, code, unit(o, u),
                        Role.SPECIALIST));
            }
        }
        b.addWithAccount(person(clerk(o), "Văn thư", code, unit(o, 0), Role.CLERK));
        for (int m = 0; m < 3; m++) {
            b.addWithAccount(person(monitor(o, m), "Chuyên viên theo dõi " + m, code, unit(o, 0),
                    Role.MONITORING_OFFICER));
        }
        return b.build();
    }

    private static Person person(String id, String name, OrganCode organisation, String unit, Role role) {
        return Person.of(id, name, organisation, unit, Position.of(role)).withAccountName(id.replace("-", ""));
    }

    static long count(HikariDataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Generates the year: the records are made here, in order, from one seeded random source (the same data every
     * run); the batches are encoded and inserted by {@value #LOADERS} threads on connections of their own, while
     * the secondary indexes of the tables are dropped, and built again at the end (one sort per index instead of
     * a million ordered inserts into each).
     */
    static void generate(HikariDataSource ds, JdbcStores stores, int tasks, int documents) throws SQLException {
        Random r = new Random(20261231);
        long start = System.nanoTime();
        List<String> indexes = dropSecondaryIndexes(ds);
        ExecutorService loaders = Executors.newFixedThreadPool(LOADERS);
        // at most two batches waiting per loader: generation runs ahead of the database only so far
        Semaphore room = new Semaphore(2 * LOADERS);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int from = 0; from < tasks; from += BATCH) {
                List<Task> batch = new ArrayList<>(BATCH);
                for (int i = from; i < Math.min(tasks, from + BATCH); i++) {
                    batch.add(task(i, r));
                }
                done.add(submit(loaders, room, () -> stores.transactions().run(uow -> stores.tasks().insertAll(uow,
                        batch))));
                if ((from / BATCH) % 100 == 0) {
                    System.err.printf(Locale.ROOT, "tasks %,d / %,d (%.0f s)%n", from + batch.size(), tasks,
                            (System.nanoTime() - start) / 1e9);
                }
            }
            int incoming = documents * 2 / 3;
            for (int from = 0; from < incoming; from += BATCH) {
                List<IncomingRecord> batch = new ArrayList<>(BATCH);
                for (int i = from; i < Math.min(incoming, from + BATCH); i++) {
                    batch.add(incoming(i, r));
                }
                done.add(submit(loaders, room, () -> stores.transactions().run(uow ->
                        stores.documents().insertAllIncoming(uow, batch))));
            }
            for (int from = 0; from < documents - incoming; from += BATCH) {
                List<OutgoingRecord> batch = new ArrayList<>(BATCH);
                for (int i = from; i < Math.min(documents - incoming, from + BATCH); i++) {
                    batch.add(outgoing(i, r));
                }
                done.add(submit(loaders, room, () -> stores.transactions().run(uow ->
                        stores.documents().insertAllOutgoing(uow, batch))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading a batch failed: " + e.getCause(), e.getCause());
        } finally {
            loaders.shutdownNow();
        }
        long loaded = System.nanoTime();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String index : indexes) {
                s.execute(index);
            }
        }
        System.err.printf(Locale.ROOT, "generated %,d tasks and %,d documents in %.0f s (loading %.0f s, building"
                        + " %d indexes %.0f s)%n", tasks, documents, (System.nanoTime() - start) / 1e9,
                (loaded - start) / 1e9, indexes.size(), (System.nanoTime() - loaded) / 1e9);
    }

    private static Future<?> submit(ExecutorService loaders, Semaphore room, Runnable load)
            throws InterruptedException {
        room.acquire();
        return loaders.submit(() -> {
            try {
                load.run();
            } finally {
                room.release();
            }
        });
    }

    /**
     * Drops the indexes of edoc's tables that back no constraint, returning the statements that build them again.
     * Primary keys and unique constraints stay: the load still refuses a duplicate.
     */
    static List<String> dropSecondaryIndexes(HikariDataSource ds) throws SQLException {
        List<String[]> found = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i"
                    + " WHERE i.schemaname = current_schema() AND i.tablename LIKE 'edoc\\_%'"
                    + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname"
                    + " AND k.connamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()))")) {
                while (rs.next()) {
                    found.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] index : found) {
                s.execute("DROP INDEX " + index[0]);
            }
        }
        return found.stream().map(i -> i[1]).toList();
    }

    /**
     * Runs {@code work} {@code warmup} times, then {@code runs} times timed; prints min, median, p90 and max of the
     * elapsed time, and the median CPU time of this thread (the JVM's part of the work, which a loaded machine does
     * not stretch as it stretches elapsed time).
     */
    static <T> T measure(String name, int warmup, int runs, Supplier<T> work, java.util.function.ToIntFunction<T> size) {
        T last = null;
        for (int i = 0; i < warmup; i++) {
            last = work.get();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            last = work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", name,
                size.applyAsInt(last), ms[0], ms[runs / 2], ms[(int) Math.ceil(runs * 0.9) - 1], ms[runs - 1],
                cpu[runs / 2]);
        return last;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ProvinceYear JDBC_URL [USER [PASSWORD]]");
            System.exit(2);
        }
        int tasks = Integer.getInteger("tasks", 1_000_000);
        int documents = Integer.getInteger("documents", 300_000);
        int runs = Integer.getInteger("runs", 15);
        HikariConfig config = new HikariConfig();
        String url = args[0];
        config.setJdbcUrl(url.startsWith("jdbc:postgresql:") && !url.contains("reWriteBatchedInserts")
                ? url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true" : url);
        if (args.length > 1) {
            config.setUsername(args[1]);
        }
        if (args.length > 2) {
            config.setPassword(args[2]);
        }
        config.setMaximumPoolSize(LOADERS + 1);
        try (HikariDataSource ds = new HikariDataSource(config)) {
            new JdbcMigrator(ds).migrate();
            JdbcStores stores = JdbcStores.of(ds);
            if (count(ds, "edoc_task") == 0) {
                generate(ds, stores, tasks, documents);
                try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                    s.execute("VACUUM ANALYZE");
                }
            }
            System.out.printf(Locale.ROOT, "%n%,d tasks (%,d cooperations), %,d incoming and %,d outgoing records%n%n",
                    count(ds, "edoc_task"), count(ds, "edoc_task_cooperation"), count(ds, "edoc_incoming"),
                    count(ds, "edoc_outgoing"));
            int o = 7;
            int u = 5;
            TimeRules rules = TimeRules.defaults();
            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            Directory directory = directory(o);
            TaskReports reports = new TaskReports(stores.tasks(), rules, clock);
            TaskWorkQueue taskQueue = new TaskWorkQueue(stores.tasks(), () -> directory, rules);
            WorkQueue queue = new WorkQueue(stores.documents(), () -> directory, List.of(taskQueue.workItemSource()));
            ReportPeriod month = ReportPeriod.month(YEAR, 11);
            ReportPeriod year = ReportPeriod.year(YEAR);
            Instant monthStart = month.first().atStartOfDay(ZoneOffset.ofHours(7)).toInstant();
            Instant monthEnd = month.last().plusDays(1).atStartOfDay(ZoneOffset.ofHours(7)).toInstant();
            int warmup = 3;

            System.out.println("| measured (unit " + unit(o, u) + ", organisation " + organisation(o).value()
                    + ") | items | min ms | median ms | p90 ms | max ms | median JVM CPU ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|");
            measure("R-TASK-10 task report, November", warmup, runs, () -> reports.report(UnitId.of(unit(o, u)), month, NOW),
                    ProvinceYear::lines);
            measure("R-TASK-10 task report, whole year", warmup, runs, () -> reports.report(UnitId.of(unit(o, u)), year, NOW),
                    ProvinceYear::lines);
            TaskQuery reportQuery = TaskQuery.any().inUnits(Set.of(unit(o, u))).notDoneBefore(monthStart);
            measure("task counts by state for the report (SQL GROUP BY)", warmup, runs,
                    () -> stores.tasks().countByState(reportQuery), m -> m.values().stream().mapToInt(Long::intValue)
                            .sum());
            measure("document-handling figures of the unit, November", warmup, runs,
                    () -> DocumentHandlingReport.of(stores.documents(), organisation(o), unit(o, u), month),
                    d -> d.incomingHandled() + d.outgoingIssued());
            measure("document-handling figures of the organisation, November", warmup, runs,
                    () -> DocumentHandlingReport.of(stores.documents(), organisation(o), "", month),
                    d -> d.incomingHandled() + d.outgoingIssued() + d.incomingPendingOverdueCount());
            measure("work queue of a specialist (documents + tasks)", warmup, runs,
                    () -> queue.waitingFor(PersonId.of(specialist(o, u, 3)), NOW), List::size);
            measure("work queue of a unit head", warmup, runs, () -> queue.waitingFor(PersonId.of(head(o, u)), NOW), List::size);
            measure("work queue of a monitoring officer", warmup, runs,
                    () -> queue.waitingFor(PersonId.of(monitor(o, 1)), NOW), List::size);
            measure("work queue of the office clerk", warmup, runs, () -> queue.waitingFor(PersonId.of(clerk(o)), NOW),
                    List::size);
            measure("search of the abstracts: \"quyet dinh thanh lap\" (first page of 50)", warmup, runs,
                    () -> stores.documents().findIncoming(DocumentQuery.of(organisation(o))
                            .abstractContains("quyet dinh thanh lap"), PageRequest.first(50)).items(), List::size);

            PageRequest page = PageRequest.first(500);
            Set<TaskState> live = EnumSet.noneOf(TaskState.class);
            for (TaskState s : TaskState.values()) {
                if (!s.isFinal()) {
                    live.add(s);
                }
            }
            System.out.println();
            plan("R-TASK-10 task report, November: the unit's tasks not done before the period (first page)",
                    stores.tasks().explain(reportQuery, page));
            plan("R-TASK-10 counts by state", stores.tasks().explainCount(reportQuery));
            plan("work queue: tasks handled by the specialist", stores.tasks().explain(TaskQuery.any()
                    .handledBy(specialist(o, u, 3)).inStates(Set.of(TaskState.RECEIVED, TaskState.IN_PROGRESS)),
                    page));
            plan("work queue: tasks assigned to the units a head receives for", stores.tasks().explain(
                    TaskQuery.any().inUnits(Set.of(unit(o, u))).inStates(Set.of(TaskState.ASSIGNED)), page));
            plan("work queue: cooperations asked of the unit", stores.tasks().explain(TaskQuery.any()
                    .cooperationRequestedOf(Set.of(unit(o, u))).inStates(live), page));
            plan("work queue: open incoming documents of the organisation", stores.documents().explainIncoming(
                    DocumentQuery.of(organisation(o)).inStates(Set.of("RECEIVED", "REGISTERED", "PROPOSED",
                            "ASSIGNED", "IN_PROGRESS")), page));
            plan("document figures: incoming handled in November", stores.documents().explainIncoming(
                    DocumentQuery.of(organisation(o)).between(monthStart, monthEnd), page));
            plan("document figures: incoming still waiting at the end of November", stores.documents()
                    .explainIncoming(DocumentQuery.of(organisation(o)).waitingAt(monthEnd), page));
            plan("document figures: outgoing issued by the unit in November", stores.documents().explainOutgoing(
                    DocumentQuery.of(organisation(o)).between(monthStart, monthEnd).ofUnit(unit(o, u)), page));
            plan("search of the abstracts", stores.documents().explainIncoming(DocumentQuery.of(organisation(o))
                    .abstractContains("quyet dinh thanh lap"), PageRequest.first(50)));
        }
    }

    private static int lines(TaskReport r) {
        return r.onTime().size() + r.late().size() + r.inProgress().size() + r.overdue().size();
    }

    private static void plan(String title, String explained) {
        System.out.println("#### " + title);
        System.out.println();
        System.out.println("```");
        System.out.print(explained);
        System.out.println("```");
        System.out.println();
    }
}
