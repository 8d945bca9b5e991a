package vn.edoc.examples.demo;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import vn.edoc.interconnect.axis.AxisServer;
import vn.edoc.interconnect.axis.AxisTransport;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.DeliveryToken;
import vn.edoc.spi.LeasedMessage;
import vn.edoc.spi.Transport;
import vn.edoc.spi.TransportMessage;
import vn.edoc.store.jdbc.JdbcMigrator;
import vn.edoc.store.jdbc.JdbcStores;

/**
 * What the demo's day runs on (hạ tầng của bản demo): a database reached through the JDBC adapter — an embedded H2
 * file database by default, or the PostgreSQL (or H2) at a given URL — migrated by the built-in migrator, and an
 * in-process reference interconnection axis ({@link AxisServer}) on a loopback port, with one {@link AxisTransport}
 * client acting for the agencies. Each package is copied, as the axis holds it, into a folder when one is given, so
 * that a user can open it. Closing stops the axis and the connection pool.
 */
public final class DemoSystem implements AutoCloseable {

    /**
     * Where the database is.
     *
     * @param url      the JDBC URL ({@code jdbc:h2:file:…} or {@code jdbc:postgresql://…})
     * @param user     the user, or null
     * @param password the password, or null
     */
    public record Database(String url, String user, String password) {
        /** Refuses a missing URL. */
        public Database {
            Objects.requireNonNull(url, "url");
        }

        /** An embedded H2 file database in {@code folder} (created when missing, reused when present). */
        public static Database h2File(Path folder) {
            return new Database("jdbc:h2:file:" + folder.toAbsolutePath().resolve("edoc")
                    + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        }

        /** The URL without credentials or options, for printing. */
        public String shown() {
            int semicolon = url.indexOf(';');
            int question = url.indexOf('?');
            int cut = semicolon < 0 ? question : question < 0 ? semicolon : Math.min(semicolon, question);
            return cut < 0 ? url : url.substring(0, cut);
        }
    }

    private final HikariDataSource pool;
    private final JdbcStores stores;
    private final JdbcMigrator.Result migration;
    private final AxisServer axis;
    private final KeepingTransport transport;

    private DemoSystem(HikariDataSource pool, JdbcStores stores, JdbcMigrator.Result migration, AxisServer axis,
                       KeepingTransport transport) {
        this.pool = pool;
        this.stores = stores;
        this.migration = migration;
        this.axis = axis;
        this.transport = transport;
    }

    /**
     * Opens the database (migrating it), starts the axis with its queues in {@code axisData}, and a client acting for
     * {@code organisations}.
     *
     * @param database      where the records go
     * @param axisData      the axis's data folder
     * @param organisations the organisations on the axis
     * @param clock         the time of the axis and its client (the demo's simulated clock)
     * @param packages      where to copy every package sent, or empty
     */
    public static DemoSystem open(Database database, Path axisData, List<OrganCode> organisations,
                                  Clock clock, Optional<Path> packages) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.url());
        config.setUsername(database.user());
        config.setPassword(database.password());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setInitializationFailTimeout(5_000);
        config.setPoolName("edoc-demo");
        HikariDataSource pool = new HikariDataSource(config);
        AxisServer server = null;
        try {
            JdbcMigrator.Result migration = new JdbcMigrator(pool).migrate();
            // the directory is not given as the initial one: the day stores it, once, so the database holds it
            JdbcStores stores = JdbcStores.of(pool);
            Map<OrganCode, String> tokens = new LinkedHashMap<>();
            for (OrganCode org : organisations) {
                // a token per run: the axis authenticates each organisation; nothing outside this process knows it
                tokens.put(org, java.util.UUID.randomUUID().toString());
            }
            Files.createDirectories(axisData);
            server = AxisServer.start(AxisServer.Config.loopback(axisData, tokens).withClock(clock));
            AxisTransport client = AxisTransport.of(new AxisTransport.Config(server.uri(), tokens,
                    Duration.ofSeconds(30), clock), stores.content(), stores.content());
            return new DemoSystem(pool, stores, migration, server,
                    new KeepingTransport(client, axisData, packages));
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.close();
            }
            pool.close();
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** The JDBC stores. */
    public JdbcStores stores() {
        return stores;
    }

    /** What the migrator applied at this start (empty when the schema was current) and the schema version. */
    public JdbcMigrator.Result migration() {
        return migration;
    }

    /** The transport through the axis. */
    public Transport transport() {
        return transport;
    }

    /** The axis's address. */
    public String axisAddress() {
        return axis.uri().toString();
    }

    /** The packages copied so far, by file name. */
    public List<Path> packagesKept() {
        return transport.kept();
    }

    /** How many messages wait on the axis for {@code organisation}. */
    public int waitingOnAxis(OrganCode organisation) {
        return axis.waiting(organisation);
    }

    @Override
    public void close() {
        try {
            axis.close();
        } finally {
            pool.close();
        }
    }

    /**
     * The axis client, copying each package the axis accepted (its body file, as stored on the axis) into the
     * packages folder under a name that says what it carries.
     */
    private static final class KeepingTransport implements Transport {
        private final Transport delegate;
        private final Path axisData;
        private final Optional<Path> packages;
        private final List<Path> kept = new ArrayList<>();

        KeepingTransport(Transport delegate, Path axisData, Optional<Path> packages) {
            this.delegate = delegate;
            this.axisData = axisData;
            this.packages = packages;
        }

        @Override
        public synchronized void send(TransportMessage message) {
            delegate.send(message);
            if (packages.isEmpty()) {
                return;
            }
            // the axis wrote the body before answering 202: the newest body in the receiver's queue is this one
            Path queue = axisData.resolve(message.to().value());
            try (Stream<Path> files = Files.list(queue)) {
                Optional<Path> newest = files.filter(p -> p.getFileName().toString().endsWith(".edxml"))
                        .max((a, b) -> Long.compare(seq(a), seq(b)));
                if (newest.isPresent()) {
                    Files.createDirectories(packages.get());
                    String what = message.document().flatMap(d -> d.notation()).map(n -> n.format())
                            .orElse(message.kind().name().toLowerCase(java.util.Locale.ROOT));
                    String name = safe(what + "-" + message.from().value() + "-to-" + message.to().value() + "-"
                            + message.id().value()) + ".edxml";
                    Path target = packages.get().resolve(name);
                    Files.copy(newest.get(), target, StandardCopyOption.REPLACE_EXISTING);
                    kept.add(target);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep the package of " + message.id().value(), e);
            }
        }

        @Override
        public List<LeasedMessage> receive(OrganCode organisation, int max) {
            return delegate.receive(organisation, max);
        }

        @Override
        public boolean acknowledge(DeliveryToken token) {
            return delegate.acknowledge(token);
        }

        synchronized List<Path> kept() {
            return List.copyOf(kept);
        }

        private static long seq(Path p) {
            String n = p.getFileName().toString();
            try {
                return Long.parseLong(n.substring(0, n.indexOf('.')));
            } catch (RuntimeException e) {
                return -1;
            }
        }

        private static String safe(String s) {
            return vn.edoc.text.Diacritics.fold(s).replaceAll("[^A-Za-z0-9.]+", "-");
        }
    }
}
