package vn.edoc.store.memory;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.spi.Transactions;
import vn.edoc.spi.UnitOfWork;

/**
 * Units of work (giao dịch) of the in-memory adapter. A unit of work buffers the writes of every memory store and
 * applies them all at once when it commits; a rollback simply drops the buffer.
 *
 * <h2>Concurrency</h2>
 * Units of work run one at a time: {@link #inTransaction} holds one lock (the writer lock) from the start of the
 * unit of work to its end. That makes every unit of work serialisable by construction, which is what gap-free
 * numbering needs (the second registration in a register must see the first one's number), and it costs little
 * here because the audit trail is one chain anyway: every registration appends to it, so registrations could not
 * run in parallel even with a lock per register. A JDBC adapter gets the same effect with row locks.
 *
 * <p>Reads outside a unit of work take a read lock that the commit's short write phase excludes, so a reader sees
 * either none or all of a unit of work's changes (a register line never without its audit entry).
 *
 * <p>After-commit actions run after the writer lock is released, so they may start units of work themselves. Each
 * runs isolated: a {@link RuntimeException} it throws is logged at ERROR and the next action still runs.
 * Applying a commit only puts buffered values into maps and lists, which cannot fail short of running out of
 * memory.
 */
public final class MemoryTransactions implements Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryTransactions.class);

    private final ReentrantLock writer = new ReentrantLock();
    private final ReentrantReadWriteLock visibility = new ReentrantReadWriteLock();

    /** A new, independent set of units of work; share one instance between the memory stores that work together. */
    public MemoryTransactions() {
        // nothing to set up: the locks are the whole state
    }

    @Override
    public <T> T inTransaction(Function<? super UnitOfWork, ? extends T> work) {
        Objects.requireNonNull(work, "work");
        if (writer.isHeldByCurrentThread()) {
            throw new IllegalStateException("units of work do not nest; pass the UnitOfWork down instead");
        }
        T result;
        List<Runnable> after;
        writer.lock();
        try {
            MemoryUnitOfWork uow = new MemoryUnitOfWork(this);
            try {
                result = work.apply(uow);
            } catch (Throwable e) {
                // Throwable, not RuntimeException: a checked exception thrown sneakily must roll back too
                uow.finish();
                if (LOG.isDebugEnabled()) {
                    LOG.debug("unit of work rolled back: {}", e.toString());
                }
                throw MemoryTransactions.<RuntimeException>rethrow(e);
            }
            if (uow.isRollbackOnly()) {
                uow.finish();
                return result;
            }
            after = uow.commit(visibility.writeLock());
        } finally {
            writer.unlock();
        }
        runIsolated(after);
        return result;
    }

    /**
     * Runs the after-commit actions one by one; a failing one is logged and the next still runs, because the change
     * is committed: the caller must not see an exception for it (the {@link UnitOfWork#afterCommit} contract).
     */
    private static void runIsolated(List<Runnable> after) {
        for (int i = 0; i < after.size(); i++) {
            try {
                after.get(i).run();
            } catch (RuntimeException e) {
                LOG.error("after-commit action {} of {} failed; the unit of work stays committed", i + 1,
                        after.size(), e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E rethrow(Throwable e) throws E {
        throw (E) e;
    }

    /** Runs {@code read} on committed state, never seeing half of a commit. */
    <T> T read(Supplier<T> read) {
        ReentrantReadWriteLock.ReadLock lock = visibility.readLock();
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code change} on committed state with no unit of work running and no reader; for test hooks. */
    void exclusively(Runnable change) {
        writer.lock();
        try {
            visibility.writeLock().lock();
            try {
                change.run();
            } finally {
                visibility.writeLock().unlock();
            }
        } finally {
            writer.unlock();
        }
    }
}
