package vn.edoc.store.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Ids {@code prefix-N} from one counter per prefix, so that runs on memory stores give the same ids every time. A
 * counter is not rolled back with a unit of work: an id handed out once is never handed out again.
 */
final class MemoryIdCounter {

    private final String defaultPrefix;
    private final Map<String, Long> last = new HashMap<>();

    MemoryIdCounter(String defaultPrefix) {
        this.defaultPrefix = defaultPrefix;
    }

    /** The next {@code prefix-N} for which {@code taken} is false. */
    synchronized String next(String prefix, Predicate<String> taken) {
        String p = prefix == null || prefix.isBlank() ? defaultPrefix : prefix.strip();
        long n = last.getOrDefault(p, 0L);
        String id;
        do {
            n++;
            id = p + "-" + n;
        } while (taken.test(id));
        last.put(p, n);
        return id;
    }
}
