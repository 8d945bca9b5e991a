package vn.edoc.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a byte stream into pieces of at most about {@value #SIZE} bytes at places where no decoding or check looks
 * across the cut, so that each piece can be decoded, normalised and scanned alone with the same result as the whole:
 * after a line feed; failing that, before an ASCII space or tab (words stay whole); failing that, before any ASCII
 * byte (no UTF-8 sequence, legacy letter with its marks, or Unicode letter with its combining marks continues with
 * an ASCII byte); and only in a line of {@value #SIZE} bytes with no ASCII byte at all, before a byte that does not
 * continue a UTF-8 sequence.
 */
final class TextChunks {

    /** The size of a piece, and of the sample scored by the encoding detector. */
    static final int SIZE = EncodingDetector.SAMPLE_BYTES;

    private final InputStream in;
    private final byte[] buffer = new byte[SIZE];
    private int filled;
    private boolean eof;
    private long offset;

    TextChunks(InputStream in) {
        this.in = in;
    }

    /** The offset in the stream of the first byte of the piece {@link #next()} returns next. */
    long offset() {
        return offset;
    }

    /** The next piece, or {@code null} at the end of the stream. */
    byte[] next() throws IOException {
        while (!eof && filled < SIZE) {
            int r = in.read(buffer, filled, SIZE - filled);
            if (r < 0) {
                eof = true;
            } else {
                filled += r;
            }
        }
        if (filled == 0) {
            return null;
        }
        int cut = eof ? filled : cut();
        byte[] piece = Arrays.copyOf(buffer, cut);
        System.arraycopy(buffer, cut, buffer, 0, filled - cut);
        filled -= cut;
        offset += cut;
        return piece;
    }

    private int cut() {
        for (int i = filled - 1; i > 0; i--) {
            if (buffer[i] == '\n') {
                return i + 1;
            }
        }
        for (int i = filled - 1; i > 0; i--) {
            if (buffer[i] == ' ' || buffer[i] == '\t') {
                return i;
            }
        }
        for (int i = filled - 1; i > 0; i--) {
            if (buffer[i] >= 0) {
                return i;
            }
        }
        for (int i = filled - 1; i > 0; i--) {
            if ((buffer[i] & 0xC0) != 0x80) {
                return i;
            }
        }
        return filled;
    }
}
