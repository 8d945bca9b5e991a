package vn.edoc.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edoc.document.Attachment;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.DocumentType;
import vn.edoc.document.Recipient;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.LeasedMessage;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.Transport;
import vn.edoc.spi.TransportMessage;

/**
 * The conformance kit of {@link Transport} (bộ kiểm tra tương thích kênh truyền nhận): sending, leases,
 * acknowledgement, redelivery after a crash before the acknowledgement, ordering, concurrent receivers and content
 * travelling with a new document. Extend it and give, in {@link #create}, a fresh transport on the given clock
 * with its lease and the content stores of the sending and the receiving organisation (the same store when the
 * transport shares one). A transport that delivers asynchronously waits in {@link #settle}; one that keeps state
 * across processes gives a restarted instance in {@link #afterCrash}.
 */
public abstract class TransportCompatibilityKit {

    /**
     * The parts under test.
     *
     * @param transport       the transport
     * @param lease           the lease it gives
     * @param senderContent   the content store the sender's files are in
     * @param receiverContent the content store the receiver reads files from
     */
    public record Under(Transport transport, Duration lease, ContentStore senderContent,
                        ContentStore receiverContent) {
    }

    /** A fresh transport taking its time from {@code clock}, with nothing waiting. */
    protected abstract Under create(MutableClock clock);

    /** The sending organisation. */
    protected OrganCode sender() {
        return OrganCode.parse("000.00.00.H37");
    }

    /** The receiving organisation. */
    protected OrganCode receiver() {
        return OrganCode.parse("000.00.12.H37");
    }

    /** A third organisation, which must never see the receiver's messages. */
    protected OrganCode bystander() {
        return OrganCode.parse("000.00.13.H37");
    }

    /** Waits until what was sent can be received; nothing to wait for when sending delivers at once. */
    protected void settle(Transport transport) {
        // synchronous by default
    }

    /**
     * The transport the receiver uses after it crashed between receiving and acknowledging (its leases are lost
     * with it): a new instance over the same state for a transport that has one, the same instance otherwise.
     */
    protected Transport afterCrash(Under under) {
        return under.transport();
    }

    private MutableClock clock;
    private Under under;
    private Transport transport;

    @BeforeEach
    void setUpTransport() {
        clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
        under = create(clock);
        transport = under.transport();
    }

    private TransportMessage status(String ref, int n) {
        return TransportMessage.status(MessageId.of("kit-" + ref + "-" + n), TransportMessage.Kind.STATUS, sender(),
                receiver(), ref, "status " + n, clock.instant());
    }

    private List<LeasedMessage> receive(Transport t) {
        settle(t);
        return t.receive(receiver());
    }

    private static List<MessageId> ids(List<LeasedMessage> leased) {
        return leased.stream().map(l -> l.message().id()).toList();
    }

    @Test
    void aNewDocumentArrivesWithItsIdDigestAndFiles() throws IOException {
        byte[] pdf = ("%PDF-1.4\n% kit " + getClass().getName() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        ContentRef ref = under.senderContent().put(new ByteArrayInputStream(pdf));
        Document document = Document.builder().direction(Direction.OUTGOING).notation(Notation.parse("12/UBND-VP"))
                .type(DocumentType.CONG_VAN).issueDate(LocalDate.of(2026, 3, 2)).place("Lạng Sơn")
                .subject("Về việc kiểm tra kênh truyền nhận").issuer(sender(), "UBND tỉnh")
                .addRecipient(Recipient.of("Sở", receiver())).pageCount(1).signed(true)
                .addAttachment(new Attachment("cv-12.pdf", "application/pdf", ref.size(), ref.sha256(),
                        Attachment.Role.MAIN)).build();
        TransportMessage sent = TransportMessage.newDocument(sender(), receiver(), "out-12", document,
                List.of("Báo cáo kết quả"), clock.instant());
        transport.send(sent);
        List<LeasedMessage> got = receive(transport);
        assertThat(got).hasSize(1);
        TransportMessage m = got.get(0).message();
        assertThat(m.id()).isEqualTo(sent.id());
        assertThat(m.digest()).isEqualTo(sent.digest());
        assertThat(m.kind()).isEqualTo(TransportMessage.Kind.NEW_DOCUMENT);
        assertThat(m.tasks()).containsExactly("Báo cáo kết quả");
        assertThat(m.contents()).containsExactly(ref);
        assertThat(got.get(0).deliveryCount()).isEqualTo(1);
        assertThat(got.get(0).redelivered()).isFalse();
        assertThat(got.get(0).leasedUntil()).isEqualTo(clock.instant().plus(under.lease()));
        try (InputStream in = under.receiverContent().open(ref)) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(transport.acknowledge(got.get(0).token())).isTrue();
    }

    @Test
    void messagesComeOldestFirstAndOnlyToTheirAddressee() {
        List<MessageId> sent = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            TransportMessage m = status("out-1", i);
            transport.send(m);
            sent.add(m.id());
        }
        TransportMessage elsewhere = TransportMessage.status(MessageId.of("kit-elsewhere"),
                TransportMessage.Kind.STATUS, sender(), bystander(), "out-9", "x", clock.instant());
        transport.send(elsewhere);
        settle(transport);
        List<LeasedMessage> firstTwo = transport.receive(receiver(), 2);
        assertThat(ids(firstTwo)).containsExactlyElementsOf(sent.subList(0, 2));
        assertThat(ids(transport.receive(receiver()))).containsExactlyElementsOf(sent.subList(2, 5));
        assertThat(ids(transport.receive(bystander()))).containsExactly(elsewhere.id());
    }

