package vn.edoc.interconnect.edxml;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.store.memory.MemoryContentStore;

/** A memory store that remembers what was stored and how many puts failed. */
final class RecordingStore implements ContentStore {

    final MemoryContentStore store;
    final List<ContentRef> stored = new ArrayList<>();
    int failed;

    RecordingStore() {
        this(MemoryContentStore.DEFAULT_MAX_SIZE);
    }

    RecordingStore(long max) {
        store = new MemoryContentStore(max);
    }

    @Override
    public ContentRef put(InputStream content) {
        try {
            ContentRef ref = store.put(content);
            stored.add(ref);
            return ref;
        } catch (RuntimeException e) {
            failed++;
            throw e;
        }
    }

    @Override
    public InputStream open(ContentRef ref) {
        return store.open(ref);
    }

    @Override
    public boolean exists(ContentRef ref) {
        return store.exists(ref);
    }

    @Override
    public boolean release(ContentRef ref, String decision) {
        return store.release(ref, decision);
    }
}
