package vn.edoc.store.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import vn.edoc.audit.AuditChain;
import vn.edoc.audit.AuditEntry;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.AuditLog;
import vn.edoc.spi.UnitOfWork;

/**
 * The in-memory audit trail (nhật ký trong bộ nhớ): one list of entries per organisation, in append order. Appends
 * are buffered in the unit of work and added on commit; {@link #head} locks the organisation's chain until the unit
 * of work ends, and no other chain. Chaining and verification are those of {@link vn.edoc.audit.AuditChain}.
 */
public final class MemoryAuditLog implements AuditLog {

    private final MemoryTransactions transactions;
    // added to only while committing (one commit at a time) or by the test hook; read without a lock through
    // MemoryTransactions.read; each chain keeps the entries themselves, no copy
    private final ConcurrentHashMap<OrganCode, AppendOnlyList<AuditEntry>> chains = new ConcurrentHashMap<>();

    /** A trail taking part in the units of work of {@code transactions}. */
    public MemoryAuditLog(MemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    private final class Appended implements MemoryUnitOfWork.Pending {
        final Map<OrganCode, List<AuditEntry>> entries = new HashMap<>(2);

        @Override
        public void apply() {
            entries.forEach((org, added) -> {
                AppendOnlyList<AuditEntry> chain = chains.computeIfAbsent(org, k -> new AppendOnlyList<>());
                added.forEach(chain::add);
            });
        }
    }

    /** The lock of one organisation's chain. */
    private record ChainLock(MemoryAuditLog log, OrganCode organisation) {
    }

    @Override
    public Optional<AuditEntry> head(UnitOfWork uow, OrganCode organisation) {
        Objects.requireNonNull(organisation, "organisation");
        MemoryUnitOfWork u = MemoryUnitOfWork.require(uow, transactions);
        u.lock(new ChainLock(this, organisation), true, "audit chain", organisation.value());
        return seenHead(u, organisation);
    }

    private Optional<AuditEntry> seenHead(MemoryUnitOfWork u, OrganCode organisation) {
        Appended appended = u.pendingOrNull(this);
        List<AuditEntry> mine = appended == null ? null : appended.entries.get(organisation);
        if (mine != null && !mine.isEmpty()) {
            return Optional.of(mine.get(mine.size() - 1));
        }
        return transactions.read(() -> {
            AppendOnlyList<AuditEntry> chain = chains.get(organisation);
            return chain == null ? Optional.empty() : Optional.ofNullable(chain.last());
        });
    }

    @Override
    public void store(UnitOfWork uow, AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        MemoryUnitOfWork u = MemoryUnitOfWork.require(uow, transactions);
        OrganCode organisation = Objects.requireNonNull(entry.organisation(), "entry.organisation");
        if (!u.holds(new ChainLock(this, organisation))) {
            throw new IllegalStateException("the chain of " + organisation + " was not locked through head(); use "
                    + "append()");
        }
        Optional<AuditEntry> head = seenHead(u, organisation);
        long expected = head.map(h -> h.sequence() + 1).orElse(1L);
        String previous = head.map(AuditEntry::hash).orElse(AuditChain.GENESIS);
        if (entry.sequence() != expected || !previous.equals(entry.previousHash())) {
            throw new IllegalStateException("audit entry " + entry.sequence() + " does not follow the head ("
                    + (expected - 1) + ") of the chain of " + organisation + "; use append()");
        }
        u.pending(this, Appended::new).entries.computeIfAbsent(organisation, k -> new ArrayList<>(2)).add(entry);
    }

    @Override
    public void scan(OrganCode organisation, Consumer<? super AuditEntry> sink) {
        Objects.requireNonNull(sink, "sink");
        // a snapshot, so that the sink runs without holding the lock
        List<AuditEntry> snapshot = organisation == null ? List.of() : transactions.read(() -> {
            AppendOnlyList<AuditEntry> chain = chains.get(organisation);
            if (chain == null) {
                return List.<AuditEntry>of();
            }
            List<AuditEntry> copy = new ArrayList<>(chain.size());
            for (int i = 0, n = chain.size(); i < n; i++) {
                copy.add(chain.get(i));
            }
            return copy;
        });
        snapshot.forEach(sink);
    }

    @Override
    public List<AuditEntry> read(OrganCode organisation, long fromSequence, int limit) {
        if (limit <= 0 || organisation == null) {
            return List.of();
        }
        return transactions.read(() -> {
            AppendOnlyList<AuditEntry> entries = chains.get(organisation);
            if (entries == null) {
                return List.of();
            }
            int start = 0;
            long from = Math.max(1, fromSequence);
            // in an intact chain entry n sits at index n-1; otherwise fall back to a search
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
    public long size(OrganCode organisation) {
        if (organisation == null) {
            return 0L;
        }
        return transactions.read(() -> {
            AppendOnlyList<AuditEntry> chain = chains.get(organisation);
            return chain == null ? 0L : (long) chain.size();
        });
    }

    @Override
    public List<OrganCode> organisations() {
        return transactions.read(() -> chains.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey).sorted(Comparator.comparing(OrganCode::value)).toList());
    }

    /**
     * Replaces the stored entries of the chain of {@code organisation} by {@code edit} of them, bypassing the chain:
     * only for tests that prove tampering is detected.
     */
    void rewriteStoredEntries(OrganCode organisation, UnaryOperator<List<AuditEntry>> edit) {
        transactions.exclusively(() -> {
            AppendOnlyList<AuditEntry> chain = chains.get(organisation);
            List<AuditEntry> stored = new ArrayList<>();
            for (int i = 0, n = chain == null ? 0 : chain.size(); i < n; i++) {
                stored.add(chain.get(i));
            }
            AppendOnlyList<AuditEntry> edited = new AppendOnlyList<>();
            edit.apply(stored).forEach(edited::add);
            chains.put(organisation, edited);
        });
    }
}
