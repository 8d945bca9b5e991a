package vn.edoc.spi;

/**
 * One atomic change across stores (một giao dịch): everything written through it becomes visible together when it
 * commits, or not at all when it rolls back. It is handed out by {@link Transactions#inTransaction} and is only
 * valid inside that call, on that thread.
 *
 * <p>Stores accept only the units of work of their own adapter: a JDBC store expects the JDBC unit of work that
 * holds its connection, the memory stores the memory one. Giving a store a foreign or finished unit of work is a
 * programming error and fails with {@link IllegalStateException}.
 */
public interface UnitOfWork {

    /** True until the unit of work commits or rolls back. */
    boolean isActive();

    /** Makes the unit of work roll back when its function returns, instead of committing. */
    void setRollbackOnly();

    /** True when {@link #setRollbackOnly()} was called. */
    boolean isRollbackOnly();

    /**
     * Runs {@code action} after a successful commit, in the order registered, on the committing thread (for
     * example to publish domain events only for changes that really happened). Nothing runs after a rollback.
     *
     * <p>Contract for every adapter: each action runs isolated. A {@link RuntimeException} thrown by one action is
     * caught, logged through SLF4J at WARN or ERROR with enough context to find the unit of work, and the next action
     * still runs; {@link Transactions#inTransaction} then returns normally, because the change is committed and
     * the caller must not be told otherwise. An action whose failure matters must therefore record it itself (the
     * routing flows keep an unsent message pending for a later retry).
     */
    void afterCommit(Runnable action);
}
