package vn.edoc.file;

import java.util.List;
import java.util.Optional;
import vn.edoc.id.OrganCode;
import vn.edoc.routing.DocumentStore;
import vn.edoc.spi.UnitOfWork;

/**
 * Persistence of work files (lưu hồ sơ công việc, R-FILE-1). Used by {@link vn.edoc.file.WorkFileService}.
 *
 * <h2>Contract for adapters</h2>
 * The same as {@link DocumentStore}: {@link #newId} never repeats a committed id; {@link #save} of version 1 adds a
 * new file, of version {@code n > 1} replaces version {@code n - 1}, anything else fails with
 * {@link IllegalStateException}; writes are seen by others only after commit; lists in the order first saved.
 */
public interface WorkFileStore {

    /** A new work file id, such as {@code "hs-3"}. */
    String newId(UnitOfWork uow);

    /** Saves {@code file} inside {@code uow}. */
    void save(UnitOfWork uow, WorkFile file);

    /** The work file {@code id} as seen inside {@code uow}. */
    Optional<WorkFile> find(UnitOfWork uow, String id);

    /** The committed work file {@code id}. */
    Optional<WorkFile> find(String id);

    /** The committed work files of {@code organisation}. */
    List<WorkFile> filesOf(OrganCode organisation);
}
