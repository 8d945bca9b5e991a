package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edoc.org.OrgFixtures.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.document.AssignmentKind;
import vn.edoc.event.DomainEvent;
import vn.edoc.event.DomainEvent.StateChanged;
import vn.edoc.event.EventPublisher;
import vn.edoc.org.Directory;
import vn.edoc.org.OrgFixtures;

/**
 * The incoming route of Tuy Phước (R-IN-8, TP Đ3) walked with the pieces of this package: at each step the right
 * person may act and a wrong one may not, the document and the lead unit's assignment move through their tables,
 * and each move is published as an event.
 */
class TuyPhuocRouteTest {

    private final Directory directory = OrgFixtures.directory();
    private final EventPublisher events = new EventPublisher();
    private final List<DomainEvent> seen = new ArrayList<>();
    private Instant clock = Instant.parse("2026-03-02T01:00:00Z");
    private IncomingState document = IncomingState.RECEIVED;
    private AssignmentState finance = AssignmentState.ASSIGNED;

    @Test
    void clerkOfficeChiefChairmanDepartmentClerkHeadSpecialist() {
        events.subscribe(seen::add);
        events.subscribe(e -> {
            throw new IllegalStateException("a broken notifier changes nothing");
        });

        step("lanpt.tuyphuoc", Action.REGISTER_INCOMING, Scope.organisation(TUY_PHUOC), IncomingState.REGISTERED);
        refused("chiennv1.tuyphuoc", Action.PROPOSE, Scope.organisation(TUY_PHUOC));
        step("hunglv.tuyphuoc", Action.PROPOSE, Scope.organisation(TUY_PHUOC), IncomingState.PROPOSED);
        refused("hunglv.tuyphuoc", Action.ANNOTATE_AND_ASSIGN, Scope.organisation(TUY_PHUOC));
        step("chiennv.tuyphuoc", Action.ANNOTATE_AND_ASSIGN, Scope.organisation(TUY_PHUOC), IncomingState.ASSIGNED);

        unit("hanhtt.tuyphuoc", Action.FORWARD_TO_HEAD, Scope.unit(TUY_PHUOC, FINANCE),
                AssignmentState.RECEIVED_BY_UNIT);
        refused("namhv.tuyphuoc", Action.FORWARD_TO_HEAD, Scope.unit(TUY_PHUOC, FINANCE));
        unit("hanhtt.tuyphuoc", Action.FORWARD_TO_HEAD, Scope.unit(TUY_PHUOC, FINANCE), AssignmentState.WITH_HEAD);
        refused("namhv.tuyphuoc", Action.ASSIGN_SPECIALIST, Scope.unit(TUY_PHUOC, FINANCE));
        unit("ducbv.tuyphuoc", Action.ASSIGN_SPECIALIST, Scope.unit(TUY_PHUOC, FINANCE),
                AssignmentState.WITH_SPECIALIST);
        step("chiennv1.tuyphuoc", Action.HANDLE, Scope.assignment(TUY_PHUOC, FINANCE, SPECIALIST),
                IncomingState.IN_PROGRESS);
        refused("binhdv.tuyphuoc", Action.COMPLETE, Scope.assignment(TUY_PHUOC, FINANCE, SPECIALIST));
        unit("chiennv1.tuyphuoc", Action.COMPLETE, Scope.assignment(TUY_PHUOC, FINANCE, SPECIALIST),
                AssignmentState.DONE);
        step("chiennv1.tuyphuoc", Action.COMPLETE, Scope.assignment(TUY_PHUOC, FINANCE, SPECIALIST),
                IncomingState.DONE);

        assertThat(document).isEqualTo(IncomingState.DONE);
        assertThat(finance).isEqualTo(AssignmentState.DONE);
        assertThat(seen).extracting(e -> ((StateChanged) e).to()).containsExactly("REGISTERED", "PROPOSED",
                "ASSIGNED", "RECEIVED_BY_UNIT", "WITH_HEAD", "WITH_SPECIALIST", "IN_PROGRESS", "DONE", "DONE");
        assertThat(seen).extracting(e -> ((StateChanged) e).ruleId()).containsExactly("R-IN-3", "R-IN-8", "R-IN-5",
                "R-IN-8", "R-IN-8", "R-IN-8", "R-IN-8", "R-IN-8", "R-IN-8");
        assertThat(seen).extracting(DomainEvent::actor).containsExactly(CLERK, OFFICE_CHIEF, CHAIR, FINANCE_CLERK,
                FINANCE_CLERK, FINANCE_HEAD, SPECIALIST, SPECIALIST, SPECIALIST);
    }

    private void step(String account, Action action, Scope scope, IncomingState to) {
        Actor actor = Actor.loggedIn(directory, account);
        Permissions.require(actor, action, scope);
        IncomingTransition t = IncomingTransition.transitionBetween(document, to);
        document = t.to();
        publish(actor, "IncomingState", t.from().name(), t.to().name(), t.ruleId());
    }

    private void unit(String account, Action action, Scope scope, AssignmentState to) {
        Actor actor = Actor.loggedIn(directory, account);
        Permissions.require(actor, action, scope);
        AssignmentTransition t = AssignmentTransition.transitionBetween(finance, to, AssignmentKind.LEAD);
        finance = t.to();
        publish(actor, "AssignmentState", t.from().name(), t.to().name(), t.ruleId());
    }

    private void refused(String account, Action action, Scope scope) {
        IncomingState docBefore = document;
        AssignmentState unitBefore = finance;
        int eventsBefore = seen.size();
        assertThat(Permissions.check(Actor.loggedIn(directory, account), action, scope).isValid())
                .as("%s may not %s", account, action).isFalse();
        assertThat(document).isEqualTo(docBefore);
        assertThat(finance).isEqualTo(unitBefore);
        assertThat(seen).hasSize(eventsBefore);
    }

    private void publish(Actor actor, String lifecycle, String from, String to, String rule) {
        clock = clock.plusSeconds(600);
        assertThat(events.publish(new StateChanged(clock, actor.personId(), "vbden-2026-15", lifecycle, from, to,
                rule))).isEqualTo(1);
    }
}
