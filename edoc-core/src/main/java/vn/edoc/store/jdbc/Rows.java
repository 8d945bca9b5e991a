package vn.edoc.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Column conventions of the JDBC adapter. An instant is kept in two columns: a {@code TIMESTAMP WITH TIME ZONE}
 * holding it to the microsecond (what indexes and people read) and an {@code INTEGER} holding its exact
 * nano-of-second, because PostgreSQL keeps microseconds only and a record must come back equal to what was saved.
 */
final class Rows {

    private Rows() {
    }

    /** Sets {@code instant} (may be null) into the timestamp parameter {@code at} and the nanos parameter {@code nanos}. */
    static void setInstant(PreparedStatement p, int at, int nanos, Instant instant) throws SQLException {
        if (instant == null) {
            p.setNull(at, Types.TIMESTAMP_WITH_TIMEZONE);
            p.setNull(nanos, Types.INTEGER);
        } else {
            p.setObject(at, timestamp(instant));
            p.setInt(nanos, instant.getNano());
        }
    }

    /** The instant to the microsecond, truncated (never rounded up across a second), for a timestamp column. */
    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /** The smallest timestamp-column value not before {@code instant} (for an exclusive upper bound). */
    static OffsetDateTime timestampCeiling(Instant instant) {
        Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
        return OffsetDateTime.ofInstant(micros.equals(instant) ? micros : micros.plus(1, ChronoUnit.MICROS),
                ZoneOffset.UTC);
    }

    /** The instant kept in the timestamp column {@code at} and the nanos column {@code nanos}; null when null. */
    static Instant getInstant(ResultSet rs, String at, String nanos) throws SQLException {
        OffsetDateTime t = rs.getObject(at, OffsetDateTime.class);
        if (t == null) {
            return null;
        }
        return t.toInstant().truncatedTo(ChronoUnit.SECONDS).plusNanos(rs.getInt(nanos));
    }
}
