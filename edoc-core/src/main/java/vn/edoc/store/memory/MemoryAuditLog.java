package vn.edoc.store.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import vn.edoc.audit.AuditChain;
import vn.edoc.audit.AuditEntry;
import vn.edoc.spi.AuditLog;
import vn.edoc.spi.UnitOfWork;

/**
 * The in-memory audit trail (nhật ký trong bộ nhớ): a list of entries in append order. Appends are buffered in the
 * unit of work and added on commit; chaining and verification are those of {@link vn.edoc.audit.AuditChain}.
 */
public final class MemoryAuditLog implements AuditLog {

    private final MemoryTransactions transactions;
    // written only while committing, or by the test hook with everything else excluded
    private final ArrayList<AuditEntry> entries = new ArrayList<>();

    /** A trail taking part in the units of work of {@code transactions}. */
    public MemoryAuditLog(MemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    private final class Appended implements MemoryUnitOfWork.Pending {
        final List<AuditEntry> entries = new ArrayList<>(2);

        @Override
        public void apply() {
            MemoryAuditLog.this.entries.addAll(entries);
        }
    }

    @Override
    public Optional<AuditEntry> head(UnitOfWork uow) {
        // the writer lock held by every unit of work is the head lock the contract asks for
        Appended appended = MemoryUnitOfWork.require(uow, transactions).pendingOrNull(this);
        if (appended != null && !appended.entries.isEmpty()) {
            return Optional.of(appended.entries.get(appended.entries.size() - 1));
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    @Override
    public void store(UnitOfWork uow, AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        Optional<AuditEntry> head = head(uow);
        long expected = head.map(h -> h.sequence() + 1).orElse(1L);
        String previous = head.map(AuditEntry::hash).orElse(AuditChain.GENESIS);
        if (entry.sequence() != expected || !previous.equals(entry.previousHash())) {
            throw new IllegalStateException("audit entry " + entry.sequence() + " does not follow the head ("
                    + (expected - 1) + "); use append()");
        }
        MemoryUnitOfWork.require(uow, transactions).pending(this, Appended::new).entries.add(entry);
    }

    @Override
    public void scan(Consumer<? super AuditEntry> sink) {
        Objects.requireNonNull(sink, "sink");
        // a snapshot, so that the sink runs without holding the lock
        List<AuditEntry> snapshot = transactions.read(() -> List.copyOf(entries));
        snapshot.forEach(sink);
    }

    @Override
    public List<AuditEntry> read(long fromSequence, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return transactions.read(() -> {
            int start = 0;
            long from = Math.max(1, fromSequence);
            // in an intact trail entry n sits at index n-1; otherwise fall back to a search
            if (from - 1 < entries.size() && entries.get((int) (from - 1)).sequence() == from) {
                start = (int) (from - 1);
            }
            List<AuditEntry> found = new ArrayList<>(Math.min(limit, 1024));
            for (int i = start; i < entries.size() && found.size() < limit; i++) {
                AuditEntry e = entries.get(i);
                if (e.sequence() >= from) {
                    found.add(e);
                }
            }
            return List.copyOf(found);
        });
    }

    @Override
    public long size() {
        return transactions.read(entries::size);
    }

    /**
     * Replaces the stored entries by {@code edit} of them, bypassing the chain: only for tests that prove
     * tampering is detected.
     */
    void rewriteStoredEntries(UnaryOperator<List<AuditEntry>> edit) {
        transactions.exclusively(() -> {
            List<AuditEntry> edited = new ArrayList<>(edit.apply(new ArrayList<>(entries)));
            entries.clear();
            entries.addAll(edited);
        });
    }
}
