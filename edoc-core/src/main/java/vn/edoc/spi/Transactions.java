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
 *       its locks; an exception from one propagates to the caller of {@code inTransaction} and the actions after it
 *       do not run, but the unit of work stays committed.</li>
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
