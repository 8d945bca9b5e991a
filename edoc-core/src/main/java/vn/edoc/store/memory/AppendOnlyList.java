package vn.edoc.store.memory;

import java.util.Arrays;
import java.util.Objects;

/**
 * A list that only grows (danh sách chỉ ghi thêm), for the committed state of the memory stores: an audit chain, the
 * order in which a table's rows first appeared. One thread adds at a time (the committing unit of work, under
 * {@link MemoryTransactions}' exclusive phase); any number of threads read at the same time without a lock and
 * never see an element before it is complete.
 *
 * <p>Elements live in fixed chunks that are never moved, so growing copies only the small array of chunks, never the
 * elements, and a chain of a million entries is not one huge array for the garbage collector to copy.
 */
final class AppendOnlyList<T> {

    private static final int CHUNK_BITS = 8;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;

    // volatile, with size: a reader that sees a size sees every chunk and element written before it
    private volatile Object[][] chunks = new Object[1][];
    private volatile int size;

    /** Adds {@code element} at the end; only one thread at a time may add. */
    void add(T element) {
        Objects.requireNonNull(element, "element");
        int n = size;
        int c = n >>> CHUNK_BITS;
        Object[][] spine = chunks;
        if (c == spine.length) {
            spine = Arrays.copyOf(spine, c * 2);
        }
        if (spine[c] == null) {
            spine[c] = new Object[CHUNK];
        }
        spine[c][n & MASK] = element;
        chunks = spine;
        size = n + 1;
    }

    /** How many elements have been added. */
    int size() {
        return size;
    }

    /** True when nothing has been added. */
    boolean isEmpty() {
        return size == 0;
    }

    /** The element at {@code index}, which must be below a size read before. */
    @SuppressWarnings("unchecked")
    T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
        return (T) chunks[index >>> CHUNK_BITS][index & MASK];
    }

    /** The last element, or {@code null} when empty. */
    T last() {
        int n = size;
        return n == 0 ? null : get(n - 1);
    }
}
