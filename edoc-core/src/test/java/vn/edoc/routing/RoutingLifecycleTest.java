package vn.edoc.routing;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.edoc.document.AssignmentKind;
import vn.edoc.id.DocumentType;
import vn.edoc.validation.IllegalTransitionException;

/** The routing lifecycles against tables written here, independently of the enums. */
class RoutingLifecycleTest {

    static final Map<String, String> INCOMING = Map.ofEntries(
            entry("RECEIVED>REGISTERED", "R-IN-3"),
            entry("RECEIVED>REFUSED", "R-IN-6"),
            entry("REGISTERED>PROPOSED", "R-IN-8"),
            entry("REGISTERED>ASSIGNED", "R-IN-4"),
            entry("PROPOSED>ASSIGNED", "R-IN-5"),
            entry("ASSIGNED>IN_PROGRESS", "R-IN-8"),
            entry("IN_PROGRESS>DONE", "R-IN-8"),
            entry("RECEIVED>RECALLED", "R-IN-7"),
            entry("REGISTERED>RECALLED", "R-IN-7"),
            entry("PROPOSED>RECALLED", "R-IN-7"),
            entry("ASSIGNED>RECALLED", "R-IN-7"),
            entry("IN_PROGRESS>RECALLED", "R-IN-7"),
            entry("DONE>RECALLED", "R-IN-7"));

    static final Map<String, String> OUTGOING = Map.ofEntries(
            entry("DRAFTING>UNDER_REVIEW", "R-OUT-1"),
            entry("UNDER_REVIEW>APPRAISAL", "R-OUT-2"),
            entry("UNDER_REVIEW>AWAITING_APPROVAL", "R-OUT-1"),
            entry("UNDER_REVIEW>RETURNED", "R-OUT-1"),
            entry("APPRAISAL>AWAITING_APPROVAL", "R-OUT-2"),
            entry("APPRAISAL>RETURNED", "R-OUT-2"),
            entry("AWAITING_APPROVAL>APPROVED_SIGNED", "R-OUT-1"),
            entry("AWAITING_APPROVAL>RETURNED", "R-OUT-1"),
            entry("RETURNED>DRAFTING", "R-OUT-1"),
            entry("APPROVED_SIGNED>RETURNED", "R-OUT-3"),
            entry("APPROVED_SIGNED>REGISTERED", "R-OUT-3"),
            entry("REGISTERED>ISSUED", "R-OUT-3"),
            entry("ISSUED>RECALLED", "R-OUT-6"));

    static final Map<String, String> DELIVERY = Map.ofEntries(
            entry("SENT>ARRIVED", "R-OUT-6"),
            entry("SENT>DELIVERED", "R-OUT-6"),
            entry("SENT>ASSIGNED", "R-OUT-6"),
            entry("SENT>IN_PROGRESS", "R-OUT-6"),
            entry("SENT>COMPLETED", "R-OUT-6"),
            entry("ARRIVED>DELIVERED", "R-OUT-6"),
            entry("ARRIVED>ASSIGNED", "R-OUT-6"),
            entry("ARRIVED>IN_PROGRESS", "R-OUT-6"),
            entry("ARRIVED>COMPLETED", "R-OUT-6"),
            entry("DELIVERED>ASSIGNED", "R-OUT-6"),
            entry("DELIVERED>IN_PROGRESS", "R-OUT-6"),
            entry("DELIVERED>COMPLETED", "R-OUT-6"),
            entry("ASSIGNED>IN_PROGRESS", "R-OUT-6"),
            entry("ASSIGNED>COMPLETED", "R-OUT-6"),
            entry("IN_PROGRESS>COMPLETED", "R-OUT-6"),
            entry("SENT>REFUSED", "R-IN-6"),
            entry("ARRIVED>REFUSED", "R-IN-6"),
            entry("DELIVERED>REFUSED", "R-IN-6"),
            entry("SENT>RECALLED", "R-IN-7"),
            entry("ARRIVED>RECALLED", "R-IN-7"),
            entry("DELIVERED>RECALLED", "R-IN-7"),
            entry("ASSIGNED>RECALLED", "R-IN-7"),
            entry("IN_PROGRESS>RECALLED", "R-IN-7"),
            entry("COMPLETED>RECALLED", "R-IN-7"),
            entry("RECALLED>RECALL_REFUSED", "R-IN-7"));

