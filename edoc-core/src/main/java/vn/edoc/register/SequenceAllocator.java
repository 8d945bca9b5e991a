package vn.edoc.register;

import vn.edoc.spi.UnitOfWork;

/**
 * Hands out register numbers (cấp số): per {@link RegisterKey} (organisation, register kind, series, year) the
 * numbers 1, 2, 3… with no duplicate and no gap (R-ID-3, LS Đ12.2, Decree 30/2020 Điều 15). A new year is a new
 * key, so numbering starts again at 1 every 1 January, Vietnam time.
 *
 * <h2>Contract for adapters</h2>
 * <ul>
 *   <li>{@link #next} returns the last number of the key as seen by the unit of work plus one; a second call in the
 *       same unit of work returns the number after that.</li>
 *   <li>The numbers become the key's committed numbers only when the unit of work commits; after a rollback the
 *       next unit of work gets the same numbers again.</li>
 *   <li>Concurrent units of work on one key are serialised: the second waits for the first to finish (a lock held
 *       until commit or rollback), so both never get the same number. Keys are independent of each other.</li>
 *   <li>Reads without a unit of work ({@link #current}, {@link #peek}) see committed numbers only.</li>
 * </ul>
 */
public interface SequenceAllocator {

    /** Allocates the next number of {@code key} inside {@code uow}: 1 for a key not used yet. */
    long next(UnitOfWork uow, RegisterKey key);

    /** The last committed number of {@code key}; 0 when none was allocated yet. */
    long current(RegisterKey key);

    /** The last number of {@code key} as seen inside {@code uow}, including its own allocations; 0 when none. */
    long current(UnitOfWork uow, RegisterKey key);

    /**
     * The number {@link #next} would give now if no other unit of work allocated first: {@code current(key) + 1}.
     * It reserves nothing.
     */
    default long peek(RegisterKey key) {
        return current(key) + 1;
    }
}
