package vn.edoc.spi;

import java.util.List;
import java.util.Optional;
import vn.edoc.id.OrganCode;

/**
 * What an organisation's inbox remembers (sổ thông điệp đến): the messages it took in, so that a message delivered
 * again is ignored (at-least-once transports, see {@link Transport}), and the messages it could not take in
 * (quarantine, cách ly), kept for a person. Written inside the unit of work that takes the message in, so the
 * record of a message and its effects (an incoming record, a delivery update, a stored recall notice) commit
 * together.
 *
 * <h2>Contract for adapters</h2>
 * <ul>
 *   <li>{@link #add} writes inside the unit of work (visible to other readers after commit). The key is
 *       (receiver, sender, message id), unique: a JDBC adapter declares a unique key on those three columns. A
 *       second entry with a key already present — seen in the unit of work or committed by another unit of work
 *       meanwhile — is refused with {@link ConcurrentChangeException} (at the latest on commit), so two receivers
 *       racing on one message never both take it in; the loser retries and then finds the entry.</li>
 *   <li>{@link #find} sees the unit of work's own writes and what is committed.</li>
 *   <li>Quarantined messages follow the version rule of the other stores: version 1 is new, version {@code n > 1}
 *       replaces {@code n - 1}; anything else is a {@link ConcurrentChangeException}. {@link #newQuarantineId} never
 *       gives an id twice.</li>
 *   <li>Lists come oldest first (in the order first written), paged by {@code offset} and {@code limit}.</li>
 * </ul>
 */
public interface InboxStore {

    /** The entry of message {@code id} from {@code sender} taken in by {@code receiver}, as seen in {@code uow}. */
    Optional<InboxEntry> find(UnitOfWork uow, OrganCode receiver, OrganCode sender, MessageId id);

    /** Records {@code entry} in {@code uow}; a duplicate key is a {@link ConcurrentChangeException}. */
    void add(UnitOfWork uow, InboxEntry entry);

    /** The committed entries of {@code receiver} of {@code kind}, oldest first, {@code limit} from {@code offset}. */
    List<InboxEntry> entries(OrganCode receiver, TransportMessage.Kind kind, int offset, int limit);

    /** A new quarantine id, such as {@code "cl-3"}. */
    String newQuarantineId(UnitOfWork uow);

    /** Saves {@code message} in {@code uow}, under the version rule of the class description. */
    void saveQuarantined(UnitOfWork uow, QuarantinedMessage message);

    /** The quarantined message {@code id} as seen in {@code uow}. */
    Optional<QuarantinedMessage> quarantined(UnitOfWork uow, String id);

    /** The committed quarantined message {@code id}. */
    Optional<QuarantinedMessage> quarantined(String id);

    /**
     * The quarantined messages of {@code receiver} with the message {@code id} from {@code sender}, in any state, as
     * seen in {@code uow}.
     */
    List<QuarantinedMessage> quarantinedFor(UnitOfWork uow, OrganCode receiver, OrganCode sender, MessageId id);

    /** The committed quarantined messages of {@code receiver} in {@code state}, oldest first, paged. */
    List<QuarantinedMessage> quarantinedOf(OrganCode receiver, QuarantinedMessage.State state, int offset,
                                           int limit);
}
