package vn.edoc.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.edoc.audit.AuditChain;
import vn.edoc.audit.AuditEntry;
import vn.edoc.audit.AuditFlag;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.AuditLog;
import vn.edoc.spi.UnitOfWork;

/**
 * The hash-chained audit trails (nhật ký thao tác) in {@code edoc_audit_entry}, one chain per organisation (the
 * {@code chain} column holds the organisation code), one column per field of {@link AuditEntry}: an entry edited in
 * the table no longer hashes to what the next entry links to, and {@link #verify(OrganCode)} names it.
 *
 * <p>Appending is serialised per chain by {@code SELECT ... FOR UPDATE} on the chain's row in {@code edoc_audit_chain}
 * (taken by {@link #head}, held to the end of the unit of work), so two entries never link to the same predecessor
 * and two organisations never wait on each other. Rows are kept in storage order ({@code position}) per chain;
 * {@link #scan} reads them in that order, exactly as stored.
 */
public final class JdbcAuditLog implements AuditLog {

    static final String ENTRY_COLUMNS = "seq, actor, action, at_time, at_nanos, object_type, object_id,"
            + " before_digest, after_digest, note, flags, previous_hash, entry_hash";
    static final String COLUMNS = "chain, " + ENTRY_COLUMNS;
    /** The last entry of a chain (the order: see {@link #readHeadAfterLock}); on PostgreSQL a backward index scan. */
    static final String HEAD = "SELECT position, " + COLUMNS + " FROM edoc_audit_entry WHERE chain = ?"
            + " ORDER BY chain DESC, position DESC LIMIT 1";

    private final JdbcTransactions transactions;

    /** The trails, taking part in the units of work of {@code transactions}. */
    public JdbcAuditLog(JdbcTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** The key under which a unit of work keeps the head of one chain it locked. */
    private record HeadKey(JdbcAuditLog log, String chain) {
    }

    /** The head seen in a unit of work: the last entry (null when none) and its storage position. */
    private record Head(AuditEntry entry, long position) {
    }

    @Override
    public Optional<AuditEntry> head(UnitOfWork uow, OrganCode organisation) {
        Objects.requireNonNull(organisation, "organisation");
        return Optional.ofNullable(lockedHead(uow, organisation.value()).entry());
    }

    private Head lockedHead(UnitOfWork uow, String chain) {
        JdbcUnitOfWork u = transactions.require(uow);
        HeadKey headKey = new HeadKey(this, chain);
        Head cached = u.stateOrNull(headKey);
        if (cached != null) {
            return cached;
        }
        Head head = transactions.dialect() == Dialect.POSTGRESQL ? lockAndReadHead(uow, chain) : null;
        if (head == null) {
            head = readHeadAfterLock(uow, chain);
        }
        u.put(headKey, head);
        return head;
    }

    /**
     * Locks the chain (creating its row the first time) and reads its head. The order names the chain too although
     * the chain is fixed: H2 then reads the primary key backwards and stops at the first row, where {@code ORDER BY
     * position DESC} alone made it sort the whole chain on every append (9.5 ms at 200,000 entries instead of 0.08).
     */
    private Head readHeadAfterLock(UnitOfWork uow, String chain) {
        return transactions.inside(uow, "lock the audit chain", c -> {
            lockChain(c, chain);
            try (PreparedStatement p = c.prepareStatement(HEAD)) {
                p.setString(1, chain);
                try (ResultSet rs = p.executeQuery()) {
                    return head(rs);
                }
            }
        });
    }

    /**
     * PostgreSQL, a chain that exists: the lock and the read of the head sent together, and with the writes waiting
     * in the unit of work, in one round trip. The driver sends the statements one after the other; the read takes its
     * snapshot only once the lock is held (READ COMMITTED: one snapshot per statement), so it sees the head the
     * previous holder committed. Null when the chain has no row yet.
     */
    private Head lockAndReadHead(UnitOfWork uow, String chain) {
        return transactions.insideWith(uow, "lock the audit chain",
                "SELECT chain FROM edoc_audit_chain WHERE chain = ? FOR UPDATE; " + HEAD, (p, from) -> {
                    p.setString(from, chain);
                    p.setString(from + 1, chain);
                    return from + 2;
                }, (c, p) -> {
                    try (ResultSet locked = p.getResultSet()) {
                        if (!locked.next()) {
                            return null;
                        }
                    }
                    if (!p.getMoreResults()) {
                        throw new SQLException("the head of audit chain " + chain + " was not read");
                    }
                    try (ResultSet rs = p.getResultSet()) {
                        return head(rs);
                    }
                });
    }

    /** The head in the result of {@link #HEAD}: the chain's last entry, or none at position 0. */
    private static Head head(ResultSet rs) throws SQLException {
        return rs.next() ? new Head(read(rs), rs.getLong("position")) : new Head(null, 0);
    }

    private void lockChain(Connection c, String chain) throws SQLException {
        String create = transactions.dialect() == Dialect.POSTGRESQL
                ? "INSERT INTO edoc_audit_chain (chain) VALUES (?) ON CONFLICT DO NOTHING"
                : "MERGE INTO edoc_audit_chain (chain) KEY (chain) VALUES (?)";
        try (PreparedStatement p = c.prepareStatement("SELECT chain FROM edoc_audit_chain WHERE chain = ? FOR UPDATE")) {
            p.setString(1, chain);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement(create)) {
            p.setString(1, chain);
            p.executeUpdate();
        } catch (SQLException e) {
            if (!Dialect.isDuplicateKey(e)) {
                throw e;
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT chain FROM edoc_audit_chain WHERE chain = ? FOR UPDATE")) {
            p.setString(1, chain);
            p.executeQuery().close();
        }
    }

    @Override
    public void store(UnitOfWork uow, AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        String chain = Objects.requireNonNull(entry.organisation(), "entry.organisation").value();
        Head head = lockedHead(uow, chain);
        long expected = head.entry() == null ? 1L : head.entry().sequence() + 1;
        String previous = head.entry() == null ? AuditChain.GENESIS : head.entry().hash();
        if (entry.sequence() != expected || !previous.equals(entry.previousHash())) {
            throw new IllegalStateException("audit entry " + entry.sequence() + " does not follow the head ("
                    + (expected - 1) + "); use append()");
        }
        long position = head.position() + 1;
        // the chain is locked and the position follows its head: the insert can only write its row, so it waits to
        // travel with the unit of work's next statement (a round trip fewer for a registration)
        transactions.defer(uow, new JdbcTransactions.Deferred("append to the audit chain", INSERT,
                (p, from) -> bind(p, from, chain, position, entry)));
        transactions.require(uow).put(new HeadKey(this, chain), new Head(entry, position));
    }

    private static final String INSERT = "INSERT INTO edoc_audit_entry (chain, position, " + ENTRY_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static void insert(Connection c, String chain, long position, AuditEntry e) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(INSERT)) {
            bind(p, 1, chain, position, e);
            p.executeUpdate();
        }
    }

