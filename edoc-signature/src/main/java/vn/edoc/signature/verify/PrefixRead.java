package vn.edoc.signature.verify;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * The first {@code length} bytes of another reader, as a reader of its own: the signed revision of a PDF is the file
 * cut at the end of its byte range, and the parser must see nothing after it. Closing it closes the underlying
 * reader.
 */
final class PrefixRead implements RandomAccessRead {

    private final RandomAccessRead in;
    private final long length;
    private long position;
    private boolean closed;

    PrefixRead(RandomAccessRead in, long length) throws IOException {
        this.in = in;
        this.length = Math.min(length, in.length());
    }

    @Override
    public int read() throws IOException {
        if (position >= length) {
            return -1;
        }
        in.seek(position);
        int b = in.read();
        if (b >= 0) {
            position++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (position >= length) {
            return -1;
        }
        in.seek(position);
        int n = in.read(b, off, (int) Math.min(len, length - position));
        if (n > 0) {
            position += n;
        }
        return n;
    }

    @Override
    public long getPosition() {
        return position;
    }

    @Override
    public void seek(long pos) throws IOException {
        if (pos < 0) {
            throw new IOException("negative position " + pos);
        }
        position = Math.min(pos, length);
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        in.close();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isEOF() {
        return position >= length;
    }

    @Override
    public RandomAccessReadView createView(long start, long len) throws IOException {
        return new RandomAccessReadView(this, start, len);
    }
}
