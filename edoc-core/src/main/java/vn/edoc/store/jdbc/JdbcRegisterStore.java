package vn.edoc.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import vn.edoc.document.Urgency;
import vn.edoc.id.DocumentType;
import vn.edoc.id.OrganCode;
import vn.edoc.internal.json.Json;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterKind;
import vn.edoc.register.RegisterStore;
import vn.edoc.register.RegisterViolation;
import vn.edoc.register.SequenceAllocator;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.validation.EdocRuleException;

/**
 * Register lines (sổ văn bản đến / đi) in {@code edoc_register_entry}, one column per field of
 * {@link RegisterEntry}, so that the digest the audit trail recorded for a line can be recomputed from the row and an
 * edited row is found ({@link JdbcVerifier}). The primary key (organisation, kind, series, year, number) and the
 * unique constraint on the document in a register hold between concurrent units of work; a register's page for a
 * day or period is read through the index on the registration time.
 */
public final class JdbcRegisterStore implements RegisterStore {

    static final String COLUMNS = "organisation, kind, series, reg_year, reg_number, registered_at, registered_nanos,"
            + " document_id, notation, document_date, document_type, summary, correspondents, page_count, urgency,"
            + " actor_id";
    private static final String KEY = "organisation = ? AND kind = ? AND series = ? AND reg_year = ?";
    /** The line of a register with a number (parameters: key, number). */
    private static final String BY_NUMBER = "SELECT " + COLUMNS + " FROM edoc_register_entry WHERE " + KEY
            + " AND reg_number = ?";
    /** The line of a document in a register (parameters: key, document). */
    private static final String BY_DOCUMENT = "SELECT " + COLUMNS + " FROM edoc_register_entry WHERE " + KEY
            + " AND document_id = ?";
    /** The lines of a register holding a number or a document (parameters: key, number, key, document). */
    static final String CLASHES = BY_NUMBER + " UNION ALL " + BY_DOCUMENT;
    private static final String INSERT = "INSERT INTO edoc_register_entry (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTransactions transactions;

    /** A store taking part in the units of work of {@code transactions}. */
    public JdbcRegisterStore(JdbcTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void add(UnitOfWork uow, RegisterEntry entry) {
        transactions.require(uow);
        if (entry == null) {
            throw EdocRuleException.of(RegisterViolation.INCOMING_FIELD_MISSING, "", "entry");
        }
        RegisterKey key = entry.key();
        if (transactions.dialect() == Dialect.POSTGRESQL) {
            // one round trip on the way that succeeds: ON CONFLICT DO NOTHING reports a taken number or document as
            // "no row" instead of an error that would abort the caller's transaction; only then is the clash read
            int added = transactions.inside(uow, "add a line to " + key, c -> {
                try (PreparedStatement p = c.prepareStatement(INSERT + " ON CONFLICT DO NOTHING")) {
                    bindInsert(p, entry);
                    return p.executeUpdate();
                }
            });
            if (added != 1) {
                refuseClash(uow, entry);
                throw EdocRuleException.of(RegisterViolation.DUPLICATE_NUMBER, "number", entry.number(), key);
            }
            return;
        }
        // H2: both refusals from one statement, then the insert (a failed statement would not abort the transaction,
        // but its message is all that would name the clash)
        refuseClash(uow, entry);
        transactions.inside(uow, "add a line to " + key, c -> {
            try (PreparedStatement p = c.prepareStatement(INSERT)) {
                bindInsert(p, entry);
                p.executeUpdate();
            } catch (SQLException e) {
                if (!Dialect.isDuplicateKey(e)) {
                    throw e;
                }
                // a concurrent unit of work added the same number or document first
                if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("edoc_register_entry_document")) {
                    throw EdocRuleException.of(RegisterViolation.DUPLICATE_DOCUMENT, "documentId", entry.documentId(),
                            key, -1);
                }
                throw EdocRuleException.of(RegisterViolation.DUPLICATE_NUMBER, "number", entry.number(), key);
            }
            return null;
        });
    }

    private static void bindInsert(PreparedStatement p, RegisterEntry entry) throws SQLException {
        bindInsert(p, 1, entry);
    }

