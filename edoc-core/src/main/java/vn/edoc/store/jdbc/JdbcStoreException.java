package vn.edoc.store.jdbc;

import java.sql.SQLException;
import java.util.Optional;

/**
 * The database failed (lỗi cơ sở dữ liệu): lost connection, constraint broken by data edited outside edoc, a
 * commit refused. Nothing of the unit of work it interrupted was applied, unless the failure came during the commit
 * itself, when the database alone knows (the failover tests show the PostgreSQL case). Conflicts between concurrent
 * units of work are reported as {@link vn.edoc.spi.ConcurrentChangeException} instead.
 */
public final class JdbcStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}, caused by {@code cause} (may be {@code null}). */
    public JdbcStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The SQLSTATE of the underlying database error, when there is one. */
    public Optional<String> sqlState() {
        return getCause() instanceof SQLException s ? Optional.ofNullable(s.getSQLState()) : Optional.empty();
    }
}
