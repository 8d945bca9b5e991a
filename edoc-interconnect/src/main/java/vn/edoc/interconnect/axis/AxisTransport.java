package vn.edoc.interconnect.axis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.id.OrganCode;
import vn.edoc.interconnect.edxml.EdxmlException;
import vn.edoc.interconnect.edxml.EdxmlMessages;
import vn.edoc.interconnect.edxml.EdxmlReader;
import vn.edoc.interconnect.edxml.EdxmlWriter;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.DeliveryToken;
import vn.edoc.spi.LeasedMessage;
import vn.edoc.spi.Transport;
import vn.edoc.spi.TransportMessage;

/**
 * The {@link Transport} that talks to an interconnection axis over HTTP (kênh trục liên thông): each message
 * travels as an edXML package with its files' bytes inside (written from the sender's {@link ContentStore}, stored
 * into the receiver's on arrival), authenticated with the bearer token of the organisation acted for. TLS is used
 * when the base address is {@code https:} (the JDK's trust store, or the {@link HttpClient} given). The package
 * alone carries the whole message (what the standard has no field for is in edoc's extension element,
 * {@link vn.edoc.interconnect.edxml.EdocExtension}); only the envelope's two ends travel as headers. See
 * {@code docs/axis-protocol.md}.
 * Failures are {@link AxisException}s with a reason; a package that cannot be read is an
 * {@link EdxmlException} and is not handed out.
 */
public final class AxisTransport implements Transport {

    /**
     * How the client reaches the axis.
     *
     * @param base           the axis's base address ({@code http://…/} or {@code https://…/})
     * @param tokens         the bearer token of every organisation this client acts for
     * @param requestTimeout how long one request may take
     * @param clock          the time of packages that carry none
     */
    public record Config(URI base, Map<OrganCode, String> tokens, Duration requestTimeout, Clock clock) {

        /** Refuses missing parts, a base that is not http(s), blank tokens and a non-positive timeout. */
        public Config {
            Objects.requireNonNull(base, "base");
            String scheme = base.getScheme();
            if (!"http".equals(scheme) && !"https".equals(scheme)) {
                throw new IllegalArgumentException("the axis address must be http or https: " + base);
            }
            if (!base.getPath().endsWith("/")) {
                base = URI.create(base + "/");
            }
            tokens = Map.copyOf(tokens);
            if (tokens.values().stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("an organisation has a blank token");
            }
            Objects.requireNonNull(requestTimeout, "requestTimeout");
            if (requestTimeout.isNegative() || requestTimeout.isZero()) {
                throw new IllegalArgumentException("requestTimeout must be positive: " + requestTimeout);
            }
            Objects.requireNonNull(clock, "clock");
        }
    }

    private final Config config;
    private final HttpClient http;
    private final EdxmlWriter writer;
    private final EdxmlReader reader;
    private final EdxmlMessages messages;

    private AxisTransport(Config config, HttpClient http, ContentStore senderContent, ContentStore receiverContent) {
        this.config = Objects.requireNonNull(config, "config");
        this.http = Objects.requireNonNull(http, "http");
        this.writer = EdxmlWriter.of(senderContent);
        this.reader = EdxmlReader.of(receiverContent);
        this.messages = EdxmlMessages.of(config.clock());
    }

    /**
     * A client reading outgoing files from {@code senderContent} and storing incoming ones into
     * {@code receiverContent} (the same store for one deployment).
     */
    public static AxisTransport of(Config config, ContentStore senderContent, ContentStore receiverContent) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(config.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return new AxisTransport(config, http, senderContent, receiverContent);
    }

    /** A client over a given {@link HttpClient} (for a custom TLS context or proxy). */
    public static AxisTransport of(Config config, HttpClient http, ContentStore senderContent,
                                   ContentStore receiverContent) {
        return new AxisTransport(config, http, senderContent, receiverContent);
    }

    @Override
    public void send(TransportMessage message) {
        Objects.requireNonNull(message, "message");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(messages.toEdxml(message, Optional.empty()), out);
        HttpRequest.Builder b = request(message.from(), "messages")
                .header(AxisServer.H_FROM, message.from().value())
                .header(AxisServer.H_TO, message.to().value())
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
        HttpResponse<byte[]> r = exchange(b.build());
        expect(r, 202);
    }

