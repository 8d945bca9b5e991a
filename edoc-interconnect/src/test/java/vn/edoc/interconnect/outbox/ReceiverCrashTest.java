package vn.edoc.interconnect.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.edoc.Edoc;
import vn.edoc.document.Attachment;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.Recipient;
import vn.edoc.id.DocumentType;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;
import vn.edoc.interconnect.mail.MailFixture;
import vn.edoc.interconnect.mail.MailTransport;
import vn.edoc.org.OrgFixtures;
import vn.edoc.routing.TransportInbox;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.DeliveryToken;
import vn.edoc.spi.LeasedMessage;
import vn.edoc.spi.Transport;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.tck.MutableClock;
import vn.edoc.store.memory.MemoryContentStore;
import vn.edoc.store.memory.MemoryStores;

/**
 * The receiver dies between storing a document and acknowledging its mail: the mail stays leased, comes back after
 * the lease, and the idempotent inbox recognises it, so the document is registered once and the mail then leaves the
 * mailbox for good.
 */
class ReceiverCrashTest {

    private static final OrganCode SENDER = OrganCode.parse("000.00.05.H08");
    private static final OrganCode RECEIVER = OrgFixtures.TUY_PHUOC;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    private final MailFixture mail = new MailFixture(SENDER, RECEIVER);

    @AfterEach
    void stop() {
        mail.close();
    }

    /** The receiver's transport: its acknowledgements fail while {@code dead} is set, as if the process died. */
    static final class Dying implements Transport {
        final Transport real;
        volatile boolean dead = true;
        final AtomicInteger acknowledged = new AtomicInteger();

        Dying(Transport real) {
            this.real = real;
        }

        @Override
        public void send(TransportMessage message) {
            real.send(message);
        }

        @Override
        public List<LeasedMessage> receive(OrganCode organisation, int max) {
            return real.receive(organisation, max);
        }

        @Override
        public boolean acknowledge(DeliveryToken token) {
            if (dead) {
                throw new IllegalStateException("the receiver died before acknowledging");
            }
            acknowledged.incrementAndGet();
            return real.acknowledge(token);
        }
    }

    @Test
    void aRedeliveryAfterACrashBeforeTheAcknowledgementRegistersNothingTwice() {
        MemoryContentStore senderContent = new MemoryContentStore();
        byte[] pdf = ("%PDF-1.4\n% crash test\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        ContentRef ref = senderContent.put(new ByteArrayInputStream(pdf));
        MemoryStores receiverStores = MemoryStores.create(OrgFixtures.directory());
        MailTransport.Config config = mail.config(clock).withLease(Duration.ofMinutes(5));
        MailTransport senderSide = MailTransport.of(config, senderContent, new MemoryContentStore());
        Dying receiverSide = new Dying(MailTransport.of(config, new MemoryContentStore(), receiverStores.content()));
        Edoc receiver = Edoc.builder().stores(receiverStores).transport(receiverSide).clock(clock)
                .signer((request, store) -> {
                    throw new UnsupportedOperationException("the receiver signs nothing here");
                }).build();

        Document d = Document.builder().direction(Direction.OUTGOING).notation(Notation.parse("15/STP-VP"))
                .type(DocumentType.CONG_VAN).issueDate(LocalDate.of(2026, 3, 2)).place("Bình Định")
                .subject("Về việc kiểm tra nhận lại sau sự cố").issuer(SENDER, "Sở Tư pháp tỉnh Bình Định")
                .addRecipient(Recipient.of("UBND huyện Tuy Phước", RECEIVER)).pageCount(1).signed(false)
                .addAttachment(new Attachment("cv-15.pdf", "application/pdf", ref.size(), ref.sha256(),
                        Attachment.Role.MAIN)).build();
        senderSide.send(TransportMessage.newDocument(SENDER, RECEIVER, "stp-out-15", d, List.of(), clock.instant()));

        TransportInbox.Result first = receiver.inbox().process(RECEIVER);
        assertThat(first.received()).hasSize(1);
        assertThat(receiverStores.documents().incomingOf(RECEIVER)).hasSize(1);

        // the process comes back; before the lease ends nothing is handed out again
        receiverSide.dead = false;
        clock.advance(Duration.ofMinutes(4));
        assertThat(receiver.inbox().process(RECEIVER).received()).isEmpty();
        assertThat(receiverSide.acknowledged).hasValue(0);

        clock.advance(Duration.ofMinutes(2));
        TransportInbox.Result again = receiver.inbox().process(RECEIVER);
        assertThat(again.received()).isEmpty();
        assertThat(receiverSide.acknowledged).hasValue(1);
        assertThat(receiverStores.documents().incomingOf(RECEIVER)).hasSize(1);
        clock.advance(Duration.ofHours(1));
        assertThat(receiverSide.receive(RECEIVER, 10)).isEmpty();
    }
}
