package vn.edoc.interconnect.edxml;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;

/** A store holding one generated file of any size (pseudo-random bytes from a seed), never in memory. */
final class GeneratedContent implements ContentStore {

    private final long size;
    private final long seed;
    private final ContentRef ref;

    GeneratedContent(long size, long seed) {
        this.size = size;
        this.seed = seed;
        try (InputStream in = stream()) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                d.update(buf, 0, n);
            }
            this.ref = new ContentRef(HexFormat.of().formatHex(d.digest()), size);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    ContentRef ref() {
        return ref;
    }

    private InputStream stream() {
        return new InputStream() {
            private long left = size;
            private long x = seed | 1;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                for (int i = 0; i < n; i++) {
                    x ^= x << 13;
                    x ^= x >>> 7;
                    x ^= x << 17;
                    b[off + i] = (byte) x;
                }
                left -= n;
                return n;
            }
        };
    }

    @Override
    public ContentRef put(InputStream content) {
        throw new UnsupportedOperationException("generated content only");
    }

    @Override
    public InputStream open(ContentRef r) {
        if (!r.equals(ref)) {
            throw new vn.edoc.spi.ContentException(vn.edoc.spi.ContentException.Reason.NOT_FOUND, r, "not here");
        }
        return stream();
    }

    @Override
    public boolean exists(ContentRef r) {
        return r.equals(ref);
    }

    @Override
    public boolean release(ContentRef r, String decision) {
        return false;
    }
}
