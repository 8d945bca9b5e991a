package vn.edoc.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The SQL databases the JDBC adapter knows (hệ quản trị cơ sở dữ liệu): H2 for embedded use and tests, PostgreSQL in
 * production. The differences kept here are few on purpose: where the migration scripts live, and how a row is
 * inserted only when it is missing.
 */
public enum Dialect {
    /** H2 2.x, embedded or in memory. */
    H2("h2"),
    /** PostgreSQL 12 or newer. */
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The classpath folder of this database's migration scripts, such as {@code db/migration/h2}. */
    public String migrationFolder() {
        return "db/migration/" + folder;
    }

    /** The dialect of the database behind {@code connection}, from its product name. */
    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new JdbcStoreException("unsupported database: " + product + " (edoc knows H2 and PostgreSQL)", null);
    }

    /** True when {@code e} reports a duplicate key (SQLSTATE 23505 in both databases). */
    static boolean isDuplicateKey(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if ("23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code e} is a conflict between concurrent transactions that a retry may resolve: a serialisation
     * failure or deadlock (SQLSTATE 40001, 40P01) or, in H2, a lock wait that timed out (HYT00).
     */
    static boolean isConcurrencyConflict(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            if ("40001".equals(state) || "40P01".equals(state) || "HYT00".equals(state)) {
                return true;
            }
        }
        return false;
    }
}
