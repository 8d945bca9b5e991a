package vn.edoc.store.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.document.Document;
import vn.edoc.id.DocumentId;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;
import vn.edoc.routing.DocumentStore;
import vn.edoc.routing.IncomingRecord;
import vn.edoc.routing.OutgoingRecord;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.routing.DocumentQuery;
import vn.edoc.spi.Page;
import vn.edoc.spi.PageRequest;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.text.Diacritics;

/**
 * Incoming and outgoing documents (văn bản đến, văn bản đi) in {@code edoc_incoming} and {@code edoc_outgoing}, each
 * record whole with the columns its queries use (sender and reference, state, dates, notation, document id, the
 * folded abstract). Saves are versioned: a stale or concurrent save changes nothing and is refused.
 */
public final class JdbcDocumentStore implements DocumentStore {

    private final RecordTable<IncomingRecord> incoming;
    private final RecordTable<OutgoingRecord> outgoing;

    /** A store taking part in the units of work of {@code transactions}. */
    public JdbcDocumentStore(JdbcTransactions transactions) {
        this.incoming = new RecordTable<>(transactions, "edoc_incoming", IncomingRecord.class, IncomingRecord::id,
                IncomingRecord::organisation, IncomingRecord::version, List.of(
                new RecordTable.Column<>("group_id", IncomingRecord::groupId),
                new RecordTable.Column<>("sender", r -> r.sender().map(OrganCode::value).orElse(null)),
                new RecordTable.Column<>("sender_ref", IncomingRecord::senderRef),
                new RecordTable.Column<>("state", r -> r.state().name()),
                new RecordTable.Column<>("received_at", r -> timestamp(r.receivedAt())),
                new RecordTable.Column<>("handling_deadline", r -> timestamp(r.handlingDeadline())),
                new RecordTable.Column<>("reg_number", IncomingRecord::number),
                new RecordTable.Column<>("document_id", r -> documentId(r.document())),
                new RecordTable.Column<>("notation", r -> notation(r.document())),
                new RecordTable.Column<>("issue_date", r -> r.document().issueDate().orElse(null)),
                new RecordTable.Column<>("subject_folded", r -> folded(r.document()))));
        this.outgoing = new RecordTable<>(transactions, "edoc_outgoing", OutgoingRecord.class, OutgoingRecord::id,
                OutgoingRecord::organisation, OutgoingRecord::version, List.of(
                new RecordTable.Column<>("unit_id", OutgoingRecord::unitId),
                new RecordTable.Column<>("state", r -> r.state().name()),
                new RecordTable.Column<>("reg_number", OutgoingRecord::number),
                new RecordTable.Column<>("document_id", r -> documentId(r.document())),
                new RecordTable.Column<>("notation", r -> notation(r.document())),
                new RecordTable.Column<>("issue_date", r -> r.document().issueDate().orElse(null)),
                new RecordTable.Column<>("subject_folded", r -> folded(r.document()))));
    }

    private static Object timestamp(Instant instant) {
        return instant == null ? null : Rows.timestamp(instant);
    }

    private static String documentId(Document d) {
        return d.documentId().map(DocumentId::format).orElse(null);
    }

    private static String notation(Document d) {
        return d.notation().map(Notation::format).orElse(null);
    }

