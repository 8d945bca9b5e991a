package vn.edoc.interconnect.axis;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.id.OrganCode;

/**
 * A reference interconnection axis (trục liên thông tham chiếu): an HTTP store-and-forward server on which each
 * registered organisation, authenticated by its bearer token, sends edXML packages to another organisation, takes
 * what waits for it under a lease and acknowledges what it took in. Messages are kept on disk (see
 * {@link AxisQueue}), so a restart loses nothing. The endpoints are in {@code docs/axis-protocol.md}. Meant for
 * tests, demonstrations and as the executable specification of the protocol; a provincial or national axis has its
 * own API, reached through the same client-side mapping.
 */
public final class AxisServer implements AutoCloseable {

    /**
     * How a server runs.
     *
     * @param address      where to listen (loopback in tests; port 0 picks a free port)
     * @param dataDirectory where the queues are kept
     * @param tokens        each registered organisation and its bearer token
     * @param lease         how long a taken message stays with its receiver before it is handed out again
     * @param maxBodyBytes  the largest package accepted
     * @param clock         the time of leases
     */
    public record Config(InetSocketAddress address, Path dataDirectory, Map<OrganCode, String> tokens,
                         Duration lease, long maxBodyBytes, Clock clock) {

        /** Refuses missing parts, blank or shared tokens, a non-positive lease or body limit. */
        public Config {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(dataDirectory, "dataDirectory");
            tokens = Map.copyOf(tokens);
            Objects.requireNonNull(lease, "lease");
            Objects.requireNonNull(clock, "clock");
            if (lease.isNegative() || lease.isZero()) {
                throw new IllegalArgumentException("lease must be positive: " + lease);
            }
            if (maxBodyBytes <= 0) {
                throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
            }
            if (tokens.values().stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("an organisation has a blank token");
            }
            if (tokens.values().stream().distinct().count() != tokens.size()) {
                throw new IllegalArgumentException("two organisations share a token");
            }
        }

        /** Loopback on a free port, 5-minute leases, 64 MiB packages, the system clock. */
        public static Config loopback(Path dataDirectory, Map<OrganCode, String> tokens) {
            return new Config(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), dataDirectory, tokens,
                    Duration.ofMinutes(5), 64L << 20, Clock.systemUTC());
        }

        /** This configuration with another address. */
        public Config withAddress(InetSocketAddress value) {
            return new Config(value, dataDirectory, tokens, lease, maxBodyBytes, clock);
        }

        /** This configuration with another lease. */
        public Config withLease(Duration value) {
            return new Config(address, dataDirectory, tokens, value, maxBodyBytes, clock);
        }

        /** This configuration with another body limit. */
        public Config withMaxBodyBytes(long value) {
            return new Config(address, dataDirectory, tokens, lease, value, clock);
        }

