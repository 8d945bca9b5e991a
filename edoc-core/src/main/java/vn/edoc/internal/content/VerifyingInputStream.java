package vn.edoc.internal.content;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import vn.edoc.internal.hash.Sha256;
import vn.edoc.spi.ContentException;
import vn.edoc.spi.ContentRef;

/**
 * Hashes what is read and, at the end of the stream, compares digest and length with the reference: a mismatch fails
 * the read that reaches the end with {@link ContentException.Reason#CORRUPT}, so no caller sees damaged content end
 * normally. Every content adapter returns its streams through this class, which keeps the check in one place.
 */
public final class VerifyingInputStream extends FilterInputStream {

    private final ContentRef expected;
    private final MessageDigest digest = Sha256.newDigest();
    private long count;
    private boolean verified;

    /** Wraps {@code in}, which must hold the content of {@code expected}. */
    public VerifyingInputStream(InputStream in, ContentRef expected) {
        super(in);
        this.expected = expected;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            verifyAtEnd();
        } else {
            digest.update((byte) b);
            count++;
            checkLength();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            verifyAtEnd();
        } else if (n > 0) {
            digest.update(buffer, offset, n);
            count += n;
            checkLength();
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes must still be hashed, or the check at the end would be meaningless.
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // not supported: a reset would hash bytes twice
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    private void checkLength() {
        if (count > expected.size()) {
            throw new ContentException(ContentException.Reason.CORRUPT, expected,
                    "stored content is longer than " + expected.size() + " bytes");
        }
    }

    private void verifyAtEnd() {
        if (verified) {
            return;
        }
        verified = true;
        if (count != expected.size()) {
            throw new ContentException(ContentException.Reason.CORRUPT, expected,
                    "stored content has " + count + " bytes, expected " + expected.size());
        }
        String actual = Sha256.hex(digest.digest());
        if (!actual.equals(expected.sha256())) {
            throw new ContentException(ContentException.Reason.CORRUPT, expected,
                    "stored content hashes to " + actual);
        }
    }
}
