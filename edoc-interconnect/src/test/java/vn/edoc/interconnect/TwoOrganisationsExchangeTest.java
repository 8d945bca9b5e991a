package vn.edoc.interconnect;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.id.PersonId;
import vn.edoc.id.UnitId;
import vn.edoc.id.RecordId;
import vn.edoc.Edoc;
import vn.edoc.document.Attachment;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.id.DocumentType;
import vn.edoc.id.OrganCode;
import vn.edoc.interconnect.axis.AxisServer;
import vn.edoc.interconnect.axis.AxisTransport;
import vn.edoc.interconnect.mail.MailDirectory;
import vn.edoc.interconnect.mail.MailFixture;
import vn.edoc.interconnect.mail.MailLogin;
import vn.edoc.interconnect.mail.MailServer;
import vn.edoc.interconnect.mail.MailTransport;
import vn.edoc.org.Account;
import vn.edoc.org.Directory;
import vn.edoc.org.OrgFixtures;
import vn.edoc.org.Person;
import vn.edoc.org.Position;
import vn.edoc.org.Role;
import vn.edoc.routing.Actor;
import vn.edoc.routing.AssignmentOrder;
import vn.edoc.routing.Delivery;
import vn.edoc.routing.DeliveryChange;
import vn.edoc.routing.DeliveryState;
import vn.edoc.routing.DraftOptions;
import vn.edoc.routing.HistoryStep;
import vn.edoc.routing.IncomingRecord;
import vn.edoc.routing.IncomingState;
import vn.edoc.routing.OutgoingRecord;
import vn.edoc.routing.ReceiptCheck;
import vn.edoc.routing.TransportInbox;
import vn.edoc.signature.sign.KeyStoreSigningKey;
import vn.edoc.signature.sign.PadesDocumentSigner;
import vn.edoc.signature.sign.PadesLevel;
import vn.edoc.signature.sign.PadesSigner;
import vn.edoc.signature.sign.SignatureParameters;
import vn.edoc.signature.support.TestPdfs;
import vn.edoc.signature.testpki.TestPki;
import vn.edoc.signature.verify.PadesVerifier;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.SignatureIndication;
import vn.edoc.spi.SignatureRole;
import vn.edoc.spi.Transport;
import vn.edoc.spi.TrustStore;
import vn.edoc.store.memory.MemoryStores;
import vn.edoc.time.MutableClock;

/**
 * The done-means test of the exchange (liên thông văn bản giữa hai cơ quan): the Department of Justice of Bình Định
 * (Sở Tư pháp, its own edoc deployment) drafts a letter, its director signs it (PAdES, the test PKI), its clerk
 * registers and issues it with the organisation's signature; the People's Committee of Tuy Phước district (another
 * deployment: its own stores) takes it in, verifies both signatures before receiving it (R-IN-1), registers, assigns,
 * handles and completes it; every status message flows back and the sender's delivery tracking shows each state in
 * turn (R-OUT-6): arrived, received, assigned, in progress, completed. The sender then sends an update (a corrected
 * appendix, BussinessDocType 2); the receiver applies it and agrees (15), which the sender's tracking shows. Then the
 * sender recalls it; the receiver's clerk cancels it and the sender sees the agreement (15). Over the axis the sender
 * also replaces the letter (a corrected text signed again, BussinessDocType 3) before recalling it, and a second
 * letter is refused by the receiver while the sender, not yet aware, sends an update: the receiver answers 16. The same scenario runs over the reference axis (HTTP,
 * {@link AxisTransport}) and over e-mail (SMTP and IMAP on an in-process GreenMail, {@link MailTransport}).
 */
class TwoOrganisationsExchangeTest {

    private static final TestPki PKI = TestPki.shared(TestPki.KeyKind.RSA_2048);
    private static final OrganCode STP = OrgFixtures.SO_TU_PHAP;
    private static final OrganCode TP = OrgFixtures.TUY_PHUOC;
    private static final String STP_CLERK = "stp-clerk";
    private static final String STP_DRAFTER = "stp-drafter";

    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new ArrayList<>();
    // signing times lie in the test certificates' validity: now, to the second
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private final Directory directory = directory();
    private final MemoryStores sender = MemoryStores.create(directory);
    private final MemoryStores receiver = MemoryStores.create(directory);

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @Test
    void aSignedDocumentTravelsOverTheAxisAndEveryStatusComesBack() {
        AxisServer axis = AxisServer.start(AxisServer.Config.loopback(dir.resolve("axis"),
                Map.of(STP, "token-stp", TP, "token-tp")).withClock(clock).withLease(Duration.ofMinutes(5)));
        open.add(axis::close);
        exchange(org -> AxisTransport.of(new AxisTransport.Config(axis.uri(),
                Map.of(org, org.equals(STP) ? "token-stp" : "token-tp"), Duration.ofSeconds(30), clock),
                storesOf(org).content(), storesOf(org).content()), true);
    }

