package vn.edoc.interconnect.outbox;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.DeliveryToken;
import vn.edoc.spi.LeasedMessage;
import vn.edoc.spi.OutboxEntry;
import vn.edoc.spi.OutboxStore;
import vn.edoc.spi.Transactions;
import vn.edoc.spi.Transport;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.UnitOfWork;

/**
 * The transport the flows are given when sending must survive failures (kênh gửi qua hộp thư đi): a message sent
 * inside a unit of work ({@link #send(UnitOfWork, TransportMessage)}, which the flows use) is written into the
 * outbox in that unit of work, so that issuing a document and queuing its packages commit together; an
 * {@link OutboxDispatcher} sends it later through the delivery transport. Receiving and acknowledging go straight to
 * the delivery transport.
 *
 * <p>Queuing a message whose sender and id are already in the outbox does nothing when it says the same thing (same
 * {@link TransportMessage#digest()}: a step run again), and is refused with {@link IllegalStateException} when it
 * says something else, which would otherwise be lost.
 */
public final class OutboxTransport implements Transport {

    private final Transactions transactions;
    private final OutboxStore store;
    private final Transport delivery;
    private final Clock clock;

    private OutboxTransport(Transactions transactions, OutboxStore store, Transport delivery, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.store = Objects.requireNonNull(store, "store");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Queues into {@code store} (whose units of work are {@code transactions}'), receives through {@code delivery},
     * timing entries with {@code clock}.
     */
    public static OutboxTransport of(Transactions transactions, OutboxStore store, Transport delivery, Clock clock) {
        return new OutboxTransport(transactions, store, delivery, clock);
    }

    /** Queues {@code message} in {@code uow}. */
    @Override
    public void send(UnitOfWork uow, TransportMessage message) {
        Objects.requireNonNull(uow, "uow");
        Objects.requireNonNull(message, "message");
        Optional<OutboxEntry> present = store.find(uow, message.from(), message.id());
        if (present.isPresent()) {
            if (!present.get().message().digest().equals(message.digest())) {
                throw new IllegalStateException("message " + message.id() + " of " + message.from().value()
                        + " is already in the outbox with another content");
            }
            return;
        }
        store.add(uow, OutboxEntry.queued(message, clock.instant()));
    }

    /** Queues {@code message} in a unit of work of its own. */
    @Override
    public void send(TransportMessage message) {
        transactions.run(uow -> send(uow, message));
    }

    @Override
    public List<LeasedMessage> receive(OrganCode organisation, int max) {
        return delivery.receive(organisation, max);
    }

    @Override
    public boolean acknowledge(DeliveryToken token) {
        return delivery.acknowledge(token);
    }
}
