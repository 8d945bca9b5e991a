package vn.edoc.store.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import vn.edoc.task.InspectionStore;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.task.Inspection;
import vn.edoc.task.TaskViolation;
import vn.edoc.validation.EdocRuleException;

/** The in-memory store of inspections (đợt kiểm tra trong bộ nhớ): buffered in the unit of work, applied on commit. */
public final class MemoryInspectionStore implements InspectionStore {

    private final MemoryTransactions transactions;
    // plain or Staged values; written only by a commit holding the row's lock, read without a lock
    private final ConcurrentSkipListMap<String, Object> inspections = new ConcurrentSkipListMap<>();
    private final MemoryIdCounter ids = new MemoryIdCounter("kt");

    /** A store taking part in the units of work of {@code transactions}. */
    public MemoryInspectionStore(MemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    private final class Written implements MemoryUnitOfWork.Pending {
        final TreeMap<String, Inspection> written = new TreeMap<>();

        @Override
        public void stage(Staged.Publication publication) {
            written.forEach((id, inspection) -> inspections.put(id,
                    new Staged(inspection, Staged.visible(inspections.get(id)), publication)));
        }

        @Override
        public void settle() {
            inspections.putAll(written);
        }
    }

    @Override
    public String newId(UnitOfWork uow, String prefix) {
        MemoryUnitOfWork.require(uow, transactions);
        return ids.next(prefix, id -> find(uow, id).isPresent());
    }

    @Override
    public void insert(UnitOfWork uow, Inspection inspection) {
        MemoryUnitOfWork u = MemoryUnitOfWork.require(uow, transactions);
        if (inspection == null) {
            throw EdocRuleException.of(TaskViolation.INSPECTION_PLAN_INVALID, "inspection", "no inspection");
        }
        u.lock(new MemoryTaskStore.RowKey(this, inspection.id()), false, "inspection", inspection.id());
        if (find(uow, inspection.id()).isPresent()) {
            throw EdocRuleException.of(TaskViolation.TASK_EXISTS, "id", inspection.id());
        }
        u.pending(this, Written::new).written.put(inspection.id(), inspection);
    }

    @Override
    public void update(UnitOfWork uow, Inspection inspection) {
        MemoryUnitOfWork u = MemoryUnitOfWork.require(uow, transactions);
        if (inspection == null) {
            throw EdocRuleException.of(TaskViolation.INSPECTION_PLAN_INVALID, "inspection", "no inspection");
        }
        u.lock(new MemoryTaskStore.RowKey(this, inspection.id()), false, "inspection", inspection.id());
        Inspection stored = find(uow, inspection.id()).orElseThrow(
                () -> EdocRuleException.of(TaskViolation.INSPECTION_NOT_FOUND, "id", inspection.id()));
        if (stored.version() != inspection.version() - 1) {
            throw new ConcurrentChangeException("inspection", inspection.id(), inspection.version() - 1, stored.version());
        }
        u.pending(this, Written::new).written.put(inspection.id(), inspection);
    }

    @Override
    public Optional<Inspection> find(UnitOfWork uow, String id) {
        Written w = MemoryUnitOfWork.require(uow, transactions).pendingOrNull(this);
        if (id == null) {
            return Optional.empty();
        }
        if (w != null && w.written.containsKey(id)) {
            return Optional.of(w.written.get(id));
        }
        return find(id);
    }

    @Override
    public Optional<Inspection> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(Staged.visible(inspections.get(id)));
    }

    @Override
    public List<Inspection> all() {
        List<Inspection> found = new ArrayList<>();
        for (Object stored : inspections.values()) {
            Inspection inspection = Staged.visible(stored);
            if (inspection != null) {
                found.add(inspection);
            }
        }
        return List.copyOf(found);
    }
}
