package vn.edoc.store.memory;

import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.tck.ContentStoreCompatibilityKit;

/** The in-memory content store passes the content store conformance kit. */
class MemoryContentStoreCompatibilityTest extends ContentStoreCompatibilityKit {

    @Override
    protected ContentStore create(long maxSize) {
        return new MemoryContentStore(maxSize);
    }

    @Override
    protected void tamper(ContentStore store, ContentRef ref, byte[] bytes) {
        ((MemoryContentStore) store).tamper(ref, bytes);
    }
}
