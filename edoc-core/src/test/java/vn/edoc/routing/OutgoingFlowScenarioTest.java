package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE;
import static vn.edoc.org.OrgFixtures.FINANCE_CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE_HEAD;
import static vn.edoc.org.OrgFixtures.JUSTICE;
import static vn.edoc.org.OrgFixtures.JUSTICE_HEAD;
import static vn.edoc.org.OrgFixtures.OFFICE_CHIEF;
import static vn.edoc.org.OrgFixtures.SO_TU_PHAP;
import static vn.edoc.org.OrgFixtures.SPECIALIST;
import static vn.edoc.org.OrgFixtures.TUY_PHUOC;
import static vn.edoc.org.OrgFixtures.VICE_CHAIR;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.edoc.audit.AuditEntry;
import vn.edoc.audit.AuditFlag;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.event.DomainEvent;
import vn.edoc.file.WorkFile;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.UnitId;
import vn.edoc.id.WorkFileId;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterKind;
import vn.edoc.time.ReportPeriod;
import vn.edoc.validation.EdocRuleException;

/**
 * The outgoing flow walked end to end: a reply drafted from an incoming document (R-OUT-5) with a cooperating
 * unit's comment gathered first (BS Đ7.2), returned once with comments on version 1, approved and signed on version
 * 2 (R-OUT-1), registered, signed as the organisation and issued on time and late (R-TIME-1), delivered, refused
 * and recalled per recipient (R-OUT-6), not sent twice (R-OUT-7); then an outage catch-up entry (R-OPS-2).
 */
class OutgoingFlowScenarioTest {

