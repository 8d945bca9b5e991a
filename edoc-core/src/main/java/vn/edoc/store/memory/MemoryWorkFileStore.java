package vn.edoc.store.memory;

import java.util.List;
import java.util.Optional;
import vn.edoc.file.WorkFile;
import vn.edoc.file.WorkFileStore;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.UnitOfWork;

/** The in-memory store of work files (hồ sơ công việc trong bộ nhớ). Thread-safe. */
public final class MemoryWorkFileStore implements WorkFileStore {

    private final MemoryTable<WorkFile> files;

    /** A store taking part in the units of work of {@code transactions}. */
    public MemoryWorkFileStore(MemoryTransactions transactions) {
        this.files = new MemoryTable<>(transactions, "work file", WorkFile::version);
    }

    @Override
    public String newId(UnitOfWork uow) {
        return files.newId(uow, "hs");
    }

    @Override
    public void save(UnitOfWork uow, WorkFile file) {
        files.save(uow, file == null ? null : file.id(), file);
    }

    @Override
    public Optional<WorkFile> find(UnitOfWork uow, String id) {
        return files.find(uow, id);
    }

    @Override
    public Optional<WorkFile> find(String id) {
        return files.find(id);
    }

    @Override
    public List<WorkFile> filesOf(OrganCode organisation) {
        return files.committed(f -> f.organisation().equals(organisation));
    }
}
