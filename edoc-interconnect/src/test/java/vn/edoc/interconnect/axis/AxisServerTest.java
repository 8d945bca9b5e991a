package vn.edoc.interconnect.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.LeasedMessage;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.tck.MutableClock;
import vn.edoc.store.memory.MemoryContentStore;

/** The reference axis: authentication, limits, restart with queued messages and redelivery after a lease. */
class AxisServerTest {

    private static final OrganCode A = OrganCode.parse("000.00.00.H37");
    private static final OrganCode B = OrganCode.parse("000.00.12.H37");
    private static final OrganCode STRANGER = OrganCode.parse("000.00.99.H37");
    private static final Map<OrganCode, String> TOKENS = Map.of(A, "secret-a", B, "secret-b");

    @TempDir
    Path data;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    private AxisServer server;

    private AxisServer start(long maxBody) {
        server = AxisServer.start(AxisServer.Config.loopback(data, TOKENS).withClock(clock)
                .withLease(Duration.ofMinutes(2)).withMaxBodyBytes(maxBody));
        return server;
    }

    private AxisTransport client(Map<OrganCode, String> tokens) {
        MemoryContentStore store = new MemoryContentStore();
        return AxisTransport.of(new AxisTransport.Config(server.uri(), tokens, Duration.ofSeconds(30), clock), store,
                store);
    }

    private TransportMessage status(OrganCode from, OrganCode to, int n) {
        return TransportMessage.status(MessageId.of("m-" + n), TransportMessage.Kind.REFUSAL, from, to, "ref-" + n,
                "lý do " + n, clock.instant());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aWrongTokenIsRefusedAndQueuesNothing() {
        start(1 << 20);
        AxisTransport forged = client(Map.of(A, "not-the-secret", B, "secret-b"));
        assertThatThrownBy(() -> forged.send(status(A, B, 1))).isInstanceOf(AxisException.class)
                .extracting(e -> ((AxisException) e).reason()).isEqualTo(AxisException.Reason.UNAUTHENTICATED);
        assertThat(server.waiting(B)).isZero();
    }

    @Test
    void anOrganisationCannotSendInAnothersNameNorReadAnothersQueue() {
        start(1 << 20);
        // B's token presented for A
        AxisTransport impostor = client(Map.of(A, "secret-b", B, "secret-b"));
        assertThatThrownBy(() -> impostor.send(status(A, B, 1))).isInstanceOf(AxisException.class)
                .extracting(e -> ((AxisException) e).reason()).isEqualTo(AxisException.Reason.FORBIDDEN);
        client(TOKENS).send(status(A, B, 2));
        AxisTransport nosy = client(Map.of(B, "secret-a"));
        assertThatThrownBy(() -> nosy.receive(B)).isInstanceOf(AxisException.class)
                .extracting(e -> ((AxisException) e).reason()).isEqualTo(AxisException.Reason.FORBIDDEN);
        assertThat(client(TOKENS).receive(B)).hasSize(1);
    }

    @Test
    void anUnknownRecipientIsRefused() {
        start(1 << 20);
        assertThatThrownBy(() -> client(TOKENS).send(status(A, STRANGER, 1))).isInstanceOf(AxisException.class)
                .extracting(e -> ((AxisException) e).reason()).isEqualTo(AxisException.Reason.UNKNOWN_ORGANISATION);
    }

    @Test
    void aMissingTokenAndAnOversizedBodyGetClearHttpErrors() throws Exception {
        start(2048);
        HttpClient http = HttpClient.newHttpClient();
        URI send = server.uri().resolve("v1/messages");
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(send)
                .POST(HttpRequest.BodyPublishers.ofString("<x/>")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("bearer token");
        HttpResponse<String> big = http.send(HttpRequest.newBuilder(send).header("Authorization", "Bearer secret-a")
                .header("Edoc-From", A.value()).header("Edoc-To", B.value())
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[4096])).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).contains("larger than 2048");
        assertThat(server.waiting(B)).isZero();
        assertThatThrownBy(() -> client(TOKENS).send(TransportMessage.status(MessageId.of("big"),
                TransportMessage.Kind.REFUSAL, A, B, "ref", "x".repeat(5000), clock.instant())))
                .isInstanceOf(AxisException.class)
                .extracting(e -> ((AxisException) e).reason()).isEqualTo(AxisException.Reason.TOO_LARGE);
    }

    @Test
    void aRestartOfTheAxisLosesNoQueuedMessageAndKeepsTheirOrder() throws Exception {
        start(1 << 20);
        AxisTransport t = client(TOKENS);
        List<TransportMessage> sent = List.of(status(A, B, 1), status(A, B, 2), status(A, B, 3));
        sent.forEach(t::send);
        server.close();
        // one message per body file plus its state file, and no temporary file left behind
        try (Stream<Path> files = Files.list(data.resolve(B.value()))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .hasSize(6).noneMatch(n -> n.endsWith(".tmp"));
        }
        start(1 << 20);
        List<LeasedMessage> got = client(TOKENS).receive(B);
        assertThat(got).extracting(l -> l.message().id()).containsExactly(sent.get(0).id(), sent.get(1).id(),
                sent.get(2).id());
        assertThat(got.get(1).message()).isEqualTo(sent.get(1));
    }

