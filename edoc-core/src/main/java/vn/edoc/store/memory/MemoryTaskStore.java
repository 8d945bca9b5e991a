package vn.edoc.store.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.task.Task;
import vn.edoc.task.TaskStore;
import vn.edoc.task.TaskViolation;
import vn.edoc.validation.EdocRuleException;

/**
 * The in-memory task store (nhiệm vụ trong bộ nhớ): tasks by id. Writes are buffered in the unit of work and applied
 * on commit; reads without a unit of work see committed tasks only.
 */
public final class MemoryTaskStore implements TaskStore {

    private final MemoryTransactions transactions;
    // written only while committing
    private final TreeMap<String, Task> tasks = new TreeMap<>();
    private final MemoryIdCounter ids = new MemoryIdCounter("nv");

    /** A store taking part in the units of work of {@code transactions}. */
    public MemoryTaskStore(MemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    private final class Written implements MemoryUnitOfWork.Pending {
        final TreeMap<String, Task> tasks = new TreeMap<>();

        @Override
        public void apply() {
            MemoryTaskStore.this.tasks.putAll(tasks);
        }
    }

    @Override
    public String newId(UnitOfWork uow, String prefix) {
        MemoryUnitOfWork.require(uow, transactions);
        return ids.next(prefix, id -> find(uow, id).isPresent());
    }

    @Override
    public void insert(UnitOfWork uow, Task task) {
        MemoryUnitOfWork u = MemoryUnitOfWork.require(uow, transactions);
        if (task == null) {
            throw EdocRuleException.of(TaskViolation.FIELD_MISSING, "task", "task");
        }
        if (find(uow, task.id()).isPresent()) {
            throw EdocRuleException.of(TaskViolation.TASK_EXISTS, "id", task.id());
        }
        u.pending(this, Written::new).tasks.put(task.id(), task);
    }

    @Override
    public void update(UnitOfWork uow, Task task) {
        MemoryUnitOfWork u = MemoryUnitOfWork.require(uow, transactions);
        if (task == null) {
            throw EdocRuleException.of(TaskViolation.FIELD_MISSING, "task", "task");
        }
        Task stored = find(uow, task.id()).orElseThrow(
                () -> EdocRuleException.of(TaskViolation.TASK_NOT_FOUND, "id", task.id()));
        if (stored.version() != task.version() - 1) {
            throw EdocRuleException.of(TaskViolation.CONCURRENT_CHANGE, "version", task.id(), stored.version(),
                    task.version() - 1);
        }
        u.pending(this, Written::new).tasks.put(task.id(), task);
    }

    @Override
    public Optional<Task> find(UnitOfWork uow, String id) {
        Written written = MemoryUnitOfWork.require(uow, transactions).pendingOrNull(this);
        if (id == null) {
            return Optional.empty();
        }
        if (written != null && written.tasks.containsKey(id)) {
            return Optional.of(written.tasks.get(id));
        }
        return Optional.ofNullable(tasks.get(id));
    }

    @Override
    public Optional<Task> find(String id) {
        return id == null ? Optional.empty() : transactions.read(() -> Optional.ofNullable(tasks.get(id)));
    }

    @Override
    public List<Task> byAssigningRecord(UnitOfWork uow, String recordId) {
        Written written = MemoryUnitOfWork.require(uow, transactions).pendingOrNull(this);
        TreeMap<String, Task> seen = new TreeMap<>(tasks);
        if (written != null) {
            seen.putAll(written.tasks);
        }
        return seen.values().stream().filter(t -> t.assigningRecordId().equals(recordId)).toList();
    }

    @Override
    public List<Task> byUnit(String unitId) {
        return select(t -> t.unitId().equals(unitId));
    }

    @Override
    public List<Task> all() {
        return select(t -> true);
    }

    private List<Task> select(Predicate<Task> filter) {
        return transactions.read(() -> {
            List<Task> found = new ArrayList<>();
            for (Task t : tasks.values()) {
                if (filter.test(t)) {
                    found.add(t);
                }
            }
            return List.copyOf(found);
        });
    }
}
