package vn.edoc.examples.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import vn.edoc.document.Attachment;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.id.DocumentId;
import vn.edoc.id.DocumentType;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;
import vn.edoc.interconnect.axis.AxisServer;
import vn.edoc.interconnect.axis.AxisTransport;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.LeasedMessage;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.TransportMessage;
import vn.edoc.store.memory.MemoryContentStore;

/**
 * Packages per second over the reference interconnection axis (gói tin/giây qua trục liên thông), in process: one
 * operation sends a new document through {@link AxisTransport} (edXML written from the sender's content store,
 * HTTP POST, the axis storing it durably: body and state files forced to disk), receives it as the recipient (lease,
 * HTTP GET, edXML read with its file decoded into the recipient's content store and checked against its SHA-256)
 * and acknowledges it (HTTP DELETE). The document is a signed công văn (its signed flag and the package's edoc
 * extension travel; the axis does not look inside the PDF) with one 64 KiB file. {@code status} does the same with a
 * status message (no file).
 *
 * <p>Run: {@code mvn -B -q -DskipTests package} then
 * {@code java -cp edoc-examples/target/edoc.jar org.openjdk.jmh.Main Axis -f 1 -wi 2 -i 4 -w 2s -r 3s}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Benchmark)
public class AxisBenchmark {

    private static final OrganCode SENDER = OrganCode.parse("000.00.05.H08");
    private static final OrganCode RECEIVER = OrganCode.parse("000.00.12.H08");

    private Path data;
    private AxisServer server;
    private AxisTransport sending;
    private AxisTransport receiving;
    private Document letter;
    private long next;

    /** Starts the axis on a temporary directory and the two clients; stores the file. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        data = Files.createTempDirectory("edoc-axis-bench");
        Map<OrganCode, String> tokens = Map.of(SENDER, "token-sender", RECEIVER, "token-receiver");
        server = AxisServer.start(AxisServer.Config.loopback(data, tokens).withLease(Duration.ofMinutes(5)));
        MemoryContentStore senderContent = new MemoryContentStore();
        byte[] pdf = new byte[64 * 1024];
        new Random(15).nextBytes(pdf);
        ContentRef file = senderContent.put(new ByteArrayInputStream(pdf));
        sending = AxisTransport.of(new AxisTransport.Config(server.uri(), Map.of(SENDER, "token-sender"),
                Duration.ofSeconds(30), Clock.systemUTC()), senderContent, new MemoryContentStore());
        // the recipient's store keeps each distinct file once: the same file arriving again costs no memory
        receiving = AxisTransport.of(new AxisTransport.Config(server.uri(), Map.of(RECEIVER, "token-receiver"),
                Duration.ofSeconds(30), Clock.systemUTC()), new MemoryContentStore(), new MemoryContentStore());
        letter = Document.builder().direction(Direction.OUTGOING)
                .documentId(DocumentId.parse("000.00.05.H08,2026/03/02,15/STP-VP"))
                .notation(Notation.parse("15/STP-VP")).type(DocumentType.CONG_VAN).issueDate(LocalDate.of(2026, 3, 2))
                .place("Bình Định").subject("Về việc rà soát thủ tục hành chính").issuer(SENDER,
                        "Sở Tư pháp tỉnh Bình Định")
                .signer(SigningCompetence.KT, "Phó Giám đốc", "Lý Thị Nga")
                .addRecipient(Recipient.of("UBND huyện Tuy Phước", RECEIVER)).pageCount(2).signed(true)
                .addAttachment(new Attachment("cv-15.pdf", "application/pdf", file.size(), file.sha256(),
                        Attachment.Role.MAIN)).build();
        // one round before measuring, so that a broken set-up fails here and not as a wrong figure
        if (!sendReceiveAcknowledge().message().document().orElseThrow().signed()) {
            throw new IllegalStateException("the signed flag did not travel");
        }
    }

    /** Stops the axis and removes its directory. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** A new document: send, receive, acknowledge. */
    @Benchmark
    public LeasedMessage sendReceiveAcknowledge() {
        long n = next++;
        TransportMessage m = new TransportMessage(MessageId.of("bench-" + n), TransportMessage.Kind.NEW_DOCUMENT,
                SENDER, RECEIVER, "out-" + n, java.util.Optional.of(letter), List.of(), "",
                java.time.Instant.now());
        return roundTrip(m);
    }

    /** A status message (04 phân công) back: send, receive, acknowledge. */
    @Benchmark
    public LeasedMessage status() {
        long n = next++;
        TransportMessage m = TransportMessage.status(MessageId.of("status-" + n), TransportMessage.Kind.ASSIGNED,
                SENDER, RECEIVER, "000.00.12.H08,2026/03/02,15/UBND-VP", "", java.time.Instant.now());
        return roundTrip(m);
    }

    private LeasedMessage roundTrip(TransportMessage m) {
        sending.send(m);
        List<LeasedMessage> got = receiving.receive(RECEIVER, 1);
        if (got.size() != 1 || !receiving.acknowledge(got.get(0).token())) {
            throw new IllegalStateException("the message did not come through once");
        }
        return got.get(0);
    }
}
