package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE;
import static vn.edoc.org.OrgFixtures.FINANCE_CLERK;
import static vn.edoc.org.OrgFixtures.JUSTICE;
import static vn.edoc.org.OrgFixtures.LEADERSHIP;
import static vn.edoc.org.OrgFixtures.OFFICE;
import static vn.edoc.org.OrgFixtures.OFFICE_CHIEF;
import static vn.edoc.org.OrgFixtures.TUY_PHUOC;
import static vn.edoc.org.OrgFixtures.VICE_CHAIR;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.edoc.document.AssignmentKind;
import vn.edoc.event.DomainEvent;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.UnitId;
import vn.edoc.org.OrgFixtures;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterKind;
import vn.edoc.validation.EdocRuleException;

/**
 * The incoming route configured per organisation (R-IN-8, TP Đ3) and the refusals of a route step taken too early
 * (R-IN-4): the office chief's proposal made mandatory, persons informed without deadlines, the department clerk's
 * own register.
 */
class IncomingRoutePerOrganisationTest {

    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));
    private final Instant deadline = Instant.parse("2026-03-09T10:00:00Z");
    private final IncomingFlow district = new IncomingFlow(w.ctx,
            IncomingRoute.everywhere(IncomingRoute.direct()).with(TUY_PHUOC, IncomingRoute.district()));

    private String received(IncomingFlow flow, String ref) {
        return flow.receive(w.newFromJustice(ref, "Văn bản " + ref, List.of())).get(0).id();
    }

    private String registered(IncomingFlow flow, String ref) {
        String id = received(flow, ref);
        flow.register(w.as(CLERK), RecordId.of(id), ReceiptCheck.passed(2));
        return id;
    }

    private static EdocRuleException refusal(Throwable e) {
        return (EdocRuleException) e;
    }

    @Test
    void assigningOrProposingAnUnregisteredDocumentCitesRInFourAndChangesNothing() {
        String id = received(w.incoming, "r-1");
        int audit = w.auditAll().size();
        assertThatThrownBy(() -> w.incoming.assign(w.as(CHAIR), RecordId.of(id), "TCKH chủ trì",
                List.of(AssignmentOrder.lead(FINANCE, deadline))))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> {
                    assertThat(refusal(e).result().has(FlowViolation.NOT_REGISTERED)).isTrue();
                    assertThat(refusal(e).ruleIds()).containsExactly("R-IN-4");
                });
        assertThatThrownBy(() -> w.incoming.propose(w.as(OFFICE_CHIEF), RecordId.of(id), "Đề xuất"))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(refusal(e).ruleIds()).containsExactly("R-IN-4"));
        assertThat(w.documents.incoming(id).orElseThrow().state()).isEqualTo(IncomingState.RECEIVED);
        assertThat(w.auditAll()).hasSize(audit);
    }

    @Test
    void whereTheProposalIsMandatoryTheLeaderCannotAssignBeforeTheOfficeChief() {
        String id = registered(district, "r-2");
        assertThat(district.routeOf(TUY_PHUOC).proposalRequired()).isTrue();
        assertThatThrownBy(() -> district.assign(w.as(CHAIR), RecordId.of(id), "TCKH chủ trì",
                List.of(AssignmentOrder.lead(FINANCE, deadline))))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> {
                    assertThat(refusal(e).result().has(FlowViolation.PROPOSAL_REQUIRED)).isTrue();
                    assertThat(refusal(e).ruleIds()).containsExactly("R-IN-8");
                });
        assertThat(w.documents.incoming(id).orElseThrow().state()).isEqualTo(IncomingState.REGISTERED);

        district.propose(w.as(OFFICE_CHIEF), RecordId.of(id), "Đề xuất giao TCKH");
        assertThat(district.assign(w.as(CHAIR), RecordId.of(id), "TCKH chủ trì", List.of(AssignmentOrder.lead(FINANCE,
                deadline))).state()).isEqualTo(IncomingState.ASSIGNED);

        // the same organisation on the default route still goes straight from registration (BS Đ12.2)
        String direct = registered(w.incoming, "r-3");
        assertThat(w.incoming.assign(w.as(CHAIR), RecordId.of(direct), "TCKH chủ trì", List.of(AssignmentOrder.lead(FINANCE,
                deadline))).state()).isEqualTo(IncomingState.ASSIGNED);
    }

    @Test
    void theViceChairInChargeIsInformedAsAPersonWithoutADeadlineAndAcknowledges() {
        String id = registered(w.incoming, "r-4");
        IncomingRecord assigned = w.incoming.assign(w.as(CHAIR), RecordId.of(id), "TCKH chủ trì; đ/c Mai biết, chỉ đạo",
                List.of(AssignmentOrder.lead(FINANCE, deadline), AssignmentOrder.informPerson(VICE_CHAIR),
                        AssignmentOrder.inform(OFFICE)));
        Assignment vice = assigned.informed(VICE_CHAIR).orElseThrow();
        assertThat(vice.kind()).isEqualTo(AssignmentKind.INFORM);
        assertThat(vice.deadline()).isEmpty();
        assertThat(vice.unitId()).isEqualTo(LEADERSHIP);
        assertThat(assigned.assignment(OFFICE).orElseThrow().deadline()).isEmpty();
        assertThat(assigned.assignment(FINANCE).orElseThrow().deadline()).contains(deadline);
        // the leadership unit as such was not assigned anything: only the person
        assertThat(assigned.assignment(LEADERSHIP)).isEmpty();
        assertThat(w.notices).anyMatch(n -> n.startsWith(VICE_CHAIR + "|"));
        assertThat(w.seen).filteredOn(DomainEvent.DocumentAssigned.class::isInstance)
                .map(e -> ((DomainEvent.DocumentAssigned) e).due())
                .containsExactly(Optional.of(deadline), Optional.empty(), Optional.empty());
        assertThat(new WorkQueue(w.documents, w.directory, List.of()).waitingFor(PersonId.of(VICE_CHAIR), w.clock.instant()))
                .extracting(WorkItem::waiting, WorkItem::deadline, WorkItem::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("read", Optional.empty(), false));

        // only the person informed acknowledges, once
        assertThatThrownBy(() -> w.incoming.acknowledge(w.as(CHAIR), RecordId.of(id)))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(refusal(e).result().has(FlowViolation.NOT_INFORMED)).isTrue());
        IncomingRecord read = w.incoming.acknowledge(w.as(VICE_CHAIR), RecordId.of(id));
        assertThat(read.informed(VICE_CHAIR).orElseThrow().state()).isEqualTo(AssignmentState.DONE);
        assertThat(read.state()).isEqualTo(IncomingState.ASSIGNED);
        assertThatThrownBy(() -> w.incoming.acknowledge(w.as(VICE_CHAIR), RecordId.of(id)))
                .isInstanceOf(EdocRuleException.class);
        assertThat(new WorkQueue(w.documents, w.directory, List.of()).waitingFor(PersonId.of(VICE_CHAIR), w.clock.instant()))
                .isEmpty();
    }

    @Test
    void informedPartiesGetNoDeadlineAndPersonsOnlyGetInformed() {
        assertThatThrownBy(() -> new AssignmentOrder(OFFICE, "", AssignmentKind.INFORM, Optional.of(deadline)))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(refusal(e).ruleIds()).containsExactly("R-IN-5"));
        assertThatThrownBy(() -> new AssignmentOrder("", VICE_CHAIR, AssignmentKind.LEAD, Optional.of(deadline)))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> AssignmentOrder.cooperate(JUSTICE, null)).isInstanceOf(EdocRuleException.class);
        String id = registered(w.incoming, "r-5");
        // a person of another organisation, and the same person twice, are refused before anything is written
        assertThatThrownBy(() -> w.incoming.assign(w.as(CHAIR), RecordId.of(id), "x", List.of(AssignmentOrder.lead(FINANCE,
                deadline), AssignmentOrder.informPerson(OrgFixtures.DIRECTOR))))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(refusal(e).result().has(FlowViolation.BAD_ASSIGNMENT)).isTrue());
        assertThatThrownBy(() -> w.incoming.assign(w.as(CHAIR), RecordId.of(id), "x", List.of(AssignmentOrder.lead(FINANCE,
                deadline), AssignmentOrder.informPerson(VICE_CHAIR), AssignmentOrder.informPerson(VICE_CHAIR))))
                .isInstanceOf(EdocRuleException.class);
        assertThat(w.documents.incoming(id).orElseThrow().state()).isEqualTo(IncomingState.REGISTERED);
    }

    @Test
    void theDepartmentClerkRegistersIntoTheDepartmentsOwnRegisterAndGetsANumber() {
        String first = registered(district, "r-6");
        String second = registered(district, "r-7");
        for (String id : List.of(first, second)) {
            district.propose(w.as(OFFICE_CHIEF), RecordId.of(id), "Đề xuất");
            district.assign(w.as(CHAIR), RecordId.of(id), "TCKH chủ trì", List.of(AssignmentOrder.lead(FINANCE, deadline)));
        }
        // the second one is taken in first: numbers follow the order of receipt at the unit
        IncomingRecord b = district.receiveAtUnit(w.as(FINANCE_CLERK), RecordId.of(second), UnitId.of(FINANCE));
        IncomingRecord a = district.receiveAtUnit(w.as(FINANCE_CLERK), RecordId.of(first), UnitId.of(FINANCE));
        assertThat(b.assignment(FINANCE).orElseThrow().unitNumber()).isEqualTo(1);
        assertThat(a.assignment(FINANCE).orElseThrow().unitNumber()).isEqualTo(2);
        assertThat(a.assignment(FINANCE).orElseThrow().state()).isEqualTo(AssignmentState.RECEIVED_BY_UNIT);

        String series = IncomingRoute.unitSeries(w.directory.unit(FINANCE).orElseThrow());
        List<RegisterEntry> unitLines = w.registers.entries(RegisterKey.of(TUY_PHUOC, RegisterKind.INCOMING, series,
                2026));
        assertThat(unitLines).extracting(RegisterEntry::number, RegisterEntry::notation, RegisterEntry::actorId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "15/STP-VP", "hanhtt.tuyphuoc"),
                        org.assertj.core.groups.Tuple.tuple(2L, "15/STP-VP", "hanhtt.tuyphuoc"));
        // the organisation's own incoming register is untouched by the units' registers
        assertThat(w.registers.entries(RegisterKey.of(TUY_PHUOC, RegisterKind.INCOMING, 2026)))
                .extracting(RegisterEntry::number).containsExactly(1L, 2L);

        // on the default route the unit's clerk takes it in without a number
        String plain = registered(w.incoming, "r-8");
        w.incoming.assign(w.as(CHAIR), RecordId.of(plain), "TCKH", List.of(AssignmentOrder.lead(FINANCE, deadline)));
        assertThat(w.incoming.receiveAtUnit(w.as(FINANCE_CLERK), RecordId.of(plain), UnitId.of(FINANCE)).assignment(FINANCE)
                .orElseThrow().unitNumber()).isZero();
        assertThat(w.registers.entries(RegisterKey.of(TUY_PHUOC, RegisterKind.INCOMING, series, 2026))).hasSize(2);
    }

    @Test
    void unitSeriesAreValidRegisterSeries() {
        assertThat(IncomingRoute.unitSeries(vn.edoc.org.Unit.of("u1", TUY_PHUOC, "Văn phòng HĐND & UBND",
                "VP HĐND&UBND", vn.edoc.org.UnitKind.OFFICE))).isEqualTo("Sổ VP HĐND UBND");
        assertThat(IncomingRoute.unitSeries(vn.edoc.org.Unit.of("tp_tckh/2", TUY_PHUOC, "Phòng TCKH", "",
                vn.edoc.org.UnitKind.DEPARTMENT))).isEqualTo("Sổ tp tckh 2");
        assertThat(RegisterKey.check(TUY_PHUOC, RegisterKind.INCOMING, IncomingRoute.unitSeries(vn.edoc.org.Unit.of(
                "x", TUY_PHUOC, "x", "A".repeat(80), vn.edoc.org.UnitKind.DEPARTMENT)), 2026).isValid()).isTrue();
    }
}
