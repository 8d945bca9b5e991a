package vn.edoc.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.edoc.id.OrganCode;

/**
 * Where the outbox keeps its messages (hộp thư đi): written in the same unit of work as the change that causes a
 * message, so that issuing a document and queuing its packages commit together or not at all, and read by the
 * dispatcher that sends them (transactional outbox). Reference adapters: {@code vn.edoc.store.memory} and
 * {@code vn.edoc.store.jdbc}; each passes {@code vn.edoc.spi.tck.OutboxStoreCompatibilityKit}.
 *
 * <h2>Contract for adapters</h2>
 * <ul>
 *   <li>The key is (sender, message id). {@link #add} writes a new entry of version 1 inside the unit of work;
 *       an entry with a key already present — in the unit of work or committed — is refused with
 *       {@link ConcurrentChangeException}, at the latest on commit.</li>
 *   <li>{@link #save} follows the version rule of the other stores: version {@code n > 1} replaces {@code n - 1};
 *       anything else is a {@link ConcurrentChangeException}. Two dispatchers claiming one entry therefore cannot
 *       both succeed.</li>
 *   <li>{@link #find} with a unit of work sees its own writes and what is committed; the methods without one see
 *       what is committed.</li>
 *   <li>{@link #due} lists committed entries in state {@link OutboxEntry.State#PENDING} or
 *       {@link OutboxEntry.State#SENDING} whose {@code nextAttemptAt} is not after {@code now}, earliest
 *       {@code nextAttemptAt} first (then in the order queued), at most {@code limit}.</li>
 *   <li>{@link #inState} lists committed entries of one sender in one state in the order queued, paged.</li>
 * </ul>
 */
public interface OutboxStore {

    /** Queues {@code entry} (version 1) in {@code uow}; a key already present is a {@link ConcurrentChangeException}. */
    void add(UnitOfWork uow, OutboxEntry entry);

    /** Saves {@code entry} in {@code uow} under the version rule. */
    void save(UnitOfWork uow, OutboxEntry entry);

    /** The entry of message {@code id} of {@code sender} as seen in {@code uow}. */
    Optional<OutboxEntry> find(UnitOfWork uow, OrganCode sender, MessageId id);

    /** The committed entry of message {@code id} of {@code sender}. */
    Optional<OutboxEntry> find(OrganCode sender, MessageId id);

    /** Committed entries a dispatcher may take at {@code now}, earliest first, at most {@code limit}. */
    List<OutboxEntry> due(Instant now, int limit);

    /** Committed entries of {@code sender} in {@code state}, in the order queued, {@code limit} from {@code offset}. */
    List<OutboxEntry> inState(OrganCode sender, OutboxEntry.State state, int offset, int limit);
}
