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
 * gửi nhận, R-OUT-6): a receipt acknowledgement makes the delivery DELIVERED, a refusal REFUSED with its reason
 * (R-IN-6); any other status is recorded in the history. Needs only the {@link RoutingContext}: no signer, no
 * outgoing flow.
 */
public final class DeliveryTracker implements StatusReceiver {

    private final RoutingContext ctx;

    /** The tracker over {@code ctx}. */
    public DeliveryTracker(RoutingContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
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
        Optional<Delivery> d = r.deliveries().stream()
                .filter(x -> x.recipient().equals(message.from()) && x.channel() == Channel.SYSTEM).findFirst();
        if (d.isEmpty()) {
            throw EdocRuleException.of(FlowViolation.NO_SUCH_DELIVERY, "from", r.id(), message.from().value());
        }
        String note = message.kind() + " from " + message.from().value()
                + (message.reason().isEmpty() ? "" : ": " + message.reason());
        DeliveryState target = switch (message.kind()) {
            case RECEIPT_ACK -> DeliveryState.DELIVERED;
            case REFUSAL -> DeliveryState.REFUSED;
            default -> null;
        };
        if (target != null) {
            DeliveryTransition t = DeliveryTransition.transitionBetween(d.get().state(), target);
            List<Delivery> moved = new ArrayList<>();
            for (Delivery x : r.deliveries()) {
                moved.add(x == d.get() ? x.moveTo(target, now, message.reason()) : x);
            }
            e.deliveries = moved;
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
        if (target == DeliveryState.REFUSED) {
            uow.afterCommit(() -> ctx.notifier().notify(r.drafterId(), "Văn bản bị từ chối", note));
        }
        return next;
    }
}
