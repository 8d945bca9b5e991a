package vn.edoc.store.file;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.internal.content.Sha256;
import vn.edoc.internal.content.VerifyingInputStream;
import vn.edoc.spi.ContentException;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;

/**
 * The filesystem content store (kho nội dung tệp trên đĩa): one file per digest under a root directory, fanned out
 * by the first two pairs of hexadecimal digits ({@code ab/cd/abcd…}) so that no directory grows past 65,536
 * entries of a few files each.
 *
 * <h2>Durability and several writers</h2>
 * {@link #put} streams the input into a new temporary file under {@code tmp/} of the same root (so on the same
 * filesystem), hashing and counting as it goes; at the end it forces the file to disk, renames it atomically to its
 * digest's name and forces the directory, so a crash leaves either no content or the whole content under its name,
 * never a partial file. Two processes or threads storing the same bytes each write their own temporary file; the
 * renames replace one identical file with another, so every reader sees complete content. Temporary files of a
 * process that died mid-write stay in {@code tmp/}: they are never read, and may be deleted by an operator when no
 * {@code put} is running.
 *
 * <p>Reads go through {@link VerifyingInputStream}: a file edited on disk fails the read with
 * {@link ContentException.Reason#CORRUPT}. Content is only removed by {@link #release}.
 */
public final class FileContentStore implements ContentStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileContentStore.class);
    /** The default limit of one file: 64 MiB, the input limit of the command-line tool. */
    public static final long DEFAULT_MAX_SIZE = 64L * 1024 * 1024;
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path tmp;
    private final long maxSize;

    /** A store in {@code root} (created if missing) with the default limit. */
    public FileContentStore(Path root) {
        this(root, DEFAULT_MAX_SIZE);
    }

    /** A store in {@code root} (created if missing) refusing files over {@code maxSize} bytes. */
    public FileContentStore(Path root, long maxSize) {
        Objects.requireNonNull(root, "root");
        if (maxSize < 0) {
            throw new IllegalArgumentException("maxSize must not be negative: " + maxSize);
        }
        this.root = root.toAbsolutePath().normalize();
        this.tmp = this.root.resolve("tmp");
        this.maxSize = maxSize;
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the content directory " + this.root, e);
        }
    }

    /** The root directory. */
    public Path root() {
        return root;
    }

    /** The largest file accepted, in bytes. */
    public long maxSize() {
        return maxSize;
    }

    @Override
    public ContentRef put(InputStream content) {
        Objects.requireNonNull(content, "content");
        Path temp;
        try {
            temp = Files.createTempFile(tmp, "put-", ".part");
        } catch (IOException e) {
            throw new ContentException(ContentException.Reason.IO, null, "cannot create a temporary file in " + tmp,
                    e);
        }
        boolean moved = false;
        try {
            ContentRef ref = writeTemp(content, temp);
            Path target = pathOf(ref);
            if (Files.isRegularFile(target) && Files.size(target) == ref.size()) {
                // same bytes stored before (maybe by another process right now): nothing to add
                return ref;
            }
            Files.createDirectories(target.getParent());
            moveAtomically(temp, target, ref);
            moved = true;
            forceDirectory(target.getParent());
            return ref;
        } catch (IOException e) {
            throw new ContentException(ContentException.Reason.IO, null, "storing content failed", e);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    private ContentRef writeTemp(InputStream content, Path temp) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        long count = 0;
        byte[] chunk = new byte[BUFFER];
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            int n;
            while (true) {
                try {
                    n = content.read(chunk);
                } catch (IOException e) {
                    throw new ContentException(ContentException.Reason.IO, null, "reading the content failed", e);
                }
                if (n < 0) {
                    break;
                }
                count += n;
                if (count > maxSize) {
                    throw new ContentException(ContentException.Reason.TOO_LARGE, null,
                            "content over the limit of " + maxSize + " bytes");
                }
                digest.update(chunk, 0, n);
                ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, n);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
            // the bytes must be on disk before the rename makes them visible under their digest
            out.force(true);
        }
        return new ContentRef(Sha256.hex(digest.digest()), count);
    }

    private static void moveAtomically(Path temp, Path target, ContentRef ref) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            // a filesystem that will not replace atomically: a complete copy of the same bytes is already there
            if (!(Files.isRegularFile(target) && Files.size(target) == ref.size())) {
                throw e;
            }
            deleteQuietly(temp);
        }
    }

    @Override
    public InputStream open(ContentRef ref) {
        Objects.requireNonNull(ref, "ref");
        Path path = pathOf(ref);
        try {
            return new VerifyingInputStream(new BufferedInputStream(Files.newInputStream(path), BUFFER), ref);
        } catch (NoSuchFileException e) {
            throw new ContentException(ContentException.Reason.NOT_FOUND, ref, "no content stored", e);
        } catch (IOException e) {
            throw new ContentException(ContentException.Reason.IO, ref, "cannot open " + path, e);
        }
    }

    @Override
    public boolean exists(ContentRef ref) {
        Path path = pathOf(Objects.requireNonNull(ref, "ref"));
        try {
            return Files.isRegularFile(path) && Files.size(path) == ref.size();
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new ContentException(ContentException.Reason.IO, ref, "cannot read " + path, e);
        }
    }

    @Override
    public boolean release(ContentRef ref, String decision) {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(decision, "decision");
        Path path = pathOf(ref);
        try {
            boolean removed = Files.deleteIfExists(path);
            if (removed) {
                forceDirectory(path.getParent());
                LOG.info("content {} released: {}", ref, decision);
            }
            return removed;
        } catch (IOException e) {
            throw new ContentException(ContentException.Reason.IO, ref, "cannot remove " + path, e);
        }
    }

    /** Where the content of {@code ref} lives: {@code root/ab/cd/abcd…}. */
    Path pathOf(ContentRef ref) {
        String sha = ref.sha256();
        return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }

    /** The temporary directory, for the tests that check nothing is left behind. */
    Path temporaryDirectory() {
        return tmp;
    }

    private static void forceDirectory(Path dir) {
        // makes the rename itself durable; some platforms cannot open a directory, and then the rename is as durable
        // as the filesystem makes it
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("cannot force directory {}: {}", dir, e.toString());
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("cannot delete temporary file {}: {}", path, e.toString());
        }
    }
}