    @Override
    public List<LeasedMessage> receive(OrganCode organisation, int max) {
        Objects.requireNonNull(organisation, "organisation");
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1: " + max);
        }
        int asked = Math.min(max, 1000);
        HttpResponse<byte[]> r = exchange(request(organisation, "organisations/" + organisation.value()
                + "/leases?max=" + asked).POST(HttpRequest.BodyPublishers.noBody()).build());
        expect(r, 200);
        List<LeasedMessage> out = new ArrayList<>();
        for (String line : new String(r.body(), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(" ");
            long seq;
            int count;
            Instant until;
            try {
                if (f.length != 4) {
                    throw new IllegalArgumentException("4 fields expected");
                }
                seq = Long.parseLong(f[0]);
                count = Integer.parseInt(f[1]);
                until = Instant.parse(f[2]);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new AxisException(AxisException.Reason.PROTOCOL, "unreadable lease line: " + line, e);
            }
            out.add(fetch(organisation, seq, count, until, f[3]));
        }
        return out;
    }

    private LeasedMessage fetch(OrganCode organisation, long seq, int count, Instant until, String lease) {
        HttpResponse<byte[]> r = exchange(request(organisation, messagePath(organisation, seq))
                .header(AxisServer.H_LEASE, lease).GET().build());
        expect(r, 200);
        TransportMessage message = messages.toTransport(reader.read(new ByteArrayInputStream(r.body())).message(),
                organisation);
        return new LeasedMessage(message, new DeliveryToken(organisation.value() + " " + seq + " " + lease), count,
                until);
    }

    @Override
    public boolean acknowledge(DeliveryToken token) {
        Objects.requireNonNull(token, "token");
        String[] f = token.value().split(" ");
        OrganCode organisation;
        long seq;
        try {
            if (f.length != 3) {
                throw new IllegalArgumentException("3 fields expected");
            }
            organisation = OrganCode.parse(f[0]);
            seq = Long.parseLong(f[1]);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a delivery token of the axis transport: " + token.value(), e);
        }
        HttpResponse<byte[]> r = exchange(request(organisation, messagePath(organisation, seq))
                .header(AxisServer.H_LEASE, f[2]).DELETE().build());
        if (r.statusCode() == 409) {
            return false;
        }
        expect(r, 204);
        return true;
    }

    private static String messagePath(OrganCode organisation, long seq) {
        return "organisations/" + organisation.value() + "/messages/" + seq;
    }

    private HttpRequest.Builder request(OrganCode actingFor, String path) {
        String token = config.tokens().get(actingFor);
        if (token == null) {
            throw new AxisException(AxisException.Reason.UNAUTHENTICATED,
                    "this client has no token for " + actingFor.value());
        }
        return HttpRequest.newBuilder(config.base().resolve("v1/" + path)).timeout(config.requestTimeout())
                .header("Authorization", "Bearer " + token);
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AxisException(AxisException.Reason.UNAVAILABLE, request.method() + " " + request.uri()
                    + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AxisException(AxisException.Reason.UNAVAILABLE, "interrupted talking to the axis", e);
        }
    }

    private static void expect(HttpResponse<byte[]> r, int expected) {
        int s = r.statusCode();
        if (s == expected) {
            return;
        }
        String text = new String(r.body(), 0, Math.min(r.body().length, 500), StandardCharsets.UTF_8).strip();
        AxisException.Reason reason = switch (s) {
            case 401 -> AxisException.Reason.UNAUTHENTICATED;
            case 403 -> AxisException.Reason.FORBIDDEN;
            case 404 -> AxisException.Reason.UNKNOWN_ORGANISATION;
            case 413 -> AxisException.Reason.TOO_LARGE;
            default -> s >= 500 ? AxisException.Reason.UNAVAILABLE : AxisException.Reason.PROTOCOL;
        };
        throw new AxisException(reason, "HTTP " + s + " from " + r.request().method() + " " + r.request().uri()
                + ": " + text);
    }
}
