package vn.edoc.store.jdbc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.file.WorkFile;
import vn.edoc.file.WorkFileStore;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.UnitOfWork;

/**
 * Work files (hồ sơ công việc, R-FILE-1) in {@code edoc_work_file}, with optimistic concurrency on their version:
 * a stale or concurrent save is refused with {@link vn.edoc.spi.ConcurrentChangeException} as the SPI states, and changes nothing.
 */
public final class JdbcWorkFileStore implements WorkFileStore {

    private final RecordTable<WorkFile> table;

    /** A store taking part in the units of work of {@code transactions}. */
    public JdbcWorkFileStore(JdbcTransactions transactions) {
        this.table = new RecordTable<>(transactions, "edoc_work_file", WorkFile.class, WorkFile::id,
                WorkFile::organisation, WorkFile::version, List.of());
    }

    @Override
    public String newId(UnitOfWork uow) {
        return table.newId(uow, "hs");
    }

    @Override
    public void save(UnitOfWork uow, WorkFile file) {
        Objects.requireNonNull(file, "work file");
        RecordTable.Write result = table.save(uow, file);
        if (result != RecordTable.Write.DONE) {
            throw JdbcDocumentStore.stale("work file", file.id(), file.version(), table.storedVersion(uow, file.id()));
        }
    }

    @Override
    public Optional<WorkFile> find(UnitOfWork uow, String id) {
        Objects.requireNonNull(uow, "uow");
        return table.find(uow, id);
    }

    @Override
    public Optional<WorkFile> find(String id) {
        return table.find(null, id);
    }

    @Override
    public List<WorkFile> filesOf(OrganCode organisation) {
        if (organisation == null) {
            return List.of();
        }
        return table.select(null, "organisation = ? ORDER BY saved_order", p -> p.setString(1, organisation.value()));
    }
}
