package vn.edoc.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * One SQL statement being built with its parameters in order (instruction SQL), so that a query object becomes one
 * statement whose text the tests can also hand to {@code EXPLAIN}.
 */
final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    Sql append(String sql) {
        text.append(sql);
        return this;
    }

    /** Appends {@code sql}, whose question marks take {@code values} in order. */
    Sql append(String sql, Object... values) {
        text.append(sql);
        Collections.addAll(params, values);
        return this;
    }

    /** Appends {@code " AND column IN (?, ...)"} for {@code values} (sorted, so the text is stable); nothing if empty. */
    Sql andIn(String column, Collection<String> values) {
        if (values.isEmpty()) {
            return this;
        }
        TreeSet<String> sorted = new TreeSet<>(values);
        text.append(" AND ").append(column).append(" IN (")
                .append(String.join(", ", Collections.nCopies(sorted.size(), "?"))).append(')');
        params.addAll(sorted);
        return this;
    }

    String text() {
        return text.toString();
    }

    List<Object> params() {
        return List.copyOf(params);
    }

    /** Binds the parameters to {@code p}. */
    void bind(PreparedStatement p) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            p.setObject(i + 1, params.get(i));
        }
    }

    /**
     * The SQL that orders by record id the same way in every database: byte-wise in PostgreSQL (whose default
     * collation follows the locale), as Java compares strings in H2.
     */
    static String idOrder(Dialect dialect, String column) {
        return dialect == Dialect.POSTGRESQL ? column + " COLLATE \"C\"" : column;
    }

    /**
     * The plan the database chose for this statement, as it ran it: {@code EXPLAIN (ANALYZE, BUFFERS)} in
     * PostgreSQL, {@code EXPLAIN ANALYZE} in H2 (the statement is executed, its rows thrown away).
     */
    String explainAnalyze(JdbcTransactions transactions) {
        String explain = transactions.dialect() == Dialect.POSTGRESQL ? "EXPLAIN (ANALYZE, BUFFERS) "
                : "EXPLAIN ANALYZE ";
        return transactions.outside("explain", c -> {
            try (java.sql.PreparedStatement p = c.prepareStatement(explain + text)) {
                bind(p);
                StringBuilder plan = new StringBuilder();
                try (java.sql.ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            }
        });
    }

    @Override
    public String toString() {
        return text + " " + params;
    }
}
