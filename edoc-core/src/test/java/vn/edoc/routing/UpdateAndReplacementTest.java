package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE_HEAD;
import static vn.edoc.org.OrgFixtures.SO_TU_PHAP;
import static vn.edoc.org.OrgFixtures.SPECIALIST;
import static vn.edoc.org.OrgFixtures.TUY_PHUOC;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.audit.AuditEntry;
import vn.edoc.document.Attachment;
import vn.edoc.document.Document;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.id.RecordId;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.TransportMessage;
import vn.edoc.validation.EdocRuleException;

/**
 * The sender corrects an issued document (R-OUT-6): an update (cập nhật, BussinessDocType 2) brings a corrected
 * appendix, keeping the signed text and the register line; a replacement (thay thế, BussinessDocType 3) brings a new
 * text signed again as the organisation under the same number. The recipient applies each and answers 15, and the
 * sender's tracking shows the answer; a recipient that refused the document meanwhile answers 16. What the register
 * holds cannot change, an update cannot carry a new text, a replacement must, and only the clerk sends them.
 */
class UpdateAndReplacementTest {

    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));

    private OutgoingRecord issuedTo(Recipient... recipients) {
        OutgoingRecord d = w.outgoing.draft(w.as(SPECIALIST), FlowWorld.replyDraft("Báo cáo rà soát", recipients),
                DraftOptions.none());
        w.outgoing.submit(w.as(SPECIALIST), RecordId.of(d.id()));
        w.outgoing.review(w.as(FINANCE_HEAD), RecordId.of(d.id()), "");
        w.outgoing.approveAndSign(w.as(CHAIR), RecordId.of(d.id()), SigningCompetence.TM, "Chủ tịch", "");
        w.outgoing.register(w.as(CLERK), RecordId.of(d.id()), "UBND", "TCKH");
        return w.outgoing.issue(w.as(CLERK), RecordId.of(d.id()));
    }

    private Attachment stored(String name, String text, Attachment.Role role) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ContentRef ref = w.contents.put(new ByteArrayInputStream(bytes));
        return new Attachment(name, "application/pdf", ref.size(), ref.sha256(), role);
    }

    private static Document withAttachments(Document d, List<Attachment> files) {
        return d.toBuilder().attachments(files).build();
    }

    private IncomingRecord registeredAtJustice() {
        IncomingRecord there = (IncomingRecord) w.deliverTo(SO_TU_PHAP).get(0);
        w.incoming.register(w.as(FlowWorld.STP_CLERK), RecordId.of(there.id()), ReceiptCheck.passed(1));
        w.deliverTo(TUY_PHUOC);
        return w.documents.incoming(there.id()).orElseThrow();
    }

    private Delivery deliveryToJustice(OutgoingRecord r) {
        return w.documents.outgoing(r.id()).orElseThrow().deliveriesTo(SO_TU_PHAP).get(0);
    }

    @Test
    void anUpdateIsAppliedAndAgreedThenAReplacementIsSignedAppliedAndAgreed() {
        OutgoingRecord issued = issuedTo(Recipient.of("Sở Tư pháp", SO_TU_PHAP));
        IncomingRecord there = registeredAtJustice();
        assertThat(deliveryToJustice(issued).state()).isEqualTo(DeliveryState.DELIVERED);

        // an update: the same signed text with a corrected appendix
        List<Attachment> files = new ArrayList<>(issued.document().attachments());
        files.add(stored("phu-luc.pdf", "Phụ lục đã sửa", Attachment.Role.APPENDIX));
        OutgoingRecord updated = w.outgoing.sendUpdate(w.as(CLERK), RecordId.of(issued.id()),
                withAttachments(issued.document(), files), "Bổ sung phụ lục");
        assertThat(updated.state()).isEqualTo(OutgoingState.ISSUED);
        assertThat(updated.document().attachments()).hasSize(2);
        assertThat(updated.number()).isEqualTo(issued.number());
        assertThat(deliveryToJustice(updated).changes()).extracting(DeliveryChange::kind, DeliveryChange::state)
                .containsExactly(tuple(DeliveryChange.Kind.UPDATE, DeliveryChange.State.SENT));
        assertThat(deliveryToJustice(updated).state()).isEqualTo(DeliveryState.DELIVERED);
        w.deliverTo(SO_TU_PHAP);
        assertThat(w.documents.incoming(there.id()).orElseThrow().document().attachments()).hasSize(2);
        w.deliverTo(TUY_PHUOC);
        assertThat(deliveryToJustice(issued).changes()).extracting(DeliveryChange::state)
                .containsExactly(DeliveryChange.State.AGREED);
        assertThat(deliveryToJustice(issued).state()).isEqualTo(DeliveryState.DELIVERED);

        // a replacement: a new text, signed again as the organisation, same number and notation
        int signatures = w.signer.calls;
        List<Attachment> replaced = new ArrayList<>();
        replaced.add(stored("cv-tra-loi-moi.pdf", "Văn bản đã sửa nội dung", Attachment.Role.MAIN));
        OutgoingRecord replacement = w.outgoing.sendReplacement(w.as(CLERK), RecordId.of(issued.id()),
                withAttachments(updated.document(), replaced), "Sửa nội dung điểm 2");
        assertThat(w.signer.calls).isEqualTo(signatures + 1);
        assertThat(replacement.document().signed()).isTrue();
        assertThat(replacement.document().mainFile().orElseThrow().sha256())
                .isNotEqualTo(replaced.get(0).sha256());
        assertThat(replacement.document().notation()).isEqualTo(issued.document().notation());
        Delivery restarted = deliveryToJustice(replacement);
        assertThat(restarted.state()).isEqualTo(DeliveryState.SENT);
        assertThat(restarted.lastChange()).map(DeliveryChange::kind).contains(DeliveryChange.Kind.REPLACEMENT);

        // the recipient cancels its row and receives the replacing document as a new row
        List<Object> made = w.deliverTo(SO_TU_PHAP);
        assertThat(w.documents.incoming(there.id()).orElseThrow().state()).isEqualTo(IncomingState.RECALLED);
        IncomingRecord fresh = made.stream().map(IncomingRecord.class::cast).filter(r -> r.version() == 1)
                .findFirst().orElseThrow();
        assertThat(fresh.document().mainFile().orElseThrow().sha256())
                .isEqualTo(replacement.document().mainFile().orElseThrow().sha256());
        w.incoming.register(w.as(FlowWorld.STP_CLERK), RecordId.of(fresh.id()), ReceiptCheck.passed(1));
        w.deliverTo(TUY_PHUOC);
        Delivery followed = deliveryToJustice(issued);
        assertThat(followed.changes()).extracting(DeliveryChange::kind, DeliveryChange::state).containsExactly(
                tuple(DeliveryChange.Kind.UPDATE, DeliveryChange.State.AGREED),
                tuple(DeliveryChange.Kind.REPLACEMENT, DeliveryChange.State.AGREED));
        assertThat(followed.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(w.auditOf(issued.id())).extracting(AuditEntry::action).contains("outgoing.update",
                "outgoing.replace");

        // a recall afterwards: the receiver's answer is named after the row it cancels now, not the replaced one
        // (whose version already named the replacement's answer), so the sender takes it in
        w.outgoing.recall(w.as(CHAIR), RecordId.of(issued.id()), "Ban hành nhầm");
        w.deliverTo(SO_TU_PHAP);
        assertThat(w.incoming.cancelOnRecall(w.as(FlowWorld.STP_CLERK), w.recalls.get(0)))
                .extracting(IncomingRecord::state).containsOnly(IncomingState.RECALLED);
        w.deliverTo(TUY_PHUOC);
        assertThat(w.documents.outgoing(issued.id()).orElseThrow().history()).last()
                .satisfies(h -> assertThat(h.comment()).startsWith("RECALL_ACCEPTED from " + SO_TU_PHAP.value()));
        assertThat(w.audit.verify().intact()).isTrue();
    }

    @Test
    void aRecipientThatRefusedMeanwhileAnswersSixteen() {
        OutgoingRecord issued = issuedTo(Recipient.of("Sở Tư pháp", SO_TU_PHAP));
        IncomingRecord there = (IncomingRecord) w.deliverTo(SO_TU_PHAP).get(0);
        w.incoming.refuse(w.as(FlowWorld.STP_CLERK), RecordId.of(there.id()), "Không thuộc thẩm quyền");
        // the sender has not read the refusal yet and sends an update
        List<Attachment> files = new ArrayList<>(issued.document().attachments());
        files.add(stored("phu-luc.pdf", "Phụ lục", Attachment.Role.APPENDIX));
        w.outgoing.sendUpdate(w.as(CLERK), RecordId.of(issued.id()), withAttachments(issued.document(), files), "");
        w.deliverTo(SO_TU_PHAP);
        w.deliverTo(TUY_PHUOC);
        Delivery d = deliveryToJustice(issued);
        assertThat(d.state()).isEqualTo(DeliveryState.REFUSED);
        assertThat(d.lastChange()).hasValueSatisfying(c -> {
            assertThat(c.state()).isEqualTo(DeliveryChange.State.REFUSED);
            assertThat(c.reason()).contains("không có văn bản đang mở");
        });
        assertThat(w.notices).contains(SPECIALIST + "|Cập nhật/thay thế bị từ chối");
        // nothing open is left to send another to
        assertThatThrownBy(() -> w.outgoing.sendUpdate(w.as(CLERK), RecordId.of(issued.id()),
                withAttachments(issued.document(), files), ""))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(FlowViolation.NOTHING_TO_CHANGE)).isTrue());
    }

    @Test
    void whatTheRegisterHoldsTheKindOfChangeAndTheActorAreChecked() {
        OutgoingRecord issued = issuedTo(Recipient.of("Sở Tư pháp", SO_TU_PHAP));
        long version = w.documents.outgoing(issued.id()).orElseThrow().version();
        Document other = issued.document().toBuilder().subject("Trích yếu khác").build();
        assertThatThrownBy(() -> w.outgoing.sendUpdate(w.as(CLERK), RecordId.of(issued.id()), other, ""))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(FlowViolation.CHANGE_TOUCHES_REGISTER)).isTrue());
        List<Attachment> newText = List.of(stored("moi.pdf", "Nội dung mới", Attachment.Role.MAIN));
        assertThatThrownBy(() -> w.outgoing.sendUpdate(w.as(CLERK), RecordId.of(issued.id()),
                withAttachments(issued.document(), newText), ""))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(FlowViolation.WRONG_CHANGE_KIND)).isTrue());
        int signatures = w.signer.calls;
        assertThatThrownBy(() -> w.outgoing.sendReplacement(w.as(CLERK), RecordId.of(issued.id()),
                issued.document(), ""))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(FlowViolation.WRONG_CHANGE_KIND)).isTrue());
        // a specialist may not: refused before anything is signed
        assertThatThrownBy(() -> w.outgoing.sendReplacement(w.as(SPECIALIST), RecordId.of(issued.id()),
                withAttachments(issued.document(), newText), ""))
                .isInstanceOf(EdocRuleException.class);
        assertThat(w.signer.calls).isEqualTo(signatures);
        assertThat(w.documents.outgoing(issued.id()).orElseThrow().version()).isEqualTo(version);
        assertThat(w.take(SO_TU_PHAP)).extracting(TransportMessage::kind)
                .containsExactly(TransportMessage.Kind.NEW_DOCUMENT);
    }
}
