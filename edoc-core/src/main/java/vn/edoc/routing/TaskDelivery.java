package vn.edoc.routing;

import java.time.Instant;
import java.util.Objects;

/**
 * The progress of one task carried to a recipient (theo dõi xử lý một nhiệm vụ tại nơi nhận, R-IN-9, R-OUT-6): a
 * document that assigns several tasks to one organisation reaches it once, and that organisation's system reports
 * assignment, handling and completion (status 04/05/06) per task. The state starts at {@link DeliveryState#SENT}
 * (nothing reported about this task yet) and moves forward only, through the moves of {@link DeliveryTransition}
 * that lead to {@link DeliveryState#ASSIGNED}, {@link DeliveryState#IN_PROGRESS} or {@link DeliveryState#COMPLETED}.
 *
 * @param task  the task's descriptor as it travelled in the document's message
 * @param state where the recipient's handling of this task stands
 * @param at    when it reached that state
 */
public record TaskDelivery(String task, DeliveryState state, Instant at) {

    /** Refuses missing or blank parts. */
    public TaskDelivery {
        Objects.requireNonNull(task, "task");
        if (task.isBlank()) {
            throw new IllegalArgumentException("task is blank");
        }
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
    }

    /** This task's progress moved to {@code next}, checked by {@link DeliveryTransition}. */
    TaskDelivery moveTo(DeliveryState next, Instant when) {
        DeliveryTransition.transitionBetween(state, next);
        return new TaskDelivery(task, next, when);
    }
}
