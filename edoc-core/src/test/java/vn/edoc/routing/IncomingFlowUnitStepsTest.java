package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE;
import static vn.edoc.org.OrgFixtures.FINANCE_CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE_HEAD;
import static vn.edoc.org.OrgFixtures.JUSTICE;
import static vn.edoc.org.OrgFixtures.JUSTICE_HEAD;
import static vn.edoc.org.OrgFixtures.SO_TU_PHAP;
import static vn.edoc.org.OrgFixtures.SPECIALIST;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.edoc.document.Confidentiality;
import vn.edoc.document.SigningCompetence;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.UnitId;
import vn.edoc.validation.EdocRuleException;

/** Paper receipt (R-IN-2), state secrets (R-SEC-1), unit returns (R-IN-5), refused cooperation (R-TASK-9). */
class IncomingFlowUnitStepsTest {

    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));
    private final Instant deadline = Instant.parse("2026-03-09T10:00:00Z");

    @Test
    void paperDocumentIsScannedRegisteredAndRoutedWithoutAnswerToTheSender() {
        assertThatThrownBy(() -> w.incoming.receivePaper(w.as(SPECIALIST), FlowWorld.fromJustice("Giấy"),
                Optional.of(SO_TU_PHAP))).isInstanceOf(EdocRuleException.class);
        IncomingRecord paper = w.incoming.receivePaper(w.as(CLERK), FlowWorld.fromJustice("Văn bản giấy")
                .toBuilder().signed(false).build(), Optional.of(SO_TU_PHAP));
        assertThat(paper.origin()).isEqualTo(Origin.PAPER);
        // the signature of a paper document is not checked electronically (R-IN-2)
        IncomingRecord reg = w.incoming.register(w.as(CLERK), RecordId.of(paper.id()), new ReceiptCheck(2, false)).get(0);
        assertThat(reg.state()).isEqualTo(IncomingState.REGISTERED);
        assertThat(w.transport.sent()).isEmpty();
        assertThat(w.incoming.assign(w.as(CHAIR), RecordId.of(paper.id()), "TCKH",
                List.of(AssignmentOrder.lead(FINANCE, deadline))).state()).isEqualTo(IncomingState.ASSIGNED);
    }

    @Test
    void electronicDocumentWithABadSignatureIsNotRegistered() {
        IncomingRecord r = w.incoming.receive(w.newFromJustice("r-1", "Chữ ký sai", List.of())).get(0);
        assertThatThrownBy(() -> w.incoming.register(w.as(CLERK), RecordId.of(r.id()), new ReceiptCheck(2, false)))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).getMessage()).isNotBlank());
        assertThat(w.documents.incoming(r.id()).orElseThrow().state()).isEqualTo(IncomingState.RECEIVED);
    }

    @Test
    void stateSecretsAreNeverEntered() {
        assertThatThrownBy(() -> w.incoming.receivePaper(w.as(CLERK), FlowWorld.fromJustice("Mật").toBuilder()
                .confidentiality(Confidentiality.MAT).build(), Optional.empty()))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().errors()).extracting(v -> v.ruleId())
                        .containsExactly("R-SEC-1"));
        assertThat(w.documents.incomingOf(vn.edoc.org.OrgFixtures.TUY_PHUOC)).isEmpty();
        assertThat(w.audit.size()).isZero();
    }

    @Test
    void unitsReturnMistakesAndCooperatingUnitsRefuseInWriting() {
        IncomingRecord r = w.incoming.receive(w.newFromJustice("r-2", "Phân công", List.of())).get(0);
        w.incoming.register(w.as(CLERK), RecordId.of(r.id()), ReceiptCheck.passed(2));
        w.incoming.assign(w.as(CHAIR), RecordId.of(r.id()), "TCKH chủ trì, Tư pháp phối hợp", List.of(
                AssignmentOrder.lead(FINANCE, deadline), AssignmentOrder.cooperate(JUSTICE, deadline)));
        // the justice unit has no clerk: the office clerk takes it in for the organisation
        w.incoming.receiveAtUnit(w.as(CLERK), RecordId.of(r.id()), UnitId.of(JUSTICE));
        w.incoming.forwardToHead(w.as(CLERK), RecordId.of(r.id()), UnitId.of(JUSTICE));
        assertThatThrownBy(() -> w.incoming.refuseCooperation(w.as(JUSTICE_HEAD), RecordId.of(r.id()), UnitId.of(JUSTICE), ""))
                .isInstanceOf(EdocRuleException.class);
        IncomingRecord refused = w.incoming.refuseCooperation(w.as(JUSTICE_HEAD), RecordId.of(r.id()), UnitId.of(JUSTICE),
                "Không thuộc chức năng của Phòng Tư pháp");
        assertThat(refused.assignment(JUSTICE).orElseThrow().state()).isEqualTo(AssignmentState.COOPERATION_REFUSED);
        // a lead unit cannot "refuse cooperation" (R-TASK-9 is for cooperating units)
        w.incoming.receiveAtUnit(w.as(FINANCE_CLERK), RecordId.of(r.id()), UnitId.of(FINANCE));
        w.incoming.forwardToHead(w.as(FINANCE_CLERK), RecordId.of(r.id()), UnitId.of(FINANCE));
        assertThatThrownBy(() -> w.incoming.refuseCooperation(w.as(FINANCE_HEAD), RecordId.of(r.id()), UnitId.of(FINANCE), "x"))
                .isInstanceOf(vn.edoc.validation.IllegalTransitionException.class);
        w.incoming.assignSpecialist(w.as(FINANCE_HEAD), RecordId.of(r.id()), UnitId.of(FINANCE), PersonId.of(SPECIALIST), "");
        IncomingRecord back = w.incoming.backToHead(w.as(SPECIALIST), RecordId.of(r.id()), UnitId.of(FINANCE), "Đề nghị giao người khác");
        assertThat(back.assignment(FINANCE).orElseThrow().state()).isEqualTo(AssignmentState.WITH_HEAD);
        assertThat(back.assignment(FINANCE).orElseThrow().handlerId()).isEmpty();
        IncomingRecord returned = w.incoming.returnAssignment(w.as(FINANCE_HEAD), RecordId.of(r.id()), UnitId.of(FINANCE),
                "Không đúng lĩnh vực");
        assertThat(returned.assignment(FINANCE).orElseThrow().state()).isEqualTo(AssignmentState.RETURNED);
        assertThat(w.auditOf(r.id())).extracting(e -> e.action()).endsWith("incoming.refuse-cooperation",
                "incoming.unit-receive", "incoming.forward", "incoming.assign-specialist", "incoming.back-to-head",
                "incoming.return");
    }

    @Test
    void missingInputIsRefusedNeverANullPointer() {
        IncomingRecord r = w.incoming.receive(w.newFromJustice("r-9", "Thiếu", List.of())).get(0);
        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> calls = List.of(
                () -> w.incoming.register(null, RecordId.of(r.id()), ReceiptCheck.passed(2)),
                () -> w.incoming.register(w.as(CLERK), null, ReceiptCheck.passed(2)),
                () -> w.incoming.register(w.as(CLERK), RecordId.of(r.id()), null),
                () -> w.incoming.receivePaper(null, FlowWorld.fromJustice("x"), Optional.empty()),
                () -> w.incoming.receivePaper(w.as(CLERK), null, null),
                () -> w.incoming.receive(null),
                () -> w.incoming.assign(w.as(CHAIR), RecordId.of(r.id()), "x", null),
                () -> w.incoming.complete(null, RecordId.of(r.id()), UnitId.of(FINANCE), ""),
                () -> w.incoming.cancelOnRecall(w.as(CLERK), null),
                () -> w.outgoing.draft(null, FlowWorld.replyDraft("x"), null),
                () -> w.outgoing.draft(w.as(SPECIALIST), null, null),
                () -> w.outgoing.submit(null, RecordId.of("out-1")),
                () -> w.outgoing.issue(w.as(CLERK), null),
                () -> w.outgoing.onStatus(null),
                () -> w.outageService.record(null, "x", null, null, "x", "x"),
                () -> w.workFiles.open(null, RecordId.of(r.id()), "x"));
        for (var call : calls) {
            assertThatThrownBy(call).isInstanceOf(EdocRuleException.class);
        }
        assertThat(w.documents.incoming(r.id())).contains(r);
    }

    @Test
    void catchUpRegistrationRefusesAFutureRealTimeAndChangesNothing() {
        vn.edoc.register.RegistrationRequest request = vn.edoc.register.RegistrationRequest
                .incoming(vn.edoc.org.OrgFixtures.TUY_PHUOC).documentId("giay-1").notation("15/STP-VP")
                .documentDate(java.time.LocalDate.of(2026, 2, 27)).type(vn.edoc.id.DocumentType.CONG_VAN)
                .summary("Giấy").issuer("Sở Tư pháp").pageCount(1).urgency(vn.edoc.document.Urgency.NORMAL)
                .confidentiality(Confidentiality.NONE).actorId("lanpt.tuyphuoc").build();
        assertThatThrownBy(() -> w.tx.run(uow -> w.ctx.registerService().registerEnteredAfterOutage(uow, request,
                w.clock.instant().plusSeconds(60)))).isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> w.tx.run(uow -> w.ctx.registerService().registerEnteredAfterOutage(uow, request,
                null))).isInstanceOf(EdocRuleException.class);
        assertThat(w.audit.size()).isZero();
        assertThat(w.registers.keys()).isEmpty();
        vn.edoc.register.RegisterEntry e = w.tx.inTransaction(uow -> w.ctx.registerService()
                .registerEnteredAfterOutage(uow, request, Instant.parse("2026-03-01T02:00:00Z")));
        assertThat(e.registeredAt()).isEqualTo(Instant.parse("2026-03-01T02:00:00Z"));
        assertThat(w.auditAll()).singleElement().satisfies(a -> {
            assertThat(a.has(vn.edoc.audit.AuditFlag.ENTERED_AFTER_OUTAGE)).isTrue();
            assertThat(a.time()).isEqualTo(w.clock.instant());
        });
    }

    @Test
    void clerkReturnsASignedDraftWithAPresentationFault() {
        OutgoingRecord d = w.outgoing.draft(w.as(SPECIALIST), FlowWorld.replyDraft("Sai thể thức",
                vn.edoc.document.Recipient.of("Sở Tư pháp", SO_TU_PHAP)), DraftOptions.none());
        w.outgoing.submit(w.as(SPECIALIST), RecordId.of(d.id()));
        w.outgoing.review(w.as(FINANCE_HEAD), RecordId.of(d.id()), "");
        w.outgoing.approveAndSign(w.as(CHAIR), RecordId.of(d.id()), SigningCompetence.TM, "Chủ tịch", "");
        OutgoingRecord back = w.outgoing.returnForPresentation(w.as(CLERK), RecordId.of(d.id()), "Thiếu địa danh");
        assertThat(back.state()).isEqualTo(OutgoingState.RETURNED);
        assertThat(back.issueDeadline()).isEmpty();
        assertThat(back.commentsOn(1)).last().extracting(ReviewComment::authorId).isEqualTo(CLERK);
    }
}
