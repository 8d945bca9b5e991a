package vn.edoc.examples.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import vn.edoc.document.Attachment;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.Urgency;
import vn.edoc.id.DocumentType;
import vn.edoc.id.OrganCode;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterService;
import vn.edoc.register.RegistrationRequest;
import vn.edoc.spi.ContentRef;
import vn.edoc.store.jdbc.JdbcStores;

/**
 * Committed registrations per second on the JDBC adapter (đăng ký văn bản đến trên cơ sở dữ liệu), H2 in a file and
 * PostgreSQL, at 1, 4 and 16 client threads. One operation is one received document registered as the engine does
 * it: its 8 KiB file stored in the database's content store (its own transaction), then in one committed unit of
 * work a new incoming record, the next number of the organisation's incoming register, the register line and one
 * entry of the organisation's hash-chained audit trail. Each thread is a clerk of an organisation of its own (own
 * register, own audit chain), as pgbench's clients update accounts of their own: the comparison is of the work per
 * transaction, not of lock waits (pgbench -N updates random accounts, its clients rarely wait on one another
 * either). The statistics are refreshed before each iteration ({@link Database#analyse}).
 *
 * <p>PostgreSQL is reached through the system properties {@code edoc.bench.pg.url}, {@code edoc.bench.pg.user} and
 * {@code edoc.bench.pg.password}; each trial drops and recreates the schema {@code edoc_bench} there. The script
 * {@code scripts/bench-jdbc} starts a throwaway server, runs this benchmark and {@code pgbench -N} against the same
 * server at the same client counts, and prints both side by side.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class JdbcRegistrationBenchmark {

    private static final int FILE_SIZE = 8 * 1024;
    private static final Instant NOW = Instant.parse("2025-03-10T02:00:00Z");
    private static final String SCHEMA = "edoc_bench";

    /** A fresh, migrated database for each trial. */
    @State(Scope.Benchmark)
    public static class Database {
        /** {@code h2}: an H2 file database in a temporary folder; {@code postgresql}: the server given. */
        @Param({"h2", "postgresql"})
        public String database;

        HikariDataSource pool;
        JdbcStores stores;
        RegisterService registers;
        Path folder;
        final AtomicInteger organisations = new AtomicInteger();

        /** Creates the database and applies the migrations. */
        @Setup(Level.Trial)
        public void setUp() throws IOException, SQLException {
            HikariConfig config = new HikariConfig();
            config.setMaximumPoolSize(20);
            config.setPoolName("edoc-bench");
            if ("h2".equals(database)) {
                folder = Files.createTempDirectory("edoc-bench-h2-");
                config.setJdbcUrl("jdbc:h2:file:" + folder.resolve("edoc").toAbsolutePath() + ";LOCK_TIMEOUT=20000");
            } else {
                String url = required("edoc.bench.pg.url");
                String user = required("edoc.bench.pg.user");
                String password = System.getProperty("edoc.bench.pg.password", "");
                try (Connection c = DriverManager.getConnection(url, user, password);
                     Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                    s.execute("CREATE SCHEMA " + SCHEMA);
                }
                config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
                config.setUsername(user);
                config.setPassword(password);
            }
            pool = new HikariDataSource(config);
            stores = JdbcStores.migrated(pool);
            registers = new RegisterService(stores.transactions(), stores.sequences(), stores.registers(),
                    stores.audit(), Clock.fixed(NOW, ZoneOffset.UTC));
        }

        /**
         * Refreshes the planner's statistics before each iteration, as autovacuum keeps them in a live database. A
         * schema created a few seconds ago has none (autovacuum looks at a database once a minute), and without
         * them PostgreSQL's generic plan for the duplicate check of the register may read the register through the
         * registration-time index and filter every line of the year, a cost that grows with the register and that no
         * installation in service pays.
         */
        @Setup(Level.Iteration)
        public void analyse() throws SQLException {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }

        /** Closes the pool and removes the H2 files. */
        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            if (folder != null) {
                try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                } catch (SQLException e) {
                    // already shut
                }
            }
            pool.close();
            organisations.set(0);
            if (folder != null) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }

        private static String required(String property) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("system property " + property + " is not set (scripts/bench-jdbc"
                        + " sets it to the PostgreSQL it starts)");
            }
            return value;
        }
    }

    /** One benchmark thread's organisation, its request template and file bytes. */
    @State(Scope.Thread)
    public static class Clerk {
        OrganCode organ;
        byte[] file;
        long sequence;
        RegistrationRequest template;
        Document document;

        /** Takes the next organisation code ({@code 000.00.01.H37}, {@code 000.00.02.H37}, …). */
        @Setup(Level.Trial)
        public void setUp(Database db) {
            organ = OrganCode.parse(String.format("000.00.%02d.H37", db.organisations.incrementAndGet()));
            file = new byte[FILE_SIZE];
            byte[] text = ("%PDF-1.4 công văn của " + organ.value() + " ").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < FILE_SIZE; i++) {
                file[i] = text[i % text.length];
            }
            template = RegistrationRequest.incoming(organ).notation("12/QĐ-UBND")
                    .documentDate(LocalDate.of(2025, 3, 7)).type(DocumentType.QUYET_DINH)
                    .summary("Về việc ban hành Quy chế tiếp nhận, xử lý, phát hành văn bản điện tử")
                    .issuer("Ủy ban nhân dân tỉnh Lạng Sơn").pageCount(4).urgency(Urgency.KHAN)
                    .actorId("vanthu.ubnd").documentId("placeholder").build();
            document = Document.builder().direction(Direction.INCOMING).type(DocumentType.QUYET_DINH)
                    .subject("Quy chế tiếp nhận văn bản điện tử").pageCount(4).build();
        }
    }

    private static RegisterEntry registerOne(Database db, Clerk clerk) {
        // a different file every time, as in life: the sequence goes into the last 8 bytes
        long n = ++clerk.sequence;
        for (int i = 0; i < 8; i++) {
            clerk.file[FILE_SIZE - 1 - i] = (byte) (n >>> (8 * i));
        }
        ContentRef ref = db.stores.content().put(new ByteArrayInputStream(clerk.file));
        Document withFile = clerk.document.toBuilder().addAttachment(new Attachment("qd.pdf", "application/pdf",
                ref.size(), ref.sha256(), Attachment.Role.MAIN)).build();
        return db.stores.transactions().inTransaction(uow -> {
            String id = db.stores.documents().newId(uow, "in");
            RegisterEntry entry = db.registers.register(uow, clerk.template.toBuilder().documentId(id).build());
            db.stores.documents().saveIncoming(uow, RegisteredIncoming.of(id, clerk.organ, withFile, entry.number(), NOW));
            return entry;
        });
    }

    /** One clerk. */
    @Benchmark
    @Threads(1)
    public RegisterEntry clients01(Database db, Clerk clerk) {
        return registerOne(db, clerk);
    }

    /** Four clerks of four organisations. */
    @Benchmark
    @Threads(4)
    public RegisterEntry clients04(Database db, Clerk clerk) {
        return registerOne(db, clerk);
    }

    /** Sixteen clerks of sixteen organisations. */
    @Benchmark
    @Threads(16)
    public RegisterEntry clients16(Database db, Clerk clerk) {
        return registerOne(db, clerk);
    }
}
