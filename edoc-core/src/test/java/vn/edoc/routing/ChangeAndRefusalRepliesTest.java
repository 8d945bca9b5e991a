package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.edoc.id.RecordId;
import vn.edoc.Edoc;
import vn.edoc.document.Attachment;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.id.DocumentType;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;
import vn.edoc.org.OrgFixtures;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.TransportMessage.Kind;
import vn.edoc.spi.TransportMessage;
import vn.edoc.store.memory.LoopbackTransport;
import vn.edoc.store.memory.MemoryStores;
import vn.edoc.time.MutableClock;

/**
 * The receiver's automatic answers to what the sender does after sending (gói tin trạng thái 15, 16, 02): an update
 * replaces the document of the open rows and is agreed, a replacement cancels the old rows and brings the new
 * document in, a change of nothing open is refused, a recall can be refused by the clerk, and a document that cannot
 * be taken in is quarantined and refused once.
 */
class ChangeAndRefusalRepliesTest {

    private static final OrganCode STP = OrgFixtures.SO_TU_PHAP;
    private static final OrganCode TP = OrgFixtures.TUY_PHUOC;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    private final MemoryStores stores = MemoryStores.create(OrgFixtures.directory());
    private final LoopbackTransport transport = new LoopbackTransport(clock);
    private final Edoc edoc = Edoc.builder().stores(stores).transport(transport).clock(clock)
            .signer((request, contents) -> {
                throw new IllegalStateException("nothing is signed here");
            }).build();

    private Document letter(String text, boolean stored) {
        byte[] pdf = ("%PDF-1.4\n% " + text + "\n" + "x".repeat(300) + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        ContentRef file = stored ? stores.content().put(new ByteArrayInputStream(pdf))
                : new ContentRef(vn.edoc.internal.hash.Sha256.of(pdf), pdf.length);
        return Document.builder().direction(Direction.INCOMING).notation(Notation.parse("15/STP-VP"))
                .type(DocumentType.CONG_VAN).issueDate(java.time.LocalDate.of(2026, 2, 27)).place("Bình Định")
                .subject(text).issuer(STP, "Sở Tư pháp tỉnh Bình Định")
                .signer(SigningCompetence.KT, "Phó Giám đốc", "Lý Thị Nga")
                .addRecipient(Recipient.of("UBND huyện Tuy Phước", TP)).pageCount(2).signed(true)
                .addAttachment(new Attachment("cv-15.pdf", "application/pdf", file.size(), file.sha256(),
                        Attachment.Role.MAIN)).build();
    }

    private IncomingRecord received(String ref) {
        transport.send(TransportMessage.newDocument(STP, TP, ref, letter("Về việc rà soát", true), List.of(),
                clock.instant()));
        return edoc.inbox().process(TP).received().get(0);
    }

    private TransportMessage change(Kind kind, String ref, Document document) {
        return new TransportMessage(MessageId.of(ref + "/" + kind.name().toLowerCase()), kind, STP, TP, ref,
                Optional.of(document), List.of(), "", clock.instant());
    }

    /** What went back to the sender since the last call, as kind and text. */
    private List<String> answers() {
        List<String> out = new java.util.ArrayList<>();
        for (var leased : transport.receive(STP)) {
            transport.acknowledge(leased.token());
            out.add(leased.message().kind() + ":" + leased.message().reason());
        }
        return out;
    }

    @Test
    void anUpdateReplacesTheDocumentOfTheOpenRowsAndIsAgreed() {
        IncomingRecord row = received("stp-out-15");
        assertThat(answers()).containsExactly("ARRIVED:");
        Document corrected = letter("Về việc rà soát (sửa lỗi chính tả)", true);
        transport.send(change(Kind.UPDATE, "stp-out-15", corrected));
        TransportInbox.Result r = edoc.inbox().process(TP);
        assertThat(r.quarantined()).isEmpty();
        IncomingRecord after = stores.documents().incoming(row.id()).orElseThrow();
        assertThat(after.document()).isEqualTo(corrected);
        assertThat(after.state()).isEqualTo(IncomingState.RECEIVED);
        assertThat(after.history()).extracting(HistoryStep::action).containsExactly("incoming.receive",
                "incoming.recall-notice", "incoming.update");
        assertThat(answers()).containsExactly("RECALL_ACCEPTED:cập nhật");
    }

    @Test
    void aReplacementCancelsTheOldRowsAndBringsTheNewDocumentIn() {
        IncomingRecord row = received("stp-out-16");
        answers();
        Document replacing = letter("Văn bản thay thế", true);
        transport.send(change(Kind.REPLACEMENT, "stp-out-16", replacing));
        TransportInbox.Result r = edoc.inbox().process(TP);
        assertThat(stores.documents().incoming(row.id()).orElseThrow().state()).isEqualTo(IncomingState.RECALLED);
        assertThat(r.received()).singleElement().satisfies(n -> {
            assertThat(n.document()).isEqualTo(replacing);
            assertThat(n.state()).isEqualTo(IncomingState.RECEIVED);
            assertThat(n.sender()).contains(STP);
        });
        assertThat(answers()).containsExactly("RECALL_ACCEPTED:thay thế");
    }

    @Test
    void aChangeOfNothingOpenIsRefused() {
        IncomingRecord row = received("stp-out-17");
        edoc.incoming().refuse(vn.edoc.routing.Actor.loggedIn(OrgFixtures.directory(), "lanpt.tuyphuoc"),
                RecordId.of(row.id()), "Không thuộc thẩm quyền");
        answers();
        transport.send(change(Kind.UPDATE, "stp-out-17", letter("Sửa", true)));
        assertThat(edoc.inbox().process(TP).quarantined()).isEmpty();
        assertThat(stores.documents().incoming(row.id()).orElseThrow().document().subject())
                .contains("Về việc rà soát");
        assertThat(answers()).containsExactly("RECALL_REFUSED:không có văn bản đang mở để cập nhật");
    }

    @Test
    void theClerkMayRefuseARecallWithItsReason() {
        IncomingRecord row = received("stp-out-18");
        answers();
        transport.send(TransportMessage.status(Kind.RECALL, STP, TP, "stp-out-18", "Ban hành nhầm",
                clock.instant()));
        TransportMessage recall = edoc.inbox().process(TP).recalls().get(0);
        edoc.incoming().refuseRecall(vn.edoc.routing.Actor.loggedIn(OrgFixtures.directory(), "lanpt.tuyphuoc"),
                recall, "Văn bản đã được thực hiện");
        assertThat(stores.documents().incoming(row.id()).orElseThrow().state()).isEqualTo(IncomingState.RECEIVED);
        assertThat(answers()).containsExactly("RECALL_REFUSED:Văn bản đã được thực hiện");
    }

    @Test
    void aDocumentThatCannotBeTakenInIsQuarantinedAndRefusedOnce() {
        // its file never reached the receiver's content store
        TransportMessage broken = TransportMessage.newDocument(STP, TP, "stp-out-19", letter("Thiếu tệp", false),
                List.of(), clock.instant());
        transport.send(broken);
        TransportInbox.Result r = edoc.inbox().process(TP);
        assertThat(r.quarantined()).hasSize(1);
        assertThat(answers()).singleElement().satisfies(a -> assertThat(a).startsWith("REFUSAL:không tiếp nhận được"));
        // delivered again (a retry of the sender): held already, nothing more goes back
        transport.send(broken);
        assertThat(edoc.inbox().process(TP).duplicates()).hasSize(1);
        assertThat(answers()).isEmpty();
        assertThat(stores.documents().incomingOf(TP)).isEmpty();
    }
}
