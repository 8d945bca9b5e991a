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
 * @param changes   the updates and replacements sent to this recipient after the issue, oldest first, each with
 *                  the recipient's answer
 */
public record Delivery(OrganCode recipient, Channel channel, DeliveryState state, Instant at, String reason,
                       List<TaskDelivery> tasks, List<DeliveryChange> changes) {

    /**
     * Refuses missing parts; a {@code null} reason is read as none and {@code null} tasks or changes as none
     * (deliveries stored before these were followed have no such fields).
     */
    public Delivery {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason;
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        changes = changes == null ? List.of() : List.copyOf(changes);
        if (tasks.stream().map(TaskDelivery::task).distinct().count() != tasks.size()) {
            throw new IllegalArgumentException("a task is listed twice in the delivery to " + recipient.value());
        }
    }

    /** A delivery carrying no task. */
    public Delivery(OrganCode recipient, Channel channel, DeliveryState state, Instant at, String reason) {
        this(recipient, channel, state, at, reason, List.of(), List.of());
    }

    /** A delivery carrying {@code tasks}, with no change sent yet. */
    public Delivery(OrganCode recipient, Channel channel, DeliveryState state, Instant at, String reason,
                    List<TaskDelivery> tasks) {
        this(recipient, channel, state, at, reason, tasks, List.of());
    }

    /** The last update or replacement sent to this recipient, if any. */
    public Optional<DeliveryChange> lastChange() {
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1));
    }

    /** The progress of {@code task} at this recipient, if the document carried it there. */
    public Optional<TaskDelivery> task(String task) {
        return tasks.stream().filter(t -> t.task().equals(task)).findFirst();
    }

    /**
     * Whether the recipient still holds the document as sent: neither refused, nor recalled, nor past a refused
     * recall (R-IN-7). Only such a delivery can be recalled, updated or replaced, or follow its tasks.
     */
    public boolean isOpen() {
        return DeliveryTransition.find(state, DeliveryState.RECALLED).isPresent();
    }

    /** This delivery moved to {@code next}, checked by {@link DeliveryTransition}; the tasks kept. */

    Delivery moveTo(DeliveryState next, Instant when, String why) {
        DeliveryTransition.transitionBetween(state, next);
        return new Delivery(recipient, channel, next, when, why, tasks, changes);
    }

    /** The states of the recipient's handling, reported per task when the document carried tasks. */
    private static final java.util.Set<DeliveryState> HANDLING = java.util.Set.of(DeliveryState.ASSIGNED,
            DeliveryState.IN_PROGRESS, DeliveryState.COMPLETED);

    /**
     * This delivery after a status reporting {@code reported} ({@code null}: a status that only goes in the history)
     * about {@code named} tasks (empty: the whole document). Without tasks, or for 01/02/03 and the recall's 16, the
     * delivery moves to {@code reported}. With tasks, 04/05/06 move the tasks named (every task when none is
     * named; nothing when only tasks this recipient was never sent are named), and the delivery moves to its least
     * advanced task's state. A move that is not forward is dropped: the status was overtaken or repeated. A refused
     * or recalled delivery no longer follows its tasks.
     */
    Delivery afterStatus(DeliveryState reported, List<String> named, Instant when, String why) {
        if (reported == null) {
            return this;
        }
        Delivery next = this;
        DeliveryState goal = reported;
        if (HANDLING.contains(reported) && !tasks.isEmpty() && isOpen()) {
            List<String> ours = named.stream().filter(t -> task(t).isPresent()).toList();
            boolean whole = named.isEmpty();
            List<TaskDelivery> moved = new java.util.ArrayList<>();
            for (TaskDelivery t : tasks) {
                boolean concerned = whole || ours.contains(t.task());
                moved.add(concerned && DeliveryTransition.find(t.state(), reported).isPresent()
                        ? t.moveTo(reported, when) : t);
            }
            next = withTasks(moved);
            // task states all lie on the forward path SENT … COMPLETED, where the declaration order is the order
            goal = whole || !ours.isEmpty() ? moved.stream().map(TaskDelivery::state)
                    .min(java.util.Comparator.naturalOrder()).orElseThrow() : null;
        }
        if (goal == null || DeliveryTransition.find(next.state, goal).isEmpty()) {
            return next;
        }
        return next.moveTo(goal, when, why);
    }

    /** This delivery with {@code changed} as its tasks' progress. */
    Delivery withTasks(List<TaskDelivery> changed) {
        return new Delivery(recipient, channel, state, at, reason, changed, changes);
    }

    /** This delivery with {@code change} sent after the others. */
    Delivery withChange(DeliveryChange change) {
        List<DeliveryChange> all = new java.util.ArrayList<>(changes);
        all.add(change);
        return new Delivery(recipient, channel, state, at, reason, tasks, all);
    }

    /** This delivery with its last change answered. */
    Delivery withLastChangeAnswered(boolean agreed, Instant when, String why) {
        List<DeliveryChange> all = new java.util.ArrayList<>(changes);
        all.set(all.size() - 1, all.get(all.size() - 1).answered(agreed, when, why));
        return new Delivery(recipient, channel, state, at, reason, tasks, all);
    }

    /**
     * The delivery of a replacing document (thay thế): the recipient cancels what it had and receives the replacing
     * document anew, so its progress starts again at {@link DeliveryState#SENT}, every task too; the changes are
     * kept with {@code change} added.
     */
    Delivery restartedFor(DeliveryChange change, Instant when) {
        List<DeliveryChange> all = new java.util.ArrayList<>(changes);
        all.add(change);
        return new Delivery(recipient, channel, DeliveryState.SENT, when, "", tasks.stream()
                .map(t -> new TaskDelivery(t.task(), DeliveryState.SENT, when)).toList(), all);
    }
}
