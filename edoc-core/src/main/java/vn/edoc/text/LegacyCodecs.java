package vn.edoc.text;

import vn.edoc.validation.EdocRuleException;

/**
 * The legacy Vietnamese encodings (bảng mã cũ) and their converters to and from Unicode.
 *
 * <p>What each can represent of the 134 letter forms of {@link VietnameseLetters}:
 * <ul>
 *   <li>{@link #vni()} and {@link #windows1258()}: all 134, upper and lower case;</li>
 *   <li>{@link #tcvn3()} (VN3): the 67 lowercase forms and the 7 toneless capitals Ă Â Ê Ô Ơ Ư Đ, 74 in all; the
 *       60 uppercase toned forms (À, Ấ, Ự...) are refused;</li>
 *   <li>{@link #tcvn3Capitals()} (the "H" fonts such as {@code .VnTimeH}): the 67 uppercase forms, written at
 *       the lowercase positions; lowercase letters are refused.</li>
 * </ul>
 * Within those sets, encode then decode gives back the same text.
 */
public final class LegacyCodecs {

    private static final Tcvn3Codec TCVN3 = new Tcvn3Codec(false);
    private static final Tcvn3Codec TCVN3_CAPITALS = new Tcvn3Codec(true);
    private static final VniCodec VNI = new VniCodec();
    private static final Windows1258Codec WINDOWS_1258 = new Windows1258Codec();

    private LegacyCodecs() {
    }

    /** TCVN3 (ABC, TCVN 5712:1993 VN3) as written with the ordinary {@code .Vn} fonts. */
    public static LegacyCodec tcvn3() {
        return TCVN3;
    }

    /**
     * TCVN3 as written with the capital-letter "H" fonts ({@code .VnTimeH}): the same bytes, every letter
     * read as a capital. Use it for titles typed in those fonts; {@link #of(TextEncoding)} never returns it.
     */
    public static LegacyCodec tcvn3Capitals() {
        return TCVN3_CAPITALS;
    }

    /** VNI-Windows. */
    public static LegacyCodec vni() {
        return VNI;
    }

    /** Windows code page 1258. */
    public static LegacyCodec windows1258() {
        return WINDOWS_1258;
    }

    /**
     * The codec of a legacy encoding.
     *
     * @throws EdocRuleException with {@link TextViolation#ENCODING_NOT_DETECTED} for a Unicode or unknown encoding,
     *                           which has no legacy codec
     */
    public static LegacyCodec of(TextEncoding e) {
        if (e == null) {
            throw EdocRuleException.of(TextViolation.ENCODING_NOT_DETECTED, "encoding");
        }
        switch (e) {
            case TCVN3:
                return TCVN3;
            case VNI:
                return VNI;
            case WINDOWS_1258:
                return WINDOWS_1258;
            default:
                throw EdocRuleException.of(TextViolation.ENCODING_NOT_DETECTED, "encoding");
        }
    }

    /**
     * Decoding for scoring a guess: undefined bytes, VNI mark bytes that modify no letter, and the TCVN 5712
     * positions that VN3 leaves empty become U+FFFD.
     */
    static String decodeForScoring(TextEncoding e, byte[] bytes) {
        switch (e) {
            case TCVN3:
                return TCVN3.decode(bytes, false, true);
            case VNI:
                return VNI.decode(bytes, false, true);
            default:
                return decodeLenient(e, bytes);
        }
    }

    /** Lenient decoding for detection and diagnosis: undefined bytes become U+FFFD. */
    static String decodeLenient(TextEncoding e, byte[] bytes) {
        switch (e) {
            case TCVN3:
                return TCVN3.decode(bytes, false);
            case VNI:
                return VNI.decode(bytes, false);
            case WINDOWS_1258:
                return WINDOWS_1258.decode(bytes, false);
            default:
                throw new IllegalArgumentException("not a legacy encoding: " + e);
        }
    }
}
