package vn.edoc.store.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.tck.ContentStoreCompatibilityKit;

/**
 * The filesystem content store passes the content store conformance kit, the concurrency part with two store
 * instances over one directory (as two processes would have).
 */
class FileContentStoreCompatibilityTest extends ContentStoreCompatibilityKit {

    @TempDir
    Path dir;

    @Override
    protected ContentStore create(long maxSize) {
        return new FileContentStore(dir.resolve("content"), maxSize);
    }

    @Override
    protected ContentStore sameStorage(ContentStore store) {
        FileContentStore files = (FileContentStore) store;
        return new FileContentStore(files.root(), files.maxSize());
    }

    @Override
    protected void tamper(ContentStore store, ContentRef ref, byte[] bytes) {
        try {
            Files.write(((FileContentStore) store).pathOf(ref), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
