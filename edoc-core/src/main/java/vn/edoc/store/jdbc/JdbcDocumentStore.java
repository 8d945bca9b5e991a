package vn.edoc.store.jdbc;

import java.time.Instant;
import java.util.List;
import java.sql.Connection;
import java.sql.SQLException;
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
 * abstract in search form, the handling and issue times). Saves are versioned: a stale or concurrent save changes
 * nothing and is refused. Each page of {@link #findIncoming} and {@link #findOutgoing} is one statement over indexed
 * columns ({@code ORDER BY id}, key cursor {@code id > ?}, {@code FETCH FIRST n + 1 ROWS}); the words of an abstract
 * search are {@code LIKE '%word%'} on the abstract in search form ({@link Diacritics#searchForm}, computed here, so H2
 * and PostgreSQL find the same records), served in PostgreSQL by a trigram index ({@code pg_trgm}).
 */
public final class JdbcDocumentStore implements DocumentStore {

    /** The columns filled from each incoming record on every write; the conditions of a query read them. */
    private static final List<RecordTable.Column<IncomingRecord>> INCOMING_COLUMNS = List.of(
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
            new RecordTable.Column<>("subject_folded", r -> folded(r.document())),
            new RecordTable.Column<>("handled_at", r -> timestamp(r.handledAt().orElse(null))));

    /** The columns filled from each outgoing record on every write. */
    private static final List<RecordTable.Column<OutgoingRecord>> OUTGOING_COLUMNS = List.of(
            new RecordTable.Column<>("unit_id", OutgoingRecord::unitId),
            new RecordTable.Column<>("state", r -> r.state().name()),
            new RecordTable.Column<>("reg_number", OutgoingRecord::number),
            new RecordTable.Column<>("document_id", r -> documentId(r.document())),
            new RecordTable.Column<>("notation", r -> notation(r.document())),
            new RecordTable.Column<>("issue_date", r -> r.document().issueDate().orElse(null)),
            new RecordTable.Column<>("subject_folded", r -> folded(r.document())),
            new RecordTable.Column<>("issued_at", r -> timestamp(r.issuedAt().orElse(null))));

    private final JdbcTransactions transactions;
    private final RecordTable<IncomingRecord> incoming;
    private final RecordTable<OutgoingRecord> outgoing;

    /** A store taking part in the units of work of {@code transactions}. */
    public JdbcDocumentStore(JdbcTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.incoming = incomingTable(transactions);
        this.outgoing = outgoingTable(transactions);
    }

    private static RecordTable<IncomingRecord> incomingTable(JdbcTransactions transactions) {
        return new RecordTable<>(transactions, "edoc_incoming", IncomingRecord.class, IncomingRecord::id,
                IncomingRecord::organisation, IncomingRecord::version, INCOMING_COLUMNS);
    }

    private static RecordTable<OutgoingRecord> outgoingTable(JdbcTransactions transactions) {
        return new RecordTable<>(transactions, "edoc_outgoing", OutgoingRecord.class, OutgoingRecord::id,
                OutgoingRecord::organisation, OutgoingRecord::version, OUTGOING_COLUMNS);
    }

    /** The derived columns of every stored record filled again from its body; see migration V4. */
    static long refresh(Connection c) throws SQLException {
        return incomingTable(null).refresh(c) + outgoingTable(null).refresh(c);
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

    private static String folded(Document d) {
        return Diacritics.searchForm(d.subject().orElse(""));
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
        Objects.requireNonNull(page, "page");
        Sql sql = incomingSql(query, page);
        return page(incoming.query("query edoc_incoming", sql.text(), sql::bind), IncomingRecord::id, page);
    }

    @Override
    public Page<OutgoingRecord> findOutgoing(DocumentQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        Sql sql = outgoingSql(query, page);
        return page(outgoing.query("query edoc_outgoing", sql.text(), sql::bind), OutgoingRecord::id, page);
    }

    /**
     * The statement answering a page of incoming records with the plan the database ran it with
     * ({@code EXPLAIN (ANALYZE, BUFFERS)} in PostgreSQL): for operators checking that their indexes serve edoc.
     */
    public String explainIncoming(DocumentQuery query, PageRequest page) {
        Sql sql = incomingSql(Objects.requireNonNull(query, "query"), Objects.requireNonNull(page, "page"));
        return sql + "\n" + sql.explainAnalyze(transactions);
    }

    /** As {@link #explainIncoming}, for outgoing records. */
    public String explainOutgoing(DocumentQuery query, PageRequest page) {
        Sql sql = outgoingSql(Objects.requireNonNull(query, "query"), Objects.requireNonNull(page, "page"));
        return sql + "\n" + sql.explainAnalyze(transactions);
    }

    private static <T> Page<T> page(List<T> found, java.util.function.Function<T, String> id, PageRequest page) {
        if (found.size() <= page.size()) {
            return new Page<>(found, Optional.empty());
        }
        List<T> items = found.subList(0, page.size());
        return new Page<>(items, Optional.of(id.apply(items.get(items.size() - 1))));
    }

    /**
     * The one statement answering a page of incoming records: organisation and states, the handling time within the
     * period, still waiting at an instant, words of the abstract (trigram-indexed in PostgreSQL), after the cursor
     * id, by id.
     */
    Sql incomingSql(DocumentQuery query, PageRequest page) {
        Sql sql = new Sql().append("SELECT r.body FROM edoc_incoming r WHERE r.organisation = ?",
                query.organisation().value());
        sql.andIn("r.state", query.states());
        query.from().ifPresent(f -> sql.append(" AND r.handled_at >= ?", Rows.timestampCeiling(f)));
        query.before().ifPresent(b -> sql.append(" AND r.handled_at < ?", Rows.timestampCeiling(b)));
        query.waitingAt().ifPresent(at -> {
            Object t = Rows.timestampCeiling(at);
            sql.append(" AND r.received_at < ? AND r.handling_deadline < ?"
                    + " AND (r.handled_at IS NULL OR r.handled_at >= ?)", t, t, t);
        });
        if (query.unitId().isPresent()) {
            // a unit drafts outgoing records only: no incoming record answers
            sql.append(" AND 1 = 0");
        }
        return finish(sql, query, page);
    }

    /**
     * The one statement answering a page of outgoing records: organisation and states, the issue time within the
     * period, the unit, words of the abstract, after the cursor id, by id.
     */
    Sql outgoingSql(DocumentQuery query, PageRequest page) {
        Sql sql = new Sql().append("SELECT r.body FROM edoc_outgoing r WHERE r.organisation = ?",
                query.organisation().value());
        sql.andIn("r.state", query.states());
        query.from().ifPresent(f -> sql.append(" AND r.issued_at >= ?", Rows.timestampCeiling(f)));
        query.before().ifPresent(b -> sql.append(" AND r.issued_at < ?", Rows.timestampCeiling(b)));
        query.unitId().ifPresent(u -> sql.append(" AND r.unit_id = ?", u));
        if (query.waitingAt().isPresent()) {
            // waiting at an instant is a condition on incoming records only
            sql.append(" AND 1 = 0");
        }
        return finish(sql, query, page);
    }

    private Sql finish(Sql sql, DocumentQuery query, PageRequest page) {
        for (String word : query.abstractWords()) {
            sql.append(" AND r.subject_folded LIKE ? ESCAPE '\\'", "%" + escapeLike(word) + "%");
        }
        String id = Sql.idOrder(transactions.dialect(), "r.id");
        page.after().ifPresent(a -> sql.append(" AND " + id + " > ?", a));
        return sql.append(" ORDER BY " + id + " FETCH FIRST " + (page.size() + 1) + " ROWS ONLY");
    }

    /**
     * Adds many new incoming records inside {@code uow} in batched statements (an import, a generated data set):
     * none may exist yet. The engine never calls it.
     */
    public void insertAllIncoming(UnitOfWork uow, List<IncomingRecord> records) {
        Objects.requireNonNull(records, "records");
        records.forEach(r -> Objects.requireNonNull(r, "incoming"));
        incoming.insertAll(uow, records);
    }

    /** Adds many new outgoing records inside {@code uow} in batched statements; see {@link #insertAllIncoming}. */
    public void insertAllOutgoing(UnitOfWork uow, List<OutgoingRecord> records) {
        Objects.requireNonNull(records, "records");
        records.forEach(r -> Objects.requireNonNull(r, "outgoing"));
        outgoing.insertAll(uow, records);
    }

    @Override
    public List<OutgoingRecord> outgoingOf(OrganCode organisation) {
        if (organisation == null) {
            return List.of();
        }
        return outgoing.select(null, "organisation = ? ORDER BY saved_order",
                p -> p.setString(1, organisation.value()));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
