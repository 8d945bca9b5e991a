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
    /** The recipient's system acknowledged receipt. */
    SENT_TO_DELIVERED(DeliveryState.SENT, DeliveryState.DELIVERED, "R-OUT-6"),
    /** The recipient refused it before acknowledging. */
    SENT_TO_REFUSED(DeliveryState.SENT, DeliveryState.REFUSED, "R-IN-6"),
    /** The recipient refused it after checking it. */
    DELIVERED_TO_REFUSED(DeliveryState.DELIVERED, DeliveryState.REFUSED, "R-IN-6"),
    /** Recalled before receipt. */
    SENT_TO_RECALLED(DeliveryState.SENT, DeliveryState.RECALLED, "R-IN-7"),
    /** Recalled after receipt. */
    DELIVERED_TO_RECALLED(DeliveryState.DELIVERED, DeliveryState.RECALLED, "R-IN-7");

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
