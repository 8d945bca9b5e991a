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
     * The page {@code request} asks for out of {@code matching}, items already filtered in memory, ordered by
     * {@code key} (a unique text key, such as a record id, which is also the cursor): for adapters that filter in
     * memory (the memory adapter) or narrow in SQL and finish in Java.
     */
    public static <T> Page<T> slice(List<T> matching, Function<T, String> key, PageRequest request) {
        Objects.requireNonNull(request, "request");
        List<T> sorted = matching.stream().filter(r -> request.after().map(a -> key.apply(r).compareTo(a) > 0)
                .orElse(true)).sorted(java.util.Comparator.comparing(key)).toList();
        if (sorted.size() <= request.size()) {
            return new Page<>(sorted, Optional.empty());
        }
        List<T> items = sorted.subList(0, request.size());
        return new Page<>(items, Optional.of(key.apply(items.get(items.size() - 1))));
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
