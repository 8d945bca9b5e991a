package vn.edoc.store.jdbc;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.task.Task;
import vn.edoc.task.TaskStore;
import vn.edoc.task.TaskViolation;
import vn.edoc.validation.EdocRuleException;

/**
 * Tasks (nhiệm vụ) in {@code edoc_task}, keyed by the assigning organisation, with the columns of the work queue
 * (handler, state, deadline), of a unit's tasks and of the R-TASK-10 report. {@link #update} is
 * {@code UPDATE ... WHERE id = ? AND version = ?}: of two concurrent updates of one task the second changes nothing
 * and is refused with {@link TaskViolation#CONCURRENT_CHANGE}.
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
            throw EdocRuleException.of(TaskViolation.CONCURRENT_CHANGE, "version", task.id(), stored,
                    task.version() - 1);
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
    public List<Task> byUnit(String unitId) {
        return byId(table.select(null, "unit_id = ?", p -> p.setString(1, unitId)));
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
