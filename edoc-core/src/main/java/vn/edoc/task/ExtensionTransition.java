package vn.edoc.task;

import java.util.Optional;
import java.util.Set;
import vn.edoc.internal.lifecycle.TransitionTable;
import vn.edoc.validation.IllegalTransitionException;

/**
 * Every legal move of an extension request (chuyển trạng thái gia hạn), R-TASK-8; anything else is refused by
 * {@link #transitionBetween} with {@link IllegalTransitionException} ({@link TaskViolation#EXTENSION_TRANSITION}).
 * The diagram is on {@link ExtensionState}.
 */
public enum ExtensionTransition {
    /** Approved with the approval document and a new deadline. */
    REQUESTED_TO_APPROVED(ExtensionState.REQUESTED, ExtensionState.APPROVED, "R-TASK-8"),
    /** Refused. */
    REQUESTED_TO_REFUSED(ExtensionState.REQUESTED, ExtensionState.REFUSED, "R-TASK-8");

    private static final TransitionTable<ExtensionState, ExtensionTransition> TABLE = new TransitionTable<>(
            ExtensionState.class, values(), ExtensionTransition::from, ExtensionTransition::to);

    private final ExtensionState from;
    private final ExtensionState to;
    private final String ruleId;

    ExtensionTransition(ExtensionState from, ExtensionState to, String ruleId) {
        this.from = from;
        this.to = to;
        this.ruleId = ruleId;
    }

    /** The state left. */
    public ExtensionState from() {
        return from;
    }

    /** The state reached. */
    public ExtensionState to() {
        return to;
    }

    /** The rule of {@code rules.md} that allows this move. */
    public String ruleId() {
        return ruleId;
    }

    /** The transition from {@code from} to {@code to}, if listed. */
    public static Optional<ExtensionTransition> find(ExtensionState from, ExtensionState to) {
        return TABLE.find(from, to);
    }

    /**
     * The transition from {@code from} to {@code to}.
     *
     * @throws IllegalTransitionException when it is not listed
     */
    public static ExtensionTransition transitionBetween(ExtensionState from, ExtensionState to) {
        return TABLE.require(from, to, "ExtensionState", TaskViolation.EXTENSION_TRANSITION);
    }

    /** The states reachable in one move from {@code from}. */
    public static Set<ExtensionState> targetsFrom(ExtensionState from) {
        return TABLE.targetsFrom(from);
    }

    /** The states reachable from the initial states by any number of moves. */
    public static Set<ExtensionState> reachable() {
        return TABLE.reachableFrom(ExtensionState.initialStates());
    }
}
