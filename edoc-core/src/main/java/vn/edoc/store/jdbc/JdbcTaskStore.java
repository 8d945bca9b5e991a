package vn.edoc.store.jdbc;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.Page;
import vn.edoc.spi.PageRequest;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.task.Cooperation;
import vn.edoc.task.CooperationState;
import vn.edoc.task.Task;
import vn.edoc.task.TaskQuery;
import vn.edoc.task.TaskState;
import vn.edoc.task.TaskStore;
import vn.edoc.task.TaskViolation;
import vn.edoc.validation.EdocRuleException;

/**
 * Tasks (nhiệm vụ) in {@code edoc_task}, keyed by the assigning organisation, with the columns every
 * {@link TaskQuery} condition reads (lead unit, state, handler, monitor, due-from, when done) and their cooperations
 * in {@code edoc_task_cooperation}. {@link #update} is {@code UPDATE ... WHERE id = ? AND version = ?}: of two
 * concurrent updates of one task the second changes nothing and is refused with {@link ConcurrentChangeException}.
 *
 * <p>{@link #find} is one statement per page: the query's conditions on indexed columns (a cooperation condition as
 * {@code EXISTS} over the cooperation table), {@code ORDER BY due_from, id} and a key cursor
 * {@code (due_from, id) > (?, ?)}, {@code FETCH FIRST n + 1 ROWS}. {@link #countByState} is the same conditions with
 * {@code GROUP BY state}. Both read committed tasks on a connection of their own and hold no lock.
 */
public final class JdbcTaskStore implements TaskStore {

    /** The columns filled from each task on every write; the conditions of {@link TaskQuery} read them. */
    private static final List<RecordTable.Column<Task>> COLUMNS = List.of(
            new RecordTable.Column<>("unit_id", Task::unitId),
            new RecordTable.Column<>("assigning_record_id", Task::assigningRecordId),
            new RecordTable.Column<>("state", t -> t.state().name()),
            new RecordTable.Column<>("handler_id", t -> t.handlerId().orElse(null)),
            new RecordTable.Column<>("deadline_at", t -> timestamp(t.deadline() == null ? null
                    : t.deadline().instant())),
            new RecordTable.Column<>("completed_at", t -> timestamp(t.completedAt().orElse(null))),
            new RecordTable.Column<>("due_from", t -> timestamp(t.dueFrom())),
            new RecordTable.Column<>("monitor_id", Task::monitorId),
            new RecordTable.Column<>("done_at", t -> timestamp(doneAt(t))));

    private final RecordTable<Task> table;
    private final JdbcTransactions transactions;

    /** A store taking part in the units of work of {@code transactions}. */
    public JdbcTaskStore(JdbcTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.table = table(transactions);
    }

    private static RecordTable<Task> table(JdbcTransactions transactions) {
        return new RecordTable<>(transactions, "edoc_task", Task.class, Task::id, Task::assigningOrganisation,
                Task::version, COLUMNS, JdbcTaskStore::writeCooperations);
    }

    /** The derived columns and cooperation rows of every stored task filled again from its body; see V4. */
    static long refresh(Connection c) throws SQLException {
        return table(null).refresh(c);
    }

    /**
     * When a task stopped counting for the periods after it (done_at): the completion of a final task, or none. A
     * report leaves out the tasks done before its period ({@link TaskQuery#notDoneBefore}).
     */
    private static Instant doneAt(Task t) {
        return t.state().isFinal() ? t.completedAt().orElse(null) : null;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : Rows.timestamp(instant);
    }

