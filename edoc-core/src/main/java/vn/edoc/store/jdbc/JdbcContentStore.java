package vn.edoc.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.internal.content.VerifyingInputStream;
import vn.edoc.internal.hash.Sha256;
import vn.edoc.spi.ContentException;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;

/**
 * Content in the database (nội dung tệp trong cơ sở dữ liệu), for small installations that keep one backup: the bytes
 * in chunks of {@value #CHUNK_SIZE} bytes ({@code edoc_content_chunk}, {@code BYTEA} in PostgreSQL, {@code VARBINARY}
 * in H2), listed in {@code edoc_content} under their SHA-256. Neither writing nor reading holds more than one chunk in
 * memory: {@code bytea} cannot be streamed by the PostgreSQL driver, a chunk can.
 *
 * <p>{@link #put} writes the chunks under a temporary key in a transaction of its own, then renames them to the digest
 * and lists the content in the same transaction, so a failed or oversized put leaves nothing. On PostgreSQL a file
 * smaller than one chunk is listed and written by one statement instead (one round trip rather than five). Two puts of the same
 * bytes at once both return the same reference; one of them stores it. Reads fetch chunk after chunk, each with a
 * short use of a pooled connection, through {@link VerifyingInputStream}: a damaged or edited chunk fails the read
 * that reaches the end with {@link ContentException.Reason#CORRUPT}.
 */
