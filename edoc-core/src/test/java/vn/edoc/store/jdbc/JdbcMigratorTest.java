package vn.edoc.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.edoc.store.jdbc.JdbcMigrator.MigrationException;
import vn.edoc.store.jdbc.TestDatabase.Target;

/** The built-in migrator: applies each script once, records checksums, refuses modified or unknown applied scripts. */
class JdbcMigratorTest {

    @ParameterizedTest
    @EnumSource(Target.class)
    void appliesEveryScriptOnceAndRecordsIt(Target target) throws Exception {
        try (TestDatabase db = TestDatabase.empty(target)) {
            JdbcMigrator migrator = new JdbcMigrator(db.dataSource());
            assertThat(migrator.current()).isEqualTo("0");
            JdbcMigrator.Result first = migrator.migrate();
            List<String> scripts = scripts(migrator, target);
            assertThat(scripts).startsWith("V1__registers_audit_content_records.sql",
                    "V2__documents_tasks_outbox_inbox.sql", "V3__inbox_by_sender_and_quarantine.sql",
                    "V4__indexed_queries.sql");
            assertThat(first.applied()).containsExactlyElementsOf(scripts);
            assertThat(first.current()).isEqualTo(Integer.toString(scripts.size()));
            JdbcMigrator.Result second = migrator.migrate();
            assertThat(second.applied()).isEmpty();
            assertThat(second.current()).isEqualTo(Integer.toString(scripts.size()));
            assertThat(migrator.validate()).isEmpty();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version, checksum FROM edoc_schema_history ORDER BY version")) {
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getInt(1) + ":" + rs.getString(2));
                }
                Dialect dialect = target == Target.POSTGRESQL ? Dialect.POSTGRESQL : Dialect.H2;
                assertThat(rows).containsExactlyElementsOf(migrator.available(dialect).stream()
                        .map(m -> m.version() + ":" + m.checksum()).toList());
            }
        }
    }

    @Test
    void refusesAModifiedAppliedScriptAndChangesNothing(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("db/migration/h2"));
        Files.writeString(folder.resolve("V1__first.sql"), "CREATE TABLE t1 (a INTEGER);\n");
        try (TestDatabase db = TestDatabase.empty(Target.H2_MEMORY);
             URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            JdbcMigrator migrator = new JdbcMigrator(db.dataSource(), loader, Clock.systemUTC());
            assertThat(migrator.migrate().applied()).containsExactly("V1__first.sql");

            Files.writeString(folder.resolve("V1__first.sql"), "CREATE TABLE t1 (a BIGINT);\n");
            Files.writeString(folder.resolve("V2__second.sql"), "CREATE TABLE t2 (b INTEGER);\n");
            assertThatThrownBy(migrator::migrate).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("V1__first.sql was modified after it was applied");
            assertThat(migrator.validate()).get().asString().contains("modified");
            assertThat(migrator.current()).isEqualTo("1");
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeQuery("SELECT * FROM t2")).as("V2 not applied")
                        .isInstanceOf(java.sql.SQLException.class);
            }

            // line endings alone are not a modification
            Files.writeString(folder.resolve("V1__first.sql"), "CREATE TABLE t1 (a INTEGER);\r\n");
            assertThat(migrator.migrate().applied()).containsExactly("V2__second.sql");
        }
    }

    @Test
    void refusesADatabaseMigratedByANewerEdocAndGaps(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("db/migration/h2"));
        Files.writeString(folder.resolve("V1__first.sql"), "CREATE TABLE t1 (a INTEGER);\n");
        Files.writeString(folder.resolve("V2__second.sql"), "CREATE TABLE t2 (a INTEGER);\n");
        try (TestDatabase db = TestDatabase.empty(Target.H2_MEMORY);
             URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            JdbcMigrator migrator = new JdbcMigrator(db.dataSource(), loader, Clock.systemUTC());
            migrator.migrate();
            Files.delete(folder.resolve("V2__second.sql"));
            assertThatThrownBy(migrator::migrate).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("does not know");
            Files.writeString(folder.resolve("V3__third.sql"), "CREATE TABLE t3 (a INTEGER);\n");
            assertThatThrownBy(migrator::migrate).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("without gaps");
            Files.writeString(folder.resolve("V4_bad.sql"), "SELECT 1;\n");
            assertThatThrownBy(() -> migrator.available(Dialect.H2)).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("V4_bad.sql");
        }
    }

    @Test
    void aFailingScriptIsNamedAndNotRecorded(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("db/migration/h2"));
        Files.writeString(folder.resolve("V1__broken.sql"), "-- a comment\nCREATE TABLE t1 (a INTEGER);\n"
                + "CREATE TABLE t1 (a INTEGER);\n");
        try (TestDatabase db = TestDatabase.empty(Target.H2_MEMORY);
             URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            JdbcMigrator migrator = new JdbcMigrator(db.dataSource(), loader, Clock.systemUTC());
            assertThatThrownBy(migrator::migrate).isInstanceOf(MigrationException.class)
                    .hasMessageContaining("V1__broken.sql failed at: CREATE TABLE t1");
            assertThat(migrator.current()).isEqualTo("0");
        }
    }

    @Test
    void twoProcessesMigratingPostgresAtOnceApplyEachScriptOnce() throws Exception {
        try (TestDatabase db = TestDatabase.empty(Target.POSTGRESQL)) {
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<JdbcMigrator.Result>> results = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    results.add(pool.submit(() -> new JdbcMigrator(db.dataSource()).migrate()));
                }
                List<String> applied = new ArrayList<>();
                for (Future<JdbcMigrator.Result> r : results) {
                    applied.addAll(r.get().applied());
                }
                assertThat(applied).containsExactlyInAnyOrderElementsOf(scripts(new JdbcMigrator(db.dataSource()),
                        Target.POSTGRESQL));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void statementsSplitAtSemicolonsEndingALine() {
        assertThat(JdbcMigrator.statements("-- head;\nCREATE TABLE a (x INT);\n\nCREATE INDEX i\n  ON a (x);\nSELECT 1"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE INDEX i\n  ON a (x)", "SELECT 1");
    }

    /** The names of the scripts the migrator finds for {@code target}, in version order. */
    private static List<String> scripts(JdbcMigrator migrator, Target target) {
        return migrator.available(target == Target.POSTGRESQL ? Dialect.POSTGRESQL : Dialect.H2).stream()
                .map(JdbcMigrator.Migration::script).toList();
    }
}