    @Test
    void aLeasedMessageIsNotHandedOutAgainBeforeItsLeaseEnds() {
        transport.send(status("out-2", 1));
        List<LeasedMessage> first = receive(transport);
        assertThat(first).hasSize(1);
        clock.advance(under.lease().minusSeconds(1));
        assertThat(transport.receive(receiver())).isEmpty();
    }

    @Test
    void anAcknowledgedMessageIsGoneForGoodAndAckIsIdempotent() {
        transport.send(status("out-3", 1));
        transport.send(status("out-3", 2));
        List<LeasedMessage> got = receive(transport);
        assertThat(got).hasSize(2);
        assertThat(transport.acknowledge(got.get(0).token())).isTrue();
        assertThat(transport.acknowledge(got.get(0).token())).isFalse();
        assertThat(transport.acknowledge(got.get(1).token())).isTrue();
        clock.advance(under.lease().multipliedBy(3));
        assertThat(transport.receive(receiver())).isEmpty();
    }

    @Test
    void aCrashBeforeTheAcknowledgementRedeliversAfterTheLeaseInOrder() {
        List<TransportMessage> sent = List.of(status("out-4", 1), status("out-4", 2), status("out-4", 3));
        sent.forEach(transport::send);
        List<LeasedMessage> got = receive(transport);
        assertThat(got).hasSize(3);
        assertThat(transport.acknowledge(got.get(1).token())).isTrue();
        // the receiver dies here: messages 1 and 3 were taken but never acknowledged
        Transport restarted = afterCrash(under);
        clock.advance(under.lease().plusSeconds(1));
        List<LeasedMessage> again = restarted.receive(receiver());
        assertThat(ids(again)).containsExactly(sent.get(0).id(), sent.get(2).id());
        assertThat(again).allSatisfy(l -> {
            assertThat(l.deliveryCount()).isEqualTo(2);
            assertThat(l.redelivered()).isTrue();
        });
        assertThat(again.get(0).message().digest()).isEqualTo(sent.get(0).digest());
        assertThat(again.get(0).token()).isNotEqualTo(got.get(0).token());
        // the dead receiver's token no longer counts; the new one does
        assertThat(restarted.acknowledge(got.get(0).token())).isFalse();
        assertThat(restarted.acknowledge(again.get(0).token())).isTrue();
        assertThat(restarted.acknowledge(again.get(1).token())).isTrue();
        clock.advance(under.lease().plusSeconds(1));
        assertThat(restarted.receive(receiver())).isEmpty();
    }

    @Test
    void aRedeliveredMessageKeepsItsPlaceBeforeLaterOnes() {
        TransportMessage a = status("out-5", 1);
        transport.send(a);
        List<LeasedMessage> first = receive(transport);
        TransportMessage b = status("out-5", 2);
        transport.send(b);
        List<LeasedMessage> onlyB = receive(transport);
        assertThat(ids(onlyB)).containsExactly(b.id());
        clock.advance(under.lease().plusSeconds(1));
        assertThat(ids(transport.receive(receiver()))).containsExactly(a.id(), b.id());
        assertThat(first).hasSize(1);
    }

    @Test
    void anAcknowledgementAfterTheLeaseButBeforeRedeliveryStillCounts() {
        transport.send(status("out-6", 1));
        List<LeasedMessage> got = receive(transport);
        clock.advance(under.lease().plusSeconds(1));
        assertThat(transport.acknowledge(got.get(0).token())).isTrue();
        assertThat(transport.receive(receiver())).isEmpty();
    }

    @Test
    void theSameMessageSentTwiceArrivesWithTheSameIdAndDigest() {
        TransportMessage m = status("out-7", 1);
        transport.send(m);
        transport.send(m);
        List<LeasedMessage> got = receive(transport);
        assertThat(got).isNotEmpty().allSatisfy(l -> {
            assertThat(l.message().id()).isEqualTo(m.id());
            assertThat(l.message().digest()).isEqualTo(m.digest());
        });
    }

    @Test
    void concurrentReceiversNeverHoldTheSameMessage() throws Exception {
        int count = 60;
        for (int i = 0; i < count; i++) {
            transport.send(status("out-8", i));
        }
        settle(transport);
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<MessageId> taken = new ConcurrentLinkedQueue<>();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<LeasedMessage> got;
                    while (!(got = transport.receive(receiver(), 3)).isEmpty()) {
                        for (LeasedMessage l : got) {
                            taken.add(l.message().id());
                            assertThat(transport.acknowledge(l.token())).isTrue();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Set<MessageId> distinct = new HashSet<>(taken);
        assertThat(taken).hasSize(count);
        assertThat(distinct).hasSize(count);
    }
}
