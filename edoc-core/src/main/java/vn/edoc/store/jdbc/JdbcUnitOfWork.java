package vn.edoc.store.jdbc;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import vn.edoc.spi.UnitOfWork;

/**
 * A unit of work of the JDBC adapter: one connection with auto-commit off, so one database transaction. Stores take
 * the connection from here and may keep small per-transaction state (the audit head they locked) under their own key.
 */
final class JdbcUnitOfWork implements UnitOfWork {

    private final JdbcTransactions owner;
    private final Connection connection;
    private final Thread thread = Thread.currentThread();
    private final List<Runnable> afterCommit = new ArrayList<>(2);
    private final Map<Object, Object> state = new HashMap<>(4);
    private final List<JdbcTransactions.Deferred> deferred = new ArrayList<>(2);
    private boolean active = true;
    private boolean rollbackOnly;

    JdbcUnitOfWork(JdbcTransactions owner, Connection connection) {
        this.owner = owner;
        this.connection = connection;
    }

    /** {@code uow} as a unit of work of {@code owner}, refusing a foreign, finished or other thread's one. */
    static JdbcUnitOfWork require(UnitOfWork uow, JdbcTransactions owner) {
        if (!(uow instanceof JdbcUnitOfWork u) || u.owner != owner) {
            throw new IllegalStateException("not a unit of work of this JDBC adapter: " + uow);
        }
        if (!u.active) {
            throw new IllegalStateException("the unit of work has finished");
        }
        if (u.thread != Thread.currentThread()) {
            throw new IllegalStateException("a unit of work is used only on the thread that opened it");
        }
        return u;
    }

    Connection connection() {
        return connection;
    }

    @SuppressWarnings("unchecked")
    <T> T state(Object key, Supplier<T> create) {
        return (T) state.computeIfAbsent(key, k -> create.get());
    }

    @SuppressWarnings("unchecked")
    <T> T stateOrNull(Object key) {
        return (T) state.get(key);
    }

    void put(Object key, Object value) {
        state.put(key, value);
    }

    /** The writes waiting to be sent with the next statement of this unit of work (see {@link JdbcTransactions#defer}). */
    List<JdbcTransactions.Deferred> deferred() {
        return deferred;
    }

    List<Runnable> afterCommitActions() {
        return afterCommit;
    }

    void finish() {
        active = false;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public void setRollbackOnly() {
        rollbackOnly = true;
    }

    @Override
    public boolean isRollbackOnly() {
        return rollbackOnly;
    }

    @Override
    public void afterCommit(Runnable action) {
        Objects.requireNonNull(action, "action");
        if (!active) {
            throw new IllegalStateException("the unit of work has finished");
        }
        afterCommit.add(action);
    }

    @Override
    public String toString() {
        return "JdbcUnitOfWork@" + Integer.toHexString(System.identityHashCode(this)) + " on " + thread.getName();
    }
}
