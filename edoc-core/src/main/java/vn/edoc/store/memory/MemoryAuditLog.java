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
    // each chain keeps the entries themselves, no copy; appended to only by a commit holding the chain's lock
    // (sized so that organisations rarely share a bin)
    private final ConcurrentHashMap<OrganCode, Chain> chains = new ConcurrentHashMap<>(256);

    /** A trail taking part in the units of work of {@code transactions}. */
    public MemoryAuditLog(MemoryTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * One organisation's chain: its entries in append order, the last ones possibly {@link Staged} by a commit
     * not yet published, which readers pass over.
     */
    private static final class Chain {
        final AppendOnlyList<Object> entries = new AppendOnlyList<>();

        /** How many entries are visible: those before the first staged or unwritten one at the end. */
        int visibleSize() {
            int n = entries.size();
            while (n > 0 && Staged.visible(entries.get(n - 1)) == null) {
                n--;
            }
            return n;
        }

        /** The visible entry at {@code index}, below {@link #visibleSize()}. */
        AuditEntry get(int index) {
            return Staged.visible(entries.get(index));
        }

        List<AuditEntry> copy() {
            int n = visibleSize();
            List<AuditEntry> copy = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                copy.add(get(i));
            }
            return copy;
        }
    }

    private final class Appended implements MemoryUnitOfWork.Pending {
        final Map<OrganCode, List<AuditEntry>> entries = new HashMap<>(2);
        private Chain[] chainsStaged;
        private int[] firstStaged;

        @Override
        public void stage(Staged.Publication publication) {
            chainsStaged = new Chain[entries.size()];
            firstStaged = new int[entries.size()];
            int c = 0;
            for (Map.Entry<OrganCode, List<AuditEntry>> e : entries.entrySet()) {
                Chain chain = chains.computeIfAbsent(e.getKey(), k -> new Chain());
                chainsStaged[c] = chain;
                firstStaged[c] = -1;
                for (AuditEntry entry : e.getValue()) {
                    int index = chain.entries.add(new Staged(entry, null, publication));
                    if (firstStaged[c] < 0) {
                        firstStaged[c] = index;
                    }
                }
                c++;
            }
        }

        @Override
        public void settle() {
            int c = 0;
            for (List<AuditEntry> added : entries.values()) {
                for (int i = 0; i < added.size(); i++) {
                    chainsStaged[c].entries.set(firstStaged[c] + i, added.get(i));
                }
                c++;
            }
        }
    }

    /** The lock of one organisation's chain. */
    private record ChainLock(MemoryAuditLog log, OrganCode organisation) {
    }

    @Override
    public Optional<AuditEntry> head(UnitOfWork uow, OrganCode organisation) {
        Objects.requireNonNull(organisation, "organisation");
        MemoryUnitOfWork u = MemoryUnitOfWork.require(uow, transactions);
        u.lock(new ChainLock(this, organisation), true, "audit chain", organisation);
        return seenHead(u, organisation);
    }

    private Optional<AuditEntry> seenHead(MemoryUnitOfWork u, OrganCode organisation) {
        Appended appended = u.pendingOrNull(this);
        List<AuditEntry> mine = appended == null ? null : appended.entries.get(organisation);
        if (mine != null && !mine.isEmpty()) {
            return Optional.of(mine.get(mine.size() - 1));
        }
        Chain chain = chains.get(organisation);
        int n = chain == null ? 0 : chain.visibleSize();
        return n == 0 ? Optional.empty() : Optional.of(chain.get(n - 1));
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
        Chain chain = organisation == null ? null : chains.get(organisation);
        if (chain != null) {
            // a copy of what is visible now, so that entries committed while the sink runs are not half-listed
            chain.copy().forEach(sink);
        }
    }

    @Override
    public List<AuditEntry> read(OrganCode organisation, long fromSequence, int limit) {
        Chain chain = organisation == null ? null : chains.get(organisation);
        if (limit <= 0 || chain == null) {
            return List.of();
        }
        int size = chain.visibleSize();
        int start = 0;
        long from = Math.max(1, fromSequence);
        // in an intact chain entry n sits at index n-1; otherwise fall back to a search
        if (from - 1 < size && chain.get((int) (from - 1)).sequence() == from) {
            start = (int) (from - 1);
        }
        List<AuditEntry> found = new ArrayList<>(Math.min(limit, 1024));
        for (int i = start; i < size && found.size() < limit; i++) {
            AuditEntry e = chain.get(i);
            if (e.sequence() >= from) {
                found.add(e);
            }
        }
        return List.copyOf(found);
    }

    @Override
    public long size(OrganCode organisation) {
        Chain chain = organisation == null ? null : chains.get(organisation);
        return chain == null ? 0L : chain.visibleSize();
    }

    @Override
    public List<OrganCode> organisations() {
        return chains.entrySet().stream().filter(e -> e.getValue().visibleSize() > 0)
                .map(Map.Entry::getKey).sorted(Comparator.comparing(OrganCode::value)).toList();
    }

    /**
     * Replaces the stored entries of the chain of {@code organisation} by {@code edit} of them, bypassing the chain:
     * only for tests that prove tampering is detected (no unit of work may be appending to it meanwhile).
     */
    void rewriteStoredEntries(OrganCode organisation, UnaryOperator<List<AuditEntry>> edit) {
        Chain stored = chains.get(organisation);
        Chain edited = new Chain();
        edit.apply(stored == null ? new ArrayList<>() : stored.copy()).forEach(edited.entries::add);
        chains.put(organisation, edited);
    }
}
