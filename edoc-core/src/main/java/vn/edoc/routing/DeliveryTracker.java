package vn.edoc.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.edoc.event.DomainEvent;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.validation.EdocRuleException;

/**
 * Follows the delivery of issued documents from the status messages their recipients send back (theo dõi tình trạng
 * gửi nhận, R-OUT-6): each status moves the recipient's delivery to the state it reports — arrived (01), received
 * (03), assigned (04), in progress (05), completed (06), refused with its reason (02, R-IN-6), and after a recall
 * the recipient's refusal of it (16) — and is recorded in the record's history. A status behind the delivery's
 * current state (one overtaken by a later one) and the agreement to a recall (15) are recorded only. Needs only the
 * {@link RoutingContext}: no signer, no outgoing flow.
 *
 * <p>A delivery that carried tasks (R-IN-9) follows 04/05/06 per task ({@link TaskDelivery}): a status naming tasks
 * moves those, one naming none moves every task, and the delivery itself then moves to its least advanced task's
 * state — assigned once every task is, completed once every task is. Statuses about the whole document (01, 02, 03,
 * 16) move the delivery as they do without tasks. A delivery refused or recalled no longer follows its tasks.
 */
public final class DeliveryTracker implements StatusReceiver {

    private final RoutingContext ctx;
    private final List<StatusFollower> followers;

    /** The tracker over {@code ctx}. */
    public DeliveryTracker(RoutingContext ctx) {
        this(ctx, List.of());
    }

    /** The tracker over {@code ctx}, telling {@code followers} of every status applied (R-IN-9 tasks follow). */
    public DeliveryTracker(RoutingContext ctx, List<StatusFollower> followers) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.followers = List.copyOf(followers);
    }

    /**
     * Applies {@code message} in its own unit of work. Done by the system.
     *
     * @throws EdocRuleException when it is not a status message, names no document of this organisation or no
     *                           delivery to its sender
     */
    public OutgoingRecord onStatus(TransportMessage message) {
        requireStatus(message);
        return ctx.transactions().inTransaction(uow -> onStatus(uow, message));
    }

    private static void requireStatus(TransportMessage message) {
        if (message == null || message.kind() == TransportMessage.Kind.NEW_DOCUMENT
                || message.kind() == TransportMessage.Kind.RECALL) {
            throw EdocRuleException.of(FlowViolation.WRONG_MESSAGE, "message", "a status message is expected");
        }
    }

    @Override
    public OutgoingRecord onStatus(UnitOfWork uow, TransportMessage message) {
        requireStatus(message);
        OutgoingRecord r = ctx.documents().outgoing(uow, message.documentRef())
                .filter(x -> x.organisation().equals(message.to()))
                .orElseThrow(() -> EdocRuleException.of(FlowViolation.NO_SUCH_OUTGOING, "documentRef",
                        message.documentRef()));
        OutgoingRecord.Edit e = r.edit();
        Instant now = Steps.now(ctx);
        // a status names its recipient; the delivery through the system first, else the one by another channel
        Optional<Delivery> d = r.deliveries().stream()
                .filter(x -> x.recipient().equals(message.from()) && x.channel() == Channel.SYSTEM).findFirst()
                .or(() -> r.deliveries().stream().filter(x -> x.recipient().equals(message.from())).findFirst());
        if (d.isEmpty()) {
            throw EdocRuleException.of(FlowViolation.NO_SUCH_DELIVERY, "from", r.id(), message.from().value());
        }
        String note = message.kind() + " from " + message.from().value()
                + (message.tasks().isEmpty() ? "" : " [" + String.join("; ", message.tasks()) + "]")
                + (message.reason().isEmpty() ? "" : ": " + message.reason());
        DeliveryState reported = target(message.kind());
        Delivery before = d.get();
        Delivery after = before;
        DeliveryState target = reported;
        if (reported != null && HANDLING.contains(reported) && !before.tasks().isEmpty()
                && DeliveryTransition.find(before.state(), DeliveryState.RECALLED).isPresent()) {
            // R-IN-9: a status naming tasks moves those tasks; one naming none concerns every task it carried
            List<String> named = message.tasks().stream().filter(t -> before.task(t).isPresent()).toList();
            boolean whole = message.tasks().isEmpty();
            List<TaskDelivery> tasks = new ArrayList<>();
            for (TaskDelivery t : before.tasks()) {
                boolean concerned = whole || named.contains(t.task());
                tasks.add(concerned && DeliveryTransition.find(t.state(), reported).isPresent()
                        ? t.moveTo(reported, now) : t);
            }
            after = before.withTasks(tasks);
            // the recipient as a whole is as far as its least advanced task; a status about tasks it was not
            // sent (another document's rows) moves nothing
            target = whole || !named.isEmpty() ? leastAdvanced(tasks) : null;
        }
        if (target != null && DeliveryTransition.find(after.state(), target).isEmpty()) {
            // overtaken by a later status, or delivered twice: the history keeps it, the state stays
            target = null;
        }
        if (target != null) {
            after = after.moveTo(target, now, message.reason());
        }
        if (after != before) {
            List<Delivery> moved = new ArrayList<>();
            for (Delivery x : r.deliveries()) {
                moved.add(x == before ? after : x);
            }
            e.deliveries = moved;
        }
        if (target != null) {
            DeliveryTransition t = DeliveryTransition.transitionBetween(before.state(), target);
            Steps.publish(uow, ctx.events(), new DomainEvent.StateChanged(now, DomainEvent.SYSTEM,
                    r.id() + "/" + message.from().value(), "DeliveryState", t.from().name(), t.to().name(),
                    t.ruleId()));
        }
        e.history.add(new HistoryStep(now, DomainEvent.SYSTEM, "outgoing.status", r.state().name(),
                r.state().name(), note));
        OutgoingRecord next = e.build();
        ctx.documents().saveOutgoing(uow, next);
        Steps.audit(ctx.audit(), uow, r.organisation(), DomainEvent.SYSTEM, "outgoing.status", now, OutgoingFlow.OBJECT_TYPE, r.id(),
                r.digest(), next.digest(), note, Set.of());
        for (StatusFollower f : followers) {
            f.onStatus(uow, next.id(), message);
        }
        if (target == DeliveryState.REFUSED) {
            uow.afterCommit(() -> ctx.notifier().notify(r.drafterId(), "Văn bản bị từ chối", note));
        }
        return next;
    }

    /** The states of the recipient's handling, reported per task when the document carried tasks. */
    private static final Set<DeliveryState> HANDLING = Set.of(DeliveryState.ASSIGNED, DeliveryState.IN_PROGRESS,
            DeliveryState.COMPLETED);

    /** The least advanced state of {@code tasks} (their states all lie on the forward path SENT … COMPLETED). */
    private static DeliveryState leastAdvanced(List<TaskDelivery> tasks) {
        return tasks.stream().map(TaskDelivery::state).min(java.util.Comparator.naturalOrder()).orElseThrow();
    }

    /** The delivery state a status of {@code kind} reports; {@code null} for one that only goes in the history. */
    static DeliveryState target(TransportMessage.Kind kind) {
        return switch (kind) {
            case ARRIVED -> DeliveryState.ARRIVED;
            case RECEIPT_ACK -> DeliveryState.DELIVERED;
            case ASSIGNED -> DeliveryState.ASSIGNED;
            case IN_PROGRESS -> DeliveryState.IN_PROGRESS;
            case COMPLETED -> DeliveryState.COMPLETED;
            case REFUSAL -> DeliveryState.REFUSED;
            case RECALL_REFUSED -> DeliveryState.RECALL_REFUSED;
            default -> null;
        };
    }
}
