package vn.edoc.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import vn.edoc.audit.AuditAnchor;
import vn.edoc.audit.AuditChain;
import vn.edoc.audit.AuditEntry;
import vn.edoc.audit.AuditEvent;
import vn.edoc.audit.AuditReport;
import vn.edoc.audit.AuditVerification;
import vn.edoc.id.OrganCode;

/**
 * The append-only, hash-chained audit trail (nhật ký thao tác): every action, who did it, when, on what, with the
 * digests of the state before and after. There is one chain per organisation (chuỗi nhật ký của từng cơ quan): an
 * action is recorded in the chain of the organisation it is done for, each chain has its own sequence from 1 and
 * its own previous hashes, and appending to one chain never waits for another, so the organisations of one
 * installation write in parallel. Linking entries and verifying chains are done by {@link AuditChain} in the
 * default methods here; an adapter only stores and loads entries, and must not override {@link #append}, the
 * {@code verify} methods or the {@code checkpoint} methods.
 *
 * <h2>Contract for adapters</h2>
 * <ul>
 *   <li>{@link #head(UnitOfWork, OrganCode)} returns the last entry of that organisation's chain as seen inside the
 *       unit of work (its own appends included) and locks <em>that chain only</em> until the unit of work ends, so
 *       that two entries never link to the same predecessor, while units of work appending to other chains go on
 *       (memory: one lock per chain; JDBC: {@code SELECT ... FOR UPDATE} on the chain's row of a one-row-per-chain
 *       head table, or on the chain's last entry row, never a table lock). A unit of work that appends to two chains
 *       locks both; the engine appends to one chain per unit of work except when it moves something between
 *       organisations.</li>
 *   <li>{@link #store} keeps the entry exactly as given, inside the unit of work, in the chain of
 *       {@link AuditEntry#organisation()}: visible to others only after commit, gone after rollback. It refuses
 *       (with {@link IllegalStateException}, a programming error: use {@link #append}) an entry whose chain the
 *       unit of work has not locked through {@code head}, whose sequence is not the head's plus one, or whose
 *       {@code previousHash} is not the head's hash.</li>
 *   <li>{@link #scan} gives every committed entry of one chain exactly as stored, even if it was tampered with, in
 *       storage order (append order; for a table {@code WHERE organisation = ? ORDER BY sequence}); it never
 *       repairs or skips an entry.</li>
 *   <li>{@link #read} pages through one chain by sequence ({@code WHERE organisation = ? AND sequence >= ? ORDER BY
 *       sequence LIMIT ?}, on an index over (organisation, sequence)).</li>
 *   <li>{@link #organisations} lists the organisations that have at least one committed entry, sorted by code.</li>
 *   <li>Entries are never updated or deleted through this interface.</li>
 * </ul>
 */
public interface AuditLog {

    /**
     * The last entry of the chain of {@code organisation} as seen inside {@code uow}, locking that chain (and no
     * other) for the rest of the unit of work.
     */
    Optional<AuditEntry> head(UnitOfWork uow, OrganCode organisation);

    /** Stores an entry made by {@link AuditChain#link} in its organisation's chain; only {@link #append} calls it. */
    void store(UnitOfWork uow, AuditEntry entry);

    /** Every committed entry of the chain of {@code organisation}, in storage order, to {@code sink}. */
    void scan(OrganCode organisation, Consumer<? super AuditEntry> sink);

    /**
     * Committed entries of the chain of {@code organisation} with sequence {@code fromSequence} or more, by sequence,
     * at most {@code limit}.
     */
    List<AuditEntry> read(OrganCode organisation, long fromSequence, int limit);

    /** The number of committed entries in the chain of {@code organisation}. */
    long size(OrganCode organisation);

    /** The organisations with at least one committed entry, sorted by code. */
    List<OrganCode> organisations();

    /** The number of committed entries over all chains. */
    default long size() {
        long total = 0;
        for (OrganCode organisation : organisations()) {
            total += size(organisation);
        }
        return total;
    }

    /**
     * Every committed entry of every chain, chain by chain (organisations sorted by code), each chain in storage
     * order; for export and verification, never used by the engine's own flows.
     */
    default void scan(Consumer<? super AuditEntry> sink) {
        for (OrganCode organisation : organisations()) {
            scan(organisation, sink);
        }
    }

    /**
     * A checkpoint of the last committed entry of the chain of {@code organisation}, to be recorded outside the
     * trail and given to {@link #verify(OrganCode, AuditAnchor)} later; empty for an empty chain.
     */
    default Optional<AuditAnchor> checkpoint(OrganCode organisation) {
        long size = size(organisation);
        if (size == 0) {
            return Optional.empty();
        }
        List<AuditEntry> last = read(organisation, size, 1);
        return last.isEmpty() ? Optional.empty() : Optional.of(last.get(0).anchor());
    }

    /** A checkpoint of every chain, by organisation; see {@link #checkpoint(OrganCode)}. */
    default Map<OrganCode, AuditAnchor> checkpoints() {
        Map<OrganCode, AuditAnchor> found = new LinkedHashMap<>();
        for (OrganCode organisation : organisations()) {
            checkpoint(organisation).ifPresent(a -> found.put(organisation, a));
        }
        return found;
    }

    /**
     * Appends {@code event} as the next entry of the chain of {@code organisation} inside {@code uow} and returns
     * it; locks that chain for the rest of the unit of work.
     *
     * @throws vn.edoc.validation.EdocRuleException when {@code event} or {@code organisation} is {@code null}
     */
    default AuditEntry append(UnitOfWork uow, OrganCode organisation, AuditEvent event) {
        if (organisation == null) {
            return AuditChain.link(null, null, event);
        }
        AuditEntry entry = AuditChain.link(organisation, head(uow, organisation).orElse(null), event);
        store(uow, entry);
        return entry;
    }

    /** Verifies the whole committed chain of {@code organisation} (see {@link AuditChain}). */
    default AuditVerification verify(OrganCode organisation) {
        return verify(organisation, null);
    }

    /**
     * Verifies the whole committed chain of {@code organisation} and that it still reaches {@code checkpoint} with
     * the same hash (when not {@code null}); this also detects entries cut off at the end.
     */
    default AuditVerification verify(OrganCode organisation, AuditAnchor checkpoint) {
        AuditChain.Verifier verifier = AuditChain.verifier(organisation, checkpoint);
        scan(organisation, verifier);
        return verifier.result();
    }

    /** Verifies every chain; intact when every one is. */
    default AuditReport verify() {
        return verify(Map.of());
    }

    /**
     * Verifies every chain, each against its checkpoint in {@code checkpoints} when there is one; an organisation
     * with a checkpoint but no entry any more is reported as cut off.
     */
    default AuditReport verify(Map<OrganCode, AuditAnchor> checkpoints) {
        TreeSet<OrganCode> all = new TreeSet<>(java.util.Comparator.comparing(OrganCode::value));
        all.addAll(organisations());
        all.addAll(checkpoints.keySet());
        Map<OrganCode, AuditVerification> chains = new LinkedHashMap<>();
        for (OrganCode organisation : all) {
            chains.put(organisation, verify(organisation, checkpoints.get(organisation)));
        }
        return new AuditReport(chains);
    }
}
