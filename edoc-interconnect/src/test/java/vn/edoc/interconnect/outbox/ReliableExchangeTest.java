package vn.edoc.interconnect.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.document.Attachment;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.Recipient;
import vn.edoc.id.DocumentType;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;
import vn.edoc.interconnect.axis.AxisServer;
import vn.edoc.interconnect.axis.AxisTransport;
import vn.edoc.interconnect.mail.MailFixture;
import vn.edoc.interconnect.mail.MailTransport;
import vn.edoc.interconnect.mail.UnreadableMail;
import vn.edoc.routing.Channel;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.LeasedMessage;
import vn.edoc.spi.OutboxEntry;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.tck.MutableClock;
import vn.edoc.store.memory.MemoryContentStore;
import vn.edoc.store.memory.MemoryOutboxStore;
import vn.edoc.store.memory.MemoryTransactions;

/**
 * Faults on the way between organisations, end to end through the outbox, the channel router, the reference axis
 * (in process) and GreenMail (in process): the mail server down for a while then back, the axis down then back
 * (nothing lost, nothing doubled), a corrupt package put in quarantine and refused while the rest keep flowing, and
 * the router's one channel per recipient (R-OUT-7).
 */
class ReliableExchangeTest {

    /** The province: on the axis, and with a mailbox for the status replies of mail. */
    static final OrganCode PROVINCE = OrganCode.parse("000.00.00.H37");
    /** A department with a connected system: on the axis (and, to test R-OUT-7, with a mailbox too). */
    static final OrganCode DEPARTMENT = OrganCode.parse("000.00.12.H37");
    /** A commune without a connected system: reached by e-mail only. */
    static final OrganCode COMMUNE = OrganCode.parse("000.00.13.H37");
    static final byte[] PDF = ("%PDF-1.4\n% reliable exchange\n" + "x".repeat(500) + "\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path axisData;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    private final MemoryTransactions tx = new MemoryTransactions();
    private final MemoryOutboxStore store = new MemoryOutboxStore(tx);
    private final MemoryContentStore senderContent = new MemoryContentStore();
    private final MemoryContentStore receiverContent = new MemoryContentStore();
    private final Map<OrganCode, String> tokens = Map.of(PROVINCE, "t-province", DEPARTMENT, "t-department");
    private final List<UnreadableMail> quarantined = new ArrayList<>();
    private final RandomGenerator noJitter = () -> 1L << 62;
    private final OutboxDispatcher.Policy policy = OutboxDispatcher.Policy.defaults()
            .withRetries(5, Duration.ofSeconds(30), Duration.ofMinutes(10)).withJitter(0);

    private MailFixture mail;
    private AxisServer axis;
    private int axisPort;
    private MailTransport mailTransport;
    private ChannelRouter router;
    private OutboxTransport outbox;
    private OutboxDispatcher dispatcher;
    private ContentRef pdf;

    @BeforeEach
    void setUp() {
        mail = new MailFixture(PROVINCE, DEPARTMENT, COMMUNE);
        axis = AxisServer.start(AxisServer.Config.loopback(axisData, tokens).withClock(clock));
        axisPort = axis.uri().getPort();
        mailTransport = MailTransport.of(mail.config(clock).withOnUnreadable(quarantined::add), senderContent,
                receiverContent);
        AxisTransport axisTransport = AxisTransport.of(new AxisTransport.Config(axis.uri(), tokens,
                Duration.ofSeconds(10), clock), senderContent, receiverContent);
        router = ChannelRouter.of(axisTransport, tokens::containsKey, mailTransport);
        outbox = OutboxTransport.of(tx, store, router, clock);
        dispatcher = OutboxDispatcher.of(tx, store, router, clock, noJitter, policy);
        pdf = senderContent.put(new ByteArrayInputStream(PDF));
    }

    @AfterEach
    void tearDown() {
        mailTransport.close();
        axis.close();
        mail.close();
    }

    private TransportMessage document(String ref, OrganCode to, int number) {
        return document(PROVINCE, ref, to, number);
    }

    private TransportMessage document(OrganCode from, String ref, OrganCode to, int number) {
        Document d = Document.builder().direction(Direction.OUTGOING).notation(Notation.parse(number + "/UBND-VP"))
                .type(DocumentType.CONG_VAN).issueDate(LocalDate.of(2026, 3, 2)).place("Lạng Sơn")
                .subject("Về việc kiểm tra đường truyền số " + number).issuer(from, "Cơ quan gửi")
                .addRecipient(Recipient.of("Nơi nhận", to)).pageCount(1).signed(false)
                .addAttachment(new Attachment("cv-" + number + ".pdf", "application/pdf", pdf.size(), pdf.sha256(),
                        Attachment.Role.MAIN)).build();
        return TransportMessage.newDocument(from, to, ref, d, List.of(), clock.instant());
    }

    private List<TransportMessage> takeAll(OrganCode organisation) {
        List<TransportMessage> got = new ArrayList<>();
        for (LeasedMessage l : router.receive(organisation, 100)) {
            assertThat(router.acknowledge(l.token())).isTrue();
            got.add(l.message());
        }
        return got;
    }

    private OutboxEntry entry(TransportMessage m) {
        return store.find(m.from(), m.id()).orElseThrow();
    }

    @Test
    void oneChannelPerRecipientAndAConnectedOneIsNeverMailed() {
        assertThat(router.channelFor(DEPARTMENT)).isEqualTo(Channel.SYSTEM);
        assertThat(router.channelFor(COMMUNE)).isEqualTo(Channel.EMAIL);
        TransportMessage toDepartment = document("out-1", DEPARTMENT, 1);
        TransportMessage toCommune = document("out-1c", COMMUNE, 1);
        outbox.send(toDepartment);
        outbox.send(toCommune);
        assertThat(dispatcher.dispatchDue().sent()).isEqualTo(2);
        // the department has a mailbox too, but a document sent through the system is not also mailed (R-OUT-7)
        assertThat(mail.green().getReceivedMessagesForDomain(mail.addressOf(DEPARTMENT))).isEmpty();
        assertThat(takeAll(DEPARTMENT)).extracting(TransportMessage::id).containsExactly(toDepartment.id());
        assertThat(mail.green().getReceivedMessagesForDomain(mail.addressOf(COMMUNE))).hasSize(1);
        assertThat(takeAll(COMMUNE)).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(toCommune.id());
            assertThat(m.digest()).isEqualTo(toCommune.digest());
        });
    }

    @Test
    void aMailOnlyCommuneAndTheProvinceReachEachOtherByMailWhileConnectedOnesUseTheAxisOnly() {
        assertThat(router.channelBetween(COMMUNE, PROVINCE)).isEqualTo(Channel.EMAIL);
        assertThat(router.channelBetween(PROVINCE, COMMUNE)).isEqualTo(Channel.EMAIL);
        assertThat(router.channelBetween(DEPARTMENT, PROVINCE)).isEqualTo(Channel.SYSTEM);
        TransportMessage fromCommune = document(COMMUNE, "xa-1", PROVINCE, 7);
        TransportMessage fromDepartment = document(DEPARTMENT, "so-1", PROVINCE, 8);
        outbox.send(fromCommune);
        outbox.send(fromDepartment);
        assertThat(dispatcher.dispatchDue().sent()).isEqualTo(2);
        // the department's document went through the axis only (R-OUT-7); the commune's by mail
        assertThat(mail.green().getReceivedMessagesForDomain(mail.addressOf(PROVINCE))).hasSize(1);

        // the province reads both channels and acknowledges each message on the one it came from
        List<LeasedMessage> leased = router.receive(PROVINCE, 10);
        assertThat(leased).extracting(l -> l.message().id(), l -> l.token().value().split(" ")[0]).containsExactly(
                org.assertj.core.groups.Tuple.tuple(fromDepartment.id(), "SYSTEM"),
                org.assertj.core.groups.Tuple.tuple(fromCommune.id(), "EMAIL"));
        for (LeasedMessage l : leased) {
            assertThat(router.acknowledge(l.token())).isTrue();
        }
        assertThat(router.receive(PROVINCE, 10)).isEmpty();

        // the province's answer goes back by mail, never through the axis
        TransportMessage answer = TransportMessage.status(TransportMessage.Kind.RECEIPT_ACK, PROVINCE, COMMUNE,
                "xa-1", "", clock.instant());
        outbox.send(answer);
        assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);
        assertThat(axis.waiting(COMMUNE)).isZero();
        assertThat(takeAll(COMMUNE)).extracting(TransportMessage::id).containsExactly(answer.id());
        assertThat(takeAll(DEPARTMENT)).isEmpty();
    }

    @Test
    void theMailServerDownForAWhileThenBackLosesNothingAndDoublesNothing() {
        TransportMessage m = document("out-2", COMMUNE, 2);
        outbox.send(m);
        mail.stop();
        assertThat(dispatcher.dispatchDue()).isEqualTo(new OutboxDispatcher.Result(0, 1, 0, 0));
        clock.set(entry(m).nextAttemptAt());
        assertThat(dispatcher.dispatchDue().retried()).isEqualTo(1);
        assertThat(entry(m).attempts()).hasSize(2).noneMatch(OutboxEntry.Attempt::ok);
        // the axis is up all along, yet the commune's document waits for its own channel
        assertThat(takeAll(DEPARTMENT)).isEmpty();

        mail.start();
        clock.set(entry(m).nextAttemptAt());
        assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);
        clock.advance(Duration.ofHours(2));
        assertThat(dispatcher.dispatchDue()).isEqualTo(new OutboxDispatcher.Result(0, 0, 0, 0));

        assertThat(takeAll(COMMUNE)).extracting(TransportMessage::id).containsExactly(m.id());
        assertThat(entry(m).state()).isEqualTo(OutboxEntry.State.SENT);
        assertThat(entry(m).attempts()).extracting(OutboxEntry.Attempt::ok).containsExactly(false, false, true);
    }

    @Test
    void theAxisDownForAWhileThenBackLosesNothingAndDoublesNothing() {
        TransportMessage first = document("out-3", DEPARTMENT, 3);
        outbox.send(first);
        assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);
        axis.close();
        TransportMessage second = document("out-4", DEPARTMENT, 4);
        outbox.send(second);
        assertThat(dispatcher.dispatchDue()).isEqualTo(new OutboxDispatcher.Result(0, 1, 0, 0));
        assertThat(entry(second).note()).contains("UNAVAILABLE");
        // never mailed instead (R-OUT-7)
        assertThat(mail.green().getReceivedMessagesForDomain(mail.addressOf(DEPARTMENT))).isEmpty();

        // the axis comes back on its address with its queues on disk
        axis = AxisServer.start(AxisServer.Config.loopback(axisData, tokens).withClock(clock)
                .withAddress(new InetSocketAddress(axis.uri().getHost(), axisPort)));
        clock.set(entry(second).nextAttemptAt());
        assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);
        clock.advance(Duration.ofHours(2));
        assertThat(dispatcher.dispatchDue()).isEqualTo(new OutboxDispatcher.Result(0, 0, 0, 0));
        assertThat(takeAll(DEPARTMENT)).extracting(TransportMessage::id).containsExactly(first.id(), second.id());
    }

    @Test
    void aCorruptPackageIsQuarantinedAndRefusedWhileTheRestKeepFlowing() throws Exception {
        TransportMessage before = document("out-5", COMMUNE, 5);
        outbox.send(before);
        dispatcher.dispatchDue();
        sendCorruptMail("000.00.00.H37,2026/03/02,6/UBND-VP");
        TransportMessage after = document("out-7", COMMUNE, 7);
        outbox.send(after);
        dispatcher.dispatchDue();

        assertThat(takeAll(COMMUNE)).extracting(TransportMessage::id).containsExactly(before.id(), after.id());
        assertThat(quarantined).singleElement().satisfies(q -> {
            assertThat(q.mailbox()).isEqualTo(COMMUNE);
            assertThat(q.code()).isEqualTo("EDOC-MAIL-002");
        });
        assertThat(mailTransport.quarantined(COMMUNE)).singleElement()
                .satisfies(q -> assertThat(q.code()).isEqualTo("EDOC-MAIL-002"));
        // the sender is told, by the channel the commune has: a refusal (status 02) naming the document
        List<LeasedMessage> replies = mailTransport.receive(PROVINCE, 10);
        assertThat(replies).singleElement().satisfies(l -> {
            assertThat(l.message().kind()).isEqualTo(TransportMessage.Kind.REFUSAL);
            assertThat(l.message().from()).isEqualTo(COMMUNE);
            assertThat(l.message().documentRef()).isEqualTo("000.00.00.H37,2026/03/02,6/UBND-VP");
            assertThat(l.message().reason()).contains("EDOC-MAIL-002");
        });
        // nothing is left waiting, and the corrupt mail is not handed out later either
        clock.advance(Duration.ofHours(1));
        assertThat(mailTransport.receive(COMMUNE, 10)).isEmpty();
    }

    /** A mail as our transport writes it, from the province to the commune, whose package is broken. */
    private void sendCorruptMail(String documentId) throws Exception {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", Integer.toString(mail.smtpPort));
        Session session = Session.getInstance(p);
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(mail.addressOf(PROVINCE)));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.addressOf(COMMUNE)));
        m.setSubject("[edXML] Văn bản điện tử " + documentId, "UTF-8");
        m.setHeader(MailTransport.H_FROM, PROVINCE.value());
        m.setHeader(MailTransport.H_TO, COMMUNE.value());
        m.setHeader(MailTransport.H_DOCUMENT, java.net.URLEncoder.encode(documentId, StandardCharsets.UTF_8));
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Gói tin edXML", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setContent("<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><edXML:edXMLEnvelope", "application/xml");
        file.setFileName("broken.edxml");
        m.setContent(new MimeMultipart(text, file));
        jakarta.mail.Transport.send(m);
    }
}
