package vn.edoc.store.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterViolation;
import vn.edoc.register.SequenceAllocator;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.validation.EdocRuleException;

/**
 * The in-memory register number allocator (cấp số trong bộ nhớ): one counter per register key. A unit of work
 * counts on its own copy; the counters move only when it commits. Taking a number locks the register until the unit
 * of work ends (the same lock as {@link MemoryRegisterStore#add}), so two units of work never count from the same
 * value, while other registers stay free.
 */
public final class MemorySequenceAllocator implements SequenceAllocator {

    private final MemoryTransactions transactions;
    // plain or Staged counters; written only by a commit holding the register's lock, read without a lock
    // (sized so that registers of different organisations rarely share a bin, whose monitor a put takes)
    private final ConcurrentHashMap<RegisterKey, Object> committed = new ConcurrentHashMap<>(256);

    /** An allocator taking part in the units of work of {@code transactions}. */
    public MemorySequenceAllocator(MemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    private final class Counters implements MemoryUnitOfWork.Pending {
        final Map<RegisterKey, Long> last = new HashMap<>(4);

        @Override
        public void stage(Staged.Publication publication) {
            last.forEach((key, n) -> committed.put(key, new Staged(n, Staged.visible(committed.get(key)), publication)));
        }

        @Override
        public void settle() {
            committed.putAll(last);
        }
    }

    @Override
    public long next(UnitOfWork uow, RegisterKey key) {
        requireKey(key);
        MemoryUnitOfWork u = MemoryUnitOfWork.require(uow, transactions);
        u.lock(registerLock(key), true, "register", key);
        Counters counters = u.pending(this, Counters::new);
        Long seen = counters.last.get(key);
        long next = (seen != null ? seen : committed(key)) + 1;
        counters.last.put(key, next);
        return next;
    }

    @Override
    public long current(RegisterKey key) {
        requireKey(key);
        return committed(key);
    }

    @Override
    public long current(UnitOfWork uow, RegisterKey key) {
        requireKey(key);
        Counters counters = MemoryUnitOfWork.require(uow, transactions).pendingOrNull(this);
        Long seen = counters == null ? null : counters.last.get(key);
        return seen != null ? seen : committed(key);
    }

    private long committed(RegisterKey key) {
        Long n = Staged.visible(committed.get(key));
        return n == null ? 0L : n;
    }

    /** The lock of register {@code key}, shared with the register store. */
    static Object registerLock(RegisterKey key) {
        return new RegisterLock(key);
    }

    private record RegisterLock(RegisterKey key) {
    }

    private static void requireKey(RegisterKey key) {
        if (key == null) {
            throw EdocRuleException.of(RegisterViolation.KEY_PART_MISSING, "key", "key");
        }
    }
}
