package vn.edoc.store.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.task.Task;
import vn.edoc.task.TaskStore;
import java.util.Set;
import java.util.stream.Collectors;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.Page;
import vn.edoc.spi.PageRequest;
import vn.edoc.task.TaskQuery;
import vn.edoc.task.TaskState;
import vn.edoc.task.TaskViolation;
import vn.edoc.validation.EdocRuleException;

/**
 * Tasks (nhiệm vụ) in {@code edoc_task}, keyed by the assigning organisation, with the columns of the work queue
 * (handler, state, deadline), of a unit's tasks and of the R-TASK-10 report. {@link #update} is
 * {@code UPDATE ... WHERE id = ? AND version = ?}: of two concurrent updates of one task the second changes nothing
 * and is refused with {@link ConcurrentChangeException}.
 *
 * <p>{@link #find} narrows in SQL on the indexed columns it has (organisation, lead unit, state, handler) and applies
 * the rest of the {@link TaskQuery} ({@link TaskQuery#test}: monitor, cooperations, due-from, completion) to those
 * rows, then pages in (due-from, id) order. Interim until the table carries {@code due_from}, {@code monitor_id}
 * and a cooperation table so that each page is one query.
 */
public final class JdbcTaskStore implements TaskStore {

    private final RecordTable<Task> table;

    /** A store taking part in the units of work of {@code transactions}. */
    public JdbcTaskStore(JdbcTransactions transactions) {
        this.table = new RecordTable<>(transactions, "edoc_task", Task.class, Task::id, Task::assigningOrganisation,
                Task::version, List.of(
                new RecordTable.Column<>("unit_id", Task::unitId),
                new RecordTable.Column<>("assigning_record_id", Task::assigningRecordId),
                new RecordTable.Column<>("state", t -> t.state().name()),
                new RecordTable.Column<>("handler_id", t -> t.handlerId().orElse(null)),
                new RecordTable.Column<>("deadline_at", t -> timestamp(t.deadline() == null ? null
                        : t.deadline().instant())),
                new RecordTable.Column<>("completed_at", t -> timestamp(t.completedAt().orElse(null)))));
    }

    private static Object timestamp(Instant instant) {
        return instant == null ? null : Rows.timestamp(instant);
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
        List<Task> matching = narrowed(query).stream().filter(query::test)
                .filter(t -> page.after().map(c -> after(t, c)).orElse(true))
                .sorted(Comparator.comparing(Task::dueFrom).thenComparing(Task::id)).toList();
        if (matching.size() <= page.size()) {
            return new Page<>(matching, Optional.empty());
        }
        List<Task> items = matching.subList(0, page.size());
        Task last = items.get(items.size() - 1);
        return new Page<>(items, Optional.of(last.dueFrom() + "|" + last.id()));
    }

    @Override
    public Map<TaskState, Long> countByState(TaskQuery query) {
        Objects.requireNonNull(query, "query");
        Map<TaskState, Long> counts = new EnumMap<>(TaskState.class);
        narrowed(query).stream().filter(query::test).forEach(t -> counts.merge(t.state(), 1L, Long::sum));
        return counts;
    }

    /** The rows the indexed columns select for {@code query}: a superset of its answer. */
    private List<Task> narrowed(TaskQuery query) {
        StringBuilder where = new StringBuilder("1 = 1");
        List<String> values = new ArrayList<>();
        query.organisation().ifPresent(o -> {
            where.append(" AND organisation = ?");
            values.add(o.value());
        });
        in(where, values, "unit_id", query.unitIds());
        in(where, values, "state", query.states().stream().map(Enum::name).collect(Collectors.toSet()));
        query.handlerId().ifPresent(h -> {
            where.append(" AND handler_id = ?");
            values.add(h);
        });
        return table.select(null, where.toString(), p -> {
            for (int i = 0; i < values.size(); i++) {
                p.setString(i + 1, values.get(i));
            }
        });
    }

    private static void in(StringBuilder where, List<String> values, String column, Set<String> wanted) {
        if (wanted.isEmpty()) {
            return;
        }
        where.append(" AND ").append(column).append(" IN (")
                .append(String.join(", ", java.util.Collections.nCopies(wanted.size(), "?"))).append(')');
        values.addAll(new java.util.TreeSet<>(wanted));
    }

    private static boolean after(Task t, String cursor) {
        int bar = cursor.indexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("not a cursor of this store: " + cursor);
        }
        int c = t.dueFrom().compareTo(Instant.parse(cursor.substring(0, bar)));
        return c > 0 || c == 0 && t.id().compareTo(cursor.substring(bar + 1)) > 0;
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
