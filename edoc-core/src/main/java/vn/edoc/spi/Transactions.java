package vn.edoc.spi;

import java.util.function.Consumer;
import java.util.function.Function;
import vn.edoc.register.SequenceAllocator;

/**
 * Runs work as one atomic unit of work (giao dịch) across the stores of one adapter: the memory adapter, a JDBC
 * adapter (one connection, one database transaction), or a vendor's own storage.
 *
 * <h2>Contract for adapters</h2>
 * <ul>
 *   <li>{@code inTransaction} opens a unit of work, calls the function, then commits if the function returned
 *       normally and {@link UnitOfWork#setRollbackOnly()} was not called; otherwise it rolls back.</li>
 *   <li>On an exception from the function the unit of work rolls back and the same exception is rethrown
 *       unchanged (an {@link vn.edoc.validation.EdocRuleException} stays one), so a refused operation changes
 *       nothing: no number consumed, nothing stored, no audit entry.</li>
 *   <li>Numbers handed out by a {@link SequenceAllocator} inside a unit of work are consumed only if it commits.
 *       Two units of work allocating in the same register are serialised (the memory adapter with a lock, a JDBC
 *       adapter with a row lock, {@code SELECT ... FOR UPDATE}, on the register's counter row), so numbers are
 *       unique and gap-free.</li>
 *   <li>Units of work do not nest: calling {@code inTransaction} again on a thread already inside one fails with
 *       {@link IllegalStateException}; pass the {@link UnitOfWork} down instead.</li>
 *   <li>If the commit itself fails (a database error), the exception propagates and nothing is applied.</li>
 *   <li>After-commit actions ({@link UnitOfWork#afterCommit}) run once the unit of work has committed and released
 *       its locks, in the order registered, each isolated as {@link UnitOfWork#afterCommit} says: a failing one is
 *       logged and the next still runs, and {@code inTransaction} returns normally. That is the one after-commit
 *       rule for every adapter.</li>
 *   <li>Every stale write (a record changed by another unit of work since it was read, a lock another unit of
 *       work holds and will not give up in time) is refused with {@link ConcurrentChangeException}, in every store,
 *       so one retry policy covers them all: run the whole operation again in a new unit of work.</li>
 *   <li>Isolation: reads of a record see the last committed version or the unit of work's own write; a unit of work
 *       locks what it writes (a register's counter, an organisation's audit chain, a record) until it ends, and
 *       nothing else, so units of work of different organisations never wait on each other. JDBC: READ COMMITTED
 *       with row locks ({@code SELECT ... FOR UPDATE}, {@code UPDATE ... WHERE version = ?}) is enough.</li>
 * </ul>
 */
public interface Transactions {

    /** Runs {@code work} in a new unit of work and returns its result; see the class description. */
    <T> T inTransaction(Function<? super UnitOfWork, ? extends T> work);

    /** Runs {@code work} in a new unit of work, without result. */
    default void run(Consumer<? super UnitOfWork> work) {
        inTransaction(uow -> {
            work.accept(uow);
            return null;
        });
    }
}
