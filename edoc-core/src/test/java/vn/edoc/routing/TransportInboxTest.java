package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE;
import static vn.edoc.org.OrgFixtures.FINANCE_CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE_HEAD;
import static vn.edoc.org.OrgFixtures.SO_TU_PHAP;
import static vn.edoc.org.OrgFixtures.SPECIALIST;
import static vn.edoc.org.OrgFixtures.TUY_PHUOC;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.edoc.document.Attachment;
import vn.edoc.document.Document;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.event.DomainEvent;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.UnitId;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterKind;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.DeliveryToken;
import vn.edoc.spi.InboxEntry;
import vn.edoc.spi.LeasedMessage;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.QuarantinedMessage;
import vn.edoc.spi.Transport;
import vn.edoc.spi.TransportMessage;
import vn.edoc.validation.EdocRuleException;

/**
 * The receiving side of the transport (issue 7): a message taken in once whatever the redeliveries, a failing message
 * quarantined while the others flow, recall notices stored and told, receipt without an outgoing flow, and the files
 * checked against the content store.
 */
class TransportInboxTest {

    // Monday 2 March 2026, 08:00 in Vietnam
    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));

    private TransportInbox inbox() {
        return new TransportInbox(w.ctx);
    }

    private long incomingRows() {
        return w.documents.incomingOf(TUY_PHUOC).size();
    }

    @Test
    void theSameMessageReceivedTwiceGivesOneRecord() {
        TransportMessage m = w.newFromJustice("out-40", "Về việc rà soát", List.of());
        List<IncomingRecord> first = w.incoming.receive(m);
        List<IncomingRecord> again = w.incoming.receive(m);
        assertThat(again).isEqualTo(first);
        assertThat(incomingRows()).isEqualTo(1);
        assertThat(w.auditOf(first.get(0).id())).extracting(e -> e.action()).containsExactly("incoming.receive");

        // through the transport as well: the same message delivered twice is taken in once and both are acknowledged
        w.transport.send(m);
        w.transport.send(m);
        TransportInbox.Result r = inbox().process(TUY_PHUOC);
        assertThat(r.received()).isEmpty();
        assertThat(r.duplicates()).hasSize(2);
        assertThat(incomingRows()).isEqualTo(1);
        assertThat(w.transport.waiting(TUY_PHUOC)).isZero();
    }

    @Test
    void aSenderReusingAMessageIdForOtherContentIsRefusedAndQuarantined() {
        TransportMessage m = w.newFromJustice("out-41", "Về việc A", List.of());
        w.incoming.receive(m);
        TransportMessage other = new TransportMessage(m.id(), m.kind(), m.from(), m.to(), m.documentRef(),
                m.document().map(d -> d.toBuilder().subject("Về việc B").build()), m.tasks(), "", m.time());
        assertThatThrownBy(() -> w.incoming.receive(other)).isInstanceOfSatisfying(EdocRuleException.class,
                e -> assertThat(e.result().has(FlowViolation.MESSAGE_ID_REUSED)).isTrue());
        w.transport.send(other);
        TransportInbox.Result r = inbox().process(TUY_PHUOC);
        assertThat(r.quarantined()).singleElement()
                .satisfies(h -> assertThat(h.stored().failure()).isEqualTo("EDOC-FLW-012"));
        assertThat(incomingRows()).isEqualTo(1);
    }

    @Test
    void aCrashBeforeTheAcknowledgementRedeliversAndTheInboxTakesItInOnce() {
        TransportMessage m = w.newFromJustice("out-42", "Về việc kiểm tra", List.of());
        w.transport.send(m);
        // a receiver takes the message under lease and dies before doing anything
        assertThat(w.transport.receive(TUY_PHUOC)).hasSize(1);
        assertThat(inbox().process(TUY_PHUOC).received()).isEmpty();
        w.clock.advance(Duration.ofMinutes(6));
        TransportInbox.Result taken = inbox().process(TUY_PHUOC);
        assertThat(taken.received()).hasSize(1);
        assertThat(w.transport.waiting(TUY_PHUOC)).isZero();

        // now the unit of work commits but the acknowledgement is lost (the process dies right after the commit)
        TransportMessage n = w.newFromJustice("out-43", "Về việc báo cáo", List.of());
        w.transport.send(n);
        Transport losingAcks = new Transport() {
            @Override
            public void send(TransportMessage message) {
                w.transport.send(message);
            }

            @Override
            public List<LeasedMessage> receive(vn.edoc.id.OrganCode organisation, int max) {
                return w.transport.receive(organisation, max);
            }

            @Override
            public boolean acknowledge(DeliveryToken token) {
                throw new IllegalStateException("connection reset");
            }
        };
        RoutingContext crashing = new RoutingContext(w.tx, w.documents, w.contents, w.sequences, w.registers,
                w.audit, w.events, losingAcks, (p, s, t) -> { }, w.ctx.timeRules(), w.clock, w.current::get,
                w.inbox);
        assertThat(new TransportInbox(crashing).process(TUY_PHUOC).received()).hasSize(1);
        assertThat(w.transport.waiting(TUY_PHUOC)).isEqualTo(1);
        w.clock.advance(Duration.ofMinutes(6));
        TransportInbox.Result again = inbox().process(TUY_PHUOC);
        assertThat(again.received()).isEmpty();
        assertThat(again.duplicates()).extracting(TransportMessage::id).containsExactly(n.id());
        assertThat(w.transport.waiting(TUY_PHUOC)).isZero();
        assertThat(incomingRows()).isEqualTo(2);
    }

    @Test
    void aNonRuleExceptionQuarantinesOneMessageAndTheOthersKeepFlowing() {
        AtomicBoolean broken = new AtomicBoolean(true);
        StatusReceiver flaky = (uow, status) -> {
            if (broken.get()) {
                throw new IllegalStateException("database connection lost");
            }
            return new DeliveryTracker(w.ctx).onStatus(uow, status);
        };
        TransportInbox inbox = new TransportInbox(w.ctx, w.incoming, flaky);
        String out = issuedToJustice("Công văn cần báo nhận");
        w.take(SO_TU_PHAP);
        w.transport.send(w.newFromJustice("out-44", "Thứ nhất", List.of()));
        TransportMessage ack = TransportMessage.status(MessageId.of("ack-1"), TransportMessage.Kind.RECEIPT_ACK,
                SO_TU_PHAP, TUY_PHUOC, out, "received as number 7", w.clock.instant());
        w.transport.send(ack);
        w.transport.send(w.newFromJustice("out-45", "Thứ hai", List.of()));

        TransportInbox.Result r = inbox.process(TUY_PHUOC);

        assertThat(r.received()).extracting(x -> x.senderRef()).containsExactly("out-44", "out-45");
        assertThat(r.quarantined()).singleElement().satisfies(h -> {
            assertThat(h.cause()).isInstanceOf(IllegalStateException.class);
            assertThat(h.stored().failure()).isEqualTo(IllegalStateException.class.getName());
            assertThat(h.stored().reason()).isEqualTo("database connection lost");
            assertThat(h.stored().message()).isEqualTo(ack);
            assertThat(h.stored().state()).isEqualTo(QuarantinedMessage.State.HELD);
        });
        // nothing taken is lost: the transport is empty and the failed message waits in quarantine for a person
        assertThat(w.transport.waiting(TUY_PHUOC)).isZero();
        String id = r.quarantined().get(0).stored().id();
        assertThat(inbox.quarantined(TUY_PHUOC, 0, 10)).extracting(QuarantinedMessage::id).containsExactly(id);
        assertThat(w.seen).anySatisfy(e -> assertThat(e).isInstanceOf(DomainEvent.MessageQuarantined.class));
        assertThat(w.notices).contains(CLERK + "|Thông điệp bị cách ly");

        // delivered again meanwhile, it is not quarantined twice
        w.transport.send(ack);
        assertThat(inbox.process(TUY_PHUOC).duplicates()).containsExactly(ack);

        // a retry that fails again keeps it held, one attempt more; once fixed, the retry takes it in
        assertThatThrownBy(() -> inbox.retry(w.as(CLERK), id)).isInstanceOf(IllegalStateException.class);
        assertThat(w.inbox.quarantined(id).orElseThrow().attempts()).isEqualTo(2);
        assertThatThrownBy(() -> inbox.retry(w.as(SPECIALIST), id)).isInstanceOf(EdocRuleException.class);
        broken.set(false);
        inbox.retry(w.as(CLERK), id);
        assertThat(w.inbox.quarantined(id).orElseThrow().state()).isEqualTo(QuarantinedMessage.State.RELEASED);
        assertThat(w.documents.outgoing(out).orElseThrow().deliveries()).extracting(Delivery::state)
                .containsExactly(DeliveryState.DELIVERED);
        assertThat(inbox.quarantined(TUY_PHUOC, 0, 10)).isEmpty();
        assertThatThrownBy(() -> inbox.retry(w.as(CLERK), id)).isInstanceOfSatisfying(EdocRuleException.class,
                e -> assertThat(e.result().has(FlowViolation.NOT_QUARANTINED)).isTrue());
        assertThat(w.auditOf(id)).extracting(e -> e.action())
                .containsExactly("inbox.quarantine", "inbox.retry-failed", "inbox.retry");
    }

    @Test
    void aMessageWhoseFilesDidNotArriveIsQuarantinedUntilTheyDo() {
        byte[] pdf = "%PDF-1.4\n% chưa tới\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        Document d = FlowWorld.fromJustice("Thiếu tệp").toBuilder().attachments(List.of(new Attachment("cv.pdf",
                "application/pdf", pdf.length, vn.edoc.internal.hash.Sha256.of(pdf), Attachment.Role.MAIN)))
                .build();
        TransportMessage m = TransportMessage.newDocument(SO_TU_PHAP, TUY_PHUOC, "out-46", d, List.of(),
                w.clock.instant());
        w.transport.send(m);
        TransportInbox.Result r = inbox().process(TUY_PHUOC);
        assertThat(r.received()).isEmpty();
        QuarantinedMessage held = r.quarantined().get(0).stored();
        assertThat(held.failure()).isEqualTo("EDOC-FLW-011");
        assertThat(((EdocRuleException) r.quarantined().get(0).cause()).violations()).singleElement()
                .satisfies(v -> {
                    assertThat(v.ruleId()).isEqualTo("R-ARC-1");
                    assertThat(v.path()).isEqualTo("document.attachments[0]");
                    assertThat(v.messageEn()).contains("cv.pdf");
                });
        assertThat(incomingRows()).isZero();

        w.contents.put(new ByteArrayInputStream(pdf));
        List<IncomingRecord> taken = inbox().retry(w.as(CLERK), held.id());
        assertThat(taken).singleElement().satisfies(x -> assertThat(x.senderRef()).isEqualTo("out-46"));
        // the message is now known: delivered again, it is ignored
        w.transport.send(m);
        assertThat(inbox().process(TUY_PHUOC).duplicates()).containsExactly(m);
        assertThat(incomingRows()).isEqualTo(1);
    }

    @Test
    void aDismissedMessageStaysStoredAndIsIgnoredWhenDeliveredAgain() {
        TransportMessage stray = TransportMessage.status(MessageId.of("st-1"), TransportMessage.Kind.STATUS,
                SO_TU_PHAP, TUY_PHUOC, "out-999", "không rõ", w.clock.instant());
        w.transport.send(stray);
        String id = inbox().process(TUY_PHUOC).quarantined().get(0).stored().id();
        assertThatThrownBy(() -> inbox().dismiss(w.as(CLERK), id, " ")).isInstanceOf(EdocRuleException.class);
        QuarantinedMessage dismissed = inbox().dismiss(w.as(CLERK), id, "Không có văn bản out-999");
        assertThat(dismissed.state()).isEqualTo(QuarantinedMessage.State.DISMISSED);
        assertThat(dismissed.decidedBy()).isEqualTo(CLERK);
        w.transport.send(stray);
        TransportInbox.Result r = inbox().process(TUY_PHUOC);
        assertThat(r.duplicates()).containsExactly(stray);
        assertThat(r.quarantined()).isEmpty();
        assertThat(w.inbox.quarantinedOf(TUY_PHUOC, QuarantinedMessage.State.DISMISSED, 0, 10)).hasSize(1);
    }

    @Test
    void recallNoticesAreStoredShownOnTheRecordAndToldToClerksAndHandlers() {
        w.transport.send(w.newFromJustice("out-47", "Giao nhiệm vụ", List.of()));
        IncomingRecord r = inbox().process(TUY_PHUOC).received().get(0);
        w.incoming.register(w.as(CLERK), RecordId.of(r.id()), ReceiptCheck.passed(2));
        w.take(SO_TU_PHAP);
        w.incoming.assign(w.as(CHAIR), RecordId.of(r.id()), "TCKH chủ trì", List.of(AssignmentOrder.lead(FINANCE,
                Instant.parse("2026-03-09T10:00:00Z"))));
        w.incoming.receiveAtUnit(w.as(FINANCE_CLERK), RecordId.of(r.id()), UnitId.of(FINANCE));
        w.incoming.forwardToHead(w.as(FINANCE_CLERK), RecordId.of(r.id()), UnitId.of(FINANCE));
        w.incoming.assignSpecialist(w.as(FINANCE_HEAD), RecordId.of(r.id()), UnitId.of(FINANCE), PersonId.of(SPECIALIST), "");
        w.notices.clear();

        TransportMessage recall = TransportMessage.status(TransportMessage.Kind.RECALL, SO_TU_PHAP, TUY_PHUOC,
                "out-47", "Ban hành nhầm", w.clock.instant());
        w.transport.send(recall);
        TransportInbox.Result round = inbox().process(TUY_PHUOC);
        assertThat(round.recalls()).containsExactly(recall);

        List<InboxEntry> stored = w.incoming.recallNotices(TUY_PHUOC, 0, 10);
        assertThat(stored).singleElement().satisfies(n -> {
            assertThat(n.documentRef()).isEqualTo("out-47");
            assertThat(n.reason()).isEqualTo("Ban hành nhầm");
            assertThat(n.asRecall()).isEqualTo(recall);
        });
        IncomingRecord shown = w.documents.incoming(r.id()).orElseThrow();
        assertThat(shown.history()).last().satisfies(h -> {
            assertThat(h.action()).isEqualTo("incoming.recall-notice");
            assertThat(h.comment()).isEqualTo("Ban hành nhầm");
        });
        assertThat(w.seen).filteredOn(e -> e instanceof DomainEvent.RecallNoticeReceived).singleElement()
                .satisfies(e -> assertThat(((DomainEvent.RecallNoticeReceived) e).reason()).isEqualTo(
                        "Ban hành nhầm"));
        assertThat(w.notices).contains(CLERK + "|Thông báo thu hồi văn bản",
                SPECIALIST + "|Thông báo thu hồi văn bản");

        // the same notice delivered again is not stored twice
        w.transport.send(recall);
        assertThat(inbox().process(TUY_PHUOC).duplicates()).containsExactly(recall);
        assertThat(w.incoming.recallNotices(TUY_PHUOC, 0, 10)).hasSize(1);

        // the clerk acts on the stored notice
        List<IncomingRecord> cancelled = w.incoming.cancelOnRecall(w.as(CLERK), stored.get(0).asRecall());
        assertThat(cancelled).extracting(IncomingRecord::state).containsExactly(IncomingState.RECALLED);
        assertThat(w.audit.verify().intact()).isTrue();
    }

    @Test
    void receivingNeedsNoOutgoingFlowOrSigner() {
        String out = issuedToJustice("Công văn gửi Sở Tư pháp");
        List<TransportMessage> atJustice = w.take(SO_TU_PHAP);
        assertThat(atJustice).singleElement().satisfies(m -> assertThat(m.contents()).hasSize(1));
        w.transport.send(TransportMessage.status(MessageId.of("ack-2"), TransportMessage.Kind.RECEIPT_ACK,
                SO_TU_PHAP, TUY_PHUOC, out, "received as number 3", w.clock.instant()));
        // an inbox built from the routing context alone: no OutgoingFlow, no DocumentSigner
        TransportInbox.Result r = new TransportInbox(w.ctx).process(TUY_PHUOC);
        assertThat(r.updated()).singleElement().satisfies(o -> assertThat(o.deliveries())
                .extracting(Delivery::state).containsExactly(DeliveryState.DELIVERED));
    }

    @Test
    void registrationRefusesAFileMissingFromTheContentStoreAndRegistersNothing() throws java.io.IOException {
        IncomingRecord r = w.incoming.receive(w.newFromJustice("out-48", "Về việc lưu trữ", List.of())).get(0);
        ContentRef file = new ContentRef(FlowWorld.PDF_SHA, FlowWorld.PDF.length);
        w.contents.release(file, "test: the file was lost");
        assertThatThrownBy(() -> w.incoming.register(w.as(CLERK), RecordId.of(r.id()), ReceiptCheck.passed(2)))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> {
                    assertThat(e.result().has(FlowViolation.CONTENT_MISSING)).isTrue();
                    assertThat(e.violations().get(0).messageEn()).contains("cv-15.pdf").contains(FlowWorld.PDF_SHA);
                });
        assertThat(w.documents.incoming(r.id()).orElseThrow().state()).isEqualTo(IncomingState.RECEIVED);
        assertThat(w.registers.entries(RegisterKey.of(TUY_PHUOC, RegisterKind.INCOMING, 2026))).isEmpty();

        // outgoing: a signed file lost before registration is refused there, and no number is used
        w.contents.put(new ByteArrayInputStream(FlowWorld.PDF));
        Document draft = FlowWorld.replyDraft("Trả lời", Recipient.of("Sở Tư pháp tỉnh Bình Định", SO_TU_PHAP));
        String id = approved(draft);
        Attachment signedFile = w.documents.outgoing(id).orElseThrow().document().mainFile().orElseThrow();
        ContentRef signedRef = new ContentRef(signedFile.sha256(), signedFile.size());
        byte[] signedBytes;
        try (java.io.InputStream in = w.contents.open(signedRef)) {
            signedBytes = in.readAllBytes();
        }
        assertThat(w.contents.release(signedRef, "test: the signed file was lost")).isTrue();
        assertThatThrownBy(() -> w.outgoing.register(w.as(CLERK), RecordId.of(id), "UBND", "VP"))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(FlowViolation.CONTENT_MISSING)).isTrue());
        assertThat(w.documents.outgoing(id).orElseThrow().state()).isEqualTo(OutgoingState.APPROVED_SIGNED);
        assertThat(w.registers.entries(RegisterKey.of(TUY_PHUOC, RegisterKind.OUTGOING, 2026))).isEmpty();
        w.contents.put(new ByteArrayInputStream(signedBytes));
        assertThat(w.outgoing.register(w.as(CLERK), RecordId.of(id), "UBND", "VP").number()).isEqualTo(1);
    }

    private String approved(Document draft) {
        OutgoingRecord d = w.outgoing.draft(w.as(SPECIALIST), draft, DraftOptions.none());
        w.outgoing.submit(w.as(SPECIALIST), RecordId.of(d.id()));
        w.outgoing.review(w.as(FINANCE_HEAD), RecordId.of(d.id()), "");
        w.outgoing.approveAndSign(w.as(CHAIR), RecordId.of(d.id()), SigningCompetence.TM, "Chủ tịch", "");
        return d.id();
    }

    private String issuedToJustice(String subject) {
        String id = approved(FlowWorld.replyDraft(subject, Recipient.of("Sở Tư pháp tỉnh Bình Định", SO_TU_PHAP)));
        w.outgoing.register(w.as(CLERK), RecordId.of(id), "UBND", "VP");
        w.outgoing.issue(w.as(CLERK), RecordId.of(id));
        return id;
    }
}