    /** Binds the parameters of {@link #INSERT} from index {@code from} on; returns the next free index. */
    private static int bindInsert(PreparedStatement p, int from, RegisterEntry entry) throws SQLException {
        JdbcSequenceAllocator.bind(p, from, entry.key());
        p.setLong(from + 4, entry.number());
        Rows.setInstant(p, from + 5, from + 6, entry.registeredAt());
        p.setString(from + 7, entry.documentId());
        p.setString(from + 8, entry.notation());
        p.setObject(from + 9, entry.documentDate());
        p.setString(from + 10, entry.type().name());
        p.setString(from + 11, entry.summary());
        p.setString(from + 12, Json.write(entry.correspondents()));
        p.setInt(from + 13, entry.pageCount());
        p.setString(from + 14, entry.urgency().name());
        p.setString(from + 15, entry.actorId());
        return from + 16;
    }

    /** Refuses {@code entry} when its number or its document is already in its register (as seen in {@code uow}). */
    private void refuseClash(UnitOfWork uow, RegisterEntry entry) {
        RegisterKey key = entry.key();
        // two look-ups, each by its own index: with "reg_number = ? OR document_id = ?" H2 read the whole register
        List<RegisterEntry> clashes = transactions.inside(uow, "read " + key, c -> select(c, CLASHES, key, p -> {
                    p.setLong(5, entry.number());
                    JdbcSequenceAllocator.bind(p, 6, key);
                    p.setString(10, entry.documentId());
                }));
        if (clashes.stream().anyMatch(e -> e.number() == entry.number())) {
            throw EdocRuleException.of(RegisterViolation.DUPLICATE_NUMBER, "number", entry.number(), key);
        }
        if (!clashes.isEmpty()) {
            throw EdocRuleException.of(RegisterViolation.DUPLICATE_DOCUMENT, "documentId", entry.documentId(), key,
                    clashes.get(0).number());
        }
    }

    /**
     * PostgreSQL with this database's own counters: the number taken and the document looked for in one round trip,
     * the look-up sent after the {@code UPDATE} of the counter row, so it runs under that row's lock and sees every
     * line committed before it (a concurrent registration of the same document is found, not hit as a clash). The
     * line itself is then sent with the unit of work's next statement: under the lock, with the document not in the
     * register, its number and document are free, unless the register was edited behind edoc's back, and then the
     * unit of work fails there. A duplicate gives its number back at once, so the caller's unit of work can go on.
     * Anything else (H2, another allocator, a register without a counter row yet) takes the default way.
     */
    @Override
    public NextLine addNext(UnitOfWork uow, RegisterKey key, String documentId, SequenceAllocator sequences,
                            LongFunction<RegisterEntry> line) {
        if (transactions.dialect() != Dialect.POSTGRESQL || !(sequences instanceof JdbcSequenceAllocator own)
                || !own.sharesUnitsOfWorkWith(transactions) || key == null || documentId == null) {
            return RegisterStore.super.addNext(uow, key, documentId, sequences, line);
        }
        record Found(long number, RegisterEntry existing) {
        }
        Found found = transactions.insideWith(uow, "number a line in " + key,
                JdbcSequenceAllocator.INCREMENT_RETURNING + "; " + BY_DOCUMENT, (p, from) -> {
                    JdbcSequenceAllocator.bind(p, from, key);
                    JdbcSequenceAllocator.bind(p, from + 4, key);
                    p.setString(from + 8, documentId);
                    return from + 9;
                }, (c, p) -> {
                    long number;
                    try (ResultSet rs = p.getResultSet()) {
                        number = rs.next() ? rs.getLong(1) : 0L;
                    }
                    if (!p.getMoreResults()) {
                        throw new SQLException("the look-up of document " + documentId + " in " + key + " was not made");
                    }
                    try (ResultSet rs = p.getResultSet()) {
                        return new Found(number, rs.next() ? read(rs) : null);
                    }
                });
        if (found.number() == 0) {
            // the register's first line of the year: its counter row is created the default way
            return RegisterStore.super.addNext(uow, key, documentId, sequences, line);
        }
        if (found.existing() != null) {
            own.giveBack(uow, key);
            return new NextLine(found.existing(), true);
        }
        RegisterEntry entry = line.apply(found.number());
        if (!entry.key().equals(key) || entry.number() != found.number() || !documentId.equals(entry.documentId())) {
            throw new IllegalArgumentException("the line made for number " + found.number() + " of " + key
                    + " is not that line: " + entry.reference());
        }
        transactions.defer(uow, new JdbcTransactions.Deferred("add a line to " + key, INSERT,
                (p, from) -> bindInsert(p, from, entry)));
        return new NextLine(entry, false);
    }

