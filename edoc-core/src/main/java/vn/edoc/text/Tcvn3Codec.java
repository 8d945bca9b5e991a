package vn.edoc.text;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * TCVN 5712:1993 VN3, the "TCVN3" or "ABC" encoding of the {@code .Vn} fonts.
 *
 * <p>Byte table (facts from TCVN 5712:1993 as published in glibc's {@code TCVN5712-1} converter and the
 * {@code duydev/vietnamese-conversion} table): 0xA1-0xA7 Ă Â Ê Ô Ơ Ư Đ, 0xA8-0xAE ă â ê ô ơ ư đ, and the
 * 60 lowercase toned letters at 0xB5-0xFE (for example 0xB5 à, 0xB8 á, 0xD5 ế, 0xFD ý). VN3 has no
 * uppercase toned letter: documents typed them with the separate "H" fonts ({@code .VnTimeH}), which draw
 * capitals at the lowercase positions.
 *
 * <p>Decoding is lenient where it cannot mislead: 0x80-0x9F, where VN3 has no letters, are read as Windows-1252
 * punctuation (an assumption: files saved from Windows programs with {@code .Vn} fonts keep typographic quotes and
 * dashes there; VN1/VN2 data with uppercase letters in that range is therefore not supported); 0xB0-0xB4 are
 * the combining tone marks; the positions VN3 leaves empty (0xAF, 0xBA, 0xBF-0xC5, 0xCD, 0xD9-0xDB, 0xE0, 0xF0,
 * 0xFF) are read as the uppercase toned letters that the fuller TCVN 5712 table (VN1) puts there. Encoding is strict VN3: it never
 * writes those positions, so the 60 uppercase toned letters are refused.
 *
 * <p>With {@code capitals} the codec reads and writes the "H" font convention instead: every letter is a
 * capital, written at the byte of its lowercase form; lowercase letters cannot be written.
 */
final class Tcvn3Codec implements LegacyCodec {

    /** Byte 0xA0 onwards. */
    private static final String HIGH =
            // A0-AF
            "\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ"
            // B0-BF: combining huyền, hỏi, ngã, sắc, nặng, then à ả ã á ạ Ẳ ằ ẳ ẵ ắ Ẵ
            + "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"
            // C0-CF
            + "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"
            // D0-DF
            + "éẹềểễếệìỉỄẾỒĩíịò"
            // E0-EF
            + "Ổỏõóọồổỗốộờởỡớợù"
            // F0-FF
            + "ỖủũúụừửữứựỳỷỹýỵỐ";

    /** The positions VN3 itself leaves empty, decoded leniently but never written. */
    private static final String VN1_ONLY = "\u00AF\u00BA\u00BF\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00CD"
            + "\u00D9\u00DA\u00DB\u00E0\u00F0\u00FF";

    private static final char[] DECODE = new char[256];
    private static final Map<Character, Integer> ENCODE;

    static {
        Map<Character, Integer> encode = new HashMap<>();
        if (HIGH.length() != 96) {
            throw new IllegalStateException("TCVN3 table must have 96 entries, has " + HIGH.length());
        }
        for (int b = 0; b < 0x80; b++) {
            DECODE[b] = (char) b;
            encode.put((char) b, b);
        }
        for (int b = 0x80; b < 0xA0; b++) {
            char c = Cp1252.decode(b);
            DECODE[b] = c;
            if (c != Cp1252.UNDEFINED) {
                encode.put(c, b);
            }
        }
        for (int b = 0xA0; b < 0x100; b++) {
            char c = HIGH.charAt(b - 0xA0);
            DECODE[b] = c;
            if (VN1_ONLY.indexOf((char) b) < 0) {
                encode.put(c, b);
            }
        }
        ENCODE = Map.copyOf(encode);
    }

    private final boolean capitals;

    Tcvn3Codec(boolean capitals) {
        this.capitals = capitals;
    }

    @Override
    public TextEncoding encoding() {
        return TextEncoding.TCVN3;
    }

    @Override
    public String decode(byte[] bytes) {
        return decode(bytes, true);
    }

    /** Decodes; with {@code strict} false, undefined bytes become U+FFFD instead of a refusal. */
    String decode(byte[] bytes, boolean strict) {
        return decode(bytes, strict, false);
    }

    /**
     * Decodes; with {@code vn1AsUndefined} true, the positions VN3 leaves empty become U+FFFD: a real VN3 text
     * never holds them, so for detection they are evidence against TCVN3.
     */
    String decode(byte[] bytes, boolean strict, boolean vn1AsUndefined) {
        Objects.requireNonNull(bytes, "bytes");
        StringBuilder out = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            char c = DECODE[bytes[i] & 0xFF];
            if (vn1AsUndefined && VN1_ONLY.indexOf((char) (bytes[i] & 0xFF)) >= 0) {
                c = Cp1252.UNDEFINED;
            }
            if (c == Cp1252.UNDEFINED && strict) {
                throw Codecs.undecodable(i, bytes[i], TextEncoding.TCVN3);
            }
            out.append(capitals ? toCapital(c) : c);
        }
        return VietnameseText.toNfc(out.toString());
    }

    private static char toCapital(char c) {
        if ((c >= 'a' && c <= 'z') || VietnameseLetters.isLetterForm(c)) {
            return Character.toUpperCase(c);
        }
        return c;
    }

    @Override
    public byte[] encode(String nfcText) {
        String text = VietnameseText.toNfc(Objects.requireNonNull(nfcText, "nfcText"));
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (capitals) {
                if (Character.isLowerCase(c)) {
                    throw Codecs.unrepresentable(text, i, TextEncoding.TCVN3);
                }
                if ((c >= 'A' && c <= 'Z') || VietnameseLetters.isLetterForm(c)) {
                    c = Character.toLowerCase(c);
                }
            }
            Integer b = ENCODE.get(c);
            if (b == null) {
                throw Codecs.unrepresentable(text, i, TextEncoding.TCVN3);
            }
            out.write(b);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return capitals ? "TCVN3 (H fonts, capitals)" : "TCVN3 (VN3)";
    }
}
