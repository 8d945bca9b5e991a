package vn.edoc.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.edoc.internal.content.Sha256;
import vn.edoc.spi.ContentException;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;

/**
 * The conformance kit of {@link ContentStore} (bộ kiểm tra tương thích kho nội dung tệp): extend it, give a fresh,
 * empty store with a size limit in {@link #create(long)}, a way to damage stored bytes behind the store's back in
 * {@link #tamper}, and, for an adapter shared by several processes, a second instance over the same storage in
 * {@link #sameStorage}.
 */
public abstract class ContentStoreCompatibilityKit {

    /** A fresh, empty store refusing content over {@code maxSize} bytes. */
    protected abstract ContentStore create(long maxSize);

    /** Replaces the stored bytes of {@code ref} in {@code store} by {@code bytes}, as a disk fault or an edit would. */
    protected abstract void tamper(ContentStore store, ContentRef ref, byte[] bytes);

    /**
     * Another instance over the same storage as {@code store} (another process would open this one); the store itself
     * for an adapter that cannot share its storage.
     */
    protected ContentStore sameStorage(ContentStore store) {
        return store;
    }

    private static final long LIMIT = 256 * 1024;

    private static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] readAll(ContentStore store, ContentRef ref) {
        try (InputStream in = store.open(ref)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void putReturnsTheDigestAndSizeAndOpenGivesTheBytesBack() {
        ContentStore store = create(LIMIT);
        ContentRef abc = store.put(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)));
        assertThat(abc).isEqualTo(new ContentRef(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", 3));
        ContentRef empty = store.put(InputStream.nullInputStream());
        assertThat(empty).isEqualTo(new ContentRef(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 0));
        byte[] big = bytes(200_000, 7);
        ContentRef ref = store.put(new ByteArrayInputStream(big));
        assertThat(ref).isEqualTo(new ContentRef(Sha256.of(big), big.length));
        assertThat(readAll(store, ref)).isEqualTo(big);
        assertThat(readAll(store, empty)).isEmpty();
        assertThat(store.exists(ref)).isTrue();
        assertThat(store.exists(new ContentRef(ref.sha256(), ref.size() + 1))).isFalse();
    }

    @Test
    void putIsIdempotentAndDoesNotCloseTheCallersStream() {
        ContentStore store = create(LIMIT);
        byte[] b = bytes(10_000, 1);
        boolean[] closed = {false};
        InputStream in = new FilterInputStream(new ByteArrayInputStream(b)) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        ContentRef first = store.put(in);
        assertThat(closed[0]).isFalse();
        ContentRef second = store.put(new ByteArrayInputStream(b));
        assertThat(second).isEqualTo(first);
        assertThat(readAll(store, first)).isEqualTo(b);
    }

    @Test
    void contentOverTheLimitIsRefusedAndNothingIsVisible() {
        ContentStore store = create(1000);
        byte[] atLimit = bytes(1000, 2);
        assertThat(store.put(new ByteArrayInputStream(atLimit)).size()).isEqualTo(1000);
        byte[] over = bytes(1001, 3);
        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(over)))
                .isInstanceOfSatisfying(ContentException.class,
                        e -> assertThat(e.reason()).isEqualTo(ContentException.Reason.TOO_LARGE));
        assertThat(store.exists(new ContentRef(Sha256.of(over), over.length))).isFalse();
        byte[] prefix = java.util.Arrays.copyOf(over, 1000);
        assertThat(store.exists(new ContentRef(Sha256.of(prefix), prefix.length))).isFalse();
    }

    @Test
    void aFailingInputIsAnIoFaultAndLeavesNothing() {
        ContentStore store = create(LIMIT);
        byte[] b = bytes(5000, 4);
        InputStream failing = new FilterInputStream(new ByteArrayInputStream(b)) {
            private int reads;

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                if (++reads > 1) {
                    throw new IOException("network cable pulled");
                }
                return super.read(buf, off, Math.min(len, 100));
            }
        };
        assertThatThrownBy(() -> store.put(failing)).isInstanceOfSatisfying(ContentException.class,
                e -> assertThat(e.reason()).isEqualTo(ContentException.Reason.IO));
        byte[] head = java.util.Arrays.copyOf(b, 100);
        assertThat(store.exists(new ContentRef(Sha256.of(head), 100))).isFalse();
        assertThat(store.exists(new ContentRef(Sha256.of(b), b.length))).isFalse();
    }

    @Test
    void tamperedContentFailsTheReadAsCorrupt() {
        ContentStore store = create(LIMIT);
        byte[] b = bytes(4000, 5);
        ContentRef ref = store.put(new ByteArrayInputStream(b));
        byte[] edited = b.clone();
        edited[1234] ^= 1;
        tamper(store, ref, edited);
        assertCorrupt(store, ref);
        tamper(store, ref, java.util.Arrays.copyOf(b, 3999));
        assertCorrupt(store, ref);
        byte[] longer = java.util.Arrays.copyOf(b, 4001);
        tamper(store, ref, longer);
        assertCorrupt(store, ref);
    }

    private static void assertCorrupt(ContentStore store, ContentRef ref) {
        assertThatThrownBy(() -> readAll(store, ref)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.reason()).isEqualTo(ContentException.Reason.CORRUPT);
            assertThat(e.ref()).contains(ref);
        });
    }

    @Test
    void missingContentIsNotFound() {
        ContentStore store = create(LIMIT);
        ContentRef ref = new ContentRef(Sha256.of(new byte[] {1, 2, 3}), 3);
        assertThat(store.exists(ref)).isFalse();
        assertThatThrownBy(() -> store.open(ref)).isInstanceOfSatisfying(ContentException.class, e -> {
            assertThat(e.reason()).isEqualTo(ContentException.Reason.NOT_FOUND);
            assertThat(e.ref()).contains(ref);
        });
    }

    @Test
    void concurrentPutsOfTheSameAndOtherContentAllSucceed() throws Exception {
        ContentStore one = create(LIMIT);
        ContentStore two = sameStorage(one);
        byte[] shared = bytes(150_000, 6);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ContentRef>> futures = new ArrayList<>();
            for (int i = 0; i < threads * 4; i++) {
                ContentStore store = i % 2 == 0 ? one : two;
                byte[] b = i % 4 == 0 ? bytes(20_000, 100 + i) : shared;
                Callable<ContentRef> put = () -> {
                    start.await();
                    ContentRef ref = store.put(new ByteArrayInputStream(b));
                    assertThat(readAll(store, ref)).isEqualTo(b);
                    return ref;
                };
                futures.add(pool.submit(put));
            }
            start.countDown();
            Set<ContentRef> refs = new HashSet<>();
            for (Future<ContentRef> f : futures) {
                refs.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(refs).hasSize(threads + 1).contains(new ContentRef(Sha256.of(shared), shared.length));
            for (ContentRef ref : refs) {
                assertThat(one.exists(ref)).isTrue();
                assertThat(two.exists(ref)).isTrue();
            }
            assertThat(readAll(two, new ContentRef(Sha256.of(shared), shared.length))).isEqualTo(shared);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void releaseIsTheOnlyWayContentGoes() {
        ContentStore store = create(LIMIT);
        byte[] b = bytes(300, 8);
        ContentRef ref = store.put(new ByteArrayInputStream(b));
        ContentRef other = store.put(new ByteArrayInputStream(bytes(300, 9)));
        assertThatThrownBy(() -> store.release(ref, null)).isInstanceOf(NullPointerException.class);
        assertThat(store.exists(ref)).isTrue();
        assertThat(store.release(ref, "hết thời hạn bảo quản: quyết định 12/QĐ-VP")).isTrue();
        assertThat(store.exists(ref)).isFalse();
        assertThat(sameStorage(store).exists(ref)).isFalse();
        assertThat(store.release(ref, "again")).isFalse();
        assertThatThrownBy(() -> store.open(ref)).isInstanceOfSatisfying(ContentException.class,
                e -> assertThat(e.reason()).isEqualTo(ContentException.Reason.NOT_FOUND));
        assertThat(store.exists(other)).isTrue();
        // storing it again after release brings it back
        assertThat(store.put(new ByteArrayInputStream(b))).isEqualTo(ref);
        assertThat(readAll(store, ref)).isEqualTo(b);
    }
}
