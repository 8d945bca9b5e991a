package vn.edoc.routing;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.edoc.internal.lifecycle.TransitionTable;
import vn.edoc.validation.IllegalTransitionException;

/**
 * Every legal move of an assignment (chuyển trạng thái phân công), each with its rule and the kinds of assignment it
 * is open to; anything else is refused with {@link IllegalTransitionException}
 * ({@link RoutingViolation#ASSIGNMENT_TRANSITION}, or {@link RoutingViolation#ASSIGNMENT_KIND} when the move exists
 * but not for that kind). The diagram is on {@link AssignmentState}.
 */
public enum AssignmentTransition {
    /** A person informed records having read it (TP Đ3.1c). */
    ASSIGNED_TO_DONE(AssignmentState.ASSIGNED, AssignmentState.DONE, "R-IN-8", Kinds.INFORM),
    /** The unit's clerk takes it in. */
    ASSIGNED_TO_RECEIVED_BY_UNIT(AssignmentState.ASSIGNED, AssignmentState.RECEIVED_BY_UNIT, "R-IN-8", Kinds.ALL),
    /** The clerk forwards it to the head. */
    RECEIVED_BY_UNIT_TO_WITH_HEAD(AssignmentState.RECEIVED_BY_UNIT, AssignmentState.WITH_HEAD, "R-IN-8", Kinds.ALL),
    /** The head gives it to a specialist. */
    WITH_HEAD_TO_WITH_SPECIALIST(AssignmentState.WITH_HEAD, AssignmentState.WITH_SPECIALIST, "R-IN-8", Kinds.ALL),
    /** The specialist sends it back to the head (for another specialist, or for the head's decision). */
    WITH_SPECIALIST_TO_WITH_HEAD(AssignmentState.WITH_SPECIALIST, AssignmentState.WITH_HEAD, "R-IN-8", Kinds.ALL),
    /** The head closes it (handled, or read when informed). */
    WITH_HEAD_TO_DONE(AssignmentState.WITH_HEAD, AssignmentState.DONE, "R-IN-5", Kinds.LEAD_OR_INFORM),
    /** The specialist finishes handling. */
    WITH_SPECIALIST_TO_DONE(AssignmentState.WITH_SPECIALIST, AssignmentState.DONE, "R-IN-8", Kinds.LEAD_OR_INFORM),
    /** The head answers the lead unit. */
    WITH_HEAD_TO_ANSWERED(AssignmentState.WITH_HEAD, AssignmentState.ANSWERED, "R-TASK-9", Kinds.COOPERATE),
    /** The specialist answers the lead unit. */
    WITH_SPECIALIST_TO_ANSWERED(AssignmentState.WITH_SPECIALIST, AssignmentState.ANSWERED, "R-TASK-9",
            Kinds.COOPERATE),
    /** The head refuses the cooperation in writing, with reasons. */
    WITH_HEAD_TO_COOPERATION_REFUSED(AssignmentState.WITH_HEAD, AssignmentState.COOPERATION_REFUSED, "R-TASK-9",
            Kinds.COOPERATE),
    /** The clerk returns a document assigned to the wrong unit. */
    RECEIVED_BY_UNIT_TO_RETURNED(AssignmentState.RECEIVED_BY_UNIT, AssignmentState.RETURNED, "R-IN-5", Kinds.ALL),
    /** The head returns a document assigned to the wrong unit. */
    WITH_HEAD_TO_RETURNED(AssignmentState.WITH_HEAD, AssignmentState.RETURNED, "R-IN-5", Kinds.ALL),
    /** Recall before the unit took it in. */
    ASSIGNED_TO_CANCELLED(AssignmentState.ASSIGNED, AssignmentState.CANCELLED, "R-IN-7", Kinds.ALL),
    /** Recall at the unit's clerk. */
    RECEIVED_BY_UNIT_TO_CANCELLED(AssignmentState.RECEIVED_BY_UNIT, AssignmentState.CANCELLED, "R-IN-7", Kinds.ALL),
    /** Recall with the head. */
    WITH_HEAD_TO_CANCELLED(AssignmentState.WITH_HEAD, AssignmentState.CANCELLED, "R-IN-7", Kinds.ALL),
    /** Recall with the specialist. */
    WITH_SPECIALIST_TO_CANCELLED(AssignmentState.WITH_SPECIALIST, AssignmentState.CANCELLED, "R-IN-7", Kinds.ALL);