    @Override
    public Optional<RegisterEntry> find(UnitOfWork uow, RegisterKey key, long number) {
        return key == null ? Optional.empty()
                : transactions.inside(uow, "read " + key, c -> byNumber(c, key, number));
    }

    @Override
    public Optional<RegisterEntry> findByDocument(UnitOfWork uow, RegisterKey key, String documentId) {
        if (key == null || documentId == null) {
            return Optional.empty();
        }
        return transactions.inside(uow, "read " + key, c -> {
            List<RegisterEntry> found = select(c, BY_DOCUMENT, key, p -> p.setString(5, documentId));
            return found.stream().findFirst();
        });
    }

    @Override
    public Optional<RegisterEntry> find(RegisterKey key, long number) {
        return key == null ? Optional.empty()
                : transactions.outside("read " + key, c -> byNumber(c, key, number));
    }

    private static Optional<RegisterEntry> byNumber(Connection c, RegisterKey key, long number) throws SQLException {
        return select(c, BY_NUMBER, key, p -> p.setLong(5, number)).stream().findFirst();
    }

    @Override
    public List<RegisterEntry> entries(RegisterKey key) {
        if (key == null) {
            return List.of();
        }
        return transactions.outside("read " + key, c -> select(c, "SELECT " + COLUMNS + " FROM edoc_register_entry"
                + " WHERE " + KEY + " ORDER BY reg_number", key, p -> { }));
    }

    @Override
    public List<RegisterEntry> entriesBetween(RegisterKey key, Instant fromInclusive, Instant toExclusive) {
        if (fromInclusive == null || toExclusive == null) {
            throw EdocRuleException.of(RegisterViolation.PERIOD_INVALID, "", "an end of the period is missing");
        }
        if (key == null) {
            return List.of();
        }
        // the index narrows to the microsecond; the exact bounds (nanoseconds) are applied to the few rows found
        List<RegisterEntry> candidates = transactions.outside("read " + key, c -> select(c, "SELECT " + COLUMNS
                + " FROM edoc_register_entry WHERE " + KEY + " AND registered_at >= ? AND registered_at < ?"
                + " ORDER BY reg_number", key, p -> {
                    p.setObject(5, Rows.timestamp(fromInclusive));
                    p.setObject(6, Rows.timestampCeiling(toExclusive));
                }));
        return candidates.stream()
                .filter(e -> !e.registeredAt().isBefore(fromInclusive) && e.registeredAt().isBefore(toExclusive))
                .toList();
    }

    @Override
    public List<RegisterKey> keys() {
        return transactions.outside("list the registers", c -> {
            List<RegisterKey> keys = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT organisation, kind, series, reg_year"
                    + " FROM edoc_register_entry");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    keys.add(new RegisterKey(OrganCode.parse(rs.getString(1)), RegisterKind.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getInt(4)));
                }
            }
            return keys.stream().sorted().toList();
        });
    }

    /** Binds parameters from 5 on. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement p) throws SQLException;
    }

    private static List<RegisterEntry> select(Connection c, String sql, RegisterKey key, Binder more)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            JdbcSequenceAllocator.bind(p, 1, key);
            more.bind(p);
            List<RegisterEntry> found = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    found.add(read(rs));
                }
            }
            return found;
        }
    }

    /**
     * The entry of the current row (columns as in {@link #COLUMNS}).
     *
     * @throws EdocRuleException when the row holds what no entry can (edited outside edoc)
     */
    static RegisterEntry read(ResultSet rs) throws SQLException {
        RegisterKey key = new RegisterKey(OrganCode.parse(rs.getString("organisation")),
                RegisterKind.valueOf(rs.getString("kind")), rs.getString("series"), rs.getInt("reg_year"));
        List<String> correspondents = new ArrayList<>();
        if (Json.parse(rs.getString("correspondents")) instanceof List<?> list) {
            list.forEach(o -> correspondents.add(String.valueOf(o)));
        }
        return new RegisterEntry(rs.getLong("reg_number"), key, Rows.getInstant(rs, "registered_at",
                "registered_nanos"), rs.getString("document_id"), rs.getString("notation"),
                rs.getObject("document_date", LocalDate.class), DocumentType.valueOf(rs.getString("document_type")),
                rs.getString("summary"), correspondents, rs.getInt("page_count"),
                Urgency.valueOf(rs.getString("urgency")), rs.getString("actor_id"));
    }
}