    /**
     * The abstract as searched: without diacritics, lower case, runs of white space as one space; the same folding
     * is applied to the words searched for.
     */
    static String fold(String text) {
        return Diacritics.fold(text).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String folded(Document d) {
        return fold(d.subject().orElse(""));
    }

    @Override
    public String newId(UnitOfWork uow, String prefix) {
        String p = prefix == null || prefix.isBlank() ? "doc" : prefix.strip();
        // one sequence for every record, so the id is new in both tables
        return incoming.newId(uow, p);
    }

    @Override
    public void saveIncoming(UnitOfWork uow, IncomingRecord record) {
        Objects.requireNonNull(record, "incoming");
        if (incoming.save(uow, record) != RecordTable.Write.DONE) {
            throw stale("incoming", record.id(), record.version(), incoming.storedVersion(uow, record.id()));
        }
    }

    static ConcurrentChangeException stale(String what, String id, long given, long stored) {
        return new ConcurrentChangeException(what, id, given - 1, stored);
    }

    @Override
    public Optional<IncomingRecord> incoming(UnitOfWork uow, String id) {
        Objects.requireNonNull(uow, "uow");
        return incoming.find(uow, id);
    }

    @Override
    public Optional<IncomingRecord> incoming(String id) {
        return incoming.find(null, id);
    }

    @Override
    public List<IncomingRecord> incomingOf(OrganCode organisation) {
        if (organisation == null) {
            return List.of();
        }
        return incoming.select(null, "organisation = ? ORDER BY saved_order",
                p -> p.setString(1, organisation.value()));
    }

    @Override
    public List<IncomingRecord> incomingFrom(UnitOfWork uow, OrganCode receiver, OrganCode sender, String senderRef) {
        Objects.requireNonNull(uow, "uow");
        if (receiver == null || senderRef == null) {
            return List.of();
        }
        if (sender == null) {
            return incoming.select(uow, "organisation = ? AND sender IS NULL AND sender_ref = ? ORDER BY saved_order",
                    p -> {
                        p.setString(1, receiver.value());
                        p.setString(2, senderRef);
                    });
        }
        return incoming.select(uow, "organisation = ? AND sender = ? AND sender_ref = ? ORDER BY saved_order", p -> {
            p.setString(1, receiver.value());
            p.setString(2, sender.value());
            p.setString(3, senderRef);
        });
    }

    @Override
    public void saveOutgoing(UnitOfWork uow, OutgoingRecord record) {
        Objects.requireNonNull(record, "outgoing");
        if (outgoing.save(uow, record) != RecordTable.Write.DONE) {
            throw stale("outgoing", record.id(), record.version(), outgoing.storedVersion(uow, record.id()));
        }
    }

    @Override
    public Optional<OutgoingRecord> outgoing(UnitOfWork uow, String id) {
        Objects.requireNonNull(uow, "uow");
        return outgoing.find(uow, id);
    }

    @Override
    public Optional<OutgoingRecord> outgoing(String id) {
        return outgoing.find(null, id);
    }

    @Override
    public Page<IncomingRecord> findIncoming(DocumentQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        // narrowed in SQL on (organisation, state); the period and waiting conditions are applied to those rows
        // until the table carries a handled-at column
        return Page.slice(narrowed(incoming, query).stream().filter(query::test)
                .toList(), IncomingRecord::id, page);
    }

    @Override
    public Page<OutgoingRecord> findOutgoing(DocumentQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        return Page.slice(narrowed(outgoing, query).stream().filter(query::test)
                .toList(), OutgoingRecord::id, page);
    }

    private static <T> List<T> narrowed(RecordTable<T> table, DocumentQuery query) {
        List<String> states = new java.util.ArrayList<>(new java.util.TreeSet<>(query.states()));
        String where = "organisation = ?" + (states.isEmpty() ? ""
                : " AND state IN (" + String.join(", ", java.util.Collections.nCopies(states.size(), "?")) + ")");
        return table.select(null, where, p -> {
            p.setString(1, query.organisation().value());
            for (int i = 0; i < states.size(); i++) {
                p.setString(i + 2, states.get(i));
            }
        });
    }

    @Override
    public List<OutgoingRecord> outgoingOf(OrganCode organisation) {
        if (organisation == null) {
            return List.of();
        }
        return outgoing.select(null, "organisation = ? ORDER BY saved_order",
                p -> p.setString(1, organisation.value()));
    }

    /**
     * The committed incoming records of {@code organisation} whose abstract contains {@code words}, compared without
     * diacritics and case ("quyet dinh" finds "Quyết định"), in the order saved. PostgreSQL answers through the
     * trigram index on the folded abstract; H2 scans the organisation's rows.
     */
    public List<IncomingRecord> searchIncoming(OrganCode organisation, String words) {
        Objects.requireNonNull(organisation, "organisation");
        String pattern = "%" + escapeLike(fold(Objects.requireNonNull(words, "words"))) + "%";
        return incoming.select(null, "organisation = ? AND subject_folded LIKE ? ESCAPE '\\' ORDER BY saved_order",
                p -> {
                    p.setString(1, organisation.value());
                    p.setString(2, pattern);
                });
    }

    /** The committed outgoing records of {@code organisation} whose abstract contains {@code words}; see above. */
    public List<OutgoingRecord> searchOutgoing(OrganCode organisation, String words) {
        Objects.requireNonNull(organisation, "organisation");
        String pattern = "%" + escapeLike(fold(Objects.requireNonNull(words, "words"))) + "%";
        return outgoing.select(null, "organisation = ? AND subject_folded LIKE ? ESCAPE '\\' ORDER BY saved_order",
                p -> {
                    p.setString(1, organisation.value());
                    p.setString(2, pattern);
                });
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
