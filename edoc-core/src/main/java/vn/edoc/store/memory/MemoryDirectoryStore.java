package vn.edoc.store.memory;

import java.util.Objects;
import vn.edoc.org.Directory;
import vn.edoc.spi.DirectoryStore;
import vn.edoc.spi.UnitOfWork;

/** The in-memory holder of the current directory (danh bạ hiện hành trong bộ nhớ). Thread-safe. */
public final class MemoryDirectoryStore implements DirectoryStore {

    private static final String ROW = "directory";

    /** One row, versioned so that two units of work replacing the same version cannot both commit. */
    private record Row(Directory directory, long version) {
    }

    private final MemoryTable<Row> table;
    private final Directory initial;

    /** A store taking part in the units of work of {@code transactions}, holding {@code initial} until replaced. */
    public MemoryDirectoryStore(MemoryTransactions transactions, Directory initial) {
        this.table = new MemoryTable<>(transactions, "directory", Row::version);
        this.initial = Objects.requireNonNull(initial, "initial");
    }

    @Override
    public Directory current() {
        return table.find(ROW).map(Row::directory).orElse(initial);
    }

    @Override
    public Directory current(UnitOfWork uow) {
        // read for update: the unit of work that reads the directory to change it holds it until it ends, so a
        // second administrator's change is made on top of the first, never beside it
        table.lockForUpdate(uow, ROW);
        return table.find(uow, ROW).map(Row::directory).orElse(initial);
    }

    @Override
    public void replace(UnitOfWork uow, Directory directory) {
        Objects.requireNonNull(directory, "directory");
        long next = table.find(uow, ROW).map(Row::version).orElse(0L) + 1;
        table.save(uow, ROW, new Row(directory, next));
    }
}
