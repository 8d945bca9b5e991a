package vn.edoc.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.edoc.store.jdbc.TestDatabase.Target;

/**
 * Flyway applies edoc's migration folders and gets the same schema as the built-in migrator: same tables, columns,
 * types, nullability, indexes and sequences. So an installation may migrate with either.
 */
class FlywayEquivalenceTest {

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void flywayAndTheBuiltInMigratorBuildTheSameSchema(Target target) throws SQLException {
        try (TestDatabase ours = TestDatabase.empty(target); TestDatabase theirs = TestDatabase.empty(target)) {
            new JdbcMigrator(ours.dataSource()).migrate();
            String folder = target == Target.POSTGRESQL ? "postgresql" : "h2";
            var result = Flyway.configure().dataSource(theirs.dataSource())
                    .locations("classpath:db/migration/" + folder).load().migrate();
            assertThat(result.migrationsExecuted).isEqualTo(new JdbcMigrator(theirs.dataSource())
                    .available(target == Target.POSTGRESQL ? Dialect.POSTGRESQL : Dialect.H2).size());

            List<String> a = describe(ours, target);
            List<String> b = describe(theirs, target);
            assertThat(a).hasSizeGreaterThan(80).doesNotContain("edoc_schema_history").isEqualTo(b);
            assertThat(a).anyMatch(s -> s.startsWith("index edoc_incoming_subject") || target != Target.POSTGRESQL);
        }
    }

    /** Tables and columns, indexes and sequences of the schema, history tables left out. */
    private static List<String> describe(TestDatabase db, Target target) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            String schema = target == Target.POSTGRESQL ? "current_schema()" : "'PUBLIC'";
            try (ResultSet rs = s.executeQuery("SELECT table_name, column_name, data_type, is_nullable,"
                    + " character_maximum_length FROM information_schema.columns WHERE table_schema = " + schema
                    + " ORDER BY table_name, ordinal_position")) {
                while (rs.next()) {
                    String table = rs.getString(1).toLowerCase();
                    if (table.contains("schema_history")) {
                        continue;
                    }
                    out.add("column " + table + "." + rs.getString(2).toLowerCase() + " " + rs.getString(3) + " "
                            + rs.getString(4) + " " + rs.getString(5));
                }
            }
            String indexes = target == Target.POSTGRESQL
                    ? "SELECT indexname, replace(indexdef, current_schema() || '.', '') FROM pg_indexes"
                            + " WHERE schemaname = current_schema() ORDER BY indexname"
                    : "SELECT i.index_name, i.table_name || ':' || ic.column_name || ':' || ic.ordinal_position"
                            + " FROM information_schema.indexes i JOIN information_schema.index_columns ic"
                            + " ON ic.index_schema = i.index_schema AND ic.index_name = i.index_name"
                            + " WHERE i.index_schema = 'PUBLIC' ORDER BY i.index_name, ic.ordinal_position";
            try (ResultSet rs = s.executeQuery(indexes)) {
                while (rs.next()) {
                    String name = rs.getString(1).toLowerCase();
                    String def = rs.getString(2).toLowerCase();
                    if (name.contains("schema_history") || def.contains("schema_history")) {
                        continue;
                    }
                    // constraint indexes get generated names in H2; keep the definition only for those
                    out.add("index " + (name.startsWith("primary_key") || name.startsWith("constraint")
                            ? "(generated)" : name) + " " + def);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT sequence_name FROM information_schema.sequences"
                    + " WHERE sequence_schema = " + schema + " ORDER BY sequence_name")) {
                while (rs.next()) {
                    out.add("sequence " + rs.getString(1).toLowerCase());
                }
            }
        }
        out.sort(String::compareTo);
        return out;
    }
}