        /** This configuration with another clock. */
        public Config withClock(Clock value) {
            return new Config(address, dataDirectory, tokens, lease, maxBodyBytes, value);
        }
    }

    static final String PREFIX = "/v1/";
    static final String H_FROM = "Edoc-From";
    static final String H_TO = "Edoc-To";
    static final String H_LEASE = "Edoc-Lease";

    private static final Logger LOG = LoggerFactory.getLogger(AxisServer.class);

    private final Config config;
    private final AxisQueue queue;
    private final HttpServer http;
    private final ExecutorService executor;

    private AxisServer(Config config) throws IOException {
        this.config = config;
        this.queue = new AxisQueue(config.dataDirectory(), config.clock(), config.lease());
        this.http = HttpServer.create(config.address(), 0);
        this.executor = Executors.newFixedThreadPool(4);
        http.setExecutor(executor);
        http.createContext(PREFIX, this::handle);
        http.start();
        LOG.info("axis listening on {} with data in {}", uri(), config.dataDirectory());
    }

    /** Starts a server, loading what waits in the data directory. */
    public static AxisServer start(Config config) {
        try {
            return new AxisServer(Objects.requireNonNull(config, "config"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the axis on " + config.address(), e);
        }
    }

    /** The base address clients use ({@code http://host:port/}). */
    public URI uri() {
        InetSocketAddress a = http.getAddress();
        return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort() + "/");
    }

    /** How many messages wait for {@code organisation}, leased or not. */
    public int waiting(OrganCode organisation) {
        return queue.size(organisation);
    }

    /** Stops listening; what is queued stays on disk for the next start. */
    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }

    // ------------------------------------------------------------------------------------------ HTTP

    private record Reply(int status, byte[] body, Map<String, List<String>> headers) {
        static Reply text(int status, String text) {
            return new Reply(status, text.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    private static final class Refused extends Exception {
        private final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        Reply reply;
        try {
            reply = route(ex);
        } catch (Refused r) {
            reply = Reply.text(r.status, r.getMessage() + "\n");
        } catch (RuntimeException e) {
            LOG.error("axis request {} {} failed", ex.getRequestMethod(), ex.getRequestURI(), e);
            reply = Reply.text(500, "internal error\n");
        }
        try {
            // drain what the client still sends so that it reads our answer instead of a reset connection
            ex.getRequestBody().transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            LOG.debug("axis could not drain {}", ex.getRequestURI(), e);
        }
        try (ex) {
            Headers h = ex.getResponseHeaders();
            h.set("Content-Type", reply.status() == 200 && reply.headers().containsKey(H_FROM)
                    ? "application/xml" : "text/plain; charset=utf-8");
            reply.headers().forEach(h::put);
            if (reply.status() == 204) {
                ex.sendResponseHeaders(204, -1);
            } else {
                ex.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        } catch (IOException e) {
            LOG.debug("axis could not answer {}", ex.getRequestURI(), e);
        }
    }

    private Reply route(HttpExchange ex) throws Refused, IOException {
        OrganCode caller = authenticate(ex.getRequestHeaders());
        String path = ex.getRequestURI().getRawPath().substring(PREFIX.length());
        String[] parts = path.split("/", -1);
        String method = ex.getRequestMethod();
        if (parts.length == 1 && parts[0].equals("messages")) {
            requireMethod(method, "POST");
            return send(ex, caller);
        }
        if (parts.length >= 3 && parts[0].equals("organisations")) {
            OrganCode org = organisation(URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            if (!org.equals(caller)) {
                throw new Refused(403, "the token is not " + org.value() + "'s");
            }
            if (parts.length == 3 && parts[2].equals("leases")) {
                requireMethod(method, "POST");
                return lease(org, query(ex.getRequestURI()).getOrDefault("max", "100"));
            }
            if (parts.length == 4 && parts[2].equals("messages")) {
                long seq = seq(parts[3]);
                String token = Optional.ofNullable(ex.getRequestHeaders().getFirst(H_LEASE))
                        .orElseThrow(() -> new Refused(400, "missing " + H_LEASE + " header"));
                if (method.equals("GET")) {
                    return fetch(org, seq, token);
                }
                requireMethod(method, "DELETE");
                return queue.acknowledge(org, seq, token) ? new Reply(204, new byte[0], Map.of())
                        : Reply.text(409, "message " + seq + " is not under this lease\n");
            }
        }
        throw new Refused(404, "no such endpoint: " + ex.getRequestURI().getRawPath());
    }

    private OrganCode authenticate(Headers headers) throws Refused {
        String auth = headers.getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            throw new Refused(401, "missing bearer token");
        }
        byte[] given = auth.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        for (Map.Entry<OrganCode, String> e : config.tokens().entrySet()) {
            // constant-time comparison: the answer's timing must not reveal how much of a token was right
            if (MessageDigest.isEqual(given, e.getValue().getBytes(StandardCharsets.UTF_8))) {
                return e.getKey();
            }
        }
        throw new Refused(401, "unknown bearer token");
    }

    private OrganCode organisation(String text) throws Refused {
        OrganCode org = OrganCode.check(text).toOptional()
                .orElseThrow(() -> new Refused(400, "not an organisation code: " + text));
        if (!config.tokens().containsKey(org)) {
            throw new Refused(404, "organisation " + org.value() + " is not registered on this axis");
        }
        return org;
    }

    private static void requireMethod(String method, String expected) throws Refused {
        if (!method.equals(expected)) {
            throw new Refused(405, "method " + method + " not allowed here; use " + expected);
        }
    }

    private static long seq(String text) throws Refused {
        try {
            long seq = Long.parseLong(text);
            if (seq < 1) {
                throw new NumberFormatException();
            }
            return seq;
        } catch (NumberFormatException e) {
            throw new Refused(400, "not a message number: " + text);
        }
    }

    private Reply send(HttpExchange ex, OrganCode caller) throws Refused, IOException {
        Headers h = ex.getRequestHeaders();
        String from = Optional.ofNullable(h.getFirst(H_FROM)).orElseThrow(() -> new Refused(400, "missing "
                + H_FROM + " header"));
        if (!from.equals(caller.value())) {
            throw new Refused(403, "the token is not " + from + "'s");
        }
        OrganCode to = organisation(Optional.ofNullable(h.getFirst(H_TO))
                .orElseThrow(() -> new Refused(400, "missing " + H_TO + " header")));
        byte[] body = readLimited(ex);
        if (body.length == 0) {
            throw new Refused(400, "empty package");
        }
        long seq = queue.enqueue(to, from, body);
        LOG.debug("axis queued message {} from {} to {}", seq, from, to.value());
        return Reply.text(202, seq + "\n");
    }

    private byte[] readLimited(HttpExchange ex) throws Refused, IOException {
        long limit = config.maxBodyBytes();
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > limit) {
                    throw new Refused(413, "package larger than " + limit + " bytes");
                }
            } catch (NumberFormatException e) {
                throw new Refused(400, "malformed Content-Length");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try (InputStream in = ex.getRequestBody()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + (long) n > limit) {
                    throw new Refused(413, "package larger than " + limit + " bytes");
                }
                out.write(buf, 0, n);
            }
        }
        return out.toByteArray();
    }

    private Reply lease(OrganCode org, String maxText) throws Refused {
        int max;
        try {
            max = Integer.parseInt(maxText);
        } catch (NumberFormatException e) {
            throw new Refused(400, "max is not a number: " + maxText);
        }
        if (max < 1 || max > 1000) {
            throw new Refused(400, "max must be between 1 and 1000: " + max);
        }
        StringBuilder sb = new StringBuilder();
        for (AxisQueue.Lease l : queue.lease(org, max)) {
            sb.append(l.seq()).append(' ').append(l.deliveryCount()).append(' ').append(l.leasedUntil())
                    .append(' ').append(l.token()).append('\n');
        }
        return Reply.text(200, sb.toString());
    }

    private Reply fetch(OrganCode org, long seq, String token) {
        Optional<Map.Entry<AxisQueue.Entry, byte[]>> found = queue.leased(org, seq, token);
        if (found.isEmpty()) {
            return Reply.text(409, "message " + seq + " is not under this lease\n");
        }
        AxisQueue.Entry e = found.get().getKey();
        Map<String, List<String>> headers = new HashMap<>();
        headers.put(H_FROM, List.of(e.from()));
        headers.put(H_TO, List.of(e.to().value()));
        return new Reply(200, found.get().getValue(), headers);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new HashMap<>();
        String q = uri.getRawQuery();
        if (q != null) {
            for (String pair : q.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
