package vn.edoc.routing;

import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.UnitOfWork;

/**
 * Where the {@link TransportInbox} hands status messages (receipt acknowledgements, refusals, other statuses) about
 * the organisation's own outgoing documents (cổng nhận trạng thái, R-OUT-6): {@link DeliveryTracker} by default.
 * Receiving needs nothing more, so an inbox never needs the outgoing flow or a signer.
 */
@FunctionalInterface
public interface StatusReceiver {

    /**
     * Applies {@code status} inside {@code uow} and returns the outgoing record it updated; refuses with
     * {@link vn.edoc.validation.EdocRuleException} a status naming no document or delivery of the receiver.
     */
    OutgoingRecord onStatus(UnitOfWork uow, TransportMessage status);
}
