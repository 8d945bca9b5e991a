package vn.edoc.store.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A list that only grows (danh sách chỉ ghi thêm), for the committed state of the memory stores: an audit chain, the
 * order in which a table's rows first appeared. Any number of threads add and read at the same time without a lock:
 * an adder claims a place with one atomic increment and writes its element there, so a reader may find a place
 * claimed but not written yet, which reads as {@code null}, and never an element before it is complete.
 *
 * <p>Elements live in fixed chunks that are never moved, so growing copies only the small array of chunks, never the
 * elements, and a chain of a million entries is not one huge array for the garbage collector to copy.
 */
final class AppendOnlyList<T> {

    private static final int CHUNK_BITS = 8;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

    private final AtomicInteger claimed = new AtomicInteger();
    // a reader that reads the spine sees every chunk put in it before (chunks are added under this list's monitor,
    // once per CHUNK elements)
    private volatile Object[][] spine = new Object[1][];

    /** Adds {@code element} at the end; its index. */
    int add(T element) {
        Objects.requireNonNull(element, "element");
        int index = claimed.getAndIncrement();
        SLOT.setRelease(chunk(index >>> CHUNK_BITS), index & MASK, element);
        return index;
    }

    /** Replaces the element at {@code index} by an equivalent one; only its adder may do so. */
    void set(int index, T element) {
        Objects.requireNonNull(element, "element");
        SLOT.setRelease(chunk(index >>> CHUNK_BITS), index & MASK, element);
    }

    private Object[] chunk(int c) {
        Object[][] s = spine;
        if (c < s.length && s[c] != null) {
            return s[c];
        }
        synchronized (this) {
            s = spine;
            if (c >= s.length) {
                s = Arrays.copyOf(s, Math.max(c + 1, s.length * 2));
            }
            if (s[c] == null) {
                s[c] = new Object[CHUNK];
            }
            spine = s;
            return s[c];
        }
    }

    /** How many places have been claimed: an upper bound of the elements written. */
    int size() {
        return claimed.get();
    }

    /** The element at {@code index} (below a size read before), or {@code null} when not written yet. */
    @SuppressWarnings("unchecked")
    T get(int index) {
        if (index < 0) {
            throw new IndexOutOfBoundsException("index " + index);
        }
        Object[][] s = spine;
        int c = index >>> CHUNK_BITS;
        Object[] chunk = c < s.length ? s[c] : null;
        return chunk == null ? null : (T) SLOT.getAcquire(chunk, index & MASK);
    }
}
