package vn.edoc.store.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.id.OrganCode;
import vn.edoc.routing.DocumentStore;
import vn.edoc.routing.IncomingRecord;
import vn.edoc.routing.OutgoingRecord;
import vn.edoc.routing.DocumentQuery;
import vn.edoc.spi.Page;
import vn.edoc.spi.PageRequest;
import vn.edoc.spi.UnitOfWork;

/**
 * The in-memory store of incoming and outgoing documents (lưu văn bản trong bộ nhớ), taking part in the units of
 * work of one {@link MemoryTransactions}. Thread-safe.
 */
public final class MemoryDocumentStore implements DocumentStore {

    private final MemoryTable<IncomingRecord> incoming;
    private final MemoryTable<OutgoingRecord> outgoing;
    private final MemoryTable<Object> ids;

    /** A store taking part in the units of work of {@code transactions}. */
    public MemoryDocumentStore(MemoryTransactions transactions) {
        this.incoming = new MemoryTable<>(transactions, "incoming", IncomingRecord::version);
        this.outgoing = new MemoryTable<>(transactions, "outgoing", OutgoingRecord::version);
        this.ids = new MemoryTable<>(transactions, "ids", o -> 0);
    }

    @Override
    public String newId(UnitOfWork uow, String prefix) {
        return ids.newId(uow, prefix == null || prefix.isBlank() ? "doc" : prefix.strip());
    }

    @Override
    public void saveIncoming(UnitOfWork uow, IncomingRecord record) {
        incoming.save(uow, record == null ? null : record.id(), record);
    }

    @Override
    public Optional<IncomingRecord> incoming(UnitOfWork uow, String id) {
        return incoming.find(uow, id);
    }

    @Override
    public Optional<IncomingRecord> incoming(String id) {
        return incoming.find(id);
    }

    @Override
    public List<IncomingRecord> incomingOf(OrganCode organisation) {
        return incoming.committed(r -> r.organisation().equals(organisation));
    }

    @Override
    public List<IncomingRecord> incomingFrom(UnitOfWork uow, OrganCode receiver, OrganCode sender,
                                             String senderRef) {
        return incoming.seen(uow, r -> r.organisation().equals(receiver) && r.sender().equals(Optional.ofNullable(sender))
                && r.senderRef().equals(senderRef));
    }

    @Override
    public Page<IncomingRecord> findIncoming(DocumentQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        return Page.slice(incoming.committed(query::test), IncomingRecord::id, page);
    }

    @Override
    public Page<OutgoingRecord> findOutgoing(DocumentQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        return Page.slice(outgoing.committed(query::test), OutgoingRecord::id, page);
    }

    @Override
    public void saveOutgoing(UnitOfWork uow, OutgoingRecord record) {
        outgoing.save(uow, record == null ? null : record.id(), record);
    }

    @Override
    public Optional<OutgoingRecord> outgoing(UnitOfWork uow, String id) {
        return outgoing.find(uow, id);
    }

    @Override
    public Optional<OutgoingRecord> outgoing(String id) {
        return outgoing.find(id);
    }

    @Override
    public List<OutgoingRecord> outgoingOf(OrganCode organisation) {
        return outgoing.committed(r -> r.organisation().equals(organisation));
    }
}
