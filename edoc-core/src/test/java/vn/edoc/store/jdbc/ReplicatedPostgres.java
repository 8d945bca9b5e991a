package vn.edoc.store.jdbc;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Two PostgreSQL servers of the test's own, in a temporary folder, on loopback ports: a primary and a standby fed
 * by PostgreSQL's streaming replication (taken with {@code pg_basebackup -R}), synchronous, so that the primary
 * answers a commit only once the standby has the commit on disk. The server programs come from the folder named by
 * {@code EDOC_TEST_PG_BIN} (exported by {@code scripts/test}); without it the test fails. The servers refuse to run
 * as root, so when the test runs as root every server command runs as the {@code postgres} system user.
 */
final class ReplicatedPostgres implements AutoCloseable {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);

    private final Path bin;
    private final Path folder;
    private final int primaryPort;
    private final int standbyPort;
    private final List<ProcessHandle> primaryProcesses = new ArrayList<>();

    private ReplicatedPostgres(Path bin, Path folder, int primaryPort, int standbyPort) {
        this.bin = bin;
        this.folder = folder;
        this.primaryPort = primaryPort;
        this.standbyPort = standbyPort;
    }

    /** Creates, starts and connects the primary and its synchronous standby; returns once replication is sync. */
    static ReplicatedPostgres start() throws IOException, InterruptedException, SQLException {
        Path bin = Path.of(TestDatabase.env("EDOC_TEST_PG_BIN"));
        if (!Files.isExecutable(bin.resolve("initdb"))) {
            throw new AssertionError("EDOC_TEST_PG_BIN=" + bin + " holds no initdb");
        }
        Path folder = Files.createTempDirectory("edoc-failover-");
        ReplicatedPostgres pg = new ReplicatedPostgres(bin, folder, freePort(), freePort());
        try {
            pg.setUp();
            return pg;
        } catch (IOException | InterruptedException | SQLException | RuntimeException | AssertionError e) {
            pg.close();
            throw e;
        }
    }

    private void setUp() throws IOException, InterruptedException, SQLException {
        if (runsAsRoot()) {
            run("chown", "postgres", folder.toString());
        }
        Path primary = folder.resolve("primary");
        Path standby = folder.resolve("standby");
        asPostgres(bin.resolve("initdb").toString(), "-D", primary.toString(), "-U", "postgres", "--auth=trust",
                "-E", "UTF8", "--locale=C.UTF-8");
        // the same server settings as scripts/test, but commits wait for the standby (synchronous_commit=on with a
        // synchronous standby named): what makes an acknowledged commit survive the primary's loss
        appendConfig(primary, "listen_addresses = '127.0.0.1'", "port = " + primaryPort,
                "unix_socket_directories = '" + folder + "'", "fsync = off", "full_page_writes = off",
                "max_connections = 40", "wal_level = replica", "synchronous_commit = on",
                "synchronous_standby_names = '*'");
        pgCtl(primary, "start");
        asPostgres(bin.resolve("pg_basebackup").toString(), "-h", "127.0.0.1", "-p", Integer.toString(primaryPort),
                "-U", "postgres", "-D", standby.toString(), "-R", "-X", "stream", "-c", "fast");
        // the standby copied the primary's settings: its own port, and once promoted it has no standby to wait for
        appendConfig(standby, "port = " + standbyPort, "synchronous_standby_names = ''");
        pgCtl(standby, "start");
        long pid = Long.parseLong(Files.readAllLines(primary.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid)
                .orElseThrow(() -> new AssertionError("primary postmaster " + pid + " not running"));
        primaryProcesses.add(postmaster);
        awaitSyncStandby();
    }

    private void awaitSyncStandby() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String state = "";
        while (System.nanoTime() < deadline) {
            try (Connection c = connect(primaryPort); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT sync_state FROM pg_stat_replication")) {
                state = rs.next() ? rs.getString(1) : "no standby connected";
            }
            if ("sync".equals(state)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the standby did not become synchronous: " + state + "\n" + logs());
    }

    /** The URL naming both servers, connecting to whichever is the primary. */
    String multiHostUrl() {
        // hostRecheckSeconds: the driver remembers a standby as "not primary" for this long; after the promotion
        // it must look again soon
        return "jdbc:postgresql://127.0.0.1:" + primaryPort + ",127.0.0.1:" + standbyPort
                + "/postgres?targetServerType=primary&hostRecheckSeconds=1&connectTimeout=3&loginTimeout=5";
    }

    int primaryPort() {
        return primaryPort;
    }

    int standbyPort() {
        return standbyPort;
    }

    /** A direct connection to the server on {@code port}. */
    static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }

    /**
     * Kills the primary as a lost machine dies: SIGKILL to the postmaster and to every process it started, nothing
     * shut down, nothing flushed by the server. Returns once all of them are gone.
     */
    void killPrimary() throws InterruptedException {
        ProcessHandle postmaster = primaryProcesses.get(0);
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(0, postmaster);
        all.forEach(ProcessHandle::destroyForcibly); // SIGKILL on Linux
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new AssertionError("process " + p.pid() + " of the primary survived SIGKILL", e);
            }
        }
    }

    /** {@code pg_ctl promote}: the standby becomes a primary; returns once it accepts writes. */
    void promoteStandby() throws IOException, InterruptedException {
        pgCtl(folder.resolve("standby"), "promote");
    }

    /** The server logs, for failure messages. */
    String logs() {
        StringBuilder out = new StringBuilder();
        for (String name : List.of("primary.log", "standby.log")) {
            Path log = folder.resolve(name);
            try {
                if (Files.exists(log)) {
                    out.append("--- ").append(name).append('\n').append(Files.readString(log));
                }
            } catch (IOException e) {
                out.append("--- ").append(name).append(" unreadable: ").append(e).append('\n');
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        for (String server : List.of("standby", "primary")) {
            Path data = folder.resolve(server);
            if (Files.exists(data.resolve("postmaster.pid"))) {
                try {
                    asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w",
                            "stop");
                } catch (IOException | InterruptedException | AssertionError e) {
                    // a server already gone leaves its pid file behind: nothing more to stop
                }
            }
        }
        primaryProcesses.forEach(ProcessHandle::destroyForcibly);
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    private void pgCtl(Path data, String action) throws IOException, InterruptedException {
        String log = folder.resolve(data.getFileName() + ".log").toString();
        asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log, "-w", "-t", "60", action);
    }

    private static void appendConfig(Path data, String... lines) throws IOException {
        Files.writeString(data.resolve("postgresql.conf"), "\n" + String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private void asPostgres(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (runsAsRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        run(full.toArray(String[]::new));
    }

    private void run(String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("edoc-failover-cmd-", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!p.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", command));
            }
            if (p.exitValue() != 0) {
                throw new AssertionError("exit " + p.exitValue() + ": " + String.join(" ", command) + "\n"
                        + Files.readString(output) + "\n" + logs());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
