package vn.edoc.spi;

import java.util.List;
import vn.edoc.id.OrganCode;

/**
 * Sends and receives documents and status messages between organisations (gửi, nhận văn bản điện tử, R-X-1): the
 * interconnection axis and e-mail in {@code edoc-interconnect}, an in-memory loopback
 * ({@link vn.edoc.store.memory.LoopbackTransport}) for tests. The flows send only after their unit of work
 * committed, so a refused action sends nothing; the receiving side takes messages under a lease and acknowledges
 * each one after the unit of work that took it in committed, so a crash in between delivers it again instead of
 * losing it (at-least-once delivery; the receiver's inbox ignores what it already took in).
 *
 * <h2>Contract for adapters</h2>
 * <ul>
 *   <li>{@link #send} hands the message over for delivery to {@link TransportMessage#to()}, or fails with an
 *       unchecked exception. Sending the same message (same sender and {@link MessageId}) again may deliver it
 *       again: receivers recognise it by sender, id and digest.</li>
 *   <li>Content: when {@link #receive} hands out a message, the bytes of every reference in
 *       {@link TransportMessage#contents()} are in the receiver's {@link ContentStore} (a transport between two
 *       deployments carries the bytes and stores them on arrival; a transport inside one deployment may share the
 *       store). A message whose content cannot be stored is not handed out.</li>
 *   <li>{@link #receive} hands out up to {@code max} messages waiting for {@code organisation} that are not under
 *       lease, oldest first (messages delivered again keep their place), each under a lease that ends a fixed
 *       duration after the transport's injected clock's now. Until the lease ends nobody receives that message
 *       again.</li>
 *   <li>{@link #acknowledge} with the token of the current delivery removes the message for good and answers
 *       true; acknowledging again, or with the token of an earlier delivery once the message was handed out again,
 *       answers false and changes nothing. A message not acknowledged by the end of its lease is handed out again by
 *       a later {@code receive}, with a new token and a higher {@link LeasedMessage#deliveryCount()}.</li>
 *   <li>Adapters are safe for concurrent use: two receivers never hold a lease on the same message at once.</li>
 * </ul>
 */
public interface Transport {

    /** Sends {@code message}. */
    void send(TransportMessage message);

    /**
     * Sends {@code message} as part of {@code uow}: the flows call this inside the unit of work of the change that
     * causes the message. By default it is sent once {@code uow} committed (and only then); a send failing after
     * the commit is logged and lost. A transport backed by an outbox ({@link OutboxStore}) writes it into the
     * unit of work instead, so that the change and the message commit together and a dispatcher sends it with
     * retries.
     */
    default void send(UnitOfWork uow, TransportMessage message) {
        java.util.Objects.requireNonNull(message, "message");
        uow.afterCommit(() -> send(message));
    }

    /** Up to {@code max} messages waiting for {@code organisation}, oldest first, each under a new lease. */
    List<LeasedMessage> receive(OrganCode organisation, int max);

    /** Every message waiting for {@code organisation} and not under lease, oldest first, each under a new lease. */
    default List<LeasedMessage> receive(OrganCode organisation) {
        return receive(organisation, Integer.MAX_VALUE);
    }

    /** Removes the message delivered under {@code token}; false when the token is not the current delivery's. */
    boolean acknowledge(DeliveryToken token);
}
