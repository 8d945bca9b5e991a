package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.SO_TU_PHAP;
import static vn.edoc.org.OrgFixtures.TUY_PHUOC;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.edoc.id.RecordId;
import vn.edoc.audit.AuditEntry;
import vn.edoc.document.Document;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.QuarantinedMessage;
import vn.edoc.spi.SignatureIndication;
import vn.edoc.spi.SignatureReport;
import vn.edoc.spi.SignatureVerifier;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.VerificationReport;
import vn.edoc.spi.VerificationViolation;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Violation;

/**
 * The inbox verifies received signatures before taking a document in (R-IN-1): a failed signature is quarantined
 * with the verification's reasons and nothing is registered or received; a passed or indeterminate one is taken in
 * with the report's summary in the audit trail of the receipt; a retry verifies again; status messages are not
 * verified. The verifier here is a fake whose answer the test sets; edoc-signature tests the real one on a tampered
 * PDF.
 */
class TransportInboxSignatureTest {

    // Monday 2 March 2026, 08:00 in Vietnam
    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));

    /** A verifier answering what the test set, remembering what it was asked. */
    private static final class FakeVerifier implements SignatureVerifier {
        final AtomicReference<SignatureReport> answer = new AtomicReference<>(passed());
        final List<ContentRef> asked = new ArrayList<>();

        @Override
        public synchronized VerificationReport verify(ContentRef document) {
            asked.add(document);
            return new VerificationReport(document.sha256(), List.of(answer.get()), List.of());
        }
    }

    private final FakeVerifier verifier = new FakeVerifier();

    private TransportInbox inbox() {
        return new TransportInbox(w.ctx, w.incoming, new DeliveryTracker(w.ctx), verifier);
    }

    private static SignatureReport passed() {
        return report(true, List.of());
    }

    private static SignatureReport tampered() {
        return report(false, List.of(VerificationViolation.DIGEST_MISMATCH.at("/ByteRange"),
                VerificationViolation.PAGE_CONTENT_CHANGED.at("page 1", "content stream replaced")));
    }

    private static SignatureReport unknownRevocation() {
        return report(true, List.of(VerificationViolation.REVOCATION_UNKNOWN.at("trust", "CN=Lý Thị Nga")));
    }

    private static SignatureReport report(boolean intact, List<Violation> reasons) {
        boolean trusted = reasons.isEmpty();
        return new SignatureReport(SignatureReport.Kind.SIGNATURE, "Signature1", "CN=Lý Thị Nga", Optional.empty(),
                intact, true, true, false, List.of(), List.of(), trusted, Optional.empty(),
                SignatureReport.indicationOf(reasons), reasons);
    }

    private List<String> actions(String objectId) {
        return w.auditOf(objectId).stream().map(AuditEntry::action).toList();
    }

    @Test
    void aPassedSignatureIsTakenInWithTheReportInTheAuditTrailOfTheReceipt() {
        TransportMessage m = w.newFromJustice("out-60", "Về việc ký số", List.of("Nhiệm vụ 1", "Nhiệm vụ 2"));
        w.transport.send(m);
        TransportInbox.Result r = inbox().process(TUY_PHUOC);

        assertThat(verifier.asked).containsExactly(new ContentRef(FlowWorld.PDF_SHA, FlowWorld.PDF.length));
        assertThat(r.received()).hasSize(2);
        assertThat(r.quarantined()).isEmpty();
        assertThat(r.verified()).singleElement().satisfies(v -> {
            assertThat(v.message()).isEqualTo(m);
            assertThat(v.report().indication()).isEqualTo(SignatureIndication.TOTAL_PASSED);
        });
        for (IncomingRecord row : r.received()) {
            assertThat(actions(row.id())).containsExactly("incoming.receive", "incoming.verify-signature");
            assertThat(w.auditOf(row.id()).get(1).comment()).startsWith("TOTAL_PASSED; Signature1 TOTAL_PASSED");
        }
    }

    @Test
    void aFailedSignatureIsQuarantinedWithTheReasonsAndNothingIsReceived() {
        verifier.answer.set(tampered());
        TransportMessage m = w.newFromJustice("out-61", "Văn bản bị sửa", List.of());
        w.transport.send(m);
        TransportInbox.Result r = inbox().process(TUY_PHUOC);

        assertThat(r.received()).isEmpty();
        assertThat(w.documents.incomingOf(TUY_PHUOC)).isEmpty();
        Optional<vn.edoc.spi.InboxEntry> entry = w.tx.inTransaction(uow -> w.inbox.find(uow, TUY_PHUOC,
                SO_TU_PHAP, m.id()));
        assertThat(entry).isEmpty();
        assertThat(w.transport.waiting(TUY_PHUOC)).isZero();
        assertThat(r.verified()).singleElement().satisfies(v ->
                assertThat(v.report().indication()).isEqualTo(SignatureIndication.TOTAL_FAILED));
        assertThat(r.quarantined()).singleElement().satisfies(h -> {
            EdocRuleException e = (EdocRuleException) h.cause();
            assertThat(e.violations()).extracting(Violation::code)
                    .containsExactly("EDOC-FLW-014", "EDOC-SIG-106", "EDOC-SIG-121");
            assertThat(e.ruleIds()).contains("R-IN-1");
            assertThat(h.stored().failure()).isEqualTo("EDOC-FLW-014");
            assertThat(h.stored().reason()).contains("TOTAL_FAILED").contains("EDOC-SIG-106")
                    .contains("EDOC-SIG-121");
            assertThat(h.stored().state()).isEqualTo(QuarantinedMessage.State.HELD);
        });
        assertThat(w.notices).contains(CLERK + "|Thông điệp bị cách ly");
    }

    @Test
    void aRetryVerifiesAgainAndTakesTheDocumentInOnlyOnceItPasses() {
        verifier.answer.set(tampered());
        w.transport.send(w.newFromJustice("out-62", "Văn bản cần kiểm tra lại", List.of()));
        TransportInbox inbox = inbox();
        String id = inbox.process(TUY_PHUOC).quarantined().get(0).stored().id();

        assertThatThrownBy(() -> inbox.retry(w.as(CLERK), id)).isInstanceOfSatisfying(EdocRuleException.class,
                e -> assertThat(e.result().has(FlowViolation.SIGNATURE_REJECTED)).isTrue());
        assertThat(w.inbox.quarantined(id).orElseThrow().attempts()).isEqualTo(2);
        assertThat(w.documents.incomingOf(TUY_PHUOC)).isEmpty();
        assertThat(verifier.asked).hasSize(2);

        // the verifier now passes it (the sender's CA was added to the trust anchors, say)
        verifier.answer.set(passed());
        List<IncomingRecord> taken = inbox.retry(w.as(CLERK), id);
        assertThat(taken).hasSize(1);
        assertThat(verifier.asked).hasSize(3);
        assertThat(w.inbox.quarantined(id).orElseThrow().state()).isEqualTo(QuarantinedMessage.State.RELEASED);
        assertThat(actions(taken.get(0).id())).containsExactly("incoming.receive", "incoming.verify-signature");
    }

    @Test
    void anIndeterminateSignatureIsTakenInAndTheClerkCannotRegisterItAsValid() {
        verifier.answer.set(unknownRevocation());
        w.transport.send(w.newFromJustice("out-63", "Chưa rõ tình trạng thu hồi", List.of()));
        TransportInbox.Result r = inbox().process(TUY_PHUOC);

        assertThat(r.received()).hasSize(1);
        IncomingRecord row = r.received().get(0);
        assertThat(w.auditOf(row.id()).get(1).comment()).startsWith("INDETERMINATE").contains("EDOC-SIG-144");
        VerificationReport report = r.verified().get(0).report();
        assertThatThrownBy(() -> w.incoming.register(w.as(CLERK), RecordId.of(row.id()), ReceiptCheck.of(2, report)))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(FlowViolation.RECEIPT_CHECK_FAILED)).isTrue());
    }

    @Test
    void aDocumentWithoutMainFileIsQuarantinedAndAMissingFileKeepsItsOwnReason() {
        Document noMain = FlowWorld.fromJustice("Không có tệp chính").toBuilder().attachments(List.of()).build();
        w.transport.send(TransportMessage.newDocument(SO_TU_PHAP, TUY_PHUOC, "out-64", noMain, List.of(),
                w.clock.instant()));
        Document elsewhere = FlowWorld.fromJustice("Tệp chưa tới").toBuilder().attachments(List.of(
                new vn.edoc.document.Attachment("cv.pdf", "application/pdf", 3, "ab".repeat(32),
                        vn.edoc.document.Attachment.Role.MAIN))).build();
        verifier.answer.set(report(false, List.of(VerificationViolation.UNREADABLE.at("", "content NOT_FOUND"))));
        w.transport.send(TransportMessage.newDocument(SO_TU_PHAP, TUY_PHUOC, "out-65", elsewhere, List.of(),
                w.clock.instant()));
        TransportInbox.Result r = inbox().process(TUY_PHUOC);

        assertThat(r.received()).isEmpty();
        assertThat(r.quarantined()).extracting(h -> h.stored().failure())
                .containsExactly("EDOC-FLW-014", "EDOC-FLW-011");
        assertThat(r.quarantined().get(0).stored().reason()).contains("EDOC-SIG-101");
    }

    @Test
    void anUpdateWhoseSignatureFailsIsQuarantinedAndTheReceivedDocumentStaysAsItWas() {
        TransportMessage first = w.newFromJustice("out-67", "Bản đầu", List.of());
        w.transport.send(first);
        TransportInbox inbox = inbox();
        IncomingRecord received = inbox.process(TUY_PHUOC).received().get(0);

        verifier.answer.set(tampered());
        Document changed = FlowWorld.fromJustice("Bản cập nhật");
        TransportMessage update = new TransportMessage(MessageId.of("out-67/update/1"), TransportMessage.Kind.UPDATE,
                SO_TU_PHAP, TUY_PHUOC, "out-67", Optional.of(changed), List.of(), "sửa trích yếu", w.clock.instant());
        w.transport.send(update);
        TransportInbox.Result r = inbox.process(TUY_PHUOC);
        assertThat(r.quarantined()).singleElement().satisfies(h ->
                assertThat(h.stored().failure()).isEqualTo("EDOC-FLW-014"));
        assertThat(w.documents.incoming(received.id()).orElseThrow().document().subject()).contains("Bản đầu");

        verifier.answer.set(passed());
        TransportMessage again = new TransportMessage(MessageId.of("out-67/update/2"), TransportMessage.Kind.UPDATE,
                SO_TU_PHAP, TUY_PHUOC, "out-67", Optional.of(changed), List.of(), "sửa trích yếu", w.clock.instant());
        w.transport.send(again);
        assertThat(inbox.process(TUY_PHUOC).quarantined()).isEmpty();
        assertThat(w.documents.incoming(received.id()).orElseThrow().document().subject()).contains("Bản cập nhật");
        assertThat(actions(received.id())).containsSubsequence("incoming.verify-signature",
                "incoming.verify-signature");
    }

    @Test
    void statusMessagesAreNotVerified() {
        TransportMessage recall = TransportMessage.status(MessageId.of("recall-1"), TransportMessage.Kind.RECALL,
                SO_TU_PHAP, TUY_PHUOC, "out-66", "ban hành nhầm", w.clock.instant());
        w.transport.send(recall);
        TransportInbox.Result r = inbox().process(TUY_PHUOC);
        assertThat(r.verified()).isEmpty();
        assertThat(verifier.asked).isEmpty();
    }
}
