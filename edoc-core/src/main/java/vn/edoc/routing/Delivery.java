package vn.edoc.routing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.id.OrganCode;

/**
 * The delivery of an issued document to one recipient (theo dõi gửi tới một nơi nhận, R-OUT-6, LS Đ10.3).
 *
 * <p>When the document carries tasks to that recipient (R-IN-9), each task's progress is followed on its own
 * ({@link TaskDelivery}), and {@link #state} is then the recipient's as a whole: arrived, received, refused or recalled
 * as the statuses about the whole document say, and assigned, in progress or completed only as far as its least
 * advanced task (completed when every task is).
 *
 * @param recipient the receiving organisation
 * @param channel   the channel used
 * @param state     sent, delivered, refused or recalled
 * @param at        when it reached that state
 * @param reason    the recipient's reason for a refusal, {@code ""} otherwise
 * @param tasks     the tasks the document carried to this recipient, each with its progress; empty when none
 */
public record Delivery(OrganCode recipient, Channel channel, DeliveryState state, Instant at, String reason,
                       List<TaskDelivery> tasks) {

    /**
     * Refuses missing parts; a {@code null} reason is read as none and {@code null} tasks as none (deliveries stored
     * before tasks were followed have no such field).
     */
    public Delivery {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason;
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        if (tasks.stream().map(TaskDelivery::task).distinct().count() != tasks.size()) {
            throw new IllegalArgumentException("a task is listed twice in the delivery to " + recipient.value());
        }
    }

    /** A delivery carrying no task. */
    public Delivery(OrganCode recipient, Channel channel, DeliveryState state, Instant at, String reason) {
        this(recipient, channel, state, at, reason, List.of());
    }

    /** The progress of {@code task} at this recipient, if the document carried it there. */
    public Optional<TaskDelivery> task(String task) {
        return tasks.stream().filter(t -> t.task().equals(task)).findFirst();
    }

    /** This delivery moved to {@code next}, checked by {@link DeliveryTransition}; the tasks kept. */
    Delivery moveTo(DeliveryState next, Instant when, String why) {
        DeliveryTransition.transitionBetween(state, next);
        return new Delivery(recipient, channel, next, when, why, tasks);
    }

    /** This delivery with {@code changed} as its tasks' progress. */
    Delivery withTasks(List<TaskDelivery> changed) {
        return new Delivery(recipient, channel, state, at, reason, changed);
    }
}
