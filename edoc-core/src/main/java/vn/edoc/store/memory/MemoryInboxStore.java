package vn.edoc.store.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.InboxEntry;
import vn.edoc.spi.InboxStore;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.QuarantinedMessage;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.UnitOfWork;

/** The in-memory inbox store (sổ thông điệp đến trong bộ nhớ). Thread-safe. */
public final class MemoryInboxStore implements InboxStore {

    private final MemoryTable<InboxEntry> entries;
    private final MemoryTable<QuarantinedMessage> quarantine;

    /** A store taking part in the units of work of {@code transactions}. */
    public MemoryInboxStore(MemoryTransactions transactions) {
        // entries never change: each is "version 1"
        this.entries = new MemoryTable<>(transactions, "inbox entry", e -> 1);
        this.quarantine = new MemoryTable<>(transactions, "quarantined message", QuarantinedMessage::version);
    }

    private static String key(OrganCode receiver, OrganCode sender, MessageId id) {
        return receiver.value() + "|" + sender.value() + "|" + id.value();
    }

    @Override
    public Optional<InboxEntry> find(UnitOfWork uow, OrganCode receiver, OrganCode sender, MessageId id) {
        return entries.find(uow, key(receiver, sender, id));
    }

    @Override
    public void add(UnitOfWork uow, InboxEntry entry) {
        Objects.requireNonNull(entry, "entry");
        String key = key(entry.receiver(), entry.sender(), entry.messageId());
        // units of work run one at a time here, so the check below sees every committed entry
        if (entries.find(uow, key).isPresent()) {
            throw new ConcurrentChangeException("inbox entry", key, 0, 1);
        }
        entries.save(uow, key, entry);
    }

    @Override
    public List<InboxEntry> entries(OrganCode receiver, TransportMessage.Kind kind, int offset, int limit) {
        return page(entries.committed(e -> e.receiver().equals(receiver) && e.kind() == kind), offset, limit);
    }

    @Override
    public String newQuarantineId(UnitOfWork uow) {
        return quarantine.newId(uow, "cl");
    }

    @Override
    public void saveQuarantined(UnitOfWork uow, QuarantinedMessage message) {
        Objects.requireNonNull(message, "message");
        try {
            quarantine.save(uow, message.id(), message);
        } catch (IllegalStateException e) {
            long found = quarantine.find(uow, message.id()).map(QuarantinedMessage::version).orElse(-1L);
            throw new ConcurrentChangeException("quarantined message", message.id(), message.version() - 1, found);
        }
    }

    @Override
    public Optional<QuarantinedMessage> quarantined(UnitOfWork uow, String id) {
        return quarantine.find(uow, id);
    }

    @Override
    public Optional<QuarantinedMessage> quarantined(String id) {
        return quarantine.find(id);
    }

    @Override
    public List<QuarantinedMessage> quarantinedFor(UnitOfWork uow, OrganCode receiver, OrganCode sender,
                                                   MessageId id) {
        return quarantine.seen(uow, q -> q.receiver().equals(receiver) && q.message().from().equals(sender)
                && q.message().id().equals(id));
    }

    @Override
    public List<QuarantinedMessage> quarantinedOf(OrganCode receiver, QuarantinedMessage.State state, int offset,
                                                  int limit) {
        return page(quarantine.committed(q -> q.receiver().equals(receiver) && q.state() == state), offset, limit);
    }

    private static <T> List<T> page(List<T> all, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        return all.stream().skip(offset).limit(limit).toList();
    }
}
