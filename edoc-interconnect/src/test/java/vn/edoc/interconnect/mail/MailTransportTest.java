package vn.edoc.interconnect.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.LeasedMessage;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.tck.MutableClock;
import vn.edoc.store.memory.MemoryContentStore;
import vn.edoc.validation.EdocRuleException;

/**
 * What the mail carries and how it is checked: the {@code Message-ID} made from the message id and read back, the
 * document identifier and sender code in the headers and subject, an acknowledged mail marked and moved, a mail
 * whose sender address is not its organisation's put in quarantine, and a commune's functional mailboxes
 * (R-ID-4) used as addresses with a personal responsible account (R-ACC-1).
 */
class MailTransportTest {

    private static final OrganCode PROVINCE = OrganCode.parse("000.00.00.H37");
    private static final OrganCode COMMUNE = OrganCode.parse("000.00.13.H37");
    private static final OrganCode OTHER = OrganCode.parse("000.00.14.H37");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    private final MailFixture mail = new MailFixture(PROVINCE, COMMUNE, OTHER);
    private final List<UnreadableMail> quarantined = new ArrayList<>();
    private final MemoryContentStore senderContent = new MemoryContentStore();
    private final MailTransport transport = MailTransport.of(mail.config(clock).withOnUnreadable(quarantined::add),
            senderContent, new MemoryContentStore());

    @AfterEach
    void stop() {
        transport.close();
        mail.close();
    }

    private TransportMessage status(OrganCode from, OrganCode to, String id, String ref) {
        return TransportMessage.status(MessageId.of(id), TransportMessage.Kind.RECEIPT_ACK, from, to, ref, "",
                clock.instant());
    }

    @Test
    void theMessageIdRoundTripsThroughTheMailMessageIdAndAForeignOneIsIgnored() {
        for (String id : List.of("out-12/new/000.00.12.H37", "a", "x=y:z@w..v", "r-1/v3/receipt-ack",
                "...", "=3D", "A.B-C_D:E/F@G+H=I")) {
            String header = MailTransport.mailMessageId(PROVINCE, MessageId.of(id));
            assertThat(header).startsWith("<").endsWith("@000.00.00.H37.edoc>");
            String left = header.substring(1, header.lastIndexOf('@'));
            // a dot-atom: no '@', ':' or '.' of the id left bare
            assertThat(left).doesNotContain("@", ":", ".");
            assertThat(MailTransport.messageIdOf(header)).contains(MessageId.of(id));
        }
        assertThat(MailTransport.messageIdOf("<CAF12345@mail.gmail.com>")).isEmpty();
        assertThat(MailTransport.messageIdOf("<abc=4@x.edoc>")).isEmpty();
        assertThat(MailTransport.messageIdOf("<=ZZ@x.edoc>")).isEmpty();
        assertThat(MailTransport.messageIdOf(null)).isEmpty();
    }

