package vn.edoc.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import vn.edoc.org.Directory;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.DirectoryStore;
import vn.edoc.spi.UnitOfWork;

/**
 * The directory as it is now (danh bạ hiện hành) in {@code edoc_directory}: one row for the installation, versioned,
 * so that of two administrators replacing it at once the second gets {@link ConcurrentChangeException}. Until the
 * first replacement the {@code initial} directory given at construction is current.
 */
public final class JdbcDirectoryStore implements DirectoryStore {

    private static final String ROW = "installation";

    private final JdbcTransactions transactions;
    private final Directory initial;

    /** A store taking part in the units of work of {@code transactions}, starting from {@code initial}. */
    public JdbcDirectoryStore(JdbcTransactions transactions, Directory initial) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.initial = Objects.requireNonNull(initial, "initial");
    }

    private record Row(long version, Directory directory) {
    }

    private Row row(UnitOfWork uow) {
        return transactions.either(uow, "read the directory", c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT version, body FROM edoc_directory WHERE installation = ?")) {
                p.setString(1, ROW);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? new Row(rs.getLong(1), RecordCodec.read(rs.getString(2), Directory.class))
                            : new Row(0, initial);
                }
            }
        });
    }

    @Override
    public Directory current() {
        return row(null).directory();
    }

    @Override
    public Directory current(UnitOfWork uow) {
        Objects.requireNonNull(uow, "uow");
        return row(uow).directory();
    }

    @Override
    public void replace(UnitOfWork uow, Directory directory) {
        Objects.requireNonNull(directory, "directory");
        long seen = row(uow).version();
        String body = RecordCodec.write(directory);
        int changed = transactions.inside(uow, "replace the directory", c -> {
            if (seen == 0) {
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO edoc_directory (installation, version, body) VALUES (?, 1, ?)")) {
                    p.setString(1, ROW);
                    p.setString(2, body);
                    return p.executeUpdate();
                } catch (java.sql.SQLException e) {
                    if (Dialect.isDuplicateKey(e)) {
                        return 0;
                    }
                    throw e;
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE edoc_directory SET version = ?, body = ? WHERE installation = ? AND version = ?")) {
                p.setLong(1, seen + 1);
                p.setString(2, body);
                p.setString(3, ROW);
                p.setLong(4, seen);
                return p.executeUpdate();
            }
        });
        if (changed != 1) {
            throw new ConcurrentChangeException("directory", ROW, seen, -1);
        }
    }
}
