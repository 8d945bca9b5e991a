package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE;
import static vn.edoc.org.OrgFixtures.FINANCE_CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE_HEAD;
import static vn.edoc.org.OrgFixtures.JUSTICE;
import static vn.edoc.org.OrgFixtures.LEADERSHIP;
import static vn.edoc.org.OrgFixtures.OFFICE;
import static vn.edoc.org.OrgFixtures.OFFICE_CHIEF;
import static vn.edoc.org.OrgFixtures.SO_TU_PHAP;
import static vn.edoc.org.OrgFixtures.SPECIALIST;
import static vn.edoc.org.OrgFixtures.TUY_PHUOC;
import static vn.edoc.org.OrgFixtures.VICE_CHAIR;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.audit.AuditEntry;
import vn.edoc.document.AssignmentKind;
import vn.edoc.event.DomainEvent;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.UnitId;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterKind;
import vn.edoc.spi.TransportMessage;
import vn.edoc.time.ReportPeriod;
import vn.edoc.validation.EdocRuleException;

/**
 * The incoming flow walked end to end on the seeds' routes, asserting every state, deadline, audit entry and
 * message: the Tuy Phước route of R-IN-8 (TP Đ3) with real office-hour deadlines, a refusal (R-IN-6) reaching the
 * sender, a recall after assignment (R-IN-7) of a document carrying two tasks (R-IN-9).
 */
class IncomingFlowScenarioTest {

    // Monday 2 March 2026, 10:30 in Vietnam
    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T03:30:00Z"));

    @Test
    void tuyPhuocRouteFromReceiptToDone() {
        IncomingRecord r = w.incoming.receive(w.newFromJustice("out-9", "Về việc rà soát văn bản", List.of()))
                .get(0);
        assertThat(r.state()).isEqualTo(IncomingState.RECEIVED);
        // R-TIME-4: received inside office hours counts at once; R-TIME-2: 2 office hours = 10:30-11:30 + 13:30-14:30
        assertThat(r.effectiveReceipt()).isEqualTo(Instant.parse("2026-03-02T03:30:00Z"));
        assertThat(r.handlingDeadline()).isEqualTo(Instant.parse("2026-03-02T07:30:00Z"));
        assertThat(r.assignmentDeadline()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(new WorkQueue(w.documents, w.directory, List.of()).waitingFor(PersonId.of(CLERK), w.clock.instant()))
                .extracting(WorkItem::objectId, WorkItem::waiting, WorkItem::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(r.id(), "register", false));

        // a specialist may not register: R-ACC-2, and nothing changes
        long auditBefore = w.audit.size();
        assertThatThrownBy(() -> w.incoming.register(w.as(SPECIALIST), RecordId.of(r.id()), ReceiptCheck.passed(2)))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().errors())
                        .extracting(v -> v.ruleId()).contains("R-ACC-2"));
        assertThat(w.audit.size()).isEqualTo(auditBefore);
        assertThat(w.documents.incoming(r.id()).orElseThrow()).isEqualTo(r);

