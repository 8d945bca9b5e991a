package vn.edoc.spi;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.edoc.audit.AuditAnchor;
import vn.edoc.audit.AuditChain;
import vn.edoc.audit.AuditEntry;
import vn.edoc.audit.AuditEvent;
import vn.edoc.audit.AuditVerification;

/**
 * The append-only, hash-chained audit trail (nhật ký thao tác): every action, who did it, when, on what, with the
 * digests of the state before and after. Linking entries and verifying the chain are done by {@link AuditChain} in
 * the default methods here; an adapter only stores and loads entries, and must not override {@link #append},
 * {@link #verify()} or {@link #verify(AuditAnchor)}.
 *
 * <h2>Contract for adapters</h2>
 * <ul>
 *   <li>{@link #head(UnitOfWork)} returns the last entry as seen inside the unit of work (its own appends
 *       included) and makes concurrent units of work that append wait until this one ends (a memory lock; in JDBC
 *       {@code SELECT ... FOR UPDATE} on the head row or a one-row chain table), so that two entries never link to
 *       the same predecessor.</li>
 *   <li>{@link #store} keeps the entry exactly as given, inside the unit of work: visible to others only after
 *       commit, gone after rollback. It refuses (with {@link IllegalStateException}) an entry whose sequence is not
 *       the head's plus one or whose {@code previousHash} is not the head's hash.</li>
 *   <li>{@link #scan} gives every stored entry exactly as stored, even if it was tampered with, in storage order
 *       (append order; for a table, {@code ORDER BY} its sequence column); it never repairs or skips an entry.</li>
 *   <li>Entries are never updated or deleted through this interface.</li>
 * </ul>
 */
public interface AuditLog {

    /** The last entry as seen inside {@code uow}, locking the head for the rest of the unit of work. */
    Optional<AuditEntry> head(UnitOfWork uow);

    /** Stores an entry made by {@link AuditChain#link}; only {@link #append} calls it. */
    void store(UnitOfWork uow, AuditEntry entry);

    /** Every committed entry, in storage order, to {@code sink}. */
    void scan(Consumer<? super AuditEntry> sink);

    /** Committed entries with sequence {@code fromSequence} or more, by sequence, at most {@code limit}. */
    List<AuditEntry> read(long fromSequence, int limit);

    /** The number of committed entries. */
    long size();

    /**
     * A checkpoint of the last committed entry, to be recorded outside the trail and given to
     * {@link #verify(AuditAnchor)} later; empty for an empty trail.
     */
    default Optional<AuditAnchor> checkpoint() {
        long size = size();
        if (size == 0) {
            return Optional.empty();
        }
        List<AuditEntry> last = read(size, 1);
        return last.isEmpty() ? Optional.empty() : Optional.of(last.get(0).anchor());
    }

    /**
     * Appends {@code event} as the next entry of the chain inside {@code uow} and returns it.
     *
     * @throws vn.edoc.validation.EdocRuleException when {@code event} is {@code null}
     */
    default AuditEntry append(UnitOfWork uow, AuditEvent event) {
        AuditEntry entry = AuditChain.link(head(uow).orElse(null), event);
        store(uow, entry);
        return entry;
    }

    /** Verifies the whole committed chain (see {@link AuditChain}). */
    default AuditVerification verify() {
        return verify(null);
    }

    /**
     * Verifies the whole committed chain and that it still reaches {@code checkpoint} with the same hash (when not
     * {@code null}); this also detects entries cut off at the end.
     */
    default AuditVerification verify(AuditAnchor checkpoint) {
        AuditChain.Verifier verifier = AuditChain.verifier(checkpoint);
        scan(verifier);
        return verifier.result();
    }
}
