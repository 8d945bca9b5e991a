package vn.edoc.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.Transactions;
import vn.edoc.spi.UnitOfWork;

/**
 * Units of work (giao dịch) of the JDBC adapter over a {@link DataSource} the application provides (a pool such as
 * HikariCP): one unit of work is one connection and one database transaction.
 *
 * <h2>Isolation, operation by operation</h2>
 * Every unit of work runs at {@code READ COMMITTED}. Correctness does not come from a stronger isolation level but
 * from explicit locks and checks, each stated where it is taken:
 * <ul>
 *   <li>register numbers: {@code UPDATE} of the register-year counter row, which locks it until commit, so two
 *       registrations in one register are serialised and a rollback gives the number back
 *       ({@link JdbcSequenceAllocator});</li>
 *   <li>the audit chain: {@code SELECT ... FOR UPDATE} on the chain's row before reading the head
 *       ({@link JdbcAuditLog});</li>
 *   <li>records (documents, tasks, work files, inspections): {@code UPDATE ... WHERE version = ?}, so of two
 *       writers of one record the second changes nothing and is refused;</li>
 *   <li>uniqueness (register number, document in a register, record id): primary keys and unique constraints.</li>
 * </ul>
 * Reads without a unit of work run one statement each on a connection in auto-commit mode, so each sees committed
 * data only (a statement-level snapshot in both H2 and PostgreSQL).
 *
 * <h2>Failures</h2>
 * A deadlock, serialisation failure or lock-wait timeout is rethrown as {@link ConcurrentChangeException} (retryable);
 * any other database failure as {@link JdbcStoreException}. After-commit actions run after the connection went back
 * to the pool, each isolated as {@link UnitOfWork#afterCommit} requires.
 */