        w.advanceTo("2026-03-02T04:00:00Z");
        IncomingRecord registered = w.incoming.register(w.as(CLERK), RecordId.of(r.id()), ReceiptCheck.passed(2)).get(0);
        assertThat(registered.state()).isEqualTo(IncomingState.REGISTERED);
        assertThat(registered.number()).isEqualTo(1);
        assertThat(registered.handledInTime()).contains(true);
        assertThat(w.registers.entries(RegisterKey.of(TUY_PHUOC, RegisterKind.INCOMING, 2026)))
                .extracting(e -> e.number(), e -> e.documentId(), e -> e.notation())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, r.groupId(), "15/STP-VP"));
        List<TransportMessage> ack = w.take(SO_TU_PHAP);
        assertThat(ack).extracting(TransportMessage::kind, TransportMessage::documentRef)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TransportMessage.Kind.ARRIVED, "out-9"),
                        org.assertj.core.groups.Tuple.tuple(TransportMessage.Kind.RECEIPT_ACK, "out-9"));

        assertThatThrownBy(() -> w.incoming.propose(w.as(SPECIALIST), RecordId.of(r.id()), "x"))
                .isInstanceOf(EdocRuleException.class);
        w.advanceTo("2026-03-02T04:10:00Z");
        w.incoming.propose(w.as(OFFICE_CHIEF), RecordId.of(r.id()), "Đề nghị giao Phòng Tài chính - Kế hoạch chủ trì");
        assertThatThrownBy(() -> w.incoming.assign(w.as(OFFICE_CHIEF), RecordId.of(r.id()), "x",
                List.of(AssignmentOrder.lead(FINANCE, Instant.parse("2026-03-06T10:00:00Z")))))
                .isInstanceOf(EdocRuleException.class);
        // two lead units are refused by R-IN-5
        assertThatThrownBy(() -> w.incoming.assign(w.as(CHAIR), RecordId.of(r.id()), "x",
                List.of(AssignmentOrder.lead(FINANCE, Instant.parse("2026-03-06T10:00:00Z")),
                        AssignmentOrder.lead(JUSTICE, Instant.parse("2026-03-06T10:00:00Z")))))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().has(FlowViolation.BAD_ASSIGNMENT))
                        .isTrue());

        w.advanceTo("2026-03-02T06:40:00Z");
        Instant financeDeadline = Instant.parse("2026-03-06T10:00:00Z");
        Instant justiceDeadline = Instant.parse("2026-03-05T10:00:00Z");
        IncomingRecord assigned = w.incoming.assign(w.as(CHAIR), RecordId.of(r.id()), "Giao TCKH chủ trì, Tư pháp phối hợp",
                List.of(AssignmentOrder.lead(FINANCE, financeDeadline),
                        AssignmentOrder.cooperate(JUSTICE, justiceDeadline),
                        AssignmentOrder.informPerson(VICE_CHAIR),
                        AssignmentOrder.inform(OFFICE)));
        assertThat(assigned.state()).isEqualTo(IncomingState.ASSIGNED);
        assertThat(assigned.assignments()).extracting(Assignment::unitId, Assignment::personId, Assignment::kind,
                        Assignment::deadline)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FINANCE, "", AssignmentKind.LEAD,
                                java.util.Optional.of(financeDeadline)),
                        org.assertj.core.groups.Tuple.tuple(JUSTICE, "", AssignmentKind.COOPERATE,
                                java.util.Optional.of(justiceDeadline)),
                        org.assertj.core.groups.Tuple.tuple(LEADERSHIP, VICE_CHAIR, AssignmentKind.INFORM,
                                java.util.Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple(OFFICE, "", AssignmentKind.INFORM,
                                java.util.Optional.empty()));

        w.advanceTo("2026-03-02T07:00:00Z");
        assertThat(w.incoming.receiveAtUnit(w.as(FINANCE_CLERK), RecordId.of(r.id()), UnitId.of(FINANCE)).state())
                .isEqualTo(IncomingState.IN_PROGRESS);
        // the finance clerk cannot act for the justice unit (R-ACC-2)
        assertThatThrownBy(() -> w.incoming.receiveAtUnit(w.as(FINANCE_CLERK), RecordId.of(r.id()), UnitId.of(JUSTICE)))
                .isInstanceOf(EdocRuleException.class);
        w.incoming.forwardToHead(w.as(FINANCE_CLERK), RecordId.of(r.id()), UnitId.of(FINANCE));
        assertThatThrownBy(() -> w.incoming.assignSpecialist(w.as(FINANCE_HEAD), RecordId.of(r.id()), UnitId.of(FINANCE), PersonId.of(VICE_CHAIR), ""))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().has(FlowViolation.NOT_IN_UNIT)).isTrue());
        IncomingRecord withSpecialist = w.incoming.assignSpecialist(w.as(FINANCE_HEAD), RecordId.of(r.id()), UnitId.of(FINANCE), PersonId.of(SPECIALIST),
                "Anh Chiến tham mưu");
        assertThat(withSpecialist.assignment(FINANCE).orElseThrow().handlerId()).isEqualTo(SPECIALIST);
        assertThat(new WorkQueue(w.documents, w.directory, List.of()).waitingFor(PersonId.of(SPECIALIST), w.clock.instant()))
                .extracting(WorkItem::objectId, WorkItem::deadline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(r.id(), java.util.Optional.of(financeDeadline)));
        // the head may not close what the specialist holds (R-ACC-1)
        assertThatThrownBy(() -> w.incoming.complete(w.as(FINANCE_HEAD), RecordId.of(r.id()), UnitId.of(FINANCE), "xong"))
                .isInstanceOf(EdocRuleException.class);
        w.advanceTo("2026-03-03T02:00:00Z");
        IncomingRecord done = w.incoming.complete(w.as(SPECIALIST), RecordId.of(r.id()), UnitId.of(FINANCE), "Đã tham mưu trả lời");
        assertThat(done.state()).isEqualTo(IncomingState.DONE);
        assertThat(done.assignment(FINANCE).orElseThrow().state()).isEqualTo(AssignmentState.DONE);
        assertThat(done.assignment(JUSTICE).orElseThrow().state()).isEqualTo(AssignmentState.ASSIGNED);

        assertThat(done.history()).extracting(HistoryStep::action, HistoryStep::actorId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("incoming.receive", DomainEvent.SYSTEM),
                org.assertj.core.groups.Tuple.tuple("incoming.register", CLERK),
                org.assertj.core.groups.Tuple.tuple("incoming.propose", OFFICE_CHIEF),
                org.assertj.core.groups.Tuple.tuple("incoming.assign", CHAIR),
                org.assertj.core.groups.Tuple.tuple("incoming.unit-receive", FINANCE_CLERK),
                org.assertj.core.groups.Tuple.tuple("incoming.forward", FINANCE_CLERK),
                org.assertj.core.groups.Tuple.tuple("incoming.assign-specialist", FINANCE_HEAD),
                org.assertj.core.groups.Tuple.tuple("incoming.complete", SPECIALIST));
        List<AuditEntry> trail = w.auditOf(r.id());
        assertThat(trail).extracting(AuditEntry::action).containsExactly("incoming.receive", "incoming.register",
                "incoming.propose", "incoming.assign", "incoming.unit-receive", "incoming.forward",
                "incoming.assign-specialist", "incoming.complete");
        // the audit trail names the accounts that acted (AuditEvent#actor), the history the people
        assertThat(trail).extracting(AuditEntry::actor).containsExactly("system", "lanpt.tuyphuoc",
                "hunglv.tuyphuoc", "chiennv.tuyphuoc", "hanhtt.tuyphuoc", "hanhtt.tuyphuoc", "ducbv.tuyphuoc",
                "chiennv1.tuyphuoc");
        for (int i = 1; i < trail.size(); i++) {
            assertThat(trail.get(i).beforeDigest()).isEqualTo(trail.get(i - 1).afterDigest());
        }
        assertThat(trail.get(trail.size() - 1).afterDigest()).isEqualTo(done.digest());
        assertThat(w.auditAll()).extracting(AuditEntry::action).contains("register.incoming");
        assertThat(w.audit.verify().intact()).isTrue();
        assertThat(w.seen).filteredOn(e -> e instanceof DomainEvent.StateChanged s && s.lifecycle()
                .equals("IncomingState")).extracting(e -> ((DomainEvent.StateChanged) e).to())
                .containsExactly("REGISTERED", "PROPOSED", "ASSIGNED", "IN_PROGRESS", "DONE");
        assertThat(w.seen).filteredOn(e -> e instanceof DomainEvent.DocumentAssigned).hasSize(4);

        DocumentHandlingReport report = DocumentHandlingReport.of(w.documents, TUY_PHUOC, "",
                ReportPeriod.month(2026, 3));
        assertThat(report.incomingOnTime()).containsExactly(r.id());
        assertThat(report.incomingLate()).isEmpty();
    }

    @Test
    void documentReceivedAfterHoursCountsFromTheNextMorning() {
        w.advanceTo("2026-03-02T11:00:00Z"); // 18:00 Monday
        IncomingRecord r = w.incoming.receive(w.newFromJustice("out-10", "Ngoài giờ", List.of())).get(0);
        assertThat(r.effectiveReceipt()).isEqualTo(Instant.parse("2026-03-03T00:30:00Z"));
        assertThat(r.handlingDeadline()).isEqualTo(Instant.parse("2026-03-03T02:30:00Z"));
        w.advanceTo("2026-03-03T03:00:00Z"); // 10:00 Tuesday: late
        IncomingRecord registered = w.incoming.register(w.as(CLERK), RecordId.of(r.id()), ReceiptCheck.passed(2)).get(0);
        assertThat(registered.handledInTime()).contains(false);
        DocumentHandlingReport report = DocumentHandlingReport.of(w.documents, TUY_PHUOC, "",
                ReportPeriod.month(2026, 3));
        assertThat(report.incomingLate()).containsExactly(r.id());
    }

    @Test
    void refusalReachesTheSenderThroughTheTransport() {
        IncomingRecord r = w.incoming.receive(w.newFromJustice("out-11", "Thiếu trang", List.of())).get(0);
        long auditBefore = w.audit.size();
        // R-IN-1: the clerk counted 1 page of the 2 declared; registration is refused and nothing changes
        assertThatThrownBy(() -> w.incoming.register(w.as(CLERK), RecordId.of(r.id()), new ReceiptCheck(1, true)))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().errors())
                        .extracting(v -> v.ruleId()).containsExactly("R-IN-1"));
        assertThat(w.audit.size()).isEqualTo(auditBefore);
        assertThat(w.sequences.current(RegisterKey.of(TUY_PHUOC, RegisterKind.INCOMING, 2026))).isZero();
        assertThatThrownBy(() -> w.incoming.refuse(w.as(CLERK), RecordId.of(r.id()), " "))
                .isInstanceOf(EdocRuleException.class);

        IncomingRecord refused = w.incoming.refuse(w.as(CLERK), RecordId.of(r.id()), "Văn bản thiếu trang 2").get(0);
        assertThat(refused.state()).isEqualTo(IncomingState.REFUSED);
        assertThat(refused.reason()).isEqualTo("Văn bản thiếu trang 2");
        assertThat(w.auditOf(r.id())).extracting(AuditEntry::action)
                .containsExactly("incoming.receive", "incoming.refuse");
        List<TransportMessage> atSender = w.take(SO_TU_PHAP);
        assertThat(atSender).hasSize(2);
        assertThat(atSender.get(0).kind()).isEqualTo(TransportMessage.Kind.ARRIVED);
        assertThat(atSender.get(1).kind()).isEqualTo(TransportMessage.Kind.REFUSAL);
        assertThat(atSender.get(1).documentRef()).isEqualTo("out-11");
        assertThat(atSender.get(1).reason()).isEqualTo("Văn bản thiếu trang 2");
        assertThat(atSender.get(1).from()).isEqualTo(TUY_PHUOC);
        assertThat(w.seen).anyMatch(e -> e instanceof DomainEvent.DocumentRefused d
                && d.reason().equals("Văn bản thiếu trang 2"));
        // a refused document cannot be registered any more
        assertThatThrownBy(() -> w.incoming.register(w.as(CLERK), RecordId.of(r.id()), ReceiptCheck.passed(2)))
                .isInstanceOf(vn.edoc.validation.IllegalTransitionException.class);
    }

    @Test
    void recallAfterAssignmentCancelsEveryRowAndAssignment() {
        List<IncomingRecord> rows = w.incoming.receive(w.newFromJustice("out-12", "Giao hai nhiệm vụ",
                List.of("Nhiệm vụ 1: rà soát", "Nhiệm vụ 2: báo cáo")));
        assertThat(rows).hasSize(2).extracting(IncomingRecord::task)
                .containsExactly("Nhiệm vụ 1: rà soát", "Nhiệm vụ 2: báo cáo");
        assertThat(rows.get(1).groupId()).isEqualTo(rows.get(0).id());

        List<IncomingRecord> registered = w.incoming.register(w.as(CLERK), RecordId.of(rows.get(0).id()), ReceiptCheck.passed(2));
        assertThat(registered).extracting(IncomingRecord::number).containsExactly(1L, 1L);
        w.take(SO_TU_PHAP);
        Instant deadline = Instant.parse("2026-03-09T10:00:00Z");
        w.incoming.propose(w.as(OFFICE_CHIEF), RecordId.of(rows.get(0).id()), "Đề xuất TCKH");
        w.incoming.assign(w.as(CHAIR), RecordId.of(rows.get(0).id()), "TCKH chủ trì", List.of(AssignmentOrder.lead(FINANCE,
                deadline), AssignmentOrder.inform(OFFICE)));
        // Bỉm Sơn's shorter route for the second row: straight from registration to assignment (R-IN-4)
        w.incoming.assign(w.as(CHAIR), RecordId.of(rows.get(1).id()), "Tư pháp chủ trì",
                List.of(AssignmentOrder.lead(JUSTICE, deadline)));
        w.incoming.receiveAtUnit(w.as(FINANCE_CLERK), RecordId.of(rows.get(0).id()), UnitId.of(FINANCE));

        TransportMessage recall = TransportMessage.status(TransportMessage.Kind.RECALL, SO_TU_PHAP, TUY_PHUOC,
                "out-12", "Ban hành nhầm", w.clock.instant());
        assertThatThrownBy(() -> w.incoming.cancelOnRecall(w.as(SPECIALIST), recall))
                .isInstanceOf(EdocRuleException.class);
        List<IncomingRecord> cancelled = w.incoming.cancelOnRecall(w.as(CLERK), recall);
        assertThat(cancelled).extracting(IncomingRecord::state)
                .containsExactly(IncomingState.RECALLED, IncomingState.RECALLED);
        assertThat(cancelled.get(0).assignments()).extracting(Assignment::state)
                .containsExactly(AssignmentState.CANCELLED, AssignmentState.CANCELLED);
        assertThat(cancelled.get(1).assignments()).extracting(Assignment::state)
                .containsExactly(AssignmentState.CANCELLED);
        assertThat(cancelled).allMatch(r -> r.reason().equals("Ban hành nhầm"));
        List<TransportMessage> told = w.take(SO_TU_PHAP);
        assertThat(told).extracting(TransportMessage::kind, TransportMessage::documentRef)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TransportMessage.Kind.ASSIGNED, "out-12"),
                        org.assertj.core.groups.Tuple.tuple(TransportMessage.Kind.ASSIGNED, "out-12"),
                        org.assertj.core.groups.Tuple.tuple(TransportMessage.Kind.IN_PROGRESS, "out-12"),
                        org.assertj.core.groups.Tuple.tuple(TransportMessage.Kind.RECALL_ACCEPTED, "out-12"));
        assertThat(w.auditOf(rows.get(0).id())).extracting(AuditEntry::action).containsExactly("incoming.receive",
                "incoming.register", "incoming.propose", "incoming.assign", "incoming.unit-receive",
                "incoming.recall");
        assertThat(w.auditOf(rows.get(1).id())).extracting(AuditEntry::action).containsExactly("incoming.receive",
                "incoming.register", "incoming.assign", "incoming.recall");
        assertThat(w.audit.verify().intact()).isTrue();
        assertThat(new WorkQueue(w.documents, w.directory, List.of()).waitingFor(PersonId.of(FINANCE_CLERK), w.clock.instant()))
                .isEmpty();
        // recalling what was never received is refused
        assertThatThrownBy(() -> w.incoming.cancelOnRecall(w.as(CLERK), TransportMessage.status(
                TransportMessage.Kind.RECALL, SO_TU_PHAP, TUY_PHUOC, "out-99", "x", w.clock.instant())))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().has(FlowViolation.NOTHING_TO_RECALL))
                        .isTrue());
    }
}
