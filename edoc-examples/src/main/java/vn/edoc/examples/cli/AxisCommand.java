package vn.edoc.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.edoc.id.OrganCode;
import vn.edoc.interconnect.axis.AxisServer;

/** {@code edoc axis serve}: runs the reference interconnection axis until stopped. */
@Command(name = "axis", description = "The reference interconnection axis (trục liên thông).",
        subcommands = {AxisCommand.Serve.class})
final class AxisCommand extends Group {

    /** {@code edoc axis serve}. */
    @Command(name = "serve", description = {
        "Run the reference axis on --host:--port with its queues in --data until stopped (Ctrl-C).",
        "--registry is a properties file of ORGAN_CODE=bearer-token lines, one per registered organisation.",
        "Prints {\"url\",\"organisations\",\"data\"} once listening."})
    static final class Serve extends Leaf {

        @Option(names = "--port", required = true, paramLabel = "<n>", description = "TCP port (0: any free one).")
        int port;

        @Option(names = "--host", paramLabel = "<ip>", defaultValue = "127.0.0.1",
                description = "Address to listen on (default 127.0.0.1).")
        String host;

        @Option(names = "--data", required = true, paramLabel = "<dir>", description = "Directory of the queues.")
        Path data;

        @Option(names = "--registry", required = true, paramLabel = "<file>",
                description = "Properties file: ORGAN_CODE=token per organisation.")
        Path registry;

        @Option(names = "--lease-seconds", paramLabel = "<s>", defaultValue = "300",
                description = "Lease of a taken message (default 300).")
        long leaseSeconds;

        @Option(names = "--max-body-bytes", paramLabel = "<n>", defaultValue = "67108864",
                description = "Largest package accepted (default 64 MiB).")
        long maxBodyBytes;

        @Override
        public Integer call() {
            Console c = console();
            if (port < 0 || port > 65535) {
                throw usage("--port must be between 0 and 65535", "--port phải từ 0 đến 65535");
            }
            if (leaseSeconds < 1 || maxBodyBytes < 1) {
                throw usage("--lease-seconds and --max-body-bytes must be positive",
                        "--lease-seconds và --max-body-bytes phải dương");
            }
            Map<OrganCode, String> tokens = readRegistry();
            AxisServer.Config config = AxisServer.Config.loopback(data, tokens)
                    .withAddress(new InetSocketAddress(host, port)).withLease(Duration.ofSeconds(leaseSeconds))
                    .withMaxBodyBytes(maxBodyBytes);
            CountDownLatch stopped = new CountDownLatch(1);
            try (AxisServer server = AxisServer.start(config)) {
                Thread hook = new Thread(stopped::countDown, "edoc-axis-stop");
                Runtime.getRuntime().addShutdownHook(hook);
                ObjectNode answer = c.object();
                answer.put("url", server.uri().toString());
                answer.put("organisations", tokens.size());
                answer.put("data", data.toAbsolutePath().toString());
                c.write(c.out(), answer);
                c.out().flush();
                try {
                    stopped.await();
                } catch (InterruptedException e) {
                    // stopping the thread that runs the command stops the server (tests, embedding)
                    Thread.currentThread().interrupt();
                }
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // already shutting down: the hook is running
                }
            }
            return EdocCli.OK;
        }

        private Map<OrganCode, String> readRegistry() {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(registry, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw usage("cannot read --registry " + registry + ": " + e.getMessage(),
                        "không đọc được --registry " + registry + ": " + e.getMessage());
            }
            Map<OrganCode, String> tokens = new LinkedHashMap<>();
            for (String key : p.stringPropertyNames()) {
                OrganCode code = OrganCode.check(key).toOptional().orElseThrow(() -> usage(
                        "--registry: not an organisation code: " + key, "--registry: không phải mã định danh: " + key));
                String token = p.getProperty(key).trim();
                if (token.isEmpty()) {
                    throw usage("--registry: blank token for " + key, "--registry: mã xác thực rỗng cho " + key);
                }
                tokens.put(code, token);
            }
            if (tokens.isEmpty()) {
                throw usage("--registry lists no organisation", "--registry không có cơ quan nào");
            }
            if (tokens.values().stream().distinct().count() != tokens.size()) {
                throw usage("--registry: two organisations share a token", "--registry: hai cơ quan dùng chung mã");
            }
            return tokens;
        }
    }
}