    static final Map<String, String> ASSIGNMENT = Map.ofEntries(
            entry("ASSIGNED>DONE", "R-IN-8"),
            entry("ASSIGNED>RECEIVED_BY_UNIT", "R-IN-8"),
            entry("RECEIVED_BY_UNIT>WITH_HEAD", "R-IN-8"),
            entry("WITH_HEAD>WITH_SPECIALIST", "R-IN-8"),
            entry("WITH_SPECIALIST>WITH_HEAD", "R-IN-8"),
            entry("WITH_HEAD>DONE", "R-IN-5"),
            entry("WITH_SPECIALIST>DONE", "R-IN-8"),
            entry("WITH_HEAD>ANSWERED", "R-TASK-9"),
            entry("WITH_SPECIALIST>ANSWERED", "R-TASK-9"),
            entry("WITH_HEAD>COOPERATION_REFUSED", "R-TASK-9"),
            entry("RECEIVED_BY_UNIT>RETURNED", "R-IN-5"),
            entry("WITH_HEAD>RETURNED", "R-IN-5"),
            entry("ASSIGNED>CANCELLED", "R-IN-7"),
            entry("RECEIVED_BY_UNIT>CANCELLED", "R-IN-7"),
            entry("WITH_HEAD>CANCELLED", "R-IN-7"),
            entry("WITH_SPECIALIST>CANCELLED", "R-IN-7"));

    /** The moves open to cooperating units only; DONE is closed to them. */
    static final Set<String> COOPERATION_ONLY = Set.of("WITH_HEAD>ANSWERED", "WITH_SPECIALIST>ANSWERED",
            "WITH_HEAD>COOPERATION_REFUSED");
    static final Set<String> NOT_FOR_COOPERATION = Set.of("WITH_HEAD>DONE", "WITH_SPECIALIST>DONE");
    /** A person informed records having read it: open to parties informed only. */
    static final Set<String> INFORM_ONLY = Set.of("ASSIGNED>DONE");

    @Test
    void incomingTable() {
        Lifecycles.assertTable(IncomingState.class, INCOMING, IncomingTransition::transitionBetween,
                IncomingTransition::from, IncomingTransition::to, IncomingTransition::ruleId, "IncomingState",
                RoutingViolation.INCOMING_TRANSITION,
                // proposing or assigning before registration is R-IN-4's refusal, not a route fault
                Map.of("RECEIVED>PROPOSED", FlowViolation.NOT_REGISTERED,
                        "RECEIVED>ASSIGNED", FlowViolation.NOT_REGISTERED));
        assertThat(finals(IncomingState.values(), IncomingState::isFinal)).containsExactlyInAnyOrder("REFUSED", "RECALLED");
        assertThat(IncomingTransition.reachable()).containsExactlyInAnyOrder(IncomingState.values());
    }

    @Test
    void outgoingTable() {
        Lifecycles.assertTable(OutgoingState.class, OUTGOING, OutgoingTransition::transitionBetween,
                OutgoingTransition::from, OutgoingTransition::to, OutgoingTransition::ruleId, "OutgoingState",
                RoutingViolation.OUTGOING_TRANSITION);
        assertThat(finals(OutgoingState.values(), OutgoingState::isFinal)).containsExactly("RECALLED");
        assertThat(OutgoingTransition.reachable()).containsExactlyInAnyOrder(OutgoingState.values());
    }

