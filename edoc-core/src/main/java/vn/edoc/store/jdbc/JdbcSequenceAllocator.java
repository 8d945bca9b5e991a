package vn.edoc.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.SequenceAllocator;
import vn.edoc.spi.UnitOfWork;

/**
 * Register numbers (cấp số văn bản) from a counter row per organisation, register kind, series and year
 * ({@code edoc_register_counter}). {@link #next} increments the row inside the registering transaction: the
 * {@code UPDATE} locks the row until that transaction ends, so a second registration in the same register waits, then
 * sees the first one's number if it committed, or the old one if it rolled back. Numbers are therefore unique and
 * gap-free, and a rolled-back registration consumes nothing. Registers of other organisations or years use other rows
 * and never wait for each other.
 */
public final class JdbcSequenceAllocator implements SequenceAllocator {

    private static final String WHERE = " WHERE organisation = ? AND kind = ? AND series = ? AND reg_year = ?";
    /** PostgreSQL: the next number of a register (parameters: the key, {@link #bind}); no row when it has no counter. */
    static final String INCREMENT_RETURNING = "UPDATE edoc_register_counter SET last_number = last_number + 1" + WHERE
            + " RETURNING last_number";

    private final JdbcTransactions transactions;

    /** An allocator taking part in the units of work of {@code transactions}. */
    public JdbcSequenceAllocator(JdbcTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** Whether this allocator's counters live in the database of {@code other}'s units of work. */
    boolean sharesUnitsOfWorkWith(JdbcTransactions other) {
        return transactions == other;
    }

    /**
     * Gives back the number last taken in register {@code key} inside {@code uow}, for a registration refused after
     * its number was taken: the register is then as the unit of work found it.
     */
    void giveBack(UnitOfWork uow, RegisterKey key) {
        transactions.inside(uow, "give back the last number of " + key, c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE edoc_register_counter SET last_number = last_number - 1" + WHERE)) {
                bind(p, 1, key);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public long next(UnitOfWork uow, RegisterKey key) {
        Objects.requireNonNull(key, "key");
        return transactions.inside(uow, "allocate a number in " + key, c -> {
            if (transactions.dialect() == Dialect.POSTGRESQL) {
                // increment and read in one round trip
                long number = incrementReturning(c, key);
                if (number > 0) {
                    return number;
                }
            } else if (increment(c, key) > 0) {
                return read(c, key);
            }
            if (insertFirst(c, key)) {
                return 1L;
            }
            // another transaction created the row meanwhile; the UPDATE now waits for its lock
            increment(c, key);
            return read(c, key);
        });
    }

    /** PostgreSQL: the incremented number, 0 when the counter row does not exist yet. */
    private static long incrementReturning(Connection c, RegisterKey key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(INCREMENT_RETURNING)) {
            bind(p, 1, key);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }
    }

    private int increment(Connection c, RegisterKey key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE edoc_register_counter SET last_number = last_number + 1" + WHERE)) {
            bind(p, 1, key);
            return p.executeUpdate();
        }
    }

    private boolean insertFirst(Connection c, RegisterKey key) throws SQLException {
        String sql = "INSERT INTO edoc_register_counter (organisation, kind, series, reg_year, last_number)"
                + " VALUES (?, ?, ?, ?, 1)";
        if (transactions.dialect() == Dialect.POSTGRESQL) {
            try (PreparedStatement p = c.prepareStatement(sql + " ON CONFLICT DO NOTHING")) {
                bind(p, 1, key);
                return p.executeUpdate() == 1;
            }
        }
        try (PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, 1, key);
            return p.executeUpdate() == 1;
        } catch (SQLException e) {
            // H2 keeps the transaction usable after a failed statement
            if (Dialect.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    private static long read(Connection c, RegisterKey key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT last_number FROM edoc_register_counter" + WHERE)) {
            bind(p, 1, key);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }
    }

    /** Binds the four key columns from parameter {@code at} on. */
    static void bind(PreparedStatement p, int at, RegisterKey key) throws SQLException {
        p.setString(at, key.organ().value());
        p.setString(at + 1, key.kind().name());
        p.setString(at + 2, key.series());
        p.setInt(at + 3, key.year());
    }

    @Override
    public long current(RegisterKey key) {
        Objects.requireNonNull(key, "key");
        return transactions.outside("read the counter of " + key, c -> read(c, key));
    }

    @Override
    public long current(UnitOfWork uow, RegisterKey key) {
        Objects.requireNonNull(key, "key");
        return transactions.inside(uow, "read the counter of " + key, c -> read(c, key));
    }
}
