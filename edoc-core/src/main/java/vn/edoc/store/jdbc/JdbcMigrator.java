package vn.edoc.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.internal.hash.Sha256;

/**
 * The built-in schema migrator (công cụ nâng cấp lược đồ): applies the versioned SQL scripts of
 * {@code db/migration/h2} or {@code db/migration/postgresql} on the classpath, named as Flyway names them
 * ({@code V1__description.sql}), so that an installation that prefers Flyway can point it at the same folder and
 * get the same schema.
 *
 * <p>Applied scripts are recorded in {@code edoc_schema_history} with the SHA-256 of their text (line endings
 * normalised). A migration refuses to run, and changes nothing, when an applied script was modified since, when an
 * applied script is missing (a database newer than this edoc), or when versions are not 1, 2, 3, … in order.
 *
 * <p>On PostgreSQL all pending scripts and their history rows are applied in one transaction under an advisory lock,
 * so two processes migrating at once apply each script once, and a failing script leaves nothing. H2 commits each
 * DDL statement by itself; there a failing script leaves the statements before it applied, and is not recorded, so
 * it is retried next time (edoc's scripts use {@code IF NOT EXISTS} nowhere; fix the cause and restore the backup).
 */
public final class JdbcMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcMigrator.class);
    private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__([A-Za-z0-9_]+)\\.sql");
    /** The history table. */
    public static final String HISTORY_TABLE = "edoc_schema_history";
    private static final long ADVISORY_LOCK = 0x6564_6f63_6d69_67L; // "edocmig"

    private final DataSource dataSource;
    private final ClassLoader loader;
    private final Clock clock;

    /** A migrator for {@code dataSource}, reading scripts with this class's class loader. */
    public JdbcMigrator(DataSource dataSource) {
        this(dataSource, JdbcMigrator.class.getClassLoader(), Clock.systemUTC());
    }

    /** A migrator reading scripts through {@code loader} and timing with {@code clock}. */
    public JdbcMigrator(DataSource dataSource, ClassLoader loader, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One migration script.
     *
     * @param version     its version number (1, 2, …)
     * @param description the words after {@code __}, underscores as spaces
     * @param script      the file name
     * @param checksum    SHA-256 of the text with line endings normalised to LF
     * @param sql         the text
     */
    public record Migration(int version, String description, String script, String checksum, String sql) {
    }

    /**
     * What {@link #migrate()} did.
     *
     * @param applied the scripts applied now, in order (file names)
     * @param current the version of the schema afterwards, such as {@code "2"}; {@code "0"} for an empty database
     */
    public record Result(List<String> applied, String current) {
        public Result {
            applied = List.copyOf(applied);
            Objects.requireNonNull(current, "current");
        }
    }

    /** The scripts for {@code dialect} found on the classpath, by version; refuses gaps and bad names. */
    public List<Migration> available(Dialect dialect) {
        Map<Integer, Migration> found = new TreeMap<>();
        for (String name : listFolder(dialect.migrationFolder())) {
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                if (name.endsWith(".sql")) {
                    throw new MigrationException("migration script not named V<version>__<description>.sql: " + name);
                }
                continue;
            }
            int version = Integer.parseInt(m.group(1));
            String sql = read(dialect.migrationFolder() + "/" + name);
            Migration migration = new Migration(version, m.group(2).replace('_', ' '), name, checksum(sql), sql);
            if (found.put(version, migration) != null) {
                throw new MigrationException("two migration scripts of version " + version);
            }
        }
        int expected = 1;
        for (int v : found.keySet()) {
            if (v != expected) {
                throw new MigrationException("migration versions must be 1, 2, 3, ... without gaps: " + found.keySet());
            }
            expected++;
        }
        return List.copyOf(found.values());
    }

    /** The checksum recorded for a script: SHA-256 of its text with CR LF and CR turned into LF. */
    public static String checksum(String sql) {
        return Sha256.of(sql.replace("\r\n", "\n").replace('\r', '\n').getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Applies every pending script and returns what was applied.
     *
     * @throws MigrationException when an applied script changed or is missing, or a script fails
     */
    public Result migrate() {
        try (Connection c = dataSource.getConnection()) {
            Dialect dialect = Dialect.of(c);
            List<Migration> scripts = available(dialect);
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                if (dialect == Dialect.POSTGRESQL) {
                    // held to the end of the transaction that creates the history and applies the scripts: two
                    // processes creating the history table at once (even with IF NOT EXISTS) would clash in the
                    // catalogue
                    try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                        lock.setLong(1, ADVISORY_LOCK);
                        lock.execute();
                    }
                    ensureHistory(c);
                } else {
                    ensureHistory(c);
                    c.commit();
                }
                Map<Integer, String> applied = appliedChecksums(c);
                check(applied, scripts);
                List<String> done = new ArrayList<>();
                for (Migration m : scripts) {
                    if (applied.containsKey(m.version())) {
                        continue;
                    }
                    long start = System.nanoTime();
                    execute(c, m);
                    if (m.version() == DERIVED_COLUMNS_VERSION) {
                        long rows = refreshDerivedColumns(c);
                        if (rows > 0) {
                            LOG.info("filled the columns of {} for {} stored records", m.script(), rows);
                        }
                    }
                    recordApplied(c, m, (System.nanoTime() - start) / 1_000_000);
                    if (dialect == Dialect.H2) {
                        c.commit();
                    }
                    done.add(m.script());
                    LOG.info("applied migration {}", m.script());
                }
                c.commit();
                int current = scripts.isEmpty() ? 0 : scripts.get(scripts.size() - 1).version();
                return new Result(done, Integer.toString(Math.max(current, applied.keySet().stream()
                        .mapToInt(Integer::intValue).max().orElse(0))));
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new MigrationException("migration failed: " + e.getMessage(), e);
        }
    }

    /** The migration that added columns derived from the stored records (V4): they are filled when it is applied. */
    static final int DERIVED_COLUMNS_VERSION = 4;

    /**
     * Fills the columns and child rows that migration V4 derives from the stored records (tasks: due-from, monitor,
     * done-at, cooperations; documents: handled-at, issued-at, the abstract in search form) from each record's body,
     * for every stored record, in one transaction. {@link #migrate} does it when it applies V4; an installation that
     * applied V4 with Flyway calls this once afterwards, before edoc saves anything. Returns the number of records.
     */
    public long refreshDerivedColumns() {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                long rows = refreshDerivedColumns(c);
                c.commit();
                return rows;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new MigrationException("cannot fill the derived columns: " + e.getMessage(), e);
        }
    }

    private static long refreshDerivedColumns(Connection c) throws SQLException {
        return JdbcTaskStore.refresh(c) + JdbcDocumentStore.refresh(c);
    }

    /** The version of the schema now: the highest applied version, {@code "0"} when none. */
    public String current() {
        try (Connection c = dataSource.getConnection()) {
            if (!historyExists(c)) {
                return "0";
            }
            return Integer.toString(appliedChecksums(c).keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        } catch (SQLException e) {
            throw new MigrationException("cannot read the schema history: " + e.getMessage(), e);
        }
    }

    /**
     * What is wrong between the database's history and the scripts on the classpath (a modified or missing applied
     * script); empty when nothing. Pending scripts are not a fault.
     */
    public Optional<String> validate() {
        try (Connection c = dataSource.getConnection()) {
            Dialect dialect = Dialect.of(c);
            if (!historyExists(c)) {
                return Optional.empty();
            }
            check(appliedChecksums(c), available(dialect));
            return Optional.empty();
        } catch (MigrationException e) {
            return Optional.of(e.getMessage());
        } catch (SQLException e) {
            throw new MigrationException("cannot read the schema history: " + e.getMessage(), e);
        }
    }

    private static void check(Map<Integer, String> applied, List<Migration> scripts) {
        Map<Integer, Migration> byVersion = new TreeMap<>();
        scripts.forEach(m -> byVersion.put(m.version(), m));
        for (Map.Entry<Integer, String> e : applied.entrySet()) {
            Migration m = byVersion.get(e.getKey());
            if (m == null) {
                throw new MigrationException("the database has migration " + e.getKey()
                        + " applied, which this edoc does not know (a newer edoc migrated it)");
            }
            if (!m.checksum().equals(e.getValue())) {
                throw new MigrationException("migration " + m.script() + " was modified after it was applied"
                        + " (recorded checksum " + e.getValue() + ", script now " + m.checksum() + ")");
            }
        }
    }

    private static boolean historyExists(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeQuery("SELECT COUNT(*) FROM " + HISTORY_TABLE).close();
            return true;
        } catch (SQLException e) {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            return false;
        }
    }

    private static void ensureHistory(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + HISTORY_TABLE + " ("
                    + "version INTEGER NOT NULL PRIMARY KEY, "
                    + "description VARCHAR(200) NOT NULL, "
                    + "script VARCHAR(1000) NOT NULL, "
                    + "checksum VARCHAR(64) NOT NULL, "
                    + "installed_at TIMESTAMP WITH TIME ZONE NOT NULL, "
                    + "execution_ms BIGINT NOT NULL)");
        }
    }

    private static Map<Integer, String> appliedChecksums(Connection c) throws SQLException {
        Map<Integer, String> applied = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, checksum FROM " + HISTORY_TABLE + " ORDER BY version")) {
            while (rs.next()) {
                applied.put(rs.getInt(1), rs.getString(2));
            }
        }
        return applied;
    }

    private static void execute(Connection c, Migration m) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : statements(m.sql())) {
                try {
                    s.execute(statement);
                } catch (SQLException e) {
                    throw new MigrationException("migration " + m.script() + " failed at: " + firstLine(statement)
                            + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private void recordApplied(Connection c, Migration m, long millis) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + HISTORY_TABLE
                + " (version, description, script, checksum, installed_at, execution_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setInt(1, m.version());
            p.setString(2, m.description());
            p.setString(3, m.script());
            p.setString(4, m.checksum());
            p.setTimestamp(5, Timestamp.from(clock.instant()));
            p.setLong(6, millis);
            p.executeUpdate();
        }
    }

    /**
     * The statements of a script: text separated by a semicolon at the end of a line; lines starting with
     * {@code --} are comments. (Our scripts hold no semicolon inside a literal or a function body.)
     */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.replace("\r\n", "\n").split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String firstLine(String statement) {
        int nl = statement.indexOf('\n');
        return nl < 0 ? statement : statement.substring(0, nl);
    }

    private String read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new MigrationException("migration script not readable: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file names directly in a classpath folder, from every classpath root (directory or jar). */
    private List<String> listFolder(String folder) {
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if ("file".equals(url.getProtocol())) {
                    try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of(url.toURI()))) {
                        for (Path p : dir) {
                            if (Files.isRegularFile(p)) {
                                names.add(p.getFileName().toString());
                            }
                        }
                    }
                } else if ("jar".equals(url.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        String prefix = folder + "/";
                        Enumeration<JarEntry> entries = jar.entries();
                        while (entries.hasMoreElements()) {
                            String name = entries.nextElement().getName();
                            if (name.startsWith(prefix) && name.length() > prefix.length()
                                    && name.indexOf('/', prefix.length()) < 0) {
                                names.add(name.substring(prefix.length()));
                            }
                        }
                    }
                } else {
                    throw new MigrationException("cannot list migration scripts at " + url);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new MigrationException("cannot list migration scripts: " + e.getMessage(), e);
        }
        return names;
    }

    /** A migration that cannot or must not run (thất bại khi nâng cấp lược đồ); nothing more was applied. */
    public static final class MigrationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** A refusal or failure described by {@code message}. */
        public MigrationException(String message) {
            super(message);
        }

        /** A failure described by {@code message}, caused by {@code cause}. */
        public MigrationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
