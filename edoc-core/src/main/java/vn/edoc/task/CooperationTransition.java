package vn.edoc.task;

import java.util.Set;
import vn.edoc.internal.lifecycle.TransitionTable;
import vn.edoc.validation.IllegalTransitionException;

/**
 * Every legal move of a cooperation request (chuyển trạng thái phối hợp), R-TASK-9; anything else is refused with
 * {@link IllegalTransitionException} ({@link TaskViolation#COOPERATION_TRANSITION}).
 */
public enum CooperationTransition {
    /** The cooperating unit answers the lead unit. */
    REQUESTED_TO_ANSWERED(CooperationState.REQUESTED, CooperationState.ANSWERED),
    /** The cooperating unit refuses in writing, with reasons. */
    REQUESTED_TO_REFUSED(CooperationState.REQUESTED, CooperationState.REFUSED);

    private static final TransitionTable<CooperationState, CooperationTransition> TABLE = new TransitionTable<>(
            CooperationState.class, values(), CooperationTransition::from, CooperationTransition::to);

    private final CooperationState from;
    private final CooperationState to;

    CooperationTransition(CooperationState from, CooperationState to) {
        this.from = from;
        this.to = to;
    }

    /** The state left. */
    public CooperationState from() {
        return from;
    }

    /** The state reached. */
    public CooperationState to() {
        return to;
    }

    /** The rule of {@code rules.md} that allows this move: always R-TASK-9. */
    public String ruleId() {
        return "R-TASK-9";
    }

    /**
     * The transition from {@code from} to {@code to}.
     *
     * @throws IllegalTransitionException when it is not listed
     */
    public static CooperationTransition transitionBetween(CooperationState from, CooperationState to) {
        return TABLE.require(from, to, "CooperationState", TaskViolation.COOPERATION_TRANSITION);
    }

    /** The states reachable in one move from {@code from}. */
    public static Set<CooperationState> targetsFrom(CooperationState from) {
        return TABLE.targetsFrom(from);
    }
}
