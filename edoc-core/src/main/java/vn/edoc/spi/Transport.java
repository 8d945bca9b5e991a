package vn.edoc.spi;

import java.util.List;
import vn.edoc.id.OrganCode;

/**
 * Sends and receives documents and status messages between organisations (gửi, nhận văn bản điện tử, R-X-1): the
 * interconnection axis and e-mail in {@code edoc-interconnect}, an in-memory loopback
 * ({@link vn.edoc.store.memory.LoopbackTransport}) for tests. The flows send only after their unit of work
 * committed, so a refused action sends nothing.
 *
 * <h2>Contract for adapters</h2>
 * <ul>
 *   <li>{@link #send} hands the message over for delivery to {@link TransportMessage#to()}, or fails with an
 *       unchecked exception.</li>
 *   <li>{@link #receive} returns, and takes away, the messages waiting for {@code organisation}, in the order they
 *       arrived; each message is returned once.</li>
 * </ul>
 */
public interface Transport {

    /** Sends {@code message}. */
    void send(TransportMessage message);

    /** The messages waiting for {@code organisation}, oldest first; they are no longer waiting afterwards. */
    List<TransportMessage> receive(OrganCode organisation);
}
