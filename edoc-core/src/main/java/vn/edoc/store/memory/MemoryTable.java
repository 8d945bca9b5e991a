package vn.edoc.store.memory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import vn.edoc.spi.UnitOfWork;

/**
 * A table of versioned records by id taking part in memory units of work: writes are buffered in the unit of work
 * and applied on commit; a version {@code n} record replaces version {@code n - 1} only (see
 * {@link vn.edoc.routing.DocumentStore}'s contract).
 */
final class MemoryTable<V> {

    private final MemoryTransactions transactions;
    private final String name;
    private final ToLongFunction<V> version;
    private final Map<String, V> rows = new LinkedHashMap<>();
    private long lastId;

    MemoryTable(MemoryTransactions transactions, String name, ToLongFunction<V> version) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.name = name;
        this.version = version;
    }

    private final class Written implements MemoryUnitOfWork.Pending {
        final Map<String, V> rows = new LinkedHashMap<>();
        long lastId = MemoryTable.this.lastId;

        @Override
        public void apply() {
            MemoryTable.this.rows.putAll(rows);
            MemoryTable.this.lastId = Math.max(MemoryTable.this.lastId, lastId);
        }
    }

    private Written written(UnitOfWork uow) {
        return MemoryUnitOfWork.require(uow, transactions).pending(this, Written::new);
    }

    String newId(UnitOfWork uow, String prefix) {
        Written w = written(uow);
        w.lastId++;
        return prefix + "-" + w.lastId;
    }

    void save(UnitOfWork uow, String id, V row) {
        Objects.requireNonNull(row, name);
        Written w = written(uow);
        Optional<V> current = find(uow, id);
        long v = version.applyAsLong(row);
        long expected = current.map(c -> version.applyAsLong(c) + 1).orElse(1L);
        if (v != expected) {
            throw new IllegalStateException(name + " " + id + ": version " + v + " given, " + expected
                    + " expected (a stale or concurrent change)");
        }
        w.rows.put(id, row);
    }

    Optional<V> find(UnitOfWork uow, String id) {
        Written w = MemoryUnitOfWork.require(uow, transactions).pendingOrNull(this);
        if (w != null && w.rows.containsKey(id)) {
            return Optional.of(w.rows.get(id));
        }
        return Optional.ofNullable(rows.get(id));
    }

    Optional<V> find(String id) {
        return transactions.read(() -> Optional.ofNullable(rows.get(id)));
    }

    List<V> committed(Predicate<V> filter) {
        return transactions.read(() -> rows.values().stream().filter(filter).toList());
    }

    List<V> seen(UnitOfWork uow, Predicate<V> filter) {
        Written w = MemoryUnitOfWork.require(uow, transactions).pendingOrNull(this);
        Map<String, V> all = new LinkedHashMap<>(rows);
        if (w != null) {
            all.putAll(w.rows);
        }
        return new ArrayList<>(all.values()).stream().filter(filter).toList();
    }
}
