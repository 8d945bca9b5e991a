package vn.edoc.store.memory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.UnitOfWork;

/**
 * A table of versioned records by id taking part in memory units of work: writes are buffered in the unit of work
 * and applied on commit; a version {@code n} record replaces version {@code n - 1} only (see
 * {@link vn.edoc.routing.DocumentStore}'s contract). Writing a record locks it for the rest of the unit of work without
 * waiting: a record another running unit of work wrote is refused at once with {@link ConcurrentChangeException}.
 */
final class MemoryTable<V> {

    private final MemoryTransactions transactions;
    private final String name;
    private final ToLongFunction<V> version;
    // plain or Staged values; written only by a commit holding the row's lock, read without a lock
    private final ConcurrentHashMap<String, Object> rows = new ConcurrentHashMap<>();
    // the ids in the order their rows were first committed: the order of committed() and seen()
    private final AppendOnlyList<String> order = new AppendOnlyList<>();
    private final AtomicLong lastId = new AtomicLong();

    MemoryTable(MemoryTransactions transactions, String name, ToLongFunction<V> version) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.name = name;
        this.version = version;
    }

    private final class Written implements MemoryUnitOfWork.Pending {
        final Map<String, V> rows = new LinkedHashMap<>();

        @Override
        public void stage(Staged.Publication publication) {
            rows.forEach((id, row) -> {
                Object stored = MemoryTable.this.rows.get(id);
                MemoryTable.this.rows.put(id, new Staged(row, Staged.visible(stored), publication));
                if (stored == null) {
                    order.add(id);
                }
            });
        }

        @Override
        public void settle() {
            MemoryTable.this.rows.putAll(rows);
        }
    }

    /** The lock of one row of this table. */
    private record RowKey(Object table, String id) {
    }

    /** An id never handed out before by this table, committed or not (ids are not reused after a rollback). */
    String newId(UnitOfWork uow, String prefix) {
        MemoryUnitOfWork.require(uow, transactions);
        return prefix + "-" + lastId.incrementAndGet();
    }

    /** Locks row {@code id} for the rest of {@code uow}, waiting for another unit of work holding it to end. */
    void lockForUpdate(UnitOfWork uow, String id) {
        MemoryUnitOfWork.require(uow, transactions).lock(new RowKey(this, id), true, name, id);
    }

    void save(UnitOfWork uow, String id, V row) {
        Objects.requireNonNull(row, name);
        Objects.requireNonNull(id, () -> name + " id");
        MemoryUnitOfWork u = MemoryUnitOfWork.require(uow, transactions);
        u.lock(new RowKey(this, id), false, name, id);
        Written w = u.pending(this, Written::new);
        Optional<V> current = find(uow, id);
        long v = version.applyAsLong(row);
        long stored = current.map(version::applyAsLong).orElse(0L);
        if (v != stored + 1) {
            throw new ConcurrentChangeException(name, id, v - 1, current.isPresent() ? stored : -1);
        }
        w.rows.put(id, row);
    }

    Optional<V> find(UnitOfWork uow, String id) {
        Written w = MemoryUnitOfWork.require(uow, transactions).pendingOrNull(this);
        if (w != null && w.rows.containsKey(id)) {
            return Optional.of(w.rows.get(id));
        }
        return find(id);
    }

    Optional<V> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(Staged.visible(rows.get(id)));
    }

    List<V> committed(Predicate<V> filter) {
        List<V> found = new ArrayList<>();
        for (int i = 0, n = order.size(); i < n; i++) {
            String id = order.get(i);
            V row = id == null ? null : Staged.visible(rows.get(id));
            if (row != null && filter.test(row)) {
                found.add(row);
            }
        }
        return List.copyOf(found);
    }

    List<V> seen(UnitOfWork uow, Predicate<V> filter) {
        Written w = MemoryUnitOfWork.require(uow, transactions).pendingOrNull(this);
        Map<String, V> mine = w == null ? Map.of() : w.rows;
        List<V> found = new ArrayList<>();
        Set<String> listed = mine.isEmpty() ? Set.of() : new HashSet<>();
        for (int i = 0, n = order.size(); i < n; i++) {
            String id = order.get(i);
            if (id == null) {
                continue;
            }
            V row;
            if (mine.containsKey(id)) {
                row = mine.get(id);
                listed.add(id);
            } else {
                row = Staged.visible(rows.get(id));
            }
            if (row != null && filter.test(row)) {
                found.add(row);
            }
        }
        // rows new in this unit of work come last, in the order written
        mine.forEach((id, row) -> {
            if (!listed.contains(id) && filter.test(row)) {
                found.add(row);
            }
        });
        return List.copyOf(found);
    }
}
