package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code edoc demo --jdbc-url} on the real PostgreSQL that {@code scripts/test} starts (environment
 * {@code EDOC_TEST_PG_URL}, {@code EDOC_TEST_PG_USER}, {@code EDOC_TEST_PG_PASSWORD}), in a schema of its own: the
 * first run migrates and stores everything, the second continues on it. Fails, never skips, without PostgreSQL.
 */
class DemoOnPostgresTest {

    private final String schema = ("demo_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);

    @Test
    void theDemoRunsTwiceOnPostgresqlAndTheSecondRunContinuesTheFirst() throws Exception {
        try (Connection admin = admin(); Statement s = admin.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = withParameter(env("EDOC_TEST_PG_URL"), "currentSchema=" + schema + ",public");
        String user = env("EDOC_TEST_PG_USER");
        String password = System.getenv().getOrDefault("EDOC_TEST_PG_PASSWORD", "");

        CliRun first = CliRun.of("demo", "--date", "2025-03-03", "--jdbc-url", url, "--user", user,
                "--password", password);
        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("stored in the database jdbc:postgresql:")
                .contains("migrations V1__").contains("Directory stored: 2 organisations")
                .contains("Nông Thị Lan: number 1, 01/QĐ-UBND")
                .contains("Lương Thị Hạnh TOTAL_PASSED").contains("every step as expected")
                .doesNotContain("!!").doesNotContain(password.isEmpty() ? "\u0000" : password);

        CliRun second = CliRun.of("demo", "--date", "2025-03-03", "--jdbc-url", url, "--user", user,
                "--password", password);
        assertThat(second.exit()).as(second.out() + second.err()).isZero();
        assertThat(second.out()).contains("already current")
                .contains("Directory already stored by an earlier run: unchanged")
                .contains("The database already holds 8 register lines of earlier runs")
                .contains("Nông Thị Lan: number 3, 03/QĐ-UBND")
                .contains("Chu Thị Nga: number 4, 04/STTTT-CNTT")
                .contains("every step as expected")
                .doesNotContain("!!");

        // what the demo claims is in the database: four numbers per register and year, gap-free, audit intact
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM edoc_register_entry")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(16);
        }
        CliRun verify = CliRun.of("db", "verify", "--jdbc-url", url, "--user", user, "--password", password);
        assertThat(verify.exit()).as(verify.out()).isZero();
        assertThat(verify.json().path("intact").asBoolean()).isTrue();
        assertThat(verify.json().path("registers")).hasSize(4).allSatisfy(r -> {
            assertThat(r.path("count").asInt()).isEqualTo(4);
            assertThat(r.path("gapFree").asBoolean()).isTrue();
        });
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection admin = admin(); Statement s = admin.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static Connection admin() throws SQLException {
        Connection c = DriverManager.getConnection(env("EDOC_TEST_PG_URL"), env("EDOC_TEST_PG_USER"),
                System.getenv().getOrDefault("EDOC_TEST_PG_PASSWORD", ""));
        try (Statement s = c.createStatement()) {
            // the trigram operators of the migrations live in public, visible from every schema
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public");
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState()) && !"42710".equals(e.getSQLState())) {
                throw e;
            }
        }
        return c;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new AssertionError(name + " is not set: PostgreSQL tests need the database that scripts/test starts"
                    + " (they fail rather than skip)");
        }
        return value;
    }

    private static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }
}
