package vn.edoc.store.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.task.Task;
import vn.edoc.task.TaskStore;
import vn.edoc.spi.Page;
import vn.edoc.spi.PageRequest;
import vn.edoc.task.TaskQuery;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.task.TaskState;
import vn.edoc.task.TaskViolation;
import vn.edoc.validation.EdocRuleException;

/**
 * The in-memory task store (nhiệm vụ trong bộ nhớ): tasks by id. Writes are buffered in the unit of work and applied
 * on commit; reads without a unit of work see committed tasks only.
 */
public final class MemoryTaskStore implements TaskStore {

    private final MemoryTransactions transactions;
    // plain or Staged values; written only by a commit holding the row's lock, read without a lock
    private final ConcurrentSkipListMap<String, Object> tasks = new ConcurrentSkipListMap<>();
    private final MemoryIdCounter ids = new MemoryIdCounter("nv");

    /** A store taking part in the units of work of {@code transactions}. */
    public MemoryTaskStore(MemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    private final class Written implements MemoryUnitOfWork.Pending {
        final TreeMap<String, Task> tasks = new TreeMap<>();

        @Override
        public void stage(Staged.Publication publication) {
            tasks.forEach((id, task) -> MemoryTaskStore.this.tasks.put(id,
                    new Staged(task, Staged.visible(MemoryTaskStore.this.tasks.get(id)), publication)));
        }

        @Override
        public void settle() {
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
        u.lock(new RowKey(this, task.id()), false, "task", task.id());
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
        u.lock(new RowKey(this, task.id()), false, "task", task.id());
        Task stored = find(uow, task.id()).orElseThrow(
                () -> EdocRuleException.of(TaskViolation.TASK_NOT_FOUND, "id", task.id()));
        if (stored.version() != task.version() - 1) {
            throw new ConcurrentChangeException("task", task.id(), task.version() - 1, stored.version());
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
        return find(id);
    }

    @Override
    public Optional<Task> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(Staged.visible(tasks.get(id)));
    }

    @Override
    public List<Task> byAssigningRecord(UnitOfWork uow, String recordId) {
        Written written = MemoryUnitOfWork.require(uow, transactions).pendingOrNull(this);
        TreeMap<String, Task> seen = new TreeMap<>();
        tasks.forEach((id, stored) -> {
            Task task = Staged.visible(stored);
            if (task != null) {
                seen.put(id, task);
            }
        });
        if (written != null) {
            seen.putAll(written.tasks);
        }
        return seen.values().stream().filter(t -> t.assigningRecordId().equals(recordId)).toList();
    }

    /** Due-from then id: the order of {@link #find}. */
    private static final Comparator<Task> ORDER = Comparator.comparing(Task::dueFrom).thenComparing(Task::id);

    @Override
    public Page<Task> find(TaskQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        Optional<Position> after = page.after().map(Position::parse);
        List<Task> matching = new ArrayList<>(select(t -> query.test(t)
                && after.map(a -> a.before(t)).orElse(true)));
        matching.sort(ORDER);
        if (matching.size() <= page.size()) {
            return new Page<>(matching, Optional.empty());
        }
        List<Task> items = matching.subList(0, page.size());
        Task last = items.get(items.size() - 1);
        return new Page<>(items, Optional.of(last.dueFrom().toString() + "|" + last.id()));
    }

    @Override
    public Map<TaskState, Long> countByState(TaskQuery query) {
        Objects.requireNonNull(query, "query");
        Map<TaskState, Long> counts = new EnumMap<>(TaskState.class);
        for (Task t : select(query::test)) {
            counts.merge(t.state(), 1L, Long::sum);
        }
        return counts;
    }

    /** The position a cursor names: the (due-from, id) of the last task of the previous page. */
    private record Position(Instant dueFrom, String id) {

        static Position parse(String cursor) {
            int bar = cursor.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException("not a cursor of this store: " + cursor);
            }
            return new Position(Instant.parse(cursor.substring(0, bar)), cursor.substring(bar + 1));
        }

        boolean before(Task t) {
            int c = t.dueFrom().compareTo(dueFrom);
            return c > 0 || c == 0 && t.id().compareTo(id) > 0;
        }
    }

    @Override
    public List<Task> all() {
        return select(t -> true);
    }

    /** The lock of one task or inspection row. */
    record RowKey(Object store, String id) {
    }

    private List<Task> select(Predicate<Task> filter) {
        List<Task> found = new ArrayList<>();
        for (Object stored : tasks.values()) {
            Task t = Staged.visible(stored);
            if (t != null && filter.test(t)) {
                found.add(t);
            }
        }
        return List.copyOf(found);
    }
}
