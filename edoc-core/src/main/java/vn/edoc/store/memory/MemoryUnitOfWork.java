package vn.edoc.store.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import vn.edoc.spi.UnitOfWork;

/**
 * A unit of work of {@link MemoryTransactions}: each memory store keeps its buffered writes here, under its own
 * identity, and applies them on commit.
 */
final class MemoryUnitOfWork implements UnitOfWork {

    /** Buffered writes of one store. */
    interface Pending {
        /**
         * Puts the writes into the store's committed state as {@link Staged} values of {@code publication}, invisible
         * until it is published; must not fail.
         */
        void stage(Staged.Publication publication);

        /** After publication: replaces the staged values by the values themselves (the key locks are still held). */
        void settle();
    }

    private final MemoryTransactions owner;
    private final Thread thread = Thread.currentThread();
    // few stores take part in one unit of work: a list searched by identity beats a map here
    private final List<Object> stores = new ArrayList<>(4);
    private final List<Pending> pendings = new ArrayList<>(4);
    private List<Runnable> afterCommit;
    // the locks held, as key then lock, in the order taken
    private final List<Object> locks = new ArrayList<>(8);
    private boolean active = true;
    private boolean rollbackOnly;

    MemoryUnitOfWork(MemoryTransactions owner) {
        this.owner = owner;
    }

    /**
     * {@code uow} as a memory unit of work of {@code owner}, active and used on its own thread.
     *
     * @throws IllegalStateException otherwise: a programming error of the caller
     */
    static MemoryUnitOfWork require(UnitOfWork uow, MemoryTransactions owner) {
        if (!(uow instanceof MemoryUnitOfWork m) || m.owner != owner) {
            throw new IllegalStateException("this memory store needs a unit of work of its own MemoryTransactions");
        }
        if (!m.active) {
            throw new IllegalStateException("the unit of work has already ended");
        }
        if (m.thread != Thread.currentThread()) {
            throw new IllegalStateException("a unit of work is used on the thread that runs it only");
        }
        return m;
    }

    /** The buffered writes of {@code store} in this unit of work, made by {@code create} on first use. */
    @SuppressWarnings("unchecked")
    <P extends Pending> P pending(Object store, Supplier<P> create) {
        for (int i = 0; i < stores.size(); i++) {
            if (stores.get(i) == store) {
                return (P) pendings.get(i);
            }
        }
        P created = Objects.requireNonNull(create.get());
        stores.add(store);
        pendings.add(created);
        return created;
    }

    /** The buffered writes of {@code store}, or {@code null} when it wrote nothing. */
    @SuppressWarnings("unchecked")
    <P extends Pending> P pendingOrNull(Object store) {
        for (int i = 0; i < stores.size(); i++) {
            if (stores.get(i) == store) {
                return (P) pendings.get(i);
            }
        }
        return null;
    }

    /** True when some store buffered writes in this unit of work. */
    boolean hasWrites() {
        return !pendings.isEmpty();
    }

    /**
     * Applies every store's buffered writes: stages them all, makes them visible at once, then settles them. Runs
     * while this unit of work still holds its locks, so no other unit of work writes the same keys meanwhile.
     */
    void apply() {
        Staged.Publication publication = new Staged.Publication();
        for (int i = 0; i < pendings.size(); i++) {
            pendings.get(i).stage(publication);
        }
        publication.publish();
        for (int i = 0; i < pendings.size(); i++) {
            pendings.get(i).settle();
        }
    }

    /** Ends this unit of work after its commit; its after-commit actions. */
    List<Runnable> ended() {
        active = false;
        return afterCommit == null ? List.of() : afterCommit;
    }

    void finish() {
        active = false;
    }

    /**
     * Locks {@code key} until this unit of work ends ({@code wait}: for at most the lock timeout; otherwise refused
     * at once when held by another), or throws {@link vn.edoc.spi.ConcurrentChangeException} naming
     * {@code entity} {@code id} (anything whose text names it; made into text only on refusal).
     */
    void lock(Object key, boolean wait, String entity, Object id) {
        owner.lock(this, key, wait, entity, id);
    }

    /** True when this unit of work holds the lock of {@code key}. */
    boolean holds(Object key) {
        for (int i = 0; i < locks.size(); i += 2) {
            if (locks.get(i).equals(key)) {
                return true;
            }
        }
        return false;
    }

    void held(Object key, MemoryTransactions.KeyLock lock) {
        locks.add(key);
        locks.add(lock);
    }

    void releaseLocks() {
        for (int i = locks.size() - 2; i >= 0; i -= 2) {
            owner.unlock(locks.get(i), (MemoryTransactions.KeyLock) locks.get(i + 1));
        }
        locks.clear();
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
        if (afterCommit == null) {
            afterCommit = new ArrayList<>(2);
        }
        afterCommit.add(action);
    }
}
