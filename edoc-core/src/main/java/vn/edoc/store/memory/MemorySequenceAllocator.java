package vn.edoc.store.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterViolation;
import vn.edoc.register.SequenceAllocator;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.validation.EdocRuleException;

/**
 * The in-memory register number allocator (cấp số trong bộ nhớ): one counter per register key. A unit of work
 * counts on its own copy; the counters move only when it commits. Units of work are serialised by
 * {@link MemoryTransactions}, so two never count from the same value.
 */
public final class MemorySequenceAllocator implements SequenceAllocator {

    private final MemoryTransactions transactions;
    // written only while committing (visibility write lock), read under the writer or the read lock
    private final Map<RegisterKey, Long> committed = new HashMap<>();

    /** An allocator taking part in the units of work of {@code transactions}. */
    public MemorySequenceAllocator(MemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    private final class Counters implements MemoryUnitOfWork.Pending {
        final Map<RegisterKey, Long> last = new HashMap<>(4);

        @Override
        public void apply() {
            committed.putAll(last);
        }
    }

    @Override
    public long next(UnitOfWork uow, RegisterKey key) {
        requireKey(key);
        Counters counters = MemoryUnitOfWork.require(uow, transactions).pending(this, Counters::new);
        Long seen = counters.last.get(key);
        long next = (seen != null ? seen : committed.getOrDefault(key, 0L)) + 1;
        counters.last.put(key, next);
        return next;
    }

    @Override
    public long current(RegisterKey key) {
        requireKey(key);
        return transactions.read(() -> committed.getOrDefault(key, 0L));
    }

    @Override
    public long current(UnitOfWork uow, RegisterKey key) {
        requireKey(key);
        Counters counters = MemoryUnitOfWork.require(uow, transactions).pendingOrNull(this);
        Long seen = counters == null ? null : counters.last.get(key);
        return seen != null ? seen : committed.getOrDefault(key, 0L);
    }

    private static void requireKey(RegisterKey key) {
        if (key == null) {
            throw EdocRuleException.of(RegisterViolation.KEY_PART_MISSING, "key", "key");
        }
    }
}
