package vn.edoc.store.memory;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.Transactions;
import vn.edoc.spi.UnitOfWork;

/**
 * Units of work (giao dịch) of the in-memory adapter. A unit of work buffers the writes of every memory store and
 * applies them all at once when it commits; a rollback simply drops the buffer.
 *
 * <h2>Concurrency</h2>
 * Units of work run in parallel and lock only what they write, as a database with row locks would; every lock is
 * held until the unit of work ends (two-phase locking):
 * <ul>
 *   <li>a register (its counter and its lines) from the first number taken in it, so numbers are gap-free and
 *       unique: the second registration in a register waits for the first to end;</li>
 *   <li>an organisation's audit chain from {@link vn.edoc.spi.AuditLog#head} on, so two entries never link to the
 *       same predecessor, while other organisations' chains stay free;</li>
 *   <li>a versioned record (document, task, work file...) from its first write on, <em>without waiting</em>: a
 *       record another running unit of work has written is refused at once with
 *       {@link ConcurrentChangeException}, as a stale version would be (a database adapter may instead wait and then
 *       refuse); the directory, which every change replaces whole, the same way.</li>
 * </ul>
 * A lock waited for longer than the lock timeout (10 s unless given) is given up with
 * {@link ConcurrentChangeException}: that breaks a deadlock between two units of work that lock the same registers
 * and chains in opposite orders, and the caller retries as for any concurrent change.
 *
 * <p>A commit makes its writes visible all at once, with no lock shared between units of work: it first puts every
 * written value in place as a {@link Staged} value that readers pass over (they see the value before), then flips
 * the unit of work's one {@link Staged.Publication} switch (a single volatile write), after which every reader sees
 * all of them; then it replaces the staged values by the plain values. So a reader never sees half of a unit of work
 * (a register line never without its audit entry), and once it has seen any of it, every later read sees all of it.
 * Readers take no lock at all. A global read-write lock, which every read and every commit used to take, made
 * threads queue and fall asleep behind each other as soon as there were more threads than cores (16 threads on 2
 * cores registered no faster than one); commits of different organisations now share no lock, only the concurrent
 * maps' own bins and one atomic counter per table. A read that spans several keys reads each at its own moment, as
 * a database's read-committed level does; it is not a snapshot. Reads inside a unit of work see their own writes
 * and the committed state.
 *
 * <p>Locks of registers, chains and rows live in a table only while some unit of work holds or waits for them, so
 * the table does not grow with every record ever written.
 *
 * <p>After-commit actions run after every lock is released, so they may start units of work themselves. Each runs
 * isolated: a {@link RuntimeException} it throws is logged at ERROR and the next action still runs (the
 * {@link UnitOfWork#afterCommit} contract). Applying a commit only puts buffered values into maps and lists, which
 * cannot fail short of running out of memory.
 */
public final class MemoryTransactions implements Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryTransactions.class);

    /** How long a unit of work waits for a register or audit-chain lock unless told otherwise. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);

    // the locks some unit of work holds or waits for; an entry leaves when its last user is done. Sized well above
    // the locks held at once, so that two organisations' keys rarely share a bin (whose monitor compute takes)
    private final ConcurrentHashMap<Object, KeyLock> locks = new ConcurrentHashMap<>(1024);
    private final ThreadLocal<MemoryUnitOfWork> current = new ThreadLocal<>();
    private final long lockTimeoutNanos;

    /** A new, independent set of units of work; share one instance between the memory stores that work together. */
    public MemoryTransactions() {
        this(DEFAULT_LOCK_TIMEOUT);
    }

    /** A new set of units of work giving up a lock after waiting {@code lockTimeout}. */
    public MemoryTransactions(Duration lockTimeout) {
        if (lockTimeout == null || lockTimeout.isNegative() || lockTimeout.isZero()) {
            throw new IllegalArgumentException("the lock timeout must be positive");
        }
        this.lockTimeoutNanos = lockTimeout.toNanos();
    }

    @Override
    public <T> T inTransaction(Function<? super UnitOfWork, ? extends T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            throw new IllegalStateException("units of work do not nest; pass the UnitOfWork down instead");
        }
        T result;
        List<Runnable> after;
        MemoryUnitOfWork uow = new MemoryUnitOfWork(this);
        current.set(uow);
        try {
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
            after = commit(uow);
        } finally {
            uow.releaseLocks();
            current.remove();
        }
        runIsolated(after);
        return result;
    }

    /** Applies the buffered writes of {@code uow}, all made visible at once; its after-commit actions. */
    private static List<Runnable> commit(MemoryUnitOfWork uow) {
        if (uow.hasWrites()) {
            try {
                uow.apply();
            } finally {
                uow.finish();
            }
        }
        return uow.ended();
    }

    /** A lock of the table, counting the units of work holding or waiting for it. */
    @SuppressWarnings("serial")
    static final class KeyLock extends ReentrantLock {
        // changed only inside locks.compute for this lock's key, which serialises the changes
        private int users;
    }

    /**
     * Locks {@code key} for {@code uow} until it ends; {@code wait} false refuses at once when another unit of work
     * holds it. {@code entity} and {@code id} name what is locked in the exception.
     */
    void lock(MemoryUnitOfWork uow, Object key, boolean wait, String entity, Object id) {
        if (uow.holds(key)) {
            return;
        }
        KeyLock lock = locks.compute(key, (k, l) -> {
            KeyLock used = l == null ? new KeyLock() : l;
            used.users++;
            return used;
        });
        boolean got;
        try {
            got = wait ? lock.tryLock(lockTimeoutNanos, TimeUnit.NANOSECONDS) : lock.tryLock();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            got = false;
        }
        if (!got) {
            leave(key);
            throw new ConcurrentChangeException(entity, String.valueOf(id), -1, -1);
        }
        uow.held(key, lock);
    }

    /** Unlocks {@code lock} of {@code key}, held by the current thread, and lets its entry go when unused. */
    void unlock(Object key, KeyLock lock) {
        lock.unlock();
        leave(key);
    }

    private void leave(Object key) {
        locks.compute(key, (k, l) -> --l.users == 0 ? null : l);
    }

    /** How many locks are held or waited for now; for tests that the table does not grow. */
    int lockTableSize() {
        return locks.size();
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

}