    // Monday 2 March 2026, 08:00 in Vietnam
    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));

    private IncomingRecord handledIncoming() {
        IncomingRecord r = w.incoming.receive(w.newFromJustice("out-20", "Đề nghị báo cáo", List.of())).get(0);
        w.incoming.register(w.as(CLERK), RecordId.of(r.id()), ReceiptCheck.passed(2));
        w.incoming.assign(w.as(CHAIR), RecordId.of(r.id()), "TCKH chủ trì",
                List.of(AssignmentOrder.lead(FINANCE, Instant.parse("2026-03-10T10:00:00Z"))));
        w.incoming.receiveAtUnit(w.as(FINANCE_CLERK), RecordId.of(r.id()), UnitId.of(FINANCE));
        w.incoming.forwardToHead(w.as(FINANCE_CLERK), RecordId.of(r.id()), UnitId.of(FINANCE));
        w.incoming.assignSpecialist(w.as(FINANCE_HEAD), RecordId.of(r.id()), UnitId.of(FINANCE), PersonId.of(SPECIALIST), "");
        w.take(SO_TU_PHAP);
        return w.documents.incoming(r.id()).orElseThrow();
    }

    @Test
    void replyReturnedOnVersionOneApprovedOnVersionTwoIssuedOnTime() {
        IncomingRecord in = handledIncoming();
        WorkFile file = w.workFiles.open(w.as(SPECIALIST), RecordId.of(in.id()), "Báo cáo Sở Tư pháp");

        OutgoingRecord d = w.outgoing.draft(w.as(SPECIALIST), FlowWorld.replyDraft("Báo cáo rà soát",
                        Recipient.of("Sở Tư pháp tỉnh Bình Định", SO_TU_PHAP)),
                DraftOptions.replyTo(in.id()).withCooperatingUnits(JUSTICE));
        assertThat(d.state()).isEqualTo(OutgoingState.DRAFTING);
        assertThat(d.currentVersion()).isEqualTo(1);
        assertThat(d.replyToIncomingId()).contains(in.id());
        w.workFiles.add(w.as(SPECIALIST), WorkFileId.of(file.id()), RecordId.of(d.id()));

        // BS Đ7.2: submission waits for the cooperating unit's comment
        assertThatThrownBy(() -> w.outgoing.submit(w.as(SPECIALIST), RecordId.of(d.id())))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().has(FlowViolation.COOPERATION_MISSING))
                        .isTrue());
        assertThat(w.documents.outgoing(d.id()).orElseThrow()).isEqualTo(d);
        w.outgoing.comment(w.as(JUSTICE_HEAD), RecordId.of(d.id()), UnitId.of(JUSTICE), "Thống nhất nội dung");
        assertThatThrownBy(() -> w.outgoing.submit(w.as(FINANCE_HEAD), RecordId.of(d.id())))
                .isInstanceOf(EdocRuleException.class);
        w.outgoing.submit(w.as(SPECIALIST), RecordId.of(d.id()));
        w.outgoing.review(w.as(FINANCE_HEAD), RecordId.of(d.id()), "Trình Chủ tịch");
        OutgoingRecord returned = w.outgoing.returnForRework(w.as(CHAIR), RecordId.of(d.id()), "Bổ sung số liệu quý I");
        assertThat(returned.state()).isEqualTo(OutgoingState.RETURNED);
        assertThat(returned.commentsOn(1)).extracting(ReviewComment::kind, ReviewComment::authorId).containsExactly(
                tuple(ReviewComment.Kind.COOPERATION, JUSTICE_HEAD), tuple(ReviewComment.Kind.REVIEW, FINANCE_HEAD),
                tuple(ReviewComment.Kind.RETURN, CHAIR));

        OutgoingRecord v2 = w.outgoing.revise(w.as(SPECIALIST), RecordId.of(d.id()), FlowWorld.replyDraft(
                "Báo cáo rà soát, có số liệu quý I", Recipient.of("Sở Tư pháp tỉnh Bình Định", SO_TU_PHAP)));
        assertThat(v2.state()).isEqualTo(OutgoingState.DRAFTING);
        assertThat(v2.currentVersion()).isEqualTo(2);
        assertThat(v2.document().replyTo()).isEqualTo(in.document().documentId());
        w.outgoing.submit(w.as(SPECIALIST), RecordId.of(d.id()));
        w.outgoing.review(w.as(FINANCE_HEAD), RecordId.of(d.id()), "Đã bổ sung");

        // Monday 16:00: the deputy cannot sign in the head's own name; the chair signs TM.
        w.advanceTo("2026-03-02T09:00:00Z");
        assertThatThrownBy(() -> w.outgoing.approveAndSign(w.as(VICE_CHAIR), RecordId.of(d.id()), SigningCompetence.NONE,
                "Chủ tịch", "")).isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().has(RoutingViolation.NONE_NOT_HEAD))
                        .isTrue());
        OutgoingRecord signed = w.outgoing.approveAndSign(w.as(CHAIR), RecordId.of(d.id()), SigningCompetence.TM, "Chủ tịch",
                "Đồng ý");
        assertThat(signed.state()).isEqualTo(OutgoingState.APPROVED_SIGNED);
        assertThat(signed.commentsOn(2)).extracting(ReviewComment::kind).containsExactly(
                ReviewComment.Kind.REVIEW, ReviewComment.Kind.APPROVAL);
        // R-TIME-1: signed Monday, issued at the latest by the end of Tuesday morning (11:30)
        assertThat(signed.issueDeadline()).contains(Instant.parse("2026-03-03T04:30:00Z"));
        assertThat(new WorkQueue(w.documents, w.directory, List.of()).waitingFor(PersonId.of(CLERK), w.clock.instant()))
                .extracting(WorkItem::objectId, WorkItem::deadline)
                .containsExactly(tuple(d.id(), signed.issueDeadline()));

        w.advanceTo("2026-03-03T02:00:00Z");
        assertThatThrownBy(() -> w.outgoing.register(w.as(SPECIALIST), RecordId.of(d.id()), "UBND", "TCKH"))
                .isInstanceOf(EdocRuleException.class);
        OutgoingRecord numbered = w.outgoing.register(w.as(CLERK), RecordId.of(d.id()), "UBND", "TCKH");
        assertThat(numbered.number()).isEqualTo(1);
        assertThat(numbered.document().notation().orElseThrow().format()).isEqualTo("01/UBND-TCKH");
        assertThat(w.registers.entries(RegisterKey.of(TUY_PHUOC, RegisterKind.OUTGOING, 2026)))
                .extracting(e -> e.number(), e -> e.documentId()).containsExactly(tuple(1L, d.id()));

        OutgoingRecord issued = w.outgoing.issue(w.as(CLERK), RecordId.of(d.id()));
        assertThat(issued.state()).isEqualTo(OutgoingState.ISSUED);
        assertThat(issued.issuedLate()).isFalse();
        assertThat(issued.document().signed()).isTrue();
        assertThat(w.signer.calls).isEqualTo(1);
        assertThat(issued.deliveries()).extracting(Delivery::recipient, Delivery::channel, Delivery::state)
                .containsExactly(tuple(SO_TU_PHAP, Channel.SYSTEM, DeliveryState.SENT));
        assertThat(w.issued).singleElement().satisfies(i -> {
            assertThat(i.recordId()).isEqualTo(d.id());
            assertThat(i.registration().number()).isEqualTo(1);
            assertThat(i.issuedAt()).isEqualTo(w.clock.instant());
        });
        assertThat(w.seen).noneMatch(e -> e instanceof DomainEvent.Overdue);
        w.workFiles.add(w.as(SPECIALIST), WorkFileId.of(file.id()), RecordId.of(d.id()));
        assertThat(w.workFiles.close(w.as(SPECIALIST), WorkFileId.of(file.id())).documentIds()).containsExactly(in.id(), d.id());

        assertThat(w.auditOf(d.id())).extracting(AuditEntry::action).containsExactly("outgoing.draft",
                "outgoing.cooperation-comment", "outgoing.submit", "outgoing.review", "outgoing.return",
                "outgoing.revise", "outgoing.submit", "outgoing.review", "outgoing.reserve", "outgoing.approve-sign",
                "outgoing.register", "outgoing.reserve", "outgoing.issue");
        assertThat(w.audit.verify().intact()).isTrue();

        // the recipient registers it: the receipt acknowledgement makes the delivery DELIVERED (R-OUT-6)
        List<Object> atJustice = w.deliverTo(SO_TU_PHAP);
        IncomingRecord there = (IncomingRecord) atJustice.get(0);
        assertThat(there.document().notation().orElseThrow().format()).isEqualTo("01/UBND-TCKH");
        w.incoming.register(w.as(FlowWorld.STP_CLERK), RecordId.of(there.id()), ReceiptCheck.passed(1));
        w.deliverTo(TUY_PHUOC);
        assertThat(w.documents.outgoing(d.id()).orElseThrow().deliveries()).extracting(Delivery::state)
                .containsExactly(DeliveryState.DELIVERED);
        // R-OUT-7: not also by e-mail
        assertThatThrownBy(() -> w.outgoing.sendByEmail(w.as(CLERK), RecordId.of(d.id()), SO_TU_PHAP))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().errors()).extracting(v -> v.ruleId())
                        .containsExactly("R-OUT-7"));

        DocumentHandlingReport report = DocumentHandlingReport.of(w.documents, TUY_PHUOC, FINANCE,
                ReportPeriod.month(2026, 3));
        assertThat(report.outgoingOnTime()).containsExactly(d.id());
        assertThat(report.incomingOnTime()).containsExactly(in.id());
    }

    private OutgoingRecord signedDocument(String subject, Recipient... recipients) {
        OutgoingRecord d = w.outgoing.draft(w.as(SPECIALIST), FlowWorld.replyDraft(subject, recipients),
                DraftOptions.none());
        w.outgoing.submit(w.as(SPECIALIST), RecordId.of(d.id()));
        w.outgoing.review(w.as(FINANCE_HEAD), RecordId.of(d.id()), "");
        return w.outgoing.approveAndSign(w.as(CHAIR), RecordId.of(d.id()), SigningCompetence.TM, "Chủ tịch", "");
    }

    @Test
    void lateIssueIsFlaggedAndDeliveriesAreFollowedPerRecipient() {
        w.advanceTo("2026-03-02T09:00:00Z"); // Monday 16:00
        OutgoingRecord d = signedDocument("Gửi hai Sở", Recipient.of("Sở Tư pháp", SO_TU_PHAP),
                Recipient.of("Sở Tài chính", FlowWorld.SO_TAI_CHINH));
        w.advanceTo("2026-03-03T07:00:00Z"); // Tuesday 14:00: after the deadline of 11:30
        w.outgoing.register(w.as(CLERK), RecordId.of(d.id()), "UBND", "TCKH");
        OutgoingRecord late = w.outgoing.issue(w.as(CLERK), RecordId.of(d.id()));
        assertThat(late.issuedLate()).isTrue();
        assertThat(w.seen).filteredOn(e -> e instanceof DomainEvent.Overdue).singleElement()
                .satisfies(e -> assertThat(((DomainEvent.Overdue) e).deadline())
                        .isEqualTo(Instant.parse("2026-03-03T04:30:00Z")));
        assertThat(late.deliveries()).extracting(Delivery::recipient, Delivery::state).containsExactly(
                tuple(SO_TU_PHAP, DeliveryState.SENT), tuple(FlowWorld.SO_TAI_CHINH, DeliveryState.SENT));
        assertThat(DocumentHandlingReport.of(w.documents, TUY_PHUOC, "", ReportPeriod.month(2026, 3))
                .outgoingLate()).containsExactly(d.id());

        IncomingRecord atJustice = (IncomingRecord) w.deliverTo(SO_TU_PHAP).get(0);
        IncomingRecord atFinance = (IncomingRecord) w.deliverTo(FlowWorld.SO_TAI_CHINH).get(0);
        w.incoming.register(w.as(FlowWorld.STP_CLERK), RecordId.of(atJustice.id()), ReceiptCheck.passed(1));
        w.incoming.refuse(w.as(FlowWorld.STC_CLERK), RecordId.of(atFinance.id()), "Không thuộc thẩm quyền");
        w.deliverTo(TUY_PHUOC);
        OutgoingRecord followed = w.documents.outgoing(d.id()).orElseThrow();
        assertThat(followed.deliveries()).extracting(Delivery::recipient, Delivery::state, Delivery::reason)
                .containsExactly(tuple(SO_TU_PHAP, DeliveryState.DELIVERED, "received as number 1"),
                        tuple(FlowWorld.SO_TAI_CHINH, DeliveryState.REFUSED, "Không thuộc thẩm quyền"));
        assertThat(w.notices).contains(SPECIALIST + "|Văn bản bị từ chối");

        // recall: the delivered one is recalled, the refused one stays refused; the recipient cancels it (R-IN-7)
        OutgoingRecord recalled = w.outgoing.recall(w.as(CHAIR), RecordId.of(d.id()), "Ban hành nhầm");
        assertThat(recalled.state()).isEqualTo(OutgoingState.RECALLED);
        assertThat(recalled.deliveries()).extracting(Delivery::state)
                .containsExactly(DeliveryState.RECALLED, DeliveryState.REFUSED);
        w.deliverTo(SO_TU_PHAP);
        assertThat(w.recalls).singleElement().satisfies(m -> assertThat(m.documentRef()).isEqualTo(d.id()));
        assertThat(w.incoming.cancelOnRecall(w.as(FlowWorld.STP_CLERK), w.recalls.get(0)))
                .extracting(IncomingRecord::state).containsExactly(IncomingState.RECALLED);
        assertThat(w.deliverTo(TUY_PHUOC)).hasSize(1);
        assertThat(w.documents.outgoing(d.id()).orElseThrow().history().get(recalled.history().size()).comment())
                .startsWith("RECALL_ACCEPTED from " + SO_TU_PHAP.value());
        assertThat(w.audit.verify().intact()).isTrue();
    }

    @Test
    void legalNormativeDraftCannotSkipTheAppraisal() {
        OutgoingRecord d = w.outgoing.draft(w.as(SPECIALIST), FlowWorld.replyDraft("Quy định")
                .toBuilder().type(vn.edoc.id.DocumentType.NGHI_QUYET_QPPL).build(), DraftOptions.none());
        w.outgoing.submit(w.as(SPECIALIST), RecordId.of(d.id()));
        OutgoingRecord inAppraisal = w.outgoing.review(w.as(FINANCE_HEAD), RecordId.of(d.id()), "");
        assertThat(inAppraisal.state()).isEqualTo(OutgoingState.APPRAISAL);
        assertThatThrownBy(() -> w.outgoing.approveAndSign(w.as(CHAIR), RecordId.of(d.id()), SigningCompetence.TM, "", ""))
                .isInstanceOf(EdocRuleException.class);
        OutgoingRecord appraised = w.outgoing.appraise(w.as(vn.edoc.org.OrgFixtures.JUSTICE_OFFICER), RecordId.of(d.id()),
                "Đủ điều kiện trình ban hành");
        assertThat(appraised.state()).isEqualTo(OutgoingState.AWAITING_APPROVAL);
        assertThat(appraised.commentsOn(1)).extracting(ReviewComment::kind)
                .containsExactly(ReviewComment.Kind.REVIEW, ReviewComment.Kind.APPRAISAL);
    }

    @Test
    void outageCatchUpEntryKeepsItsRealTimeAndIsFlagged() {
        w.advanceTo("2026-03-04T01:00:00Z");
        assertThatThrownBy(() -> w.outageService.record(w.as(CLERK), "Mất điện", Instant.parse(
                "2026-03-03T01:00:00Z"), Instant.parse("2026-03-03T09:00:00Z"), "Xử lý trên giấy", "Nhập bổ sung"))
                .isInstanceOf(EdocRuleException.class);
        Outage o = w.outageService.record(w.as(vn.edoc.org.OrgFixtures.ADMIN), "Mất điện máy chủ",
                Instant.parse("2026-03-03T01:00:00Z"), Instant.parse("2026-03-03T09:00:00Z"),
                "Tiếp nhận, vào sổ trên giấy", "Văn thư nhập bổ sung với thời gian thực tế");
        assertThat(w.notices).contains(CLERK + "|Thông báo sự cố hệ thống", CHAIR + "|Thông báo sự cố hệ thống",
                OFFICE_CHIEF + "|Thông báo sự cố hệ thống");
        assertThat(w.outages.outagesOf(TUY_PHUOC)).containsExactly(o);

        Instant realReceived = Instant.parse("2026-03-03T02:00:00Z");
        Instant realRegistered = Instant.parse("2026-03-03T02:30:00Z");
        // a real time outside the outage is refused
        assertThatThrownBy(() -> w.incoming.enterAfterOutage(w.as(CLERK), w.outages, o.id(),
                FlowWorld.fromJustice("Ngoài sự cố"), Optional.of(SO_TU_PHAP), realReceived,
                Instant.parse("2026-03-03T10:00:00Z"), ReceiptCheck.passed(2)))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().has(FlowViolation.NOT_DURING_OUTAGE))
                        .isTrue());
        IncomingRecord entered = w.incoming.enterAfterOutage(w.as(CLERK), w.outages, o.id(),
                FlowWorld.fromJustice("Nhận trên giấy khi mất điện"), Optional.of(SO_TU_PHAP), realReceived,
                realRegistered, ReceiptCheck.passed(2));
        assertThat(entered.state()).isEqualTo(IncomingState.REGISTERED);
        assertThat(entered.enteredAfterOutage()).isTrue();
        assertThat(entered.receivedAt()).isEqualTo(realReceived);
        assertThat(entered.handledAt()).contains(realRegistered);
        assertThat(entered.handlingDeadline()).isEqualTo(Instant.parse("2026-03-03T04:00:00Z"));
        assertThat(w.registers.entries(RegisterKey.of(TUY_PHUOC, RegisterKind.INCOMING, 2026)))
                .singleElement().satisfies(e -> {
                    assertThat(e.registeredAt()).isEqualTo(realRegistered);
                    assertThat(e.number()).isEqualTo(1);
                });
        List<AuditEntry> flagged = w.auditAll().stream().filter(e -> e.has(AuditFlag.ENTERED_AFTER_OUTAGE))
                .toList();
        assertThat(flagged).extracting(AuditEntry::action)
                .containsExactly("incoming.receive", "register.incoming", "incoming.register");
        assertThat(flagged).allMatch(e -> e.time().equals(w.clock.instant()));
        assertThat(flagged.get(1).comment()).contains(realRegistered.toString());
        assertThat(w.audit.verify().intact()).isTrue();
    }
}
