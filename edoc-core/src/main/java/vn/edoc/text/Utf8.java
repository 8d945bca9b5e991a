package vn.edoc.text;

/**
 * A strict UTF-8 validator (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF. Written out
 * rather than borrowed from a decoder so that it counts every invalid sequence and finds the first one's
 * offset in one linear pass.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * The outcome of validating.
     *
     * @param firstError offset of the first byte of the first invalid sequence, or -1
     * @param errors     how many invalid sequences there are
     * @param ascii      true when every byte is below 0x80
     */
    record Validation(int firstError, int errors, boolean ascii) {
        boolean valid() {
            return errors == 0;
        }
    }

    /** True when the bytes start with the UTF-8 byte order mark EF BB BF. */
    static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    static Validation validate(byte[] b) {
        int first = -1;
        int errors = 0;
        boolean ascii = true;
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            ascii = false;
            int len = sequenceLength(b, i);
            if (len <= 0) {
                errors++;
                if (first < 0) {
                    first = i;
                }
                i += Math.max(1, -len);
            } else {
                i += len;
            }
        }
        return new Validation(first, errors, ascii);
    }

    /**
     * The length of the valid sequence starting at {@code i}, or minus the number of bytes to skip when it is
     * invalid (at least one; a truncated sequence's valid prefix is skipped whole, as decoders do).
     */
    private static int sequenceLength(byte[] b, int i) {
        int c = b[i] & 0xFF;
        int need;
        int min2;
        int max2 = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            min2 = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            min2 = c == 0xE0 ? 0xA0 : 0x80;
            if (c == 0xED) {
                max2 = 0x9F;
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            min2 = c == 0xF0 ? 0x90 : 0x80;
            if (c == 0xF4) {
                max2 = 0x8F;
            }
        } else {
            return -1;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= b.length) {
                return -k;
            }
            int d = b[i + k] & 0xFF;
            int lo = k == 1 ? min2 : 0x80;
            int hi = k == 1 ? max2 : 0xBF;
            if (d < lo || d > hi) {
                return -k;
            }
        }
        return need + 1;
    }

    /**
     * Decodes one valid multi-byte sequence at {@code i} of {@code b}, returning the code point and its length
     * packed as {@code cp << 3 | len}, or -1 when the bytes there are not a valid multi-byte sequence.
     */
    static long decodeAt(byte[] b, int i) {
        int c = b[i] & 0xFF;
        if (c < 0xC2 || c > 0xF4) {
            return -1;
        }
        int len = sequenceLength(b, i);
        if (len <= 1) {
            return -1;
        }
        int cp;
        if (len == 2) {
            cp = ((c & 0x1F) << 6) | (b[i + 1] & 0x3F);
        } else if (len == 3) {
            cp = ((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
        } else {
            cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
        }
        return ((long) cp << 3) | len;
    }
}
