package vn.edoc.routing;

import java.util.List;
import java.util.Optional;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.Page;
import vn.edoc.spi.PageRequest;
import vn.edoc.spi.UnitOfWork;

/**
 * Persistence of incoming and outgoing documents (lưu văn bản đến, văn bản đi) with their assignments, history,
 * draft versions, comments and deliveries, which travel inside the records. Used by
 * {@link vn.edoc.routing.IncomingFlow} and {@link vn.edoc.routing.OutgoingFlow}, which check the rules; a store keeps
 * records and answers queries.
 *
 * <h2>Contract for adapters</h2>
 * <ul>
 *   <li>{@link #newId} gives an id never given before by this store (committed or not), starting with
 *       {@code prefix}; ids handed out in a unit of work that rolls back may be given again or not.</li>
 *   <li>{@code save} writes inside the unit of work: visible to reads without a unit of work only after commit,
 *       gone after rollback. A record of version 1 must be new; a record of version {@code n > 1} replaces the one
 *       of version {@code n - 1} as seen in the unit of work. Anything else (a stale or skipped version, a second
 *       version 1) is refused with {@link ConcurrentChangeException}, so that two concurrent changes never both win.
 *       A record written by a unit of work stays locked until it ends: another unit of work writing the same record
 *       is refused, at once (memory) or once the first one ends (JDBC {@code UPDATE ... WHERE id = ? AND
 *       version = ?} matching no row).</li>
 *   <li>Reads with a unit of work see its own writes; reads without one see committed records only.</li>
 *   <li>Lists come in the order records were first saved, pages by id, and records come back equal to what was
 *       saved.</li>
 * </ul>
 */
public interface DocumentStore {

    /** A new record id starting with {@code prefix}, such as {@code "in-17"}. */
    String newId(UnitOfWork uow, String prefix);

    /** Saves {@code record} inside {@code uow}; see the class description. */
    void saveIncoming(UnitOfWork uow, IncomingRecord record);

    /** The incoming record {@code id} as seen inside {@code uow}. */
    Optional<IncomingRecord> incoming(UnitOfWork uow, String id);

    /** The committed incoming record {@code id}. */
    Optional<IncomingRecord> incoming(String id);

    /**
     * The committed incoming records of {@code organisation}, for export and verification only: no engine path calls
     * it (the engine asks {@link #findIncoming}); an adapter may stream it.
     */
    List<IncomingRecord> incomingOf(OrganCode organisation);

    /**
     * One page of the committed incoming records answering {@code query} ({@link DocumentQuery#test(IncomingRecord)}),
     * ordered by id. One query over indexed columns (organisation, state, handled-at, received-at, handling
     * deadline); the cursor is the id of the last item. Reads committed records only, holds no lock.
     */
    Page<IncomingRecord> findIncoming(DocumentQuery query, PageRequest page);

    /**
     * One page of the committed outgoing records answering {@code query} ({@link DocumentQuery#test(OutgoingRecord)}),
     * ordered by id. One query over indexed columns (organisation, state, issued-at, unit); the cursor is the id of
     * the last item. Reads committed records only, holds no lock.
     */
    Page<OutgoingRecord> findOutgoing(DocumentQuery query, PageRequest page);

    /**
     * The incoming records of {@code receiver} received from {@code sender} under {@code senderRef} (every row of a
     * document carrying several tasks), as seen inside {@code uow}.
     */
    List<IncomingRecord> incomingFrom(UnitOfWork uow, OrganCode receiver, OrganCode sender, String senderRef);

    /** Saves {@code record} inside {@code uow}; see the class description. */
    void saveOutgoing(UnitOfWork uow, OutgoingRecord record);

    /** The outgoing record {@code id} as seen inside {@code uow}. */
    Optional<OutgoingRecord> outgoing(UnitOfWork uow, String id);

    /** The committed outgoing record {@code id}. */
    Optional<OutgoingRecord> outgoing(String id);

    /**
     * The committed outgoing records of {@code organisation}, for export and verification only: no engine path calls
     * it (the engine asks {@link #findOutgoing}); an adapter may stream it.
     */
    List<OutgoingRecord> outgoingOf(OrganCode organisation);
}
