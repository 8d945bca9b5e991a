package vn.edoc.store.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.OutboxEntry;
import vn.edoc.spi.OutboxStore;
import vn.edoc.spi.UnitOfWork;

/**
 * The in-memory outbox (hộp thư đi trong bộ nhớ), taking part in the memory units of work: a message queued by a
 * change commits or rolls back with it. Thread-safe.
 */
public final class MemoryOutboxStore implements OutboxStore {

    private final MemoryTable<OutboxEntry> entries;

    /** A store taking part in the units of work of {@code transactions}. */
    public MemoryOutboxStore(MemoryTransactions transactions) {
        this.entries = new MemoryTable<>(transactions, "outbox entry", OutboxEntry::version);
    }

    private static String key(OrganCode sender, MessageId id) {
        return sender.value() + "|" + id.value();
    }

    @Override
    public void add(UnitOfWork uow, OutboxEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (entry.version() != 1) {
            throw new ConcurrentChangeException("outbox entry", key(entry.sender(), entry.messageId()),
                    entry.version() - 1, 0);
        }
        // version 1 over an existing entry is refused by the table's version rule
        entries.save(uow, key(entry.sender(), entry.messageId()), entry);
    }

    @Override
    public void save(UnitOfWork uow, OutboxEntry entry) {
        Objects.requireNonNull(entry, "entry");
        entries.save(uow, key(entry.sender(), entry.messageId()), entry);
    }

    @Override
    public Optional<OutboxEntry> find(UnitOfWork uow, OrganCode sender, MessageId id) {
        Objects.requireNonNull(uow, "uow");
        if (sender == null || id == null) {
            return Optional.empty();
        }
        return entries.find(uow, key(sender, id));
    }

    @Override
    public Optional<OutboxEntry> find(OrganCode sender, MessageId id) {
        if (sender == null || id == null) {
            return Optional.empty();
        }
        return entries.find(key(sender, id));
    }

    @Override
    public List<OutboxEntry> due(Instant now, int limit) {
        Objects.requireNonNull(now, "now");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        // the table keeps the order queued; the sort is stable, so equal times stay in that order
        return entries.committed(e -> (e.state() == OutboxEntry.State.PENDING
                        || e.state() == OutboxEntry.State.SENDING) && !e.nextAttemptAt().isAfter(now)).stream()
                .sorted(Comparator.comparing(OutboxEntry::nextAttemptAt)).limit(limit).toList();
    }

    @Override
    public List<OutboxEntry> inState(OrganCode sender, OutboxEntry.State state, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        if (sender == null || state == null) {
            return List.of();
        }
        return entries.committed(e -> e.sender().equals(sender) && e.state() == state).stream().skip(offset)
                .limit(limit).toList();
    }
}
