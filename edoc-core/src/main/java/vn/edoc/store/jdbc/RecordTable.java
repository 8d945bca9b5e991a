package vn.edoc.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.UnitOfWork;

/**
 * A table keeping one kind of record whole ({@code body}, JSON by {@link RecordCodec}) under
 * (organisation, id), with a {@code version} column for optimistic concurrency and the extra columns its queries
 * filter on. Writes go through the unit of work's connection; {@code UPDATE ... WHERE version = ?} makes the
 * second of two concurrent writers of one record change nothing, and the caller refuses it.
 *
 * @param <V> the record type
 */
final class RecordTable<V> {

    /** An extra column filled from the record, for indexes and queries. */
    record Column<V>(String name, Function<V, Object> value) {
    }

    /**
     * Rows of a child table derived from the record (such as the cooperations of a task), rewritten in the same
     * transaction each time the record is written.
     */
    @FunctionalInterface
    interface Children<V> {
        /** Replaces the child rows of {@code rows} (those of new records: {@code replace} false, none to delete). */
        void write(Connection c, List<V> rows, boolean replace) throws SQLException;
    }

    /** The outcome of a versioned write. */
    enum Write {
        DONE, ALREADY_EXISTS, STALE
    }

    private final JdbcTransactions transactions;
    private final String table;
    private final Class<V> type;
    private final Function<V, String> id;
    private final Function<V, OrganCode> organisation;
    private final ToLongFunction<V> version;
    private final List<Column<V>> columns;
    private final Children<V> children;
    /** {@code INSERT INTO table (every column) VALUES (?, ...)}, built once: every insert sends it. */
    private final String insertSql;

    RecordTable(JdbcTransactions transactions, String table, Class<V> type, Function<V, String> id,
                Function<V, OrganCode> organisation, ToLongFunction<V> version, List<Column<V>> columns) {
        this(transactions, table, type, id, organisation, version, columns, null);
    }

    RecordTable(JdbcTransactions transactions, String table, Class<V> type, Function<V, String> id,
                Function<V, OrganCode> organisation, ToLongFunction<V> version, List<Column<V>> columns,
                Children<V> children) {
        this.children = children;
        this.transactions = transactions;
        this.table = table;
        this.type = type;
        this.id = id;
        this.organisation = organisation;
        this.version = version;
        this.columns = List.copyOf(columns);
        this.insertSql = buildInsertSql();
    }

    String table() {
        return table;
    }

    /**
     * A new id {@code prefix-N} from the shared sequence, skipping any id this table already holds (ids given by
     * hand, imports).
     */
    String newId(UnitOfWork uow, String prefix) {
        return transactions.inside(uow, "take a new id", c -> {
            if (transactions.dialect() == Dialect.POSTGRESQL) {
                // the number and the look-up in one round trip
                while (true) {
                    try (PreparedStatement p = c.prepareStatement("SELECT s.n, EXISTS (SELECT 1 FROM " + table
                            + " WHERE id = ? || CAST(s.n AS TEXT)) FROM (SELECT nextval('edoc_record_id') AS n) s")) {
                        p.setString(1, prefix + "-");
                        try (ResultSet rs = p.executeQuery()) {
                            rs.next();
                            if (!rs.getBoolean(2)) {
                                String fresh = prefix + "-" + rs.getLong(1);
                                freshIds(uow).add(fresh);
                                return fresh;
                            }
                        }
                    }
                }
            }
            while (true) {
                String candidate = prefix + "-" + nextNumber(c);
                if (find(c, candidate).isEmpty()) {
                    return candidate;
                }
            }
        });
    }

    /** The ids {@link #newId} handed out in {@code uow} and not yet inserted, checked free when taken. */
    private Set<String> freshIds(UnitOfWork uow) {
        return transactions.require(uow).state(new FreshIds(this), () -> new HashSet<>(2));
    }

    /** The key of one table's fresh ids in a unit of work's state. */
    private record FreshIds(RecordTable<?> table) {
    }