    @Test
    void anUnacknowledgedMessageComesBackAfterItsLeaseEvenAcrossARestart() {
        start(1 << 20);
        client(TOKENS).send(status(A, B, 7));
        LeasedMessage first = client(TOKENS).receive(B).get(0);
        assertThat(first.leasedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        server.close();
        start(1 << 20);
        AxisTransport t = client(TOKENS);
        // the lease was kept on disk: not handed out again before it ends
        assertThat(t.receive(B)).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        LeasedMessage again = t.receive(B).get(0);
        assertThat(again.deliveryCount()).isEqualTo(2);
        assertThat(t.acknowledge(first.token())).isFalse();
        assertThat(t.acknowledge(again.token())).isTrue();
        assertThat(server.waiting(B)).isZero();
    }

    @Test
    void tasksTravelBesideThePackage() {
        start(1 << 20);
        TransportMessage m = new TransportMessage(MessageId.of("with-tasks"), TransportMessage.Kind.STATUS, A, B,
                "ref-9", java.util.Optional.empty(), List.of("", "Báo cáo, kèm số liệu"), "đã thu hồi", clock.instant());
        client(TOKENS).send(m);
        TransportMessage got = client(TOKENS).receive(B).get(0).message();
        assertThat(got.kind()).isEqualTo(TransportMessage.Kind.STATUS);
        assertThat(got.tasks()).containsExactly("", "Báo cáo, kèm số liệu");
    }
    @Test
    void malformedRequestsAreRefusedWithTheirReason() throws Exception {
        start(1 << 20);
        HttpClient http = HttpClient.newHttpClient();
        String base = server.uri() + "v1/organisations/" + B.value();
        record Case(HttpRequest request, int status, String says) {
        }
        List<Case> cases = List.of(
                new Case(auth(base + "/leases?max=0").POST(HttpRequest.BodyPublishers.noBody()).build(), 400, "max"),
                new Case(auth(base + "/leases?max=x").POST(HttpRequest.BodyPublishers.noBody()).build(), 400, "max"),
                new Case(auth(base + "/leases").GET().build(), 405, "POST"),
                new Case(auth(base + "/messages/-3").header("Edoc-Lease", "x").GET().build(), 400, "-3"),
                new Case(auth(base + "/messages/5").GET().build(), 400, "Edoc-Lease"),
                new Case(auth(base + "/messages/5").header("Edoc-Lease", "x").GET().build(), 409, "lease"),
                new Case(auth(server.uri() + "v1/organisations/nonsense/leases")
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), 400, "nonsense"),
                new Case(auth(server.uri() + "v1/organisations/" + STRANGER.value() + "/leases")
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), 404, "not registered"),
                new Case(auth(server.uri() + "v1/elsewhere").GET().build(), 404, "no such endpoint"));
        for (Case c : cases) {
            HttpResponse<String> r = http.send(c.request(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("%s", c.request().uri()).isEqualTo(c.status());
            assertThat(r.body()).as("%s", c.request().uri()).contains(c.says());
        }
    }

    private static HttpRequest.Builder auth(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer secret-b");
    }

    @Test
    void aSendInterruptedBeforeItsStateWasWrittenIsDiscardedOnStart() throws Exception {
        Path dir = Files.createDirectories(data.resolve(B.value()));
        Files.write(dir.resolve("41.edxml"), new byte[] {1, 2, 3});
        Files.write(dir.resolve("42.state.tmp"), new byte[] {4});
        start(1 << 20);
        assertThat(server.waiting(B)).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        client(TOKENS).send(status(A, B, 1));
        // numbering continues after what was found, so a discarded number is never reused for another message
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).contains("42.edxml", "42.state");
        }
    }
    @Test
    void anAxisThatIsDownIsUnavailableAndABadAddressIsRefused() {
        start(1 << 20);
        AxisTransport t = client(TOKENS);
        AxisTransport tokenless = client(Map.of(A, "secret-a"));
        server.close();
        server = null;
        assertThatThrownBy(() -> t.receive(B)).isInstanceOf(AxisException.class)
                .extracting(e -> ((AxisException) e).reason()).isEqualTo(AxisException.Reason.UNAVAILABLE);
        assertThatThrownBy(() -> new AxisTransport.Config(URI.create("ftp://axis.example/"), TOKENS,
                Duration.ofSeconds(5), clock)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http");
        assertThatThrownBy(() -> tokenless.receive(B)).isInstanceOf(AxisException.class)
                .hasMessageContaining("no token for " + B.value());
    }
}