    /** Binds the parameters of {@link #INSERT} from {@code at} on; returns the next free index. */
    private static int bind(PreparedStatement p, int at, String chain, long position, AuditEntry e)
            throws SQLException {
        p.setString(at, chain);
        p.setLong(at + 1, position);
        p.setLong(at + 2, e.sequence());
        p.setString(at + 3, e.actor());
        p.setString(at + 4, e.action());
        Rows.setInstant(p, at + 5, at + 6, e.time());
        p.setString(at + 7, e.objectType());
        p.setString(at + 8, e.objectId());
        p.setString(at + 9, e.beforeDigest());
        p.setString(at + 10, e.afterDigest());
        p.setString(at + 11, e.comment());
        p.setString(at + 12, e.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        p.setString(at + 13, e.previousHash());
        p.setString(at + 14, e.hash());
        return at + 15;
    }

    /** The entry of the current row; an unknown flag (a row edited outside edoc) fails with IllegalArgumentException. */
    static AuditEntry read(ResultSet rs) throws SQLException {
        String flagText = rs.getString("flags");
        Set<AuditFlag> flags = EnumSet.noneOf(AuditFlag.class);
        if (flagText != null && !flagText.isEmpty()) {
            for (String f : flagText.split(",")) {
                flags.add(AuditFlag.valueOf(f));
            }
        }
        return new AuditEntry(OrganCode.parse(rs.getString("chain")), rs.getLong("seq"), rs.getString("actor"), rs.getString("action"),
                Rows.getInstant(rs, "at_time", "at_nanos"), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("before_digest"), rs.getString("after_digest"), rs.getString("note"), flags,
                rs.getString("previous_hash"), rs.getString("entry_hash"));
    }

    @Override
    public void scan(OrganCode organisation, Consumer<? super AuditEntry> sink) {
        String chain = organisation.value();
        Objects.requireNonNull(sink, "sink");
        // a cursor in a read-only transaction, so that PostgreSQL streams the rows in batches instead of all at once
        transactions.outside("read the audit chain", c -> {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM edoc_audit_entry"
                    + " WHERE chain = ? ORDER BY position")) {
                p.setFetchSize(500);
                p.setString(1, chain);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(read(rs));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            return null;
        });
    }

    @Override
    public List<AuditEntry> read(OrganCode organisation, long fromSequence, int limit) {
        String chain = organisation.value();
        if (limit <= 0) {
            return List.of();
        }
        return transactions.outside("read the audit chain", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM edoc_audit_entry"
                    + " WHERE chain = ? AND seq >= ? ORDER BY seq, position LIMIT ?")) {
                p.setString(1, chain);
                p.setLong(2, Math.max(1, fromSequence));
                p.setInt(3, limit);
                List<AuditEntry> found = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        found.add(read(rs));
                    }
                }
                return List.copyOf(found);
            }
        });
    }

    @Override
    public long size(OrganCode organisation) {
        String chain = organisation.value();
        return transactions.outside("count the audit chain", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM edoc_audit_entry WHERE chain = ?")) {
                p.setString(1, chain);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public List<OrganCode> organisations() {
        return transactions.outside("list the audit chains", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT chain FROM edoc_audit_entry")) {
                List<OrganCode> found = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        found.add(OrganCode.parse(rs.getString(1)));
                    }
                }
                found.sort(java.util.Comparator.comparing(OrganCode::value));
                return List.copyOf(found);
            }
        });
    }

    /**
     * Replaces the stored entries of the chain of {@code organisation} by {@code edit} of them (positions 1, 2, …),
     * bypassing the chain: what an attacker with access to the table can do. For the conformance kit's tampering
     * tests only.
     */
    void rewriteStoredEntries(OrganCode organisation, java.util.function.UnaryOperator<List<AuditEntry>> edit) {
        String chain = organisation.value();
        List<AuditEntry> current = new ArrayList<>();
        scan(organisation, current::add);
        List<AuditEntry> edited = edit.apply(current);
        transactions.run(uow -> transactions.inside(uow, "rewrite the audit chain", c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM edoc_audit_entry WHERE chain = ?")) {
                p.setString(1, chain);
                p.executeUpdate();
            }
            long position = 1;
            for (AuditEntry e : edited) {
                insert(c, chain, position++, e);
            }
            return null;
        }));
    }
}
