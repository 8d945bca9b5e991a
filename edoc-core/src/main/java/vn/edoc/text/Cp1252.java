package vn.edoc.text;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;

/**
 * Windows-1252 byte values, taken from the JDK's own charset so that no table is retyped. VNI stores its
 * letters and marks in these positions, TCVN3 files keep its punctuation in 0x80-0x9F, and mojibake is
 * mostly UTF-8 read through it.
 */
final class Cp1252 {

    /** Marks a byte that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
    static final char UNDEFINED = '\uFFFD';

    private static final char[] DECODE = new char[256];
    private static final Map<Character, Integer> ENCODE;

    static {
        Map<Character, Integer> encode = new HashMap<>();
        Charset cs = Charset.forName("windows-1252");
        for (int b = 0; b < 256; b++) {
            String s = new String(new byte[] {(byte) b}, cs);
            char c = s.length() == 1 ? s.charAt(0) : UNDEFINED;
            DECODE[b] = c;
            if (c != UNDEFINED) {
                encode.put(c, b);
            }
        }
        ENCODE = Map.copyOf(encode);
    }

    private Cp1252() {
    }

    /** The character of byte {@code b} (0-255), or {@link #UNDEFINED}. */
    static char decode(int b) {
        return DECODE[b & 0xFF];
    }

    /** The byte of {@code c}, or -1 when Windows-1252 has no such character. */
    static int encode(char c) {
        Integer b = ENCODE.get(c);
        return b == null ? -1 : b;
    }

    /**
     * The byte that {@code c} came from when UTF-8 or legacy bytes were read as Windows-1252 or as Latin-1
     * (whose C1 controls U+0080-U+009F stand for the bytes 0x80-0x9F), or -1.
     */
    static int byteOfMisread(char c) {
        if (c >= 0x80 && c <= 0x9F) {
            return c;
        }
        return encode(c);
    }
}