    @Test
    void theMailNamesTheDocumentAndTheSenderAndKeepsItsMessageId() throws Exception {
        String ref = "000.00.00.H37,2026/03/02,7816/VPCP-TTĐT";
        TransportMessage m = status(PROVINCE, COMMUNE, "r-7816/receipt-ack", ref);
        transport.send(m);
        MimeMessage[] got = mail.green().getReceivedMessagesForDomain(mail.addressOf(COMMUNE));
        assertThat(got).hasSize(1);
        MimeMessage mime = got[0];
        assertThat(mime.getMessageID()).isEqualTo(MailTransport.mailMessageId(PROVINCE, m.id()));
        assertThat(mime.getSubject()).contains(ref).contains(PROVINCE.value());
        assertThat(mime.getHeader(MailTransport.H_FROM, null)).isEqualTo(PROVINCE.value());
        assertThat(java.net.URLDecoder.decode(mime.getHeader(MailTransport.H_DOCUMENT, null),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(ref);
        List<LeasedMessage> leased = transport.receive(COMMUNE, 10);
        assertThat(leased).singleElement().satisfies(l -> {
            assertThat(l.message().id()).isEqualTo(m.id());
            assertThat(l.message().documentRef()).isEqualTo(ref);
            assertThat(l.message().digest()).isEqualTo(m.digest());
        });
        assertThat(transport.acknowledge(leased.get(0).token())).isTrue();
    }

    /** A signed letter from the province to the commune carrying {@code tasks}, its file in the sender's store. */
    private TransportMessage letter(String ref, List<String> tasks) {
        vn.edoc.spi.ContentRef pdf = senderContent.put(new java.io.ByteArrayInputStream(
                "%PDF-1.4\n% tasks by mail\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        vn.edoc.document.Document d = vn.edoc.document.Document.builder()
                .direction(vn.edoc.document.Direction.OUTGOING).notation(vn.edoc.id.Notation.parse("9/UBND-VP"))
                .type(vn.edoc.id.DocumentType.CONG_VAN).issueDate(java.time.LocalDate.of(2026, 3, 2))
                .place("Lạng Sơn").subject("Giao nhiệm vụ").issuer(PROVINCE, "UBND tỉnh")
                .addRecipient(vn.edoc.document.Recipient.of("UBND xã", COMMUNE)).pageCount(1).signed(true)
                .addAttachment(new vn.edoc.document.Attachment("cv-9.pdf", "application/pdf", pdf.size(),
                        pdf.sha256(), vn.edoc.document.Attachment.Role.MAIN)).build();
        return TransportMessage.newDocument(PROVINCE, COMMUNE, ref, d, tasks, clock.instant());
    }

    @Test
    void theTasksAndSignedFlagTravelInThePackageAndTaskHeadersOfEarlierBuildsAreStillRead() throws Exception {
        List<String> tasks = List.of("task-1|Rà soát thủ tục", "task-2|Báo cáo kết quả");
        TransportMessage m = letter("out-9", tasks);
        transport.send(m);
        MimeMessage sent = mail.green().getReceivedMessagesForDomain(mail.addressOf(COMMUNE))[0];
        assertThat(sent.getHeader("X-Edoc-Kind")).isNull();
        assertThat(sent.getHeader(MailTransport.H_TASK)).isNull();
        assertThat(sent.getHeader("X-Edoc-Signed")).isNull();
        List<LeasedMessage> leased = transport.receive(COMMUNE, 10);
        assertThat(leased).singleElement().satisfies(l -> {
            assertThat(l.message().tasks()).containsExactlyElementsOf(tasks);
            assertThat(l.message().document().orElseThrow().signed()).isTrue();
            assertThat(l.message().digest()).isEqualTo(m.digest());
        });
        assertThat(transport.acknowledge(leased.get(0).token())).isTrue();

        // a mail as earlier builds wrote it: the package without its tasks, which come in headers
        TransportMessage bare = letter("out-10", List.of());
        transport.send(bare);
        MimeMessage[] got = mail.green().getReceivedMessagesForDomain(mail.addressOf(COMMUNE));
        String messageId = MailTransport.mailMessageId(PROVINCE, bare.id());
        MimeMessage original = null;
        for (MimeMessage g : got) {
            original = messageId.equals(g.getMessageID()) ? g : original;
        }
        assertThat(original).isNotNull();
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", Integer.toString(mail.smtpPort));
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        original.writeTo(raw);
        MimeMessage older = new MimeMessage(Session.getInstance(p),
                new java.io.ByteArrayInputStream(raw.toByteArray())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        older.addHeader(MailTransport.H_TASK, "t:" + java.net.URLEncoder.encode("task-3|Tổng hợp",
                java.nio.charset.StandardCharsets.UTF_8));
        // the copy replaces the original in the commune's mailbox
        List<LeasedMessage> first = transport.receive(COMMUNE, 10);
        assertThat(transport.acknowledge(first.get(0).token())).isTrue();
        jakarta.mail.Transport.send(older);
        assertThat(transport.receive(COMMUNE, 10)).singleElement().satisfies(l -> {
            assertThat(l.message().id()).isEqualTo(bare.id());
            assertThat(l.message().tasks()).containsExactly("task-3|Tổng hợp");
        });
    }

    @Test
    void anAcknowledgedMailIsMarkedSeenAndMovedOnlyAfterTheAcknowledgement() throws Exception {
        transport.send(status(PROVINCE, COMMUNE, "m-ack", "ref-ack"));
        List<LeasedMessage> leased = transport.receive(COMMUNE, 10);
        assertThat(folder("INBOX")).hasSize(1);
        assertThat(folder("edoc-processed")).isEmpty();
        assertThat(transport.acknowledge(leased.get(0).token())).isTrue();
        assertThat(folder("INBOX")).isEmpty();
        assertThat(folder("edoc-processed")).singleElement()
                .satisfies(f -> assertThat(f.contains(Flags.Flag.SEEN)).isTrue());
    }

    /** The flags of the mails in {@code name} of the commune's mailbox; empty when the folder does not exist. */
    private List<Flags> folder(String name) throws Exception {
        Session s = Session.getInstance(new Properties());
        try (Store store = s.getStore("imap")) {
            store.connect("127.0.0.1", mail.imapPort, mail.addressOf(COMMUNE), "pw-" + mail.addressOf(COMMUNE));
            Folder f = store.getFolder(name);
            if (!f.exists()) {
                return List.of();
            }
            f.open(Folder.READ_ONLY);
            List<Flags> out = new ArrayList<>();
            for (Message m : f.getMessages()) {
                out.add(m.getFlags());
            }
            f.close(false);
            return out;
        }
    }

    @Test
    void aMailFromAnAddressThatIsNotItsSendersIsQuarantinedNotHandedOut() {
        // another organisation's system sends a package claiming to come from the province
        MailDirectory forged = MailDirectory.builder().organisation(PROVINCE, mail.addressOf(OTHER))
                .organisation(COMMUNE, mail.addressOf(COMMUNE)).build();
        MailTransport.Config c = mail.config(clock);
        MailTransport forger = MailTransport.of(new MailTransport.Config(c.smtp(), c.imap(), forged, c.mailboxes(),
                c.lease(), c.timeout(), c.clock(), c.processedFolder(), c.quarantineFolder(), c.maxMessageBytes(),
                true, null), new MemoryContentStore(), new MemoryContentStore());
        forger.send(status(PROVINCE, COMMUNE, "m-forged", "ref-forged"));
        transport.send(status(PROVINCE, COMMUNE, "m-true", "ref-true"));
        forger.close();

        assertThat(transport.receive(COMMUNE, 10)).extracting(l -> l.message().id().value())
                .containsExactly("m-true");
        assertThat(quarantined).singleElement().satisfies(q -> {
            assertThat(q.code()).isEqualTo("EDOC-MAIL-003");
            assertThat(q.from()).isEqualTo(mail.addressOf(OTHER));
        });
    }

    @Test
    void anOrganisationWithoutAddressOrMailboxIsATypedFailure() {
        OrganCode unknown = OrganCode.parse("000.00.99.H37");
        assertThatThrownBy(() -> transport.send(status(PROVINCE, unknown, "m-x", "ref-x")))
                .isInstanceOfSatisfying(MailException.class,
                        e -> assertThat(e.reason()).isEqualTo(MailException.Reason.UNKNOWN_ADDRESS));
        assertThatThrownBy(() -> transport.receive(unknown, 1)).isInstanceOfSatisfying(MailException.class,
                e -> assertThat(e.reason()).isEqualTo(MailException.Reason.NO_MAILBOX));
    }

    @Test
    void aCommunesFunctionalMailboxIsAnAddressReadByAPersonalAccount() {
        FunctionalMailbox office = FunctionalMailbox.of(COMMUNE, FunctionalMailbox.Function.OFFICE, "quangtrung",
                "bimson", "bimson.thanhhoa.gov.vn", "hanhnt.bimson");
        assertThat(office.address()).isEqualTo("quangtrungvp.bimson@bimson.thanhhoa.gov.vn");
        FunctionalMailbox chair = FunctionalMailbox.of(COMMUNE, FunctionalMailbox.Function.CHAIR, "quangtrung",
                "bimson", "bimson.thanhhoa.gov.vn", "tuanlv.bimson");
        assertThat(chair.address()).isEqualTo("quangtrungct.bimson@bimson.thanhhoa.gov.vn");
        MailDirectory directory = MailDirectory.builder().functional(office).functional(chair).build();
        assertThat(directory.addressOf(COMMUNE)).contains(office.address());
        assertThat(directory.addressesOf(COMMUNE)).containsExactly(office.address(), chair.address());
        assertThat(directory.responsibleFor(COMMUNE)).contains("hanhnt.bimson");
        assertThat(directory.responsibleFor(PROVINCE)).isEmpty();

        // R-ACC-1: a shared account is never the person responsible, not even the commune's other one
        assertThatThrownBy(() -> FunctionalMailbox.of(COMMUNE, FunctionalMailbox.Function.OFFICE, "quangtrung",
                "bimson", "bimson.thanhhoa.gov.vn", "quangtrungct.bimson"))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.ruleIds()).containsExactly("R-ACC-1"));
        assertThatThrownBy(() -> FunctionalMailbox.of(COMMUNE, FunctionalMailbox.Function.OFFICE, "quangtrung",
                "bimson", "bimson.thanhhoa.gov.vn", "quangtrungvp.bimson"))
                .isInstanceOf(EdocRuleException.class);
        // R-ID-4: the address is the commune's shared account name
        assertThatThrownBy(() -> new FunctionalMailbox(COMMUNE, FunctionalMailbox.Function.CHAIR,
                "quangtrungvp.bimson@bimson.thanhhoa.gov.vn", "tuanlv.bimson"))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.ruleIds()).containsExactly("R-ID-4"));
    }

    @Test
    void mailToAFunctionalMailboxArrivesThere() {
        String address = "quangtrungvp.bimson@edoc.test";
        mail.address(COMMUNE, address);
        FunctionalMailbox office = new FunctionalMailbox(COMMUNE, FunctionalMailbox.Function.OFFICE, address,
                "hanhnt.bimson");
        MailDirectory directory = MailDirectory.builder().organisation(PROVINCE, mail.addressOf(PROVINCE))
                .functional(office).build();
        MailTransport.Config c = mail.config(clock);
        MailTransport t = MailTransport.of(new MailTransport.Config(c.smtp(), c.imap(), directory, c.mailboxes(),
                c.lease(), c.timeout(), c.clock(), c.processedFolder(), c.quarantineFolder(), c.maxMessageBytes(),
                true, null), new MemoryContentStore(), new MemoryContentStore());
        try {
            t.send(status(PROVINCE, COMMUNE, "m-vp", "ref-vp"));
            assertThat(mail.green().getReceivedMessagesForDomain(address)).hasSize(1);
            assertThat(t.receive(COMMUNE, 10)).extracting(l -> l.message().id().value()).containsExactly("m-vp");
        } finally {
            t.close();
        }
    }
}
