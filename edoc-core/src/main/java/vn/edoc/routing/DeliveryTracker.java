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
 *
 * <p>After an update or a replacement ({@link OutgoingFlow#sendUpdate}, {@link OutgoingFlow#sendReplacement}), the
 * recipient's 15 or 16 answers it ({@link DeliveryChange}): agreed, or refused with the reason, the drafter told.
 * The delivery's own state is left as it is, except that a replacement agreed to has arrived (its delivery started
 * again at SENT).
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
        Delivery before = d.get();
        Delivery after;
        boolean answer = message.kind() == TransportMessage.Kind.RECALL_ACCEPTED
                || message.kind() == TransportMessage.Kind.RECALL_REFUSED;
        if (answer && before.state() != DeliveryState.RECALLED
                && before.lastChange().filter(c -> c.state() == DeliveryChange.State.SENT).isPresent()) {
            // 15 / 16 answer the update or replacement waiting there; the delivery's own state stays
            boolean agreed = message.kind() == TransportMessage.Kind.RECALL_ACCEPTED;
            after = before.withLastChangeAnswered(agreed, now, message.reason());
            if (agreed && after.lastChange().orElseThrow().kind() == DeliveryChange.Kind.REPLACEMENT) {
                // agreeing to a replacement says the replacing document is there: it has arrived (01)
                after = after.afterStatus(DeliveryState.ARRIVED, List.of(), now, "");
            }
        } else {
            after = before.afterStatus(target(message.kind()), message.tasks(), now, message.reason());
        }
        DeliveryState target = after.state() != before.state() ? after.state() : null;
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
        if (after != before && after.lastChange().filter(c -> c.state() == DeliveryChange.State.REFUSED)
                .isPresent() && before.lastChange().filter(c -> c.state() == DeliveryChange.State.SENT).isPresent()) {
            uow.afterCommit(() -> ctx.notifier().notify(r.drafterId(), "Cập nhật/thay thế bị từ chối", note));
        }
        if (target == DeliveryState.REFUSED) {
            uow.afterCommit(() -> ctx.notifier().notify(r.drafterId(), "Văn bản bị từ chối", note));
        }
        return next;
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
