package vn.edoc.interconnect.edxml;

/**
 * A streaming base64 decoder (RFC 4648 alphabet) that takes characters in pieces of any size, ignores the line
 * breaks and spaces that senders put in long values, and refuses any other character, misplaced padding and a last
 * group that is not whole. Failures say at which character (counted from the start of the value) they were found.
 *
 * <p>Whole blocks of {@link #BLOCK} bytes go to the JDK's {@link java.util.Base64} decoder, which the JIT replaces
 * with vector code (several times faster than any loop written here); it is strict (no line break, no space, padding
 * only at the very end), so a block it refuses is decoded again by the loop here, which says exactly what is wrong
 * and where. After one refusal (a wrapped value, or the end of the content) the rest of the value goes the slow way.
 */
final class Base64Decoder {

    /** The base64 bytes handed to the JDK's decoder at once: a multiple of 4. */
    static final int BLOCK = 64 * 1024;

    private static final byte INVALID = -1;
    private static final byte SPACE = -2;
    private static final byte PAD = -3;
    private static final byte[] TABLE = new byte[128];

    static {
        java.util.Arrays.fill(TABLE, INVALID);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            TABLE[alphabet.charAt(i)] = (byte) i;
        }
        TABLE[' '] = SPACE;
        TABLE['\t'] = SPACE;
        TABLE['\n'] = SPACE;
        TABLE['\r'] = SPACE;
        TABLE['='] = PAD;
    }

    /** A character that is not base64, or padding in the wrong place. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private int bits;
    private int count;
    private int padding;
    private long position;

    /**
     * Decodes {@code length} characters from {@code chars[start]} into {@code out} from {@code outStart}; returns the
     * number of bytes written. {@code out} must have room for {@code length * 3 / 4 + 3} bytes.
     */
    int decode(char[] chars, int start, int length, byte[] out, int outStart) throws Failure {
        int o = outStart;
        int end = start + length;
        int b = bits;
        int n = count;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            int v = c < 128 ? TABLE[c] : INVALID;
            if (v >= 0) {
                if (padding > 0) {
                    throw failure("data after padding", i - start);
                }
                b = b << 6 | v;
                if (++n == 4) {
                    out[o++] = (byte) (b >> 16);
                    out[o++] = (byte) (b >> 8);
                    out[o++] = (byte) b;
                    n = 0;
                    b = 0;
                }
            } else if (v == SPACE) {
                carriageReturn |= c == '\r';
                continue;
            } else if (v == PAD) {
                if (n < 2 || n + padding >= 4) {
                    throw failure("misplaced padding '='", i - start);
                }
                padding++;
                if (n + padding == 4) {
                    if (n == 2) {
                        out[o++] = (byte) (b >> 4);
                    } else {
                        out[o++] = (byte) (b >> 10);
                        out[o++] = (byte) (b >> 2);
                    }
                    n = 4;
                }
            } else {
                throw failure(c < 0x20 || c > 0x7E ? String.format("character U+%04X", (int) c)
                        : "character '" + c + "'", i - start);
            }
        }
        bits = b;
        count = n;
        position += length;
        return o - outStart;
    }

    private int consumed;
    private boolean carriageReturn;
    private final byte[] block = new byte[BLOCK];
    private boolean blocksRefused;
    private static final java.util.Base64.Decoder JDK = java.util.Base64.getDecoder();

    /**
     * Decodes one whole block of pure base64 from {@code src[start]} with the JDK's decoder into {@code out}; returns
     * the bytes written, or -1 when the block is not pure base64 without padding (nothing consumed then).
     */
    private int block(byte[] src, int start, byte[] out, int outStart) {
        if (blocksRefused || count != 0 || padding != 0 || src[start + BLOCK - 1] == '=') {
            return -1;
        }
        System.arraycopy(src, start, block, 0, BLOCK);
        try {
            if (outStart == 0) {
                return JDK.decode(block, out);
            }
            byte[] decoded = JDK.decode(block);
            System.arraycopy(decoded, 0, out, outStart, decoded.length);
            return decoded.length;
        } catch (IllegalArgumentException notPure) {
            // a line break, a space or the end of the value: the loop below finds which, and where
            blocksRefused = true;
            return -1;
        }
    }

    /**
     * Decodes ASCII base64 from {@code src[start]}, at most {@code length} bytes, whole groups at a time where it
     * can, and stops before the first byte that is neither base64, padding nor white space (the {@code '<'} that ends
     * the content, or anything the XML parser must see); returns the number of bytes written, {@link #consumed()}
     * says how many were read. {@code out} must have room for {@code length * 3 / 4 + 3} bytes; pieces of at least
     * {@link #BLOCK} bytes are decoded fastest. The same rules and
     * positions as {@link #decode(char[], int, int, byte[], int)}.
     */
    int decodeContent(byte[] src, int start, int length, byte[] out, int outStart) throws Failure {
        carriageReturn = false;
        int o = outStart;
        int i = start;
        int end = start + length;
        while (end - i >= BLOCK) {
            int n = block(src, i, out, o);
            if (n < 0) {
                break;
            }
            o += n;
            i += BLOCK;
        }
        while (i < end) {
            if (count == 0 && padding == 0) {
                // whole groups without spaces or padding: the usual case
                int limit = end - 4;
                while (i <= limit) {
                    int a = TABLE[src[i] & 0x7F] | src[i] >> 31;
                    int b = TABLE[src[i + 1] & 0x7F] | src[i + 1] >> 31;
                    int c = TABLE[src[i + 2] & 0x7F] | src[i + 2] >> 31;
                    int d = TABLE[src[i + 3] & 0x7F] | src[i + 3] >> 31;
                    if ((a | b | c | d) < 0) {
                        break;
                    }
                    int v = a << 18 | b << 12 | c << 6 | d;
                    out[o] = (byte) (v >> 16);
                    out[o + 1] = (byte) (v >> 8);
                    out[o + 2] = (byte) v;
                    o += 3;
                    i += 4;
                }
                if (i >= end) {
                    break;
                }
            }
            byte x = src[i];
            if (x < 0 || TABLE[x] == INVALID) {
                break;
            }
            // one character the slow way: a space, padding, a group cut by the end of the piece
            char[] one = {(char) x};
            long before = position;
            position = before + (i - start);
            o += decode(one, 0, 1, out, o);
            position = before;
            i++;
        }
        consumed = i - start;
        position += consumed;
        return o - outStart;
    }

    /** True when the bytes the last {@link #decodeContent} read hold a carriage return. */
    boolean sawCarriageReturn() {
        return carriageReturn;
    }

    /** How many bytes the last {@link #decodeContent} read. */
    int consumed() {
        return consumed;
    }

    /** The value ended: checks that its last group is whole. */
    void finish() throws Failure {
        if (count != 0 && count != 4) {
            throw new Failure("the value ends inside a group (" + count + " of 4 characters; length not a multiple "
                    + "of 4)");
        }
    }

    private Failure failure(String what, int offset) {
        return new Failure(what + " at character " + (position + offset + 1));
    }
}
