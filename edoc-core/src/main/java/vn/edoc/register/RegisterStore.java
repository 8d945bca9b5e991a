package vn.edoc.register;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import vn.edoc.spi.UnitOfWork;

/**
 * Persistence of register lines (lưu sổ văn bản đến / đi). Used by {@link vn.edoc.register.RegisterService}, which
 * checks the rules; a store only keeps entries and answers queries.
 *
 * <h2>Contract for adapters</h2>
 * <ul>
 *   <li>{@link #add} writes inside the unit of work; the entry becomes visible to reads without a unit of work only
 *       when it commits, and is gone after a rollback.</li>
 *   <li>{@link #add} refuses, with {@link vn.edoc.validation.EdocRuleException}, an entry whose number
 *       ({@link vn.edoc.register.RegisterViolation#DUPLICATE_NUMBER}) or document identifier
 *       ({@link vn.edoc.register.RegisterViolation#DUPLICATE_DOCUMENT}) is already in the same register, committed
 *       or written earlier in the same unit of work; a JDBC adapter does this with unique constraints, so that it
 *       also holds between concurrent units of work.</li>
 *   <li>Reads with a unit of work see its own writes; reads without one see committed entries only.</li>
 *   <li>Lists are ordered by number, ascending; entries come back equal to what was added.</li>
 * </ul>
 */
public interface RegisterStore {

    /** Adds {@code entry} inside {@code uow}; see the class description for refusals. */
    void add(UnitOfWork uow, RegisterEntry entry);

    /** The entry with {@code number} in register {@code key}, as seen inside {@code uow}. */
    Optional<RegisterEntry> find(UnitOfWork uow, RegisterKey key, long number);

    /** The entry of document {@code documentId} in register {@code key}, as seen inside {@code uow}. */
    Optional<RegisterEntry> findByDocument(UnitOfWork uow, RegisterKey key, String documentId);

    /**
     * Registers document {@code documentId} in register {@code key} under the register's next number, inside
     * {@code uow}: the number comes from {@code sequences}, the line from {@code line} given that number, and it is
     * added as {@link #add} would. When the document already has a line in the register, that line comes back marked
     * {@link NextLine#existing() existing}, and the register, its counter included, is as it was: the caller refuses,
     * and its unit of work may go on.
     *
     * <p>The default asks {@link #findByDocument}, then {@link SequenceAllocator#next}, then {@link #add}. An adapter
     * that can take the number and look for the document in one request overrides it (the JDBC adapter on
     * PostgreSQL: one round trip instead of three, and the look-up made under the counter's lock).
     */
    default NextLine addNext(UnitOfWork uow, RegisterKey key, String documentId, SequenceAllocator sequences,
                             LongFunction<RegisterEntry> line) {
        Optional<RegisterEntry> existing = findByDocument(uow, key, documentId);
        if (existing.isPresent()) {
            return new NextLine(existing.get(), true);
        }
        RegisterEntry entry = line.apply(sequences.next(uow, key));
        add(uow, entry);
        return new NextLine(entry, false);
    }

    /**
     * What {@link #addNext} did: the line it added, or ({@code existing}) the line the document already had.
     *
     * @param entry    the line
     * @param existing true when the document was already in the register and nothing was added
     */
    record NextLine(RegisterEntry entry, boolean existing) {
        /** Checks the line is given. */
        public NextLine {
            Objects.requireNonNull(entry, "entry");
        }
    }

    /** The committed entry with {@code number} in register {@code key}. */
    Optional<RegisterEntry> find(RegisterKey key, long number);

    /** Every committed entry of register {@code key}, by number. */
    List<RegisterEntry> entries(RegisterKey key);

    /**
     * The committed entries of register {@code key} registered at or after {@code fromInclusive} and before
     * {@code toExclusive}, by number.
     */
    List<RegisterEntry> entriesBetween(RegisterKey key, Instant fromInclusive, Instant toExclusive);

    /** Every register that has at least one committed entry, in {@link RegisterKey} order. */
    List<RegisterKey> keys();
}
