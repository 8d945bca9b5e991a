package vn.edoc.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.edoc.spi.ContentException;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;

/**
 * A content store for benchmarks (kho nội dung chỉ giữ mã băm): {@link #put} costs what a real put costs up to the
 * storage itself (the stream read to its end in chunks, SHA-256 and length), but only the digest and size are kept,
 * so a benchmark that registers hundreds of thousands of files does not measure the garbage collector moving
 * gigabytes of kept bytes. The bytes cannot be read back: {@link #open} always fails with
 * {@link ContentException.Reason#NOT_FOUND}. Not for anything but measuring.
 */
final class DigestOnlyContentStore implements ContentStore {

    private final Set<ContentRef> kept = ConcurrentHashMap.newKeySet();
    /**
     * One read buffer per thread: a real store reads into its own buffers too (the JDBC store into the chunk it sends,
     * the filesystem store into the file channel's), so a new 8 KiB array per put would make this stand-in allocate
     * more than the engine it is measured with (it was 44 % of the bytes allocated per registration).
     */
    private final ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[8192]);

    @Override
    public ContentRef put(InputStream content) {
        Objects.requireNonNull(content, "content");
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        byte[] chunk = buffers.get();
        long size = 0;
        try {
            int n;
            while ((n = content.read(chunk)) >= 0) {
                digest.update(chunk, 0, n);
                size += n;
            }
        } catch (IOException e) {
            throw new ContentException(ContentException.Reason.IO, null, "reading the content failed", e);
        }
        ContentRef ref = new ContentRef(HexFormat.of().formatHex(digest.digest()), size);
        kept.add(ref);
        return ref;
    }

    @Override
    public InputStream open(ContentRef ref) {
        throw new ContentException(ContentException.Reason.NOT_FOUND, ref,
                "this benchmark store keeps digests only, never the bytes");
    }

    @Override
    public boolean exists(ContentRef ref) {
        return kept.contains(Objects.requireNonNull(ref, "ref"));
    }

    @Override
    public boolean release(ContentRef ref, String decision) {
        Objects.requireNonNull(decision, "decision");
        return kept.remove(Objects.requireNonNull(ref, "ref"));
    }
}