    @Test
    void aSignedDocumentTravelsByEmailAndEveryStatusComesBack() {
        int smtp = MailFixture.freePort();
        int imap = MailFixture.freePort();
        GreenMail green = new GreenMail(new ServerSetup[] {new ServerSetup(smtp, "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP), new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        green.start();
        open.add(green::stop);
        String stpMail = "vanthu@stp.binhdinh.edoc.test";
        String tpMail = "vanthu@tuyphuoc.binhdinh.edoc.test";
        green.setUser(stpMail, stpMail, "pw-stp");
        green.setUser(tpMail, tpMail, "pw-tp");
        MailDirectory mailDirectory = MailDirectory.builder().organisation(STP, stpMail).organisation(TP, tpMail)
                .build();
        exchange(org -> MailTransport.of(MailTransport.Config.of(MailServer.plain("127.0.0.1", smtp),
                MailServer.plain("127.0.0.1", imap), mailDirectory, Map.of(org, org.equals(STP)
                        ? new MailLogin(stpMail, "pw-stp") : new MailLogin(tpMail, "pw-tp")), clock)
                .withTimeout(Duration.ofSeconds(10)), storesOf(org).content(), storesOf(org).content()), false);
    }

    private MemoryStores storesOf(OrganCode org) {
        return org.equals(STP) ? sender : receiver;
    }

    /** The whole exchange, each organisation on its own deployment with its own transport client. */
    private void exchange(Function<OrganCode, Transport> transports, boolean overAxis) {
        Edoc stp = Edoc.builder().stores(sender).transport(transports.apply(STP)).signer(signer()).clock(clock)
                .build();
        Edoc tp = Edoc.builder().stores(receiver).transport(transports.apply(TP)).clock(clock)
                .signer((request, contents) -> {
                    throw new IllegalStateException("Tuy Phước issues nothing here");
                })
                .verifier(PadesVerifier.builder().contentStore(receiver.content())
                        .trustStore(TrustStore.of(List.of(PKI.root().certificate())))
                        .revocationSource(PKI.revocationSource()).build())
                .build();

        // ---- Sở Tư pháp: drafted, reviewed, signed by the director, registered, issued with the organisation's
        // signature
        OutgoingRecord draft = stp.outgoing().draft(as(STP_DRAFTER), letter(), DraftOptions.none());
        stp.outgoing().submit(as(STP_DRAFTER), RecordId.of(draft.id()));
        stp.outgoing().review(as(OrgFixtures.STP_OFFICE_CHIEF), RecordId.of(draft.id()), "Trình Giám đốc");
        stp.outgoing().approveAndSign(as(OrgFixtures.DIRECTOR), RecordId.of(draft.id()), SigningCompetence.NONE, "Giám đốc",
                "Đồng ý");
        stp.outgoing().register(as(STP_CLERK), RecordId.of(draft.id()), "STP", "VP");
        OutgoingRecord issued = stp.outgoing().issue(as(STP_CLERK), RecordId.of(draft.id()));
        assertThat(issued.document().signed()).isTrue();
        assertThat(states(stp, issued)).containsExactly(DeliveryState.SENT);
        Attachment signedFile = issued.document().attachments().get(0);

        // ---- Tuy Phước: both signatures verified before it is taken in (R-IN-1); 01 goes back
        TransportInbox.Result in = tp.inbox().process(TP);
        assertThat(in.quarantined()).isEmpty();
        IncomingRecord row = in.received().get(0);
        assertThat(row.sender()).contains(STP);
        assertThat(row.document().signed()).isTrue();
        assertThat(row.document().notation()).isEqualTo(issued.document().notation());
        assertThat(row.document().attachments()).containsExactly(signedFile);
        assertThat(receiver.content().exists(new ContentRef(signedFile.sha256(), signedFile.size()))).isTrue();
        assertThat(in.verified()).singleElement().satisfies(v ->
                assertThat(v.report().indication()).as("%s", v.report()).isEqualTo(SignatureIndication.TOTAL_PASSED));
        assertThat(in.verified().get(0).report().signatures()).hasSize(2);
        assertThat(deliverTo(stp)).containsExactly(DeliveryState.ARRIVED);

        // registered (03), assigned (04), taken in by the unit (05), completed (06): each seen by the sender
        tp.incoming().register(as("lanpt.tuyphuoc"), RecordId.of(row.id()), ReceiptCheck.of(2, in.verified().get(0).report()));
        assertThat(deliverTo(stp)).containsExactly(DeliveryState.DELIVERED);
        tp.incoming().assign(as("chiennv.tuyphuoc"), RecordId.of(row.id()), "Phòng TCKH chủ trì",
                List.of(AssignmentOrder.lead(OrgFixtures.FINANCE, clock.instant().plus(Duration.ofDays(7)))));
        assertThat(deliverTo(stp)).containsExactly(DeliveryState.ASSIGNED);
        Actor unitClerk = as("hanhtt.tuyphuoc");
        tp.incoming().receiveAtUnit(unitClerk, RecordId.of(row.id()), UnitId.of(OrgFixtures.FINANCE));
        tp.incoming().forwardToHead(unitClerk, RecordId.of(row.id()), UnitId.of(OrgFixtures.FINANCE));
        tp.incoming().assignSpecialist(as("ducbv.tuyphuoc"), RecordId.of(row.id()), UnitId.of(OrgFixtures.FINANCE), PersonId.of(OrgFixtures.SPECIALIST),
                "Anh Chiến tham mưu");
        IncomingRecord done = tp.incoming().complete(as("chiennv1.tuyphuoc"), RecordId.of(row.id()), UnitId.of(OrgFixtures.FINANCE),
                "Đã xử lý");
        assertThat(done.state()).isEqualTo(IncomingState.DONE);
        assertThat(deliverTo(stp)).containsExactly(DeliveryState.IN_PROGRESS, DeliveryState.COMPLETED);

        OutgoingRecord followed = sender.documents().outgoing(issued.id()).orElseThrow();
        assertThat(followed.history()).filteredOn(h -> h.action().equals("outgoing.status"))
                .extracting(HistoryStep::comment).map(c -> c.substring(0, c.indexOf(" from ")))
                .containsExactly("ARRIVED", "RECEIPT_ACK", "ASSIGNED", "IN_PROGRESS", "COMPLETED");
        assertThat(followed.deliveries()).singleElement().satisfies(d -> {
            assertThat(d.recipient()).isEqualTo(TP);
            assertThat(d.state()).isEqualTo(DeliveryState.COMPLETED);
        });

        // ---- update (cập nhật, 2): the same signed letter with a corrected appendix; applied, agreed (15)
        List<Attachment> files = new ArrayList<>(issued.document().attachments());
        files.add(appendix());
        stp.outgoing().sendUpdate(as(STP_CLERK), RecordId.of(issued.id()),
                issued.document().toBuilder().attachments(files).build(), "Bổ sung phụ lục");
        TransportInbox.Result update = tp.inbox().process(TP);
        assertThat(update.quarantined()).isEmpty();
        assertThat(receiver.documents().incoming(row.id()).orElseThrow().document().attachments())
                .containsExactlyElementsOf(files);
        assertThat(receiver.content().exists(new ContentRef(files.get(1).sha256(), files.get(1).size()))).isTrue();
        assertThat(deliverTo(stp)).containsExactly(DeliveryState.COMPLETED);
        assertThat(sender.documents().outgoing(issued.id()).orElseThrow().deliveries().get(0).changes())
                .extracting(DeliveryChange::kind, DeliveryChange::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DeliveryChange.Kind.UPDATE,
                        DeliveryChange.State.AGREED));

        if (overAxis) {
            replaced(stp, tp, issued, row);
        }

        // ---- recall (thu hồi, 13): the receiver's clerk cancels it and the sender sees the agreement (15)
        stp.outgoing().recall(as(OrgFixtures.DIRECTOR), RecordId.of(issued.id()), "Ban hành nhầm đối tượng");
        TransportInbox.Result notice = tp.inbox().process(TP);
        assertThat(notice.recalls()).singleElement().satisfies(m -> assertThat(m.reason())
                .isEqualTo("Ban hành nhầm đối tượng"));
        // over the axis the replaced row was cancelled already: it comes back as it is, beside the one cancelled now
        assertThat(tp.incoming().cancelOnRecall(as("lanpt.tuyphuoc"), notice.recalls().get(0)))
                .extracting(IncomingRecord::state).hasSize(overAxis ? 2 : 1).containsOnly(IncomingState.RECALLED);
        assertThat(deliverTo(stp)).containsExactly(DeliveryState.RECALLED);
        assertThat(sender.documents().outgoing(issued.id()).orElseThrow().history()).last().satisfies(h ->
                assertThat(h.comment()).startsWith("RECALL_ACCEPTED from " + TP.value()));
        if (overAxis) {
            refusedThenUpdated(stp, tp);
        }
    }

    /**
     * A replacement (thay thế, 3): a corrected text under the same number, signed again as the organisation; the
     * receiver verifies it, cancels its row, receives the replacing letter anew and agrees (15); the sender's delivery
     * starts again and follows the new row.
     */
    private void replaced(Edoc stp, Edoc tp, OutgoingRecord issued, IncomingRecord row) {
        OutgoingRecord current = sender.documents().outgoing(issued.id()).orElseThrow();
        ContentRef corrected;
        try {
            Path file = TestPdfs.document(dir.resolve("cv-sua.pdf"), 2);
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
                pdf.getDocumentInformation().setTitle("Bản đã sửa điểm 2");
                pdf.save(file.toFile());
            }
            try (InputStream in = Files.newInputStream(file)) {
                corrected = sender.content().put(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Attachment> files = new ArrayList<>(current.document().attachments());
        files.set(0, new Attachment("cv-stp.pdf", "application/pdf", corrected.size(), corrected.sha256(),
                Attachment.Role.MAIN));
        OutgoingRecord replacement = stp.outgoing().sendReplacement(as(STP_CLERK), RecordId.of(issued.id()),
                current.document().toBuilder().attachments(files).build(), "Sửa điểm 2");
        Attachment signed = replacement.document().mainFile().orElseThrow();
        assertThat(signed.sha256()).isNotEqualTo(corrected.sha256()).isNotEqualTo(issued.document().mainFile()
                .orElseThrow().sha256());
        assertThat(replacement.number()).isEqualTo(issued.number());

        TransportInbox.Result in = tp.inbox().process(TP);
        assertThat(in.quarantined()).isEmpty();
        assertThat(in.verified()).singleElement().satisfies(v -> assertThat(v.report().indication())
                .as("%s", v.report()).isEqualTo(SignatureIndication.TOTAL_PASSED));
        assertThat(receiver.documents().incoming(row.id()).orElseThrow().state()).isEqualTo(IncomingState.RECALLED);
        IncomingRecord fresh = in.received().get(0);
        assertThat(fresh.document().mainFile()).contains(signed);
        assertThat(fresh.document().notation()).isEqualTo(issued.document().notation());
        deliverTo(stp);
        Delivery d = sender.documents().outgoing(issued.id()).orElseThrow().deliveries().get(0);
        assertThat(d.changes()).extracting(DeliveryChange::kind, DeliveryChange::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DeliveryChange.Kind.UPDATE, DeliveryChange.State.AGREED),
                org.assertj.core.groups.Tuple.tuple(DeliveryChange.Kind.REPLACEMENT, DeliveryChange.State.AGREED));
        assertThat(d.state()).isEqualTo(DeliveryState.ARRIVED);
        tp.incoming().register(as("lanpt.tuyphuoc"), RecordId.of(fresh.id()), ReceiptCheck.of(2,
                in.verified().get(0).report()));
        assertThat(deliverTo(stp)).containsExactly(DeliveryState.DELIVERED);
    }

    /** A second letter refused by the receiver while the sender sends an update: the receiver answers 16. */
    private void refusedThenUpdated(Edoc stp, Edoc tp) {
        OutgoingRecord draft = stp.outgoing().draft(as(STP_DRAFTER), letter(), DraftOptions.none());
        stp.outgoing().submit(as(STP_DRAFTER), RecordId.of(draft.id()));
        stp.outgoing().review(as(OrgFixtures.STP_OFFICE_CHIEF), RecordId.of(draft.id()), "Trình Giám đốc");
        stp.outgoing().approveAndSign(as(OrgFixtures.DIRECTOR), RecordId.of(draft.id()), SigningCompetence.NONE,
                "Giám đốc", "Đồng ý");
        stp.outgoing().register(as(STP_CLERK), RecordId.of(draft.id()), "STP", "VP");
        OutgoingRecord issued = stp.outgoing().issue(as(STP_CLERK), RecordId.of(draft.id()));
        IncomingRecord row = tp.inbox().process(TP).received().get(0);
        tp.incoming().refuse(as("lanpt.tuyphuoc"), RecordId.of(row.id()), "Không thuộc thẩm quyền");
        List<Attachment> files = new ArrayList<>(issued.document().attachments());
        files.add(appendix());
        stp.outgoing().sendUpdate(as(STP_CLERK), RecordId.of(issued.id()),
                issued.document().toBuilder().attachments(files).build(), "");
        assertThat(tp.inbox().process(TP).quarantined()).isEmpty();
        assertThat(receiver.documents().incoming(row.id()).orElseThrow().state()).isEqualTo(IncomingState.REFUSED);
        stp.inbox().process(STP);
        Delivery d = sender.documents().outgoing(issued.id()).orElseThrow().deliveries().get(0);
        assertThat(d.state()).isEqualTo(DeliveryState.REFUSED);
        assertThat(d.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(DeliveryChange.Kind.UPDATE);
            assertThat(c.state()).isEqualTo(DeliveryChange.State.REFUSED);
            assertThat(c.reason()).isNotBlank();
        });
    }

    /** A one-page appendix in the sender's store. */
    private Attachment appendix() {
        ContentRef pdf;
        try (InputStream in = Files.newInputStream(TestPdfs.document(dir.resolve("phu-luc.pdf"), 1))) {
            pdf = sender.content().put(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Attachment("phu-luc.pdf", "application/pdf", pdf.size(), pdf.sha256(), Attachment.Role.APPENDIX);
    }

    /** Takes in what waits for the sender; the delivery state after each status message, in order. */
    private List<DeliveryState> deliverTo(Edoc stp) {
        TransportInbox.Result r = stp.inbox().process(STP);
        assertThat(r.quarantined()).isEmpty();
        return r.updated().stream().map(o -> o.deliveries().get(0)).map(Delivery::state).toList();
    }

    private List<DeliveryState> states(Edoc edoc, OutgoingRecord r) {
        return storesOf(STP).documents().outgoing(r.id()).orElseThrow().deliveries().stream().map(Delivery::state).toList();
    }

    private Actor as(String personOrAccount) {
        String account = directory.person(personOrAccount).map(Person::accountName).orElse(personOrAccount);
        return Actor.loggedIn(directory, account);
    }

    private PadesDocumentSigner signer() {
        PadesSigner pades = PadesSigner.of(Clock.systemUTC(), PKI.timestampClient(), PKI.revocationSource());
        return new PadesDocumentSigner(pades, request -> {
            TestPki.Identity who = request.role() == SignatureRole.PERSON ? PKI.person() : PKI.organisation();
            return KeyStoreSigningKey.of(who.privateKey(), who.chain());
        }, request -> Optional.empty(), SignatureParameters.of(PadesLevel.B_T));
    }

    /** A two-page letter of the department to the district, its PDF in the sender's store. */
    private Document letter() {
        ContentRef pdf;
        try (InputStream in = Files.newInputStream(TestPdfs.document(dir.resolve("cv.pdf"), 2))) {
            pdf = sender.content().put(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Document.builder().direction(Direction.OUTGOING).type(DocumentType.CONG_VAN).place("Bình Định")
                .subject("Về việc rà soát thủ tục hành chính năm 2026")
                .issuer(STP, "Sở Tư pháp tỉnh Bình Định").pageCount(2)
                .addRecipient(Recipient.of("UBND huyện Tuy Phước", TP)).addRecipient(Recipient.of("Lưu: VT"))
                .addAttachment(new Attachment("cv-stp.pdf", "application/pdf", pdf.size(), pdf.sha256(),
                        Attachment.Role.MAIN)).build();
    }

    /** The shared fixtures, with a clerk and a drafter at the department's office. */
    private static Directory directory() {
        return OrgFixtures.directory().toBuilder()
                .add(new Person(STP_CLERK, "Lê Thị Thảo", "thaolt.stp", STP, OrgFixtures.STP_OFFICE,
                        Set.of(Position.of(Role.CLERK))))
                .add(Account.active("thaolt.stp", STP_CLERK, Set.of(Role.CLERK)))
                .add(new Person(STP_DRAFTER, "Đào Văn Bình", "binhdv.stp", STP, OrgFixtures.STP_OFFICE,
                        Set.of(Position.of(Role.SPECIALIST))))
                .add(Account.active("binhdv.stp", STP_DRAFTER, Set.of(Role.SPECIALIST)))
                .build();
    }
}
