package vn.edoc.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page of a query's results to read (yêu cầu trang): at most {@code size} items following the position
 * {@code after}, a cursor taken from the previous {@link Page#next()} (empty for the first page). Paging is by key,
 * not by offset, so an item changed or removed between two pages never makes another one skipped or read twice,
 * and a store answers each page with one indexed query ({@code WHERE (key) > (cursor) ORDER BY key LIMIT size}).
 *
 * @param size  the largest number of items wanted, 1 to {@value #MAX_SIZE}
 * @param after the cursor of the last item of the previous page; opaque, made by the store that answers
 */
public record PageRequest(int size, Optional<String> after) {

    /** The largest page. */
    public static final int MAX_SIZE = 10_000;

    /** Refuses a size out of range and a missing cursor option. */
    public PageRequest {
        Objects.requireNonNull(after, "after");
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_SIZE + ", not " + size);
        }
    }

    /** The first page of {@code size} items. */
    public static PageRequest first(int size) {
        return new PageRequest(size, Optional.empty());
    }

    /** The page after {@code cursor}. */
    public PageRequest after(String cursor) {
        return new PageRequest(size, Optional.of(Objects.requireNonNull(cursor, "cursor")));
    }
}
