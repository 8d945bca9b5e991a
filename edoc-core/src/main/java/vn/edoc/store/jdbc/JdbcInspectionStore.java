package vn.edoc.store.jdbc;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.task.Inspection;
import vn.edoc.task.InspectionStore;
import vn.edoc.task.TaskViolation;
import vn.edoc.validation.EdocRuleException;

/** Inspections of task execution (đợt kiểm tra) in {@code edoc_inspection}, versioned like tasks. */
public final class JdbcInspectionStore implements InspectionStore {

    private final RecordTable<Inspection> table;

    /** A store taking part in the units of work of {@code transactions}. */
    public JdbcInspectionStore(JdbcTransactions transactions) {
        this.table = new RecordTable<>(transactions, "edoc_inspection", Inspection.class, Inspection::id,
                Inspection::organisation, Inspection::version, List.of());
    }

    @Override
    public String newId(UnitOfWork uow, String prefix) {
        return table.newId(uow, prefix == null || prefix.isBlank() ? "kt" : prefix.strip());
    }

    @Override
    public void insert(UnitOfWork uow, Inspection inspection) {
        if (inspection == null) {
            throw EdocRuleException.of(TaskViolation.INSPECTION_PLAN_INVALID, "inspection", "no inspection");
        }
        if (table.insert(uow, inspection) != RecordTable.Write.DONE) {
            throw EdocRuleException.of(TaskViolation.TASK_EXISTS, "id", inspection.id());
        }
    }

    @Override
    public void update(UnitOfWork uow, Inspection inspection) {
        if (inspection == null) {
            throw EdocRuleException.of(TaskViolation.INSPECTION_PLAN_INVALID, "inspection", "no inspection");
        }
        if (table.update(uow, inspection) != RecordTable.Write.DONE) {
            long stored = table.storedVersion(uow, inspection.id());
            if (stored < 0) {
                throw EdocRuleException.of(TaskViolation.INSPECTION_NOT_FOUND, "id", inspection.id());
            }
            throw new vn.edoc.spi.ConcurrentChangeException("inspection", inspection.id(), inspection.version() - 1,
                    stored);
        }
    }

    @Override
    public Optional<Inspection> find(UnitOfWork uow, String id) {
        Objects.requireNonNull(uow, "uow");
        return table.find(uow, id);
    }

    @Override
    public Optional<Inspection> find(String id) {
        return table.find(null, id);
    }

    @Override
    public List<Inspection> all() {
        return table.select(null, "1 = 1", p -> { }).stream()
                .sorted(Comparator.comparing(Inspection::id)).toList();
    }
}
