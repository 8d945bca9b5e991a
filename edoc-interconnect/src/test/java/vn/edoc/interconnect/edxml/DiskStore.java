package vn.edoc.interconnect.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import vn.edoc.spi.ContentException;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;

/**
 * A small file store for the large-attachment test (the filesystem adapter of the content store arrives with its
 * own issue): content goes to a temporary file while its SHA-256 is computed, then is renamed to its digest.
 */
final class DiskStore implements ContentStore {

    private final Path dir;

    DiskStore(Path dir) {
        this.dir = dir;
    }

    @Override
    public ContentRef put(InputStream content) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "put", ".tmp");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), digest)) {
                size = content.transferTo(out);
            }
            ContentRef ref = new ContentRef(HexFormat.of().formatHex(digest.digest()), size);
            Files.move(tmp, dir.resolve(ref.sha256()), StandardCopyOption.REPLACE_EXISTING);
            return ref;
        } catch (IOException e) {
            throw new ContentException(ContentException.Reason.IO, null, "put failed", e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: a temporary file, never referenced
                }
            }
        }
    }

    @Override
    public InputStream open(ContentRef ref) {
        try {
            return Files.newInputStream(dir.resolve(ref.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean exists(ContentRef ref) {
        return Files.exists(dir.resolve(ref.sha256()));
    }

    @Override
    public boolean release(ContentRef ref, String decision) {
        try {
            return Files.deleteIfExists(dir.resolve(ref.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
