package vn.edoc.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import vn.edoc.store.jdbc.TestDatabase.Target;

/**
 * H2, the embedded default, answers the two reads of every registration through an index, as its {@code EXPLAIN}
 * says: the audit chain's head by reading the primary key backwards, and the register's clash check by one index
 * per half. Written the plain way, both read the whole chain or register on every registration.
 */
class JdbcH2PlanTest {

    private static String plan(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void theAuditHeadIsTheFirstRowOfThePrimaryKeyReadBackwards() throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(Target.H2_MEMORY); Connection c = db.dataSource().getConnection()) {
            String plan = plan(c, JdbcAuditLog.HEAD, "000.00.01.H37");
            assertThat(plan).containsIgnoringCase("PRIMARY_KEY").contains("index sorted");
        }
    }

    @Test
    void theClashCheckLooksUpTheNumberAndTheDocumentEachByItsIndex() throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(Target.H2_MEMORY); Connection c = db.dataSource().getConnection()) {
            Object[] key = {"000.00.01.H37", "INCOMING", "", 2025};
            String plan = plan(c, JdbcRegisterStore.CLASHES, key[0], key[1], key[2], key[3], 7L, key[0], key[1],
                    key[2], key[3], "in-7");
            assertThat(plan.toUpperCase()).containsPattern("PRIMARY_KEY[^*]*REG_NUMBER = ")
                    .containsPattern("EDOC_REGISTER_ENTRY_DOCUMENT[^*]*DOCUMENT_ID = ");
        }
    }
}