    private long nextNumber(Connection c) throws SQLException {
        String sql = transactions.dialect() == Dialect.POSTGRESQL ? "SELECT nextval('edoc_record_id')"
                : "SELECT NEXT VALUE FOR edoc_record_id";
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Inserts {@code row} as new; {@link Write#ALREADY_EXISTS} when its id is taken (in any organisation: the primary
     * key is per organisation, an id is unique across them).
     */
    Write insert(UnitOfWork uow, V row) {
        if (transactions.dialect() == Dialect.POSTGRESQL && children == null && freshIds(uow).remove(id.apply(row))) {
            // an id this unit of work took from the sequence and found free in every organisation: the insert can
            // only write its row, so it waits to travel with the next statement or with the commit
            transactions.defer(uow, new JdbcTransactions.Deferred("insert into " + table, insertSql,
                    (p, from) -> bindInsert(p, from, row), true));
            return Write.DONE;
        }
        if (transactions.dialect() == Dialect.POSTGRESQL) {
            String sql = insertSql + " ON CONFLICT DO NOTHING; SELECT COUNT(*) FROM " + table + " WHERE id = ?";
            return transactions.insideWith(uow, "insert into " + table, sql, (p, from) -> {
                int i = bindInsert(p, from, row);
                p.setString(i, id.apply(row));
                return i + 1;
            }, (c, p) -> insertChecked(c, p, row));
        }
        return transactions.inside(uow, "insert into " + table, c -> {
            if (find(c, id.apply(row)).isPresent()) {
                return Write.ALREADY_EXISTS;
            }
            try (PreparedStatement p = c.prepareStatement(insertSql)) {
                bindInsert(p, 1, row);
                p.executeUpdate();
                if (children != null) {
                    children.write(c, List.of(row), false);
                }
                return Write.DONE;
            } catch (SQLException e) {
                if (Dialect.isDuplicateKey(e)) {
                    return Write.ALREADY_EXISTS;
                }
                throw e;
            }
        });
    }

    /**
     * PostgreSQL: the outcome of the insert and of the check that no other organisation holds the id, sent together
     * in one round trip (a look-up before the insert would be a second one) with any write waiting in the unit of
     * work. {@code ON CONFLICT DO NOTHING} turns a taken id in the
     * same organisation into "no row inserted" instead of an error, which would abort the whole transaction; an id
     * held in another organisation is seen by the count that follows (READ COMMITTED: it takes its snapshot after
     * the insert), and the row just inserted is taken back.
     */
    private Write insertChecked(Connection c, PreparedStatement executed, V row) throws SQLException {
        String recordId = id.apply(row);
        int inserted = executed.getUpdateCount();
        if (!executed.getMoreResults()) {
            throw new SQLException("the id check of " + table + " returned no count");
        }
        long holders;
        try (ResultSet rs = executed.getResultSet()) {
            rs.next();
            holders = rs.getLong(1);
        }
        if (inserted != 1) {
            return Write.ALREADY_EXISTS;
        }
        if (holders > 1) {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table
                    + " WHERE organisation = ? AND id = ?")) {
                p.setString(1, organisation.apply(row).value());
                p.setString(2, recordId);
                p.executeUpdate();
            }
            return Write.ALREADY_EXISTS;
        }
        if (children != null) {
            children.write(c, List.of(row), false);
        }
        return Write.DONE;
    }

    /** {@code INSERT INTO table (every column) VALUES (?, ...)}, with {@code version} when the table keeps one. */
    private String buildInsertSql() {
        StringBuilder names = new StringBuilder("organisation, id, ");
        StringBuilder marks = new StringBuilder("?, ?, ");
        if (version != null) {
            names.append("version, ");
            marks.append("?, ");
        }
        for (Column<V> col : columns) {
            names.append(col.name()).append(", ");
            marks.append("?, ");
        }
        return "INSERT INTO " + table + " (" + names + "body) VALUES (" + marks + "?)";
    }

    /** Binds the parameters of {@link #insertSql} from {@code from} on; returns the next free index. */
    private int bindInsert(PreparedStatement p, int from, V row) throws SQLException {
        int i = from;
        p.setString(i++, organisation.apply(row).value());
        p.setString(i++, id.apply(row));
        if (version != null) {
            p.setLong(i++, version.applyAsLong(row));
        }
        for (Column<V> col : columns) {
            p.setObject(i++, col.value().apply(row));
        }
        p.setString(i++, RecordCodec.write(row));
        return i;
    }

    /**
     * Inserts {@code rows}, all new, in batches of a thousand rows (with the PostgreSQL driver's
     * {@code reWriteBatchedInserts=true}, multi-row inserts); a duplicate id fails the batch.
     */
    void insertAll(UnitOfWork uow, List<V> rows) {
        transactions.inside(uow, "insert into " + table, c -> {
            StringBuilder names = new StringBuilder("organisation, id, version, ");
            StringBuilder marks = new StringBuilder("?, ?, ?, ");
            for (Column<V> col : columns) {
                names.append(col.name()).append(", ");
                marks.append("?, ");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table + " (" + names + "body) VALUES ("
                    + marks + "?)")) {
                for (int from = 0; from < rows.size(); from += 1000) {
                    List<V> batch = rows.subList(from, Math.min(rows.size(), from + 1000));
                    for (V row : batch) {
                        int i = 1;
                        p.setString(i++, organisation.apply(row).value());
                        p.setString(i++, id.apply(row));
                        p.setLong(i++, version.applyAsLong(row));
                        for (Column<V> col : columns) {
                            p.setObject(i++, col.value().apply(row));
                        }
                        p.setString(i, RecordCodec.write(row));
                        p.addBatch();
                    }
                    p.executeBatch();
                    if (children != null) {
                        children.write(c, batch, false);
                    }
                }
            }
            return null;
        });
    }

    /** Replaces the stored version {@code version - 1} of {@code row}; {@link Write#STALE} when it is not stored. */
    Write update(UnitOfWork uow, V row) {
        StringBuilder set = new StringBuilder("version = ?, ");
        for (Column<V> col : columns) {
            set.append(col.name()).append(" = ?, ");
        }
        set.append("body = ?");
        String sql = "UPDATE " + table + " SET " + set + " WHERE organisation = ? AND id = ? AND version = ?";
        // with any write waiting in the unit of work (such as its audit entry), in one round trip
        return transactions.insideWith(uow, "update " + table, sql, (p, from) -> {
            long v = version.applyAsLong(row);
            int i = from;
            p.setLong(i++, v);
            for (Column<V> col : columns) {
                p.setObject(i++, col.value().apply(row));
            }
            p.setString(i++, RecordCodec.write(row));
            p.setString(i++, organisation.apply(row).value());
            p.setString(i++, id.apply(row));
            p.setLong(i++, v - 1);
            return i;
        }, (c, p) -> {
            if (p.getUpdateCount() != 1) {
                return Write.STALE;
            }
            if (children != null) {
                children.write(c, List.of(row), true);
            }
            return Write.DONE;
        });
    }

    /** Saves by version: 1 inserts, n > 1 replaces n - 1. */
    Write save(UnitOfWork uow, V row) {
        return version.applyAsLong(row) == 1 ? insert(uow, row) : update(uow, row);
    }

    /** The stored version of record {@code id} as seen in {@code uow} (or committed when null); -1 when none. */
    long storedVersion(UnitOfWork uow, String recordId) {
        return transactions.either(uow, "read " + table, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT version FROM " + table + " WHERE id = ?")) {
                p.setString(1, recordId);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1L;
                }
            }
        });
    }

    Optional<V> find(UnitOfWork uow, String recordId) {
        if (recordId == null) {
            return Optional.empty();
        }
        return transactions.either(uow, "read " + table, c -> find(c, recordId));
    }

    private Optional<V> find(Connection c, String recordId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT body FROM " + table + " WHERE id = ?")) {
            p.setString(1, recordId);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(RecordCodec.read(rs.getString(1), type)) : Optional.empty();
            }
        }
    }

    /** Binds query parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement p) throws SQLException;
    }

    /**
     * The committed records answered by {@code sql}, a whole statement whose first column is the body (a page query
     * with its joins, order and limit).
     */
    List<V> query(String what, String sql, Binder binder) {
        return transactions.outside(what, c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                binder.bind(p);
                List<V> found = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        found.add(RecordCodec.read(rs.getString(1), type));
                    }
                }
                return List.copyOf(found);
            }
        });
    }

    /**
     * Fills the derived columns and child rows of every stored record again from its body, a thousand rows per
     * statement, on {@code c} (for a migration that added columns: the rows saved before it). Returns the number of
     * records refreshed.
     */
    long refresh(Connection c) throws SQLException {
        StringBuilder set = new StringBuilder();
        for (Column<V> col : columns) {
            set.append(set.isEmpty() ? "" : ", ").append(col.name()).append(" = ?");
        }
        long count = 0;
        String last = null;
        while (true) {
            List<V> batch = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, body FROM " + table
                    + (last == null ? "" : " WHERE id > ?") + " ORDER BY id FETCH FIRST 1000 ROWS ONLY")) {
                if (last != null) {
                    p.setString(1, last);
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        last = rs.getString(1);
                        batch.add(RecordCodec.read(rs.getString(2), type));
                    }
                }
            }
            if (batch.isEmpty()) {
                return count;
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE " + table + " SET " + set
                    + " WHERE organisation = ? AND id = ?")) {
                for (V row : batch) {
                    int i = 1;
                    for (Column<V> col : columns) {
                        p.setObject(i++, col.value().apply(row));
                    }
                    p.setString(i++, organisation.apply(row).value());
                    p.setString(i, id.apply(row));
                    p.addBatch();
                }
                p.executeBatch();
            }
            if (children != null) {
                children.write(c, batch, true);
            }
            count += batch.size();
        }
    }

    /** The records matching {@code where} (SQL after WHERE, with its ORDER BY), in {@code uow} or committed. */
    List<V> select(UnitOfWork uow, String where, Binder binder) {
        return transactions.either(uow, "query " + table, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT body FROM " + table + " WHERE " + where)) {
                binder.bind(p);
                List<V> found = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        found.add(RecordCodec.read(rs.getString(1), type));
                    }
                }
                return List.copyOf(found);
            }
        });
    }
}