    private static void writeCooperations(Connection c, List<Task> tasks, boolean replace) throws SQLException {
        if (replace) {
            try (PreparedStatement p = c.prepareStatement(
                    "DELETE FROM edoc_task_cooperation WHERE organisation = ? AND task_id = ?")) {
                for (Task task : tasks) {
                    p.setString(1, task.assigningOrganisation().value());
                    p.setString(2, task.id());
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
        if (tasks.stream().allMatch(t -> t.cooperations().isEmpty())) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO edoc_task_cooperation"
                + " (organisation, task_id, position, unit_id, state) VALUES (?, ?, ?, ?, ?)")) {
            for (Task task : tasks) {
                int position = 0;
                for (Cooperation co : task.cooperations()) {
                    p.setString(1, task.assigningOrganisation().value());
                    p.setString(2, task.id());
                    p.setInt(3, position++);
                    p.setString(4, co.unitId());
                    p.setString(5, co.state().name());
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
    }

    @Override
    public String newId(UnitOfWork uow, String prefix) {
        return table.newId(uow, prefix == null || prefix.isBlank() ? "nv" : prefix.strip());
    }

    @Override
    public void insert(UnitOfWork uow, Task task) {
        if (task == null) {
            throw EdocRuleException.of(TaskViolation.FIELD_MISSING, "task", "task");
        }
        if (table.insert(uow, task) != RecordTable.Write.DONE) {
            throw EdocRuleException.of(TaskViolation.TASK_EXISTS, "id", task.id());
        }
    }

    /**
     * Adds many new tasks inside {@code uow} in batched statements (an import from another system, a generated data
     * set): no task of {@code tasks} may exist yet. Much faster than {@link #insert} one by one; the engine never
     * calls it.
     *
     * @throws EdocRuleException {@link TaskViolation#TASK_EXISTS} when one of them exists (the unit of work must then
     *                           roll back: some rows may be written)
     */
    public void insertAll(UnitOfWork uow, List<Task> tasks) {
        Objects.requireNonNull(tasks, "tasks");
        if (tasks.stream().anyMatch(Objects::isNull)) {
            throw EdocRuleException.of(TaskViolation.FIELD_MISSING, "task", "task");
        }
        try {
            table.insertAll(uow, tasks);
        } catch (JdbcStoreException e) {
            if (e.getCause() instanceof SQLException sql && (Dialect.isDuplicateKey(sql)
                    || sql instanceof BatchUpdateException b && Dialect.isDuplicateKey(b))) {
                throw EdocRuleException.of(TaskViolation.TASK_EXISTS, "id", "one of " + tasks.size() + " tasks");
            }
            throw e;
        }
    }

    @Override
    public void update(UnitOfWork uow, Task task) {
        if (task == null) {
            throw EdocRuleException.of(TaskViolation.FIELD_MISSING, "task", "task");
        }
        if (table.update(uow, task) != RecordTable.Write.DONE) {
            long stored = table.storedVersion(uow, task.id());
            if (stored < 0) {
                throw EdocRuleException.of(TaskViolation.TASK_NOT_FOUND, "id", task.id());
            }
            throw new ConcurrentChangeException("task", task.id(), task.version() - 1, stored);
        }
    }

    @Override
    public Optional<Task> find(UnitOfWork uow, String id) {
        Objects.requireNonNull(uow, "uow");
        return table.find(uow, id);
    }

    @Override
    public Optional<Task> find(String id) {
        return table.find(null, id);
    }

    @Override
    public List<Task> byAssigningRecord(UnitOfWork uow, String recordId) {
        Objects.requireNonNull(uow, "uow");
        return byId(table.select(uow, "assigning_record_id = ?", p -> p.setString(1, recordId)));
    }

    @Override
    public Page<Task> find(TaskQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        Sql sql = findSql(query, page);
        List<Task> found = table.query("query edoc_task", sql.text(), sql::bind);
        if (found.size() <= page.size()) {
            return new Page<>(found, Optional.empty());
        }
        List<Task> items = found.subList(0, page.size());
        Task last = items.get(items.size() - 1);
        return new Page<>(items, Optional.of(Rows.timestamp(last.dueFrom()).toInstant() + "|" + last.id()));
    }

    /**
     * The statement answering the page {@code page} of {@code query} with the plan the database ran it with
     * ({@code EXPLAIN (ANALYZE, BUFFERS)} in PostgreSQL): for operators checking that their indexes serve edoc.
     */
    public String explain(TaskQuery query, PageRequest page) {
        Sql sql = findSql(Objects.requireNonNull(query, "query"), Objects.requireNonNull(page, "page"));
        return sql + "\n" + sql.explainAnalyze(transactions);
    }

    /** As {@link #explain(TaskQuery, PageRequest)}, for the statement of {@link #countByState}. */
    public String explainCount(TaskQuery query) {
        Sql sql = countSql(Objects.requireNonNull(query, "query"));
        return sql + "\n" + sql.explainAnalyze(transactions);
    }

    /** The one statement answering a page of {@code query}: its conditions, the key cursor, order and limit. */
    Sql findSql(TaskQuery query, PageRequest page) {
        Dialect dialect = transactions.dialect();
        Sql sql = new Sql().append("SELECT t.body FROM edoc_task t WHERE ");
        conditions(sql, query);
        page.after().ifPresent(cursor -> {
            int bar = cursor.indexOf('|');
            Instant due;
            try {
                due = bar < 0 ? null : Instant.parse(cursor.substring(0, bar));
            } catch (java.time.format.DateTimeParseException e) {
                due = null;
            }
            if (due == null) {
                throw new IllegalArgumentException("not a cursor of this store: " + cursor);
            }
            sql.append(" AND (t.due_from, " + Sql.idOrder(dialect, "t.id") + ") > (?, ?)", Rows.timestamp(due),
                    cursor.substring(bar + 1));
        });
        return sql.append(" ORDER BY t.due_from, " + Sql.idOrder(dialect, "t.id") + " FETCH FIRST "
                + (page.size() + 1) + " ROWS ONLY");
    }

    /** Appends the conditions of {@code query} (at least {@code 1 = 1}) on the columns of {@code t}. */
    private static void conditions(Sql sql, TaskQuery query) {
        sql.append("1 = 1");
        sql.andIn("t.state", query.states().stream().map(Enum::name).toList());
        sql.andIn("t.unit_id", query.unitIds());
        query.organisation().ifPresent(o -> sql.append(" AND t.organisation = ?", o.value()));
        query.monitorId().ifPresent(m -> sql.append(" AND t.monitor_id = ?", m));
        query.handlerId().ifPresent(h -> sql.append(" AND t.handler_id = ?", h));
        if (!query.cooperatingUnits().isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM edoc_task_cooperation c WHERE c.organisation = t.organisation"
                    + " AND c.task_id = t.id AND c.state = ?", CooperationState.REQUESTED.name());
            sql.andIn("c.unit_id", query.cooperatingUnits()).append(")");
        }
        query.dueFromAtMost().ifPresent(limit -> sql.append(" AND t.due_from <= ?", Rows.timestamp(limit)));
        query.notDoneBefore().ifPresent(start -> sql.append(" AND (t.done_at IS NULL OR t.done_at >= ?)",
                Rows.timestampCeiling(start)));
    }

    @Override
    public Map<TaskState, Long> countByState(TaskQuery query) {
        Objects.requireNonNull(query, "query");
        Sql sql = countSql(query);
        return transactions.outside("count edoc_task", c -> {
            Map<TaskState, Long> counts = new EnumMap<>(TaskState.class);
            try (PreparedStatement p = c.prepareStatement(sql.text())) {
                sql.bind(p);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        counts.put(TaskState.valueOf(rs.getString(1)), rs.getLong(2));
                    }
                }
            }
            return counts;
        });
    }

    /** The one statement counting the tasks of {@code query} by state. */
    Sql countSql(TaskQuery query) {
        Sql sql = new Sql().append("SELECT t.state, COUNT(*) FROM edoc_task t WHERE ");
        conditions(sql, query);
        return sql.append(" GROUP BY t.state");
    }

    @Override
    public List<Task> all() {
        return byId(table.select(null, "1 = 1", p -> { }));
    }

    // lists by id in Java's string order, whatever the database's collation
    private static List<Task> byId(List<Task> tasks) {
        return tasks.stream().sorted(Comparator.comparing(Task::id)).toList();
    }
}
