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
import vn.edoc.interconnect.mail.MailDirectory;
import vn.edoc.interconnect.mail.MailLogin;
import vn.edoc.interconnect.mail.MailServer;
import vn.edoc.interconnect.mail.MailTransport;
import vn.edoc.interconnect.outbox.ChannelRouter;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.DeliveryToken;
import vn.edoc.spi.LeasedMessage;
import vn.edoc.spi.Transport;
import vn.edoc.spi.TransportMessage;
import vn.edoc.store.jdbc.JdbcMigrator;
import vn.edoc.store.jdbc.JdbcStores;

/**
 * What the demo's day runs on (hạ tầng của bản demo): a database reached through the JDBC adapter — an embedded H2
 * file database by default, or the PostgreSQL (or H2) at a given URL — migrated by the built-in migrator; an
 * in-process reference interconnection axis ({@link AxisServer}) on a loopback port, with one {@link AxisTransport}
 * client acting for the connected agencies; and an in-process mail server (GreenMail, SMTP and IMAP on loopback
 * ports) with the official mailboxes of the organisations without a connected system, reached through the
 * {@link MailTransport}. One channel per recipient (R-OUT-7): a connected organisation gets its packages over the
 * axis only, the others by mail only. Each package is copied, as the axis holds it, into a folder when one is given,
 * so that a user can open it. Closing stops the mail server, the axis and the connection pool.
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

    /**
     * An organisation reached by e-mail (a commune without a connected system, say), with its official address.
     *
     * @param organisation the organisation
     * @param address      its official mailbox (hộp thư công vụ)
     */
    public record MailRecipient(OrganCode organisation, String address) {
        /** Refuses missing parts. */
        public MailRecipient {
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(address, "address");
        }
    }

    private final HikariDataSource pool;
    private GreenMail mailServer;
    private MailTransport mail;
    private final JdbcStores stores;
    private final JdbcMigrator.Result migration;
    private final AxisServer axis;
    private final KeepingTransport transport;
    private ChannelRouter channels;

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
        return open(database, axisData, organisations, Map.of(), List.of(), clock, packages);
    }

    /**
     * As {@link #open(Database, Path, List, Clock, Optional)}, with an in-process mail server: {@code addresses}
     * are the official addresses of the connected organisations (they send and read status messages by mail too),
     * {@code byMail} the organisations reached only by mail.
     */
    public static DemoSystem open(Database database, Path axisData, List<OrganCode> organisations,
                                  Map<OrganCode, String> addresses, List<MailRecipient> byMail, Clock clock,
                                  Optional<Path> packages) {
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
            KeepingTransport axisTransport = new KeepingTransport(client, axisData, packages);
            DemoSystem system = new DemoSystem(pool, stores, migration, server, axisTransport);
            if (!byMail.isEmpty()) {
                system.startMail(addresses, byMail, clock);
            }
            return system;
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

    private void startMail(Map<OrganCode, String> addresses, List<MailRecipient> byMail, Clock clock) {
        int smtp = freePort();
        int imap = freePort();
        GreenMail green = new GreenMail(new ServerSetup[] {new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        green.start();
        this.mailServer = green;
        MailDirectory.Builder directory = MailDirectory.builder();
        Map<OrganCode, MailLogin> logins = new LinkedHashMap<>();
        Map<OrganCode, String> all = new LinkedHashMap<>(addresses);
        byMail.forEach(m -> all.put(m.organisation(), m.address()));
        all.forEach((org, address) -> {
            // a password per run for each mailbox: nothing outside this process knows it
            String password = java.util.UUID.randomUUID().toString();
            green.setUser(address, address, password);
            directory.organisation(org, address);
            logins.put(org, new MailLogin(address, password));
        });
        this.mail = MailTransport.of(MailTransport.Config.of(MailServer.plain("127.0.0.1", smtp),
                MailServer.plain("127.0.0.1", imap), directory.build(), logins, clock)
                .withTimeout(Duration.ofSeconds(20)), stores.content(), stores.content());
        java.util.Set<OrganCode> mailOnly = byMail.stream().map(MailRecipient::organisation)
                .collect(java.util.stream.Collectors.toSet());
        // the library's rule (R-OUT-7): mail when either end is mail-only, the axis between connected ones; the
        // connected organisations read their official mailbox too
        this.channels = ChannelRouter.of(transport, org -> !mailOnly.contains(org), mail,
                mail.config().mailboxes()::containsKey);
    }

    /** The official mail transport (for the organisations without a connected system), when a mail server runs. */
    public Optional<MailTransport> mail() {
        return Optional.ofNullable(mail);
    }

    /** The mail server's SMTP and IMAP addresses, for the output; empty without one. */
    public Optional<String> mailAddress() {
        return mailServer == null ? Optional.empty() : Optional.of("smtp://127.0.0.1:"
                + mailServer.getSmtp().getPort() + ", imap://127.0.0.1:" + mailServer.getImap().getPort());
    }

    private static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** The transport: the axis for connected organisations, e-mail for the others when a mail server runs. */
    public Transport transport() {
        return channels != null ? channels : transport;
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
            if (mail != null) {
                mail.close();
            }
            if (mailServer != null) {
                mailServer.stop();
            }
        } finally {
            try {
                axis.close();
            } finally {
                pool.close();
            }
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
