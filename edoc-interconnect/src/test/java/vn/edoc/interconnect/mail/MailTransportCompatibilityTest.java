package vn.edoc.interconnect.mail;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import vn.edoc.spi.Transport;
import vn.edoc.spi.tck.MutableClock;
import vn.edoc.spi.tck.TransportCompatibilityKit;
import vn.edoc.store.memory.MemoryContentStore;

/**
 * The e-mail transport against an in-process GreenMail (SMTP + IMAP) passes the transport conformance kit. A crash
 * of the receiver is a new transport over the same server: the leases live on the server as IMAP keywords, so the
 * redelivery count and the lease survive the receiver's death.
 */
class MailTransportCompatibilityTest extends TransportCompatibilityKit {

    private MailFixture mail;
    private MutableClock clock;

    @Override
    protected Under create(MutableClock c) {
        clock = c;
        mail = new MailFixture(sender(), receiver(), bystander());
        MemoryContentStore senderContent = new MemoryContentStore();
        MemoryContentStore receiverContent = new MemoryContentStore();
        MailTransport t = MailTransport.of(mail.config(clock).withLease(Duration.ofMinutes(5)), senderContent,
                receiverContent);
        return new Under(t, Duration.ofMinutes(5), senderContent, receiverContent);
    }

    @Override
    protected Transport afterCrash(Under under) {
        return MailTransport.of(mail.config(clock).withLease(Duration.ofMinutes(5)), under.senderContent(),
                under.receiverContent());
    }

    @AfterEach
    void stopMail() {
        mail.close();
    }
}
