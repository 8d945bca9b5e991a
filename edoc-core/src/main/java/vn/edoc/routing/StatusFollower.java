package vn.edoc.routing;

import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.UnitOfWork;

/**
 * Told by the {@link DeliveryTracker} of every status message applied to an issued document, inside the same unit of
 * work (theo dõi tiến độ nơi nhận): the task tracking makes the tasks the document assigned to a unit of the
 * recipient's organisation (R-IN-9) follow that organisation's progress. Lets the routing package stay free of the
 * task package.
 */
@FunctionalInterface
public interface StatusFollower {

    /**
     * {@code status}, from {@link TransportMessage#from()}, was applied to the outgoing record {@code recordId}
     * (already saved) inside {@code uow}; {@link TransportMessage#tasks()} names the task row of the recipient it is
     * about, if any.
     */
    void onStatus(UnitOfWork uow, String recordId, TransportMessage status);
}
