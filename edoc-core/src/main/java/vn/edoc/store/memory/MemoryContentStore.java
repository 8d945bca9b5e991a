package vn.edoc.store.memory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.internal.content.VerifyingInputStream;
import vn.edoc.internal.hash.Sha256;
import vn.edoc.spi.ContentException;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;

/**
 * The in-memory content store (kho nội dung trong bộ nhớ), for tests and the demo: bytes kept in a map by digest,
 * each file at most {@link #maxSize()} bytes (16 MiB unless given).
 */
public final class MemoryContentStore implements ContentStore {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryContentStore.class);
    /** The default limit of one file: 16 MiB. */
    public static final long DEFAULT_MAX_SIZE = 16L * 1024 * 1024;

    private final ConcurrentMap<String, byte[]> contents = new ConcurrentHashMap<>();
    private final long maxSize;

    /** A store with the default limit. */
    public MemoryContentStore() {
        this(DEFAULT_MAX_SIZE);
    }

    /** A store refusing files over {@code maxSize} bytes (at most {@code Integer.MAX_VALUE - 8}). */
    public MemoryContentStore(long maxSize) {
        if (maxSize < 0 || maxSize > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxSize out of range: " + maxSize);
        }
        this.maxSize = maxSize;
    }

    /** The largest file accepted, in bytes. */
    public long maxSize() {
        return maxSize;
    }

    @Override
    public ContentRef put(InputStream content) {
        Objects.requireNonNull(content, "content");
        MessageDigest digest = Sha256.newDigest();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            int n;
            while ((n = content.read(chunk)) >= 0) {
                if (buffer.size() + (long) n > maxSize) {
                    throw new ContentException(ContentException.Reason.TOO_LARGE, null,
                            "content over the limit of " + maxSize + " bytes");
                }
                digest.update(chunk, 0, n);
                buffer.write(chunk, 0, n);
            }
        } catch (IOException e) {
            throw new ContentException(ContentException.Reason.IO, null, "reading the content failed", e);
        }
        byte[] bytes = buffer.toByteArray();
        ContentRef ref = new ContentRef(Sha256.hex(digest.digest()), bytes.length);
        contents.putIfAbsent(ref.sha256(), bytes);
        return ref;
    }

    @Override
    public InputStream open(ContentRef ref) {
        Objects.requireNonNull(ref, "ref");
        byte[] bytes = contents.get(ref.sha256());
        if (bytes == null) {
            throw new ContentException(ContentException.Reason.NOT_FOUND, ref, "no content stored");
        }
        return new VerifyingInputStream(new ByteArrayInputStream(bytes), ref);
    }

    @Override
    public boolean exists(ContentRef ref) {
        byte[] bytes = contents.get(Objects.requireNonNull(ref, "ref").sha256());
        return bytes != null && bytes.length == ref.size();
    }

    @Override
    public boolean release(ContentRef ref, String decision) {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(decision, "decision");
        boolean removed = contents.remove(ref.sha256()) != null;
        if (removed) {
            LOG.info("content {} released: {}", ref, decision);
        }
        return removed;
    }

    /** Test hook: replaces the stored bytes of {@code ref} behind the store's back, to show tampering is caught. */
    void tamper(ContentRef ref, byte[] bytes) {
        contents.put(ref.sha256(), bytes.clone());
    }
}