public final class JdbcContentStore implements ContentStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcContentStore.class);
    /** Bytes per chunk row. */
    public static final int CHUNK_SIZE = 64 * 1024;
    /** The default limit of one file: 256 MiB. */
    public static final long DEFAULT_MAX_SIZE = 256L * 1024 * 1024;

    private final JdbcTransactions transactions;
    private final long maxSize;
    private final Clock clock;

    /** A store over the database of {@code transactions} with the default limit. */
    public JdbcContentStore(JdbcTransactions transactions) {
        this(transactions, DEFAULT_MAX_SIZE, Clock.systemUTC());
    }

    /** A store refusing files over {@code maxSize} bytes, dating rows with {@code clock}. */
    public JdbcContentStore(JdbcTransactions transactions, long maxSize, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        if (maxSize < 0) {
            throw new IllegalArgumentException("maxSize out of range: " + maxSize);
        }
        this.maxSize = maxSize;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The largest file accepted, in bytes. */
    public long maxSize() {
        return maxSize;
    }

    @Override
    public ContentRef put(InputStream content) {
        Objects.requireNonNull(content, "content");
        // exactly the bytes read, at most one chunk: a letter of a few KiB neither allocates nor clears 64 KiB
        byte[] first = readFirstChunk(content);
        int filled = first.length;
        if (filled > maxSize) {
            throw new ContentException(ContentException.Reason.TOO_LARGE, null,
                    "content over the limit of " + maxSize + " bytes");
        }
        if (filled < CHUNK_SIZE && transactions.dialect() == Dialect.POSTGRESQL) {
            return putOneChunk(first, filled);
        }
        return putChunked(new Prefixed(first, filled, content));
    }

    /**
     * A file of less than one chunk (most letters and decisions) on PostgreSQL: listed and written in one statement,
     * in one round trip; the chunk is written only when the listing is new, so a second put of the same bytes, even
     * a concurrent one, writes nothing.
     */
    private ContentRef putOneChunk(byte[] chunk, int size) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(chunk, 0, size);
        ContentRef ref = new ContentRef(Sha256.hex(digest.digest()), size);
        String sql = size == 0
                ? "INSERT INTO edoc_content (sha256, byte_size, chunk_count, stored_at) VALUES (?, ?, 0, ?)"
                + " ON CONFLICT DO NOTHING"
                : "WITH listed AS (INSERT INTO edoc_content (sha256, byte_size, chunk_count, stored_at)"
                + " VALUES (?, ?, 1, ?) ON CONFLICT DO NOTHING RETURNING sha256)"
                + " INSERT INTO edoc_content_chunk (content_key, chunk_no, bytes) SELECT sha256, 0, ? FROM listed";
        try (Connection c = transactions.dataSource().getConnection()) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, ref.sha256());
                p.setLong(2, size);
                p.setObject(3, Rows.timestamp(clock.instant()));
                if (size > 0) {
                    p.setBytes(4, chunk.length == size ? chunk : java.util.Arrays.copyOf(chunk, size));
                }
                p.executeUpdate();
            }
            return ref;
        } catch (SQLException e) {
            throw new ContentException(ContentException.Reason.IO, null, "storing content failed: " + e.getMessage(), e);
        }
    }

    /** The first chunk already read, then the rest of the caller's stream, which is never closed here. */
    private static final class Prefixed extends InputStream {
        private final byte[] head;
        private final int headSize;
        private final InputStream rest;
        private int at;

        Prefixed(byte[] head, int headSize, InputStream rest) {
            this.head = head;
            this.headSize = headSize;
            this.rest = rest;
        }

        @Override
        public int read() throws IOException {
            return at < headSize ? head[at++] & 0xff : rest.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (at < headSize) {
                int n = Math.min(len, headSize - at);
                System.arraycopy(head, at, b, off, n);
                at += n;
                return n;
            }
            return rest.read(b, off, len);
        }
    }

    private ContentRef putChunked(InputStream content) {
        DataSource ds = transactions.dataSource();
        String upload = "upload-" + UUID.randomUUID();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                ContentRef ref = upload(c, content, upload);
                if (stored(c, ref.sha256()).isPresent()) {
                    c.rollback();
                    return ref;
                }
                try {
                    try (PreparedStatement p = c.prepareStatement(
                            "UPDATE edoc_content_chunk SET content_key = ? WHERE content_key = ?")) {
                        p.setString(1, ref.sha256());
                        p.setString(2, upload);
                        p.executeUpdate();
                    }
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO edoc_content"
                            + " (sha256, byte_size, chunk_count, stored_at) VALUES (?, ?, ?, ?)")) {
                        p.setString(1, ref.sha256());
                        p.setLong(2, ref.size());
                        p.setInt(3, (int) ((ref.size() + CHUNK_SIZE - 1) / CHUNK_SIZE));
                        p.setObject(4, Rows.timestamp(clock.instant()));
                        p.executeUpdate();
                    }
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                    if (Dialect.isDuplicateKey(e)) {
                        // the same bytes were stored by a concurrent put, which committed first
                        return ref;
                    }
                    throw e;
                }
                return ref;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new ContentException(ContentException.Reason.IO, null, "storing content failed: " + e.getMessage(), e);
        }
    }

    private ContentRef upload(Connection c, InputStream content, String key) throws SQLException {
        MessageDigest digest = Sha256.newDigest();
        byte[] chunk = new byte[CHUNK_SIZE];
        long total = 0;
        int number = 0;
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO edoc_content_chunk (content_key, chunk_no, bytes) VALUES (?, ?, ?)")) {
            while (true) {
                int filled = fill(content, chunk);
                if (filled == 0) {
                    break;
                }
                total += filled;
                if (total > maxSize) {
                    throw new ContentException(ContentException.Reason.TOO_LARGE, null,
                            "content over the limit of " + maxSize + " bytes");
                }
                digest.update(chunk, 0, filled);
                p.setString(1, key);
                p.setInt(2, number++);
                p.setBytes(3, filled == CHUNK_SIZE ? chunk : java.util.Arrays.copyOf(chunk, filled));
                p.executeUpdate();
                if (filled < CHUNK_SIZE) {
                    break;
                }
            }
        }
        return new ContentRef(Sha256.hex(digest.digest()), total);
    }

    private static byte[] readFirstChunk(InputStream in) {
        try {
            return in.readNBytes(CHUNK_SIZE);
        } catch (IOException e) {
            throw new ContentException(ContentException.Reason.IO, null, "reading the content failed", e);
        }
    }

    private static int fill(InputStream in, byte[] buffer) {
        int filled = 0;
        try {
            while (filled < buffer.length) {
                int n = in.read(buffer, filled, buffer.length - filled);
                if (n < 0) {
                    break;
                }
                filled += n;
            }
        } catch (IOException e) {
            throw new ContentException(ContentException.Reason.IO, null, "reading the content failed", e);
        }
        return filled;
    }

    /** The stored size of content {@code sha256}, when listed. */
    private static Optional<Long> stored(Connection c, String sha256) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT byte_size FROM edoc_content WHERE sha256 = ?")) {
            p.setString(1, sha256);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    @Override
    public InputStream open(ContentRef ref) {
        Objects.requireNonNull(ref, "ref");
        Optional<Long> size = query(c -> stored(c, ref.sha256()), ref);
        if (size.isEmpty()) {
            throw new ContentException(ContentException.Reason.NOT_FOUND, ref, "no content stored");
        }
        return new VerifyingInputStream(new ChunkStream(ref), ref);
    }

    @Override
    public boolean exists(ContentRef ref) {
        Objects.requireNonNull(ref, "ref");
        return query(c -> stored(c, ref.sha256()), ref).map(s -> s == ref.size()).orElse(false);
    }

    @Override
    public boolean release(ContentRef ref, String decision) {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(decision, "decision");
        boolean removed = transactions.inTransaction(uow -> transactions.inside(uow, "release " + ref, c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM edoc_content_chunk WHERE content_key = ?")) {
                p.setString(1, ref.sha256());
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM edoc_content WHERE sha256 = ?")) {
                p.setString(1, ref.sha256());
                return p.executeUpdate() > 0;
            }
        }));
        if (removed) {
            LOG.info("content {} released: {}", ref, decision);
        }
        return removed;
    }

    private <T> T query(JdbcTransactions.SqlWork<T> work, ContentRef ref) {
        try (Connection c = transactions.dataSource().getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new ContentException(ContentException.Reason.IO, ref, "reading content failed: " + e.getMessage(), e);
        }
    }

    /** The chunks of one content, fetched one at a time as the reader goes. */
    private final class ChunkStream extends InputStream {
        private final ContentRef ref;
        private byte[] chunk = new byte[0];
        private int offset;
        private int next;
        private boolean ended;

        ChunkStream(ContentRef ref) {
            this.ref = ref;
        }

        private boolean ensure() {
            while (!ended && offset >= chunk.length) {
                byte[] fetched = query(c -> {
                    try (PreparedStatement p = c.prepareStatement(
                            "SELECT bytes FROM edoc_content_chunk WHERE content_key = ? AND chunk_no = ?")) {
                        p.setString(1, ref.sha256());
                        p.setInt(2, next);
                        try (ResultSet rs = p.executeQuery()) {
                            return rs.next() ? rs.getBytes(1) : null;
                        }
                    }
                }, ref);
                if (fetched == null) {
                    // a missing chunk ends the stream early; the verifying stream reports the wrong length
                    ended = true;
                } else {
                    chunk = fetched;
                    offset = 0;
                    next++;
                }
            }
            return !ended || offset < chunk.length;
        }

        @Override
        public int read() {
            if (!ensure()) {
                return -1;
            }
            return chunk[offset++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int off, int len) {
            Objects.checkFromIndexSize(off, len, buffer.length);
            if (len == 0) {
                return 0;
            }
            if (!ensure()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - offset);
            System.arraycopy(chunk, offset, buffer, off, n);
            offset += n;
            return n;
        }
    }
}
