package vn.edoc.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A fresh, empty, migrated database for one test: H2 in memory, H2 in a file, or a schema of its own in the
 * PostgreSQL that {@code scripts/test} starts (environment {@code EDOC_TEST_PG_URL}, {@code EDOC_TEST_PG_USER},
 * {@code EDOC_TEST_PG_PASSWORD}). Without those variables a PostgreSQL test fails: it never skips.
 */
final class TestDatabase implements AutoCloseable {

    /** Where the database lives. */
    enum Target {
        H2_MEMORY, H2_FILE, POSTGRESQL
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Target target;
    private final HikariDataSource dataSource;
    private final String schema;
    private final Path folder;

    private TestDatabase(Target target, HikariDataSource dataSource, String schema, Path folder) {
        this.target = target;
        this.dataSource = dataSource;
        this.schema = schema;
        this.folder = folder;
    }

    /** A fresh database of {@code target}, not migrated. */
    static TestDatabase empty(Target target) {
        return empty(target, 20);
    }

    /** A fresh database of {@code target} behind a pool of at most {@code poolSize} connections, not migrated. */
    static TestDatabase empty(Target target, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(0);
        config.setPoolName("edoc-test-" + COUNTER.incrementAndGet());
        switch (target) {
            case H2_MEMORY -> {
                config.setJdbcUrl("jdbc:h2:mem:edoc-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
                return new TestDatabase(target, new HikariDataSource(config), null, null);
            }
            case H2_FILE -> {
                try {
                    Path folder = Files.createTempDirectory("edoc-h2-");
                    config.setJdbcUrl("jdbc:h2:file:" + folder.resolve("edoc").toAbsolutePath() + ";LOCK_TIMEOUT=20000");
                    return new TestDatabase(target, new HikariDataSource(config), null, folder);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            default -> {
                String schema = ("t" + COUNTER.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8))
                        .toLowerCase(Locale.ROOT);
                try (Connection admin = postgresAdmin(); Statement s = admin.createStatement()) {
                    s.execute("CREATE SCHEMA " + schema);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot create a test schema in PostgreSQL: " + e.getMessage(), e);
                }
                config.setJdbcUrl(withParameter(pgUrl(), "currentSchema=" + schema + ",public"));
                config.setUsername(env("EDOC_TEST_PG_USER"));
                config.setPassword(System.getenv().getOrDefault("EDOC_TEST_PG_PASSWORD", ""));
                return new TestDatabase(target, new HikariDataSource(config), schema, null);
            }
        }
    }

    /** A fresh database of {@code target}, migrated to the latest version. */
    static TestDatabase migrated(Target target) {
        TestDatabase db = empty(target);
        new JdbcMigrator(db.dataSource()).migrate();
        return db;
    }

    static String pgUrl() {
        return env("EDOC_TEST_PG_URL");
    }

    static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new AssertionError(name + " is not set: PostgreSQL tests need the database that scripts/test starts"
                    + " (they fail rather than skip)");
        }
        return value;
    }

    static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }

    /** A plain connection to the test PostgreSQL's database, outside any test schema. */
    static Connection postgresAdmin() throws SQLException {
        Connection c = DriverManager.getConnection(pgUrl(), env("EDOC_TEST_PG_USER"),
                System.getenv().getOrDefault("EDOC_TEST_PG_PASSWORD", ""));
        try (Statement s = c.createStatement()) {
            // the trigram operators live in public, visible from every test schema
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public");
        } catch (SQLException e) {
            // a concurrent creation by another test JVM: fine if it exists now
            if (!"23505".equals(e.getSQLState()) && !"42710".equals(e.getSQLState())) {
                throw e;
            }
        }
        return c;
    }

    Target target() {
        return target;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** The JDBC URL of this database (for a second pool or a child process). */
    String url() {
        return dataSource.getJdbcUrl();
    }

    @Override
    public void close() {
        if (target != Target.POSTGRESQL) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                // already closed
            }
        }
        dataSource.close();
        if (schema != null) {
            try (Connection admin = postgresAdmin(); Statement s = admin.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop test schema " + schema, e);
            }
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp folder left behind is harmless
            }
        }
    }
}
