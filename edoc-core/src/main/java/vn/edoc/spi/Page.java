package vn.edoc.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a query's results (một trang kết quả): the items in the query's order and, when more may follow, the
 * cursor to ask for the next page with ({@link PageRequest#after}).
 *
 * @param items the items, at most the size asked for
 * @param next  the cursor of the last item when more may follow; empty on the last page
 * @param <T>   the item type
 */
public record Page<T>(List<T> items, Optional<String> next) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }

    /**
     * Every item of a paged query, page after page of {@code size}: for callers that really need them all (exports,
     * the deadline scan), which still lets the store answer each page with one bounded query.
     */
    public static <T> List<T> all(int size, Function<PageRequest, Page<T>> query) {
        List<T> all = new ArrayList<>();
        PageRequest request = PageRequest.first(size);
        while (true) {
            Page<T> page = query.apply(request);
            all.addAll(page.items());
            if (page.next().isEmpty()) {
                return all;
            }
            request = request.after(page.next().get());
        }
    }
}