public final class JdbcTransactions implements Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcTransactions.class);
    private static final int COMPOSED_KEPT = 256;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final ThreadLocal<JdbcUnitOfWork> current = new ThreadLocal<>();
    private final Map<List<String>, String> composedTexts = new ConcurrentHashMap<>();
    /**
     * Whether the pool hands out connections at READ COMMITTED already (the default of PostgreSQL and H2): then
     * the level is not set again for each unit of work, which costs the PostgreSQL driver a round trip every time.
     * A pool puts a connection back to its default level when it is returned (HikariCP does).
     */
    private final boolean readCommittedByDefault;

    /** Units of work over {@code dataSource}; the dialect is read from the database once. */
    public JdbcTransactions(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        try (Connection c = dataSource.getConnection()) {
            this.dialect = Dialect.of(c);
            this.readCommittedByDefault = c.getTransactionIsolation() == Connection.TRANSACTION_READ_COMMITTED;
        } catch (SQLException e) {
            throw new JdbcStoreException("cannot reach the database: " + e.getMessage(), e);
        }
    }

    /** The database's dialect. */
    public Dialect dialect() {
        return dialect;
    }

    /** The data source given at construction. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public <T> T inTransaction(Function<? super UnitOfWork, ? extends T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            throw new IllegalStateException("units of work do not nest; pass the UnitOfWork down instead");
        }
        Connection connection = open();
        JdbcUnitOfWork uow = new JdbcUnitOfWork(this, connection);
        T result;
        current.set(uow);
        try {
            result = work.apply(uow);
        } catch (Throwable e) {
            // Throwable: a checked exception thrown sneakily must roll back too
            uow.finish();
            rollbackAndClose(connection);
            LOG.debug("unit of work {} rolled back: {}", uow, e.toString());
            throw JdbcTransactions.<RuntimeException>rethrow(e);
        } finally {
            current.remove();
        }
        uow.finish();
        if (uow.isRollbackOnly()) {
            rollbackAndClose(connection);
            return result;
        }
        try {
            flushCommitting(uow);
        } catch (RuntimeException e) {
            rollbackAndClose(connection);
            throw e;
        }
        try {
            // after a COMMIT sent with the last writes the driver sees no transaction open and sends nothing; the
            // call still tells the pool that the connection is clean
            connection.commit();
        } catch (SQLException e) {
            rollbackAndClose(connection);
            throw translate("commit", e);
        }
        close(connection);
        runIsolated(uow, uow.afterCommitActions());
        return result;
    }

    private Connection open() {
        try {
            Connection c = dataSource.getConnection();
            try {
                c.setAutoCommit(false);
                if (!readCommittedByDefault) {
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
                return c;
            } catch (SQLException e) {
                close(c);
                throw e;
            }
        } catch (SQLException e) {
            throw translate("open a connection", e);
        }
    }

    private static void rollbackAndClose(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.warn("rollback failed (the connection is discarded; the database rolls back itself): {}",
                    e.toString());
        }
        close(c);
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warn("closing a connection failed: {}", e.toString());
        }
    }

    private static void runIsolated(JdbcUnitOfWork uow, List<Runnable> after) {
        for (int i = 0; i < after.size(); i++) {
            try {
                after.get(i).run();
            } catch (RuntimeException e) {
                LOG.error("after-commit action {} of {} of {} failed; the unit of work stays committed", i + 1,
                        after.size(), uow, e);
            }
        }
    }

    /** The connection of {@code uow}, refusing a foreign or finished unit of work. */
    JdbcUnitOfWork require(UnitOfWork uow) {
        return JdbcUnitOfWork.require(uow, this);
    }

    /** Runs {@code work} on the connection of {@code uow}, translating database failures. */
    <T> T inside(UnitOfWork uow, String what, SqlWork<T> work) {
        JdbcUnitOfWork u = require(uow);
        flush(u);
        try {
            return work.run(u.connection());
        } catch (SQLException e) {
            throw translate(what, e);
        }
    }

    /**
     * A write whose only possible outcome is one row written (the caller holds the locks that make it so), sent
     * with the next statement of its unit of work rather than alone.
     *
     * @param what   what it does, for the message of a failure
     * @param sql    one statement
     * @param binder binds its parameters from a given index on
     * @param clashIsConcurrent whether a duplicate key there means that a concurrent writer took the key after it was
     *                          found free (then the unit of work fails with {@link ConcurrentChangeException})
     */
    record Deferred(String what, String sql, Binder binder, boolean clashIsConcurrent) {
        /** A write whose failure, whatever it is, is a failure of the database. */
        Deferred(String what, String sql, Binder binder) {
            this(what, sql, binder, false);
        }
    }

    /** Binds parameters from index {@code from} on and returns the next free index. */
    @FunctionalInterface
    interface Binder {
        int bind(PreparedStatement p, int from) throws SQLException;
    }

    /** Work on a statement that was executed, positioned on the result of the caller's own statement. */
    @FunctionalInterface
    interface StatementWork<T> {
        T run(Connection connection, PreparedStatement executed) throws SQLException;
    }

    /**
     * Writes {@code write} in {@code uow}: on PostgreSQL it travels with the next statement of the unit of work (or
     * just before the commit), one round trip fewer; in H2, which runs in the application, at once. Any statement of
     * the unit of work sees it, since every one is sent after it on the same connection.
     */
    void defer(UnitOfWork uow, Deferred write) {
        JdbcUnitOfWork u = require(uow);
        u.deferred().add(write);
        if (dialect != Dialect.POSTGRESQL) {
            flush(u);
        }
    }

    /**
     * Runs the statement {@code sql} in {@code uow} together with the writes waiting there, in one round trip (the
     * PostgreSQL driver sends the statements of one string one after the other, each with its own result), and
     * hands {@code work} the statement positioned on its own result.
     */
    <T> T insideWith(UnitOfWork uow, String what, String sql, Binder binder, StatementWork<T> work) {
        JdbcUnitOfWork u = require(uow);
        List<Deferred> pending = List.copyOf(u.deferred());
        u.deferred().clear();
        return send(u, what, sql, binder, work, pending);
    }

    private <T> T send(JdbcUnitOfWork u, String what, String sql, Binder binder, StatementWork<T> work,
                       List<Deferred> pending) {
        try (PreparedStatement p = u.connection().prepareStatement(composed(pending, sql))) {
            int at = 1;
            for (Deferred d : pending) {
                at = d.binder().bind(p, at);
            }
            binder.bind(p, at);
            p.execute();
            for (Deferred d : pending) {
                if (p.getUpdateCount() != 1) {
                    throw new SQLException(d.what() + " wrote " + p.getUpdateCount() + " rows instead of one");
                }
                p.getMoreResults();
            }
            return work.run(u.connection(), p);
        } catch (SQLException e) {
            String failed = pending.isEmpty() ? what : what + " (sent with: " + pending.stream().map(Deferred::what)
                    .collect(java.util.stream.Collectors.joining(", ")) + ")";
            if (Dialect.isDuplicateKey(e) && pending.stream().anyMatch(Deferred::clashIsConcurrent)) {
                ConcurrentChangeException conflict = new ConcurrentChangeException("transaction", failed, -1, -1);
                conflict.initCause(e);
                throw conflict;
            }
            throw translate(failed, e);
        }
    }

    /**
     * The text sent for {@code pending} then {@code sql}. The same few combinations come back with every
     * registration, and each is kilobytes long, so they are kept once built (up to {@value #COMPOSED_KEPT} of them).
     */
    private String composed(List<Deferred> pending, String sql) {
        if (pending.isEmpty()) {
            return sql;
        }
        List<String> parts = new ArrayList<>(pending.size() + 1);
        for (Deferred d : pending) {
            parts.add(d.sql());
        }
        parts.add(sql);
        String text = composedTexts.get(parts);
        if (text == null) {
            text = String.join("; ", parts);
            if (composedTexts.size() < COMPOSED_KEPT) {
                composedTexts.put(parts, text);
            }
        }
        return text;
    }

    /** Sends the writes waiting in {@code u}, if any, alone. */
    private void flush(JdbcUnitOfWork u) {
        if (u.deferred().isEmpty()) {
            return;
        }
        Deferred last = u.deferred().remove(u.deferred().size() - 1);
        List<Deferred> before = List.copyOf(u.deferred());
        u.deferred().clear();
        send(u, last.what(), last.sql(), last.binder(), (c, p) -> {
            if (p.getUpdateCount() != 1) {
                throw new SQLException(last.what() + " wrote " + p.getUpdateCount() + " rows instead of one");
            }
            return null;
        }, before);
    }

    /**
     * Sends the writes still waiting in {@code u} before its commit: on PostgreSQL with the {@code COMMIT} itself, in
     * one round trip (if one of them fails the server skips the rest, the commit included, and the caller rolls
     * back); elsewhere alone, the commit following.
     */
    private void flushCommitting(JdbcUnitOfWork u) {
        if (dialect != Dialect.POSTGRESQL || u.deferred().isEmpty()) {
            flush(u);
            return;
        }
        List<Deferred> pending = List.copyOf(u.deferred());
        u.deferred().clear();
        send(u, "commit", "COMMIT", (p, from) -> from, (c, p) -> null, pending);
    }

    /** Runs {@code work} on a connection of its own in auto-commit mode: a read of committed data. */
    <T> T outside(String what, SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            return work.run(c);
        } catch (SQLException e) {
            throw translate(what, e);
        }
    }

    /** Runs {@code work} in the unit of work when one is given, else on a connection of its own. */
    <T> T either(UnitOfWork uow, String what, SqlWork<T> work) {
        return uow == null ? outside(what, work) : inside(uow, what, work);
    }

    static RuntimeException translate(String what, SQLException e) {
        if (Dialect.isConcurrencyConflict(e)) {
            ConcurrentChangeException conflict = new ConcurrentChangeException("transaction", what, -1, -1);
            conflict.initCause(e);
            return conflict;
        }
        return new JdbcStoreException(what + " failed: " + e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")", e);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E rethrow(Throwable e) throws E {
        throw (E) e;
    }

    /** Work on a connection that may fail with {@link SQLException}. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
