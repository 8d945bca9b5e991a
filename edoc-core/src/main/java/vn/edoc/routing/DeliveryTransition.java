package vn.edoc.routing;

import java.util.Optional;
import java.util.Set;
import vn.edoc.internal.lifecycle.TransitionTable;
import vn.edoc.validation.IllegalTransitionException;

/**
 * Every legal move of a delivery to one recipient (chuyển trạng thái gửi nhận), each with its rule; anything else
 * is refused by {@link #transitionBetween} with {@link IllegalTransitionException}
 * ({@link RoutingViolation#DELIVERY_TRANSITION}). The diagram is on {@link DeliveryState}.
 */
public enum DeliveryTransition {
    /** The recipient's system has it (status 01). */
    SENT_TO_ARRIVED(DeliveryState.SENT, DeliveryState.ARRIVED, "R-OUT-6"),
    /** The recipient's system acknowledged receipt. */
    SENT_TO_DELIVERED(DeliveryState.SENT, DeliveryState.DELIVERED, "R-OUT-6"),
    /** Assigned, earlier statuses not seen. */
    SENT_TO_ASSIGNED(DeliveryState.SENT, DeliveryState.ASSIGNED, "R-OUT-6"),
    /** Being handled, earlier statuses not seen. */
    SENT_TO_IN_PROGRESS(DeliveryState.SENT, DeliveryState.IN_PROGRESS, "R-OUT-6"),
    /** Completed, earlier statuses not seen. */
    SENT_TO_COMPLETED(DeliveryState.SENT, DeliveryState.COMPLETED, "R-OUT-6"),
    /** The recipient's clerk took it in (status 03). */
    ARRIVED_TO_DELIVERED(DeliveryState.ARRIVED, DeliveryState.DELIVERED, "R-OUT-6"),
    /** Assigned, the receipt not seen. */
    ARRIVED_TO_ASSIGNED(DeliveryState.ARRIVED, DeliveryState.ASSIGNED, "R-OUT-6"),
    /** Being handled, earlier statuses not seen. */
    ARRIVED_TO_IN_PROGRESS(DeliveryState.ARRIVED, DeliveryState.IN_PROGRESS, "R-OUT-6"),
    /** Completed, earlier statuses not seen. */
    ARRIVED_TO_COMPLETED(DeliveryState.ARRIVED, DeliveryState.COMPLETED, "R-OUT-6"),
    /** The recipient's leader assigned it (status 04). */
    DELIVERED_TO_ASSIGNED(DeliveryState.DELIVERED, DeliveryState.ASSIGNED, "R-OUT-6"),
    /** Being handled, the assignment not seen. */
    DELIVERED_TO_IN_PROGRESS(DeliveryState.DELIVERED, DeliveryState.IN_PROGRESS, "R-OUT-6"),
    /** Completed, earlier statuses not seen. */
    DELIVERED_TO_COMPLETED(DeliveryState.DELIVERED, DeliveryState.COMPLETED, "R-OUT-6"),
    /** The recipient's units handle it (status 05). */
    ASSIGNED_TO_IN_PROGRESS(DeliveryState.ASSIGNED, DeliveryState.IN_PROGRESS, "R-OUT-6"),
    /** Completed, the handling not seen. */
    ASSIGNED_TO_COMPLETED(DeliveryState.ASSIGNED, DeliveryState.COMPLETED, "R-OUT-6"),
    /** The recipient completed it (status 06). */
    IN_PROGRESS_TO_COMPLETED(DeliveryState.IN_PROGRESS, DeliveryState.COMPLETED, "R-OUT-6"),
    /** The recipient refused it before acknowledging. */
    SENT_TO_REFUSED(DeliveryState.SENT, DeliveryState.REFUSED, "R-IN-6"),
    /** The recipient's clerk refused it on checking it. */
    ARRIVED_TO_REFUSED(DeliveryState.ARRIVED, DeliveryState.REFUSED, "R-IN-6"),
    /** The recipient refused it after checking it. */
    DELIVERED_TO_REFUSED(DeliveryState.DELIVERED, DeliveryState.REFUSED, "R-IN-6"),
    /** Recalled before receipt. */
    SENT_TO_RECALLED(DeliveryState.SENT, DeliveryState.RECALLED, "R-IN-7"),
    /** Recalled once the recipient's system had it. */
    ARRIVED_TO_RECALLED(DeliveryState.ARRIVED, DeliveryState.RECALLED, "R-IN-7"),
    /** Recalled after receipt. */
    DELIVERED_TO_RECALLED(DeliveryState.DELIVERED, DeliveryState.RECALLED, "R-IN-7"),
    /** Recalled after the assignment. */
    ASSIGNED_TO_RECALLED(DeliveryState.ASSIGNED, DeliveryState.RECALLED, "R-IN-7"),
    /** Recalled while being handled. */
    IN_PROGRESS_TO_RECALLED(DeliveryState.IN_PROGRESS, DeliveryState.RECALLED, "R-IN-7"),
    /** Recalled after completion (R-IN-7 cancels handled documents too). */
    COMPLETED_TO_RECALLED(DeliveryState.COMPLETED, DeliveryState.RECALLED, "R-IN-7"),
    /** The recipient refuses the recall (status 16). */
    RECALLED_TO_RECALL_REFUSED(DeliveryState.RECALLED, DeliveryState.RECALL_REFUSED, "R-IN-7");

    private static final TransitionTable<DeliveryState, DeliveryTransition> TABLE = new TransitionTable<>(
            DeliveryState.class, values(), DeliveryTransition::from, DeliveryTransition::to);

    private final DeliveryState from;
    private final DeliveryState to;
    private final String ruleId;

    DeliveryTransition(DeliveryState from, DeliveryState to, String ruleId) {
        this.from = from;
        this.to = to;
        this.ruleId = ruleId;
    }

    /** The state left. */
    public DeliveryState from() {
        return from;
    }

    /** The state reached. */
    public DeliveryState to() {
        return to;
    }

    /** The rule of {@code rules.md} that allows this move. */
    public String ruleId() {
        return ruleId;
    }

    /** The transition from {@code from} to {@code to}, if listed. */
    public static Optional<DeliveryTransition> find(DeliveryState from, DeliveryState to) {
        return TABLE.find(from, to);
    }

    /**
     * The transition from {@code from} to {@code to}.
     *
     * @throws IllegalTransitionException when it is not listed
     */
    public static DeliveryTransition transitionBetween(DeliveryState from, DeliveryState to) {
        return TABLE.require(from, to, "DeliveryState", RoutingViolation.DELIVERY_TRANSITION);
    }

    /** The states reachable in one move from {@code from}. */
    public static Set<DeliveryState> targetsFrom(DeliveryState from) {
        return TABLE.targetsFrom(from);
    }

    /** The states reachable from the initial states by any number of moves. */
    public static Set<DeliveryState> reachable() {
        return TABLE.reachableFrom(DeliveryState.initialStates());
    }
}
