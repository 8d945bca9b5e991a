package vn.edoc.task;

import java.util.List;
import java.util.Optional;
import vn.edoc.spi.UnitOfWork;

/**
 * Persistence of inspections of task execution (lưu đợt kiểm tra), for {@link vn.edoc.task.InspectionService}. The
 * contract is that of {@link TaskStore}: {@link #newId} gives ids never given before and not in use; writes inside the unit of work, visible after commit, gone after rollback;
 * {@link #insert} refuses a known id ({@link vn.edoc.task.TaskViolation#TASK_EXISTS}); {@link #update} accepts only
 * the stored version plus one ({@link vn.edoc.task.TaskViolation#CONCURRENT_CHANGE}, or
 * {@link vn.edoc.task.TaskViolation#INSPECTION_NOT_FOUND}); lists are ordered by id.
 */
public interface InspectionStore {

    /** A new inspection id starting with {@code prefix}, such as {@code "kt-3"}. */
    String newId(UnitOfWork uow, String prefix);

    /** Adds a new inspection inside {@code uow}. */
    void insert(UnitOfWork uow, Inspection inspection);

    /** Replaces an inspection inside {@code uow}, checking its version. */
    void update(UnitOfWork uow, Inspection inspection);

    /** The inspection {@code id} as seen inside {@code uow}. */
    Optional<Inspection> find(UnitOfWork uow, String id);

    /** The committed inspection {@code id}. */
    Optional<Inspection> find(String id);

    /** Every committed inspection, by id. */
    List<Inspection> all();
}
