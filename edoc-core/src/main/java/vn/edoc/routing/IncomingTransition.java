package vn.edoc.routing;

import java.util.Optional;
import java.util.Set;
import vn.edoc.internal.lifecycle.TransitionTable;
import vn.edoc.validation.IllegalTransitionException;

/**
 * Every legal move of an incoming document (chuyển trạng thái văn bản đến), each with the rule that allows it;
 * anything else is refused by {@link #transitionBetween} with {@link IllegalTransitionException}
 * ({@link RoutingViolation#INCOMING_TRANSITION}; {@link FlowViolation#NOT_REGISTERED}, R-IN-4, when an unregistered
 * document is proposed or assigned). The diagram is on {@link IncomingState}.
 */
public enum IncomingTransition {
    /** The clerk checks number, notation, pages and signature, and registers it. */
    RECEIVED_TO_REGISTERED(IncomingState.RECEIVED, IncomingState.REGISTERED, "R-IN-3"),
    /** The clerk refuses it, with the reason sent back. */
    RECEIVED_TO_REFUSED(IncomingState.RECEIVED, IncomingState.REFUSED, "R-IN-6"),
    /** The office chief proposes (district route). */
    REGISTERED_TO_PROPOSED(IncomingState.REGISTERED, IncomingState.PROPOSED, "R-IN-8"),
    /** The person who assigns receives it directly and assigns it. */
    REGISTERED_TO_ASSIGNED(IncomingState.REGISTERED, IncomingState.ASSIGNED, "R-IN-4"),
    /** The leader annotates (bút phê) and assigns. */
    PROPOSED_TO_ASSIGNED(IncomingState.PROPOSED, IncomingState.ASSIGNED, "R-IN-5"),
    /** The lead unit takes it up. */
    ASSIGNED_TO_IN_PROGRESS(IncomingState.ASSIGNED, IncomingState.IN_PROGRESS, "R-IN-8"),
    /** The handling is finished. */
    IN_PROGRESS_TO_DONE(IncomingState.IN_PROGRESS, IncomingState.DONE, "R-IN-8"),
    /** Recall notice before registration. */
    RECEIVED_TO_RECALLED(IncomingState.RECEIVED, IncomingState.RECALLED, "R-IN-7"),
    /** Recall notice after registration. */
    REGISTERED_TO_RECALLED(IncomingState.REGISTERED, IncomingState.RECALLED, "R-IN-7"),
    /** Recall notice after the proposal. */
    PROPOSED_TO_RECALLED(IncomingState.PROPOSED, IncomingState.RECALLED, "R-IN-7"),
    /** Recall notice after the assignment. */
    ASSIGNED_TO_RECALLED(IncomingState.ASSIGNED, IncomingState.RECALLED, "R-IN-7"),
    /** Recall notice during handling. */
    IN_PROGRESS_TO_RECALLED(IncomingState.IN_PROGRESS, IncomingState.RECALLED, "R-IN-7"),
    /**
     * Recall notice after the handling finished: the receiver cancels the document whatever its state (LS Đ9.3),
     * so a finished row is marked recalled too.
     */
    DONE_TO_RECALLED(IncomingState.DONE, IncomingState.RECALLED, "R-IN-7");

    private static final TransitionTable<IncomingState, IncomingTransition> TABLE = new TransitionTable<>(
            IncomingState.class, values(), IncomingTransition::from, IncomingTransition::to);

    private final IncomingState from;
    private final IncomingState to;
    private final String ruleId;

    IncomingTransition(IncomingState from, IncomingState to, String ruleId) {
        this.from = from;
        this.to = to;
        this.ruleId = ruleId;
    }

    /** The state left. */
    public IncomingState from() {
        return from;
    }

    /** The state reached. */
    public IncomingState to() {
        return to;
    }

    /** The rule of {@code rules.md} that allows this move. */
    public String ruleId() {
        return ruleId;
    }

    /** The transition from {@code from} to {@code to}, if listed. */
    public static Optional<IncomingTransition> find(IncomingState from, IncomingState to) {
        return TABLE.find(from, to);
    }

    /**
     * The transition from {@code from} to {@code to}.
     *
     * @throws IllegalTransitionException when it is not listed
     */
    public static IncomingTransition transitionBetween(IncomingState from, IncomingState to) {
        if (from == IncomingState.RECEIVED && (to == IncomingState.PROPOSED || to == IncomingState.ASSIGNED)) {
            // the move is missing because the clerk has not registered it yet: that is R-IN-4's refusal
            throw new IllegalTransitionException("IncomingState", from, to,
                    FlowViolation.NOT_REGISTERED.at("state", from, to));
        }
        return TABLE.require(from, to, "IncomingState", RoutingViolation.INCOMING_TRANSITION);
    }

    /** The states reachable in one move from {@code from}. */
    public static Set<IncomingState> targetsFrom(IncomingState from) {
        return TABLE.targetsFrom(from);
    }

    /** The states reachable from the initial states by any number of moves. */
    public static Set<IncomingState> reachable() {
        return TABLE.reachableFrom(IncomingState.initialStates());
    }
}