    @Test
    void aLegalNormativeDraftCannotSkipTheAppraisal() {
        assertThatThrownBy(() -> OutgoingTransition.transitionBetween(OutgoingState.UNDER_REVIEW,
                OutgoingState.AWAITING_APPROVAL, true))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.result().has(RoutingViolation.APPRAISAL_REQUIRED)).isTrue();
                    assertThat(e.ruleIds()).containsExactly("R-OUT-2");
                });
        assertThat(OutgoingTransition.transitionBetween(OutgoingState.UNDER_REVIEW, OutgoingState.AWAITING_APPROVAL,
                false)).isEqualTo(OutgoingTransition.UNDER_REVIEW_TO_AWAITING_APPROVAL);
        assertThat(OutgoingTransition.transitionBetween(OutgoingState.APPRAISAL, OutgoingState.AWAITING_APPROVAL,
                true)).isEqualTo(OutgoingTransition.APPRAISAL_TO_AWAITING_APPROVAL);
        DocumentType decision = DocumentType.legalNormativeByAbbreviation("QĐ").orElseThrow();
        assertThat(decision.legalNormative()).isTrue();
        assertThatThrownBy(() -> OutgoingTransition.transitionBetween(OutgoingState.UNDER_REVIEW,
                OutgoingState.AWAITING_APPROVAL, decision)).isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.result().has(RoutingViolation.APPRAISAL_REQUIRED)).isTrue());
        DocumentType officialLetter = DocumentType.byAbbreviation("QĐ").orElseThrow();
        assertThat(OutgoingTransition.transitionBetween(OutgoingState.UNDER_REVIEW, OutgoingState.AWAITING_APPROVAL,
                officialLetter)).isEqualTo(OutgoingTransition.UNDER_REVIEW_TO_AWAITING_APPROVAL);
        assertThatThrownBy(() -> OutgoingTransition.transitionBetween(OutgoingState.DRAFTING, OutgoingState.ISSUED,
                true)).isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.result().has(RoutingViolation.OUTGOING_TRANSITION)).isTrue());
    }

    @Test
    void deliveryTable() {
        Lifecycles.assertTable(DeliveryState.class, DELIVERY, DeliveryTransition::transitionBetween,
                DeliveryTransition::from, DeliveryTransition::to, DeliveryTransition::ruleId, "DeliveryState",
                RoutingViolation.DELIVERY_TRANSITION);
        assertThat(finals(DeliveryState.values(), DeliveryState::isFinal)).containsExactlyInAnyOrder("REFUSED",
                "RECALL_REFUSED");
    }

    @Test
    void assignmentTable() {
        Lifecycles.assertTable(AssignmentState.class, ASSIGNMENT, AssignmentTransition::transitionBetween,
                AssignmentTransition::from, AssignmentTransition::to, AssignmentTransition::ruleId,
                "AssignmentState", RoutingViolation.ASSIGNMENT_TRANSITION);
        assertThat(finals(AssignmentState.values(), AssignmentState::isFinal)).containsExactlyInAnyOrder("DONE", "ANSWERED",
                "COOPERATION_REFUSED", "RETURNED", "CANCELLED");
    }

    @Test
    void assignmentMovesDependOnTheKind() {
        for (AssignmentKind kind : AssignmentKind.values()) {
            for (AssignmentState from : AssignmentState.values()) {
                for (AssignmentState to : AssignmentState.values()) {
                    String key = from + ">" + to;
                    boolean open = ASSIGNMENT.containsKey(key)
                            && (kind == AssignmentKind.COOPERATE ? !NOT_FOR_COOPERATION.contains(key)
                            : !COOPERATION_ONLY.contains(key))
                            && (kind == AssignmentKind.INFORM || !INFORM_ONLY.contains(key));
                    if (open) {
                        assertThat(AssignmentTransition.transitionBetween(from, to, kind).kinds()).contains(kind);
                        assertThat(AssignmentTransition.targetsFrom(from, kind)).contains(to);
                    } else {
                        assertThatThrownBy(() -> AssignmentTransition.transitionBetween(from, to, kind))
                                .as("%s for %s", key, kind).isInstanceOfSatisfying(IllegalTransitionException.class,
                                        e -> assertThat(e.result().has(ASSIGNMENT.containsKey(key)
                                                ? RoutingViolation.ASSIGNMENT_KIND
                                                : RoutingViolation.ASSIGNMENT_TRANSITION)).isTrue());
                        assertThat(AssignmentTransition.targetsFrom(from, kind)).doesNotContain(to);
                    }
                }
            }
        }
        assertThatThrownBy(() -> AssignmentTransition.transitionBetween(AssignmentState.ASSIGNED,
                AssignmentState.RECEIVED_BY_UNIT, null)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void nullStatesAreRefusedWithTheTypedError() {
        assertThatThrownBy(() -> IncomingTransition.transitionBetween(null, IncomingState.DONE))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> OutgoingTransition.transitionBetween(OutgoingState.DRAFTING, null))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(DeliveryTransition.targetsFrom(null)).isEmpty();
        assertThat(IncomingTransition.find(null, null)).isEmpty();
    }

    @Test
    void theDistrictRouteOfTuyPhuocWalksThroughTheTable() {
        IncomingState[] route = {IncomingState.RECEIVED, IncomingState.REGISTERED, IncomingState.PROPOSED,
                IncomingState.ASSIGNED, IncomingState.IN_PROGRESS, IncomingState.DONE};
        for (int i = 1; i < route.length; i++) {
            assertThat(IncomingTransition.transitionBetween(route[i - 1], route[i]).to()).isEqualTo(route[i]);
        }
        AssignmentState[] unit = {AssignmentState.ASSIGNED, AssignmentState.RECEIVED_BY_UNIT,
                AssignmentState.WITH_HEAD, AssignmentState.WITH_SPECIALIST, AssignmentState.DONE};
        for (int i = 1; i < unit.length; i++) {
            assertThat(AssignmentTransition.transitionBetween(unit[i - 1], unit[i], AssignmentKind.LEAD).to())
                    .isEqualTo(unit[i]);
        }
    }

    private static <S extends Enum<S>> Set<String> finals(S[] states, java.util.function.Predicate<S> isFinal) {
        return Arrays.stream(states).filter(isFinal).map(Enum::name).collect(Collectors.toSet());
    }

    @Test
    void targetsFromAreTheTableRows() {
        assertThat(IncomingTransition.targetsFrom(IncomingState.RECEIVED)).isEqualTo(
                EnumSet.of(IncomingState.REGISTERED, IncomingState.REFUSED, IncomingState.RECALLED));
        assertThat(OutgoingTransition.targetsFrom(OutgoingState.ISSUED)).containsExactly(OutgoingState.RECALLED);
    }
}