    /** Kind sets, written once. */
    private static final class Kinds {
        static final Set<AssignmentKind> ALL = Collections.unmodifiableSet(EnumSet.allOf(AssignmentKind.class));
        static final Set<AssignmentKind> LEAD_OR_INFORM = Collections.unmodifiableSet(
                EnumSet.of(AssignmentKind.LEAD, AssignmentKind.INFORM));
        static final Set<AssignmentKind> INFORM = Collections.unmodifiableSet(EnumSet.of(AssignmentKind.INFORM));
        static final Set<AssignmentKind> COOPERATE = Collections.unmodifiableSet(EnumSet.of(AssignmentKind.COOPERATE));
    }

    private static final TransitionTable<AssignmentState, AssignmentTransition> TABLE = new TransitionTable<>(
            AssignmentState.class, values(), AssignmentTransition::from, AssignmentTransition::to);

    private final AssignmentState from;
    private final AssignmentState to;
    private final String ruleId;
    private final Set<AssignmentKind> kinds;

    AssignmentTransition(AssignmentState from, AssignmentState to, String ruleId, Set<AssignmentKind> kinds) {
        this.from = from;
        this.to = to;
        this.ruleId = ruleId;
        this.kinds = kinds;
    }

    /** The state left. */
    public AssignmentState from() {
        return from;
    }

    /** The state reached. */
    public AssignmentState to() {
        return to;
    }

    /** The rule of {@code rules.md} that allows this move. */
    public String ruleId() {
        return ruleId;
    }

    /** The kinds of assignment this move is open to. */
    public Set<AssignmentKind> kinds() {
        return kinds;
    }

    /** The transition from {@code from} to {@code to}, if listed (for some kind). */
    public static Optional<AssignmentTransition> find(AssignmentState from, AssignmentState to) {
        return TABLE.find(from, to);
    }

    /**
     * The transition from {@code from} to {@code to}, for some kind of assignment.
     *
     * @throws IllegalTransitionException when it is not listed
     */
    public static AssignmentTransition transitionBetween(AssignmentState from, AssignmentState to) {
        return TABLE.require(from, to, "AssignmentState", RoutingViolation.ASSIGNMENT_TRANSITION);
    }

    /**
     * The transition from {@code from} to {@code to} for an assignment of {@code kind}.
     *
     * @throws IllegalTransitionException when it is not listed, or not open to {@code kind}
     */
    public static AssignmentTransition transitionBetween(AssignmentState from, AssignmentState to,
                                                         AssignmentKind kind) {
        AssignmentTransition t = transitionBetween(from, to);
        if (kind == null || !t.kinds.contains(kind)) {
            throw new IllegalTransitionException("AssignmentState", from, to,
                    RoutingViolation.ASSIGNMENT_KIND.at("state", kind, from, to, TransitionTable.describe(t.kinds)));
        }
        return t;
    }

    /** The states reachable in one move from {@code from}, for some kind. */
    public static Set<AssignmentState> targetsFrom(AssignmentState from) {
        return TABLE.targetsFrom(from);
    }

    /** The states reachable in one move from {@code from} for an assignment of {@code kind}. */
    public static Set<AssignmentState> targetsFrom(AssignmentState from, AssignmentKind kind) {
        Set<AssignmentState> targets = EnumSet.noneOf(AssignmentState.class);
        for (AssignmentState to : TABLE.targetsFrom(from)) {
            if (TABLE.find(from, to).orElseThrow().kinds.contains(kind)) {
                targets.add(to);
            }
        }
        return Collections.unmodifiableSet(targets);
    }

    /** The states reachable from the initial states by any number of moves. */
    public static Set<AssignmentState> reachable() {
        return TABLE.reachableFrom(AssignmentState.initialStates());
    }
}
