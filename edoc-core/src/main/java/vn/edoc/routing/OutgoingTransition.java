package vn.edoc.routing;

import java.util.Optional;
import java.util.Set;
import vn.edoc.id.DocumentType;
import vn.edoc.internal.lifecycle.TransitionTable;
import vn.edoc.validation.IllegalTransitionException;

/**
 * Every legal move of an outgoing document (chuyển trạng thái văn bản đi), each with the rule that allows it;
 * anything else is refused by {@link #transitionBetween} with {@link IllegalTransitionException}
 * ({@link RoutingViolation#OUTGOING_TRANSITION}). The diagram is on {@link OutgoingState}.
 */
public enum OutgoingTransition {
    /** The drafter submits the draft to the head of the unit. */
    DRAFTING_TO_UNDER_REVIEW(OutgoingState.DRAFTING, OutgoingState.UNDER_REVIEW, "R-OUT-1"),
    /** The head sends a legal normative draft for the justice appraisal. */
    UNDER_REVIEW_TO_APPRAISAL(OutgoingState.UNDER_REVIEW, OutgoingState.APPRAISAL, "R-OUT-2"),
    /** The head submits the draft to the leader. */
    UNDER_REVIEW_TO_AWAITING_APPROVAL(OutgoingState.UNDER_REVIEW, OutgoingState.AWAITING_APPROVAL, "R-OUT-1"),
    /** The head returns the draft with comments. */
    UNDER_REVIEW_TO_RETURNED(OutgoingState.UNDER_REVIEW, OutgoingState.RETURNED, "R-OUT-1"),
    /** The appraised draft goes to the leader. */
    APPRAISAL_TO_AWAITING_APPROVAL(OutgoingState.APPRAISAL, OutgoingState.AWAITING_APPROVAL, "R-OUT-2"),
    /** The appraisal asks for rework. */
    APPRAISAL_TO_RETURNED(OutgoingState.APPRAISAL, OutgoingState.RETURNED, "R-OUT-2"),
    /** The leader approves and signs. */
    AWAITING_APPROVAL_TO_APPROVED_SIGNED(OutgoingState.AWAITING_APPROVAL, OutgoingState.APPROVED_SIGNED, "R-OUT-1"),
    /** The leader returns the draft with comments. */
    AWAITING_APPROVAL_TO_RETURNED(OutgoingState.AWAITING_APPROVAL, OutgoingState.RETURNED, "R-OUT-1"),
    /** The drafter reworks a returned draft (a new version). */
    RETURNED_TO_DRAFTING(OutgoingState.RETURNED, OutgoingState.DRAFTING, "R-OUT-1"),
    /** The clerk finds a presentation fault and returns the signed draft. */
    APPROVED_SIGNED_TO_RETURNED(OutgoingState.APPROVED_SIGNED, OutgoingState.RETURNED, "R-OUT-3"),
    /** The clerk numbers it in the outgoing register. */
    APPROVED_SIGNED_TO_REGISTERED(OutgoingState.APPROVED_SIGNED, OutgoingState.REGISTERED, "R-OUT-3"),
    /** The clerk signs as the organisation and issues it. */
    REGISTERED_TO_ISSUED(OutgoingState.REGISTERED, OutgoingState.ISSUED, "R-OUT-3"),
    /** The issued document is recalled; the recipients cancel it (R-IN-7 on their side). */
    ISSUED_TO_RECALLED(OutgoingState.ISSUED, OutgoingState.RECALLED, "R-OUT-6");

    private static final TransitionTable<OutgoingState, OutgoingTransition> TABLE = new TransitionTable<>(
            OutgoingState.class, values(), OutgoingTransition::from, OutgoingTransition::to);

    private final OutgoingState from;
    private final OutgoingState to;
    private final String ruleId;

    OutgoingTransition(OutgoingState from, OutgoingState to, String ruleId) {
        this.from = from;
        this.to = to;
        this.ruleId = ruleId;
    }

    /** The state left. */
    public OutgoingState from() {
        return from;
    }

    /** The state reached. */
    public OutgoingState to() {
        return to;
    }

    /** The rule of {@code rules.md} that allows this move. */
    public String ruleId() {
        return ruleId;
    }

    /** The transition from {@code from} to {@code to}, if listed. */
    public static Optional<OutgoingTransition> find(OutgoingState from, OutgoingState to) {
        return TABLE.find(from, to);
    }

    /**
     * The transition from {@code from} to {@code to}.
     *
     * @throws IllegalTransitionException when it is not listed
     */
    public static OutgoingTransition transitionBetween(OutgoingState from, OutgoingState to) {
        return TABLE.require(from, to, "OutgoingState", RoutingViolation.OUTGOING_TRANSITION);
    }

    /**
     * The transition from {@code from} to {@code to} for a draft that is or is not legal normative: a legal
     * normative draft cannot skip the justice appraisal (R-OUT-2, BS Đ7.2).
     *
     * @throws IllegalTransitionException when the move is not listed, or skips the appraisal
     */
    public static OutgoingTransition transitionBetween(OutgoingState from, OutgoingState to, boolean legalNormative) {
        OutgoingTransition t = transitionBetween(from, to);
        if (legalNormative && t == UNDER_REVIEW_TO_AWAITING_APPROVAL) {
            throw new IllegalTransitionException("OutgoingState", from, to,
                    RoutingViolation.APPRAISAL_REQUIRED.at("state"));
        }
        return t;
    }

    /**
     * The transition from {@code from} to {@code to} for a draft of {@code type}: a legal normative type
     * ({@link DocumentType#legalNormative()}) cannot skip the justice appraisal (R-OUT-2).
     *
     * @throws IllegalTransitionException when the move is not listed, or skips the appraisal
     */
    public static OutgoingTransition transitionBetween(OutgoingState from, OutgoingState to, DocumentType type) {
        return transitionBetween(from, to, type != null && type.legalNormative());
    }

    /** The states reachable in one move from {@code from}. */
    public static Set<OutgoingState> targetsFrom(OutgoingState from) {
        return TABLE.targetsFrom(from);
    }

    /** The states reachable from the initial states by any number of moves. */
    public static Set<OutgoingState> reachable() {
        return TABLE.reachableFrom(OutgoingState.initialStates());
    }
}
