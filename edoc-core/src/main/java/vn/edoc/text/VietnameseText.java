package vn.edoc.text;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;

/**
 * Checks and converts Vietnamese text against rule R-FMT-1: text uses the Vietnamese character set of
 * TCVN 6909:2001 (bộ mã ký tự chữ Việt Unicode), read here as UTF-8 with precomposed (NFC) letters and no
 * stray control characters.
 *
 * <p>{@link #check(byte[])} reports the encoding of a file and every violation; {@link #checkString(String, String)}
 * checks a field that was already decoded; {@link #convert(byte[], TextEncoding)} turns TCVN3, VNI, Windows-1258
 * or decomposed Unicode into NFC. All work in time linear in the input, and refuse input larger than
 * {@link TextLimits#maxInputBytes()}. A {@code null} input is treated as empty.
 */
public final class VietnameseText {

    private static final byte[] EMPTY = new byte[0];

    private VietnameseText() {
    }

    /** {@link #check(byte[], TextLimits)} with {@link TextLimits#defaults()}. */
    public static TextReport check(byte[] content) {
        return check(content, TextLimits.defaults());
    }

    /**
     * Detects the encoding of {@code content} and reports every violation of R-FMT-1, with paths such as
     * {@code "line 3, column 7"}: invalid UTF-8 and the legacy encoding it is in, decomposed letters, control
     * characters, U+FFFD, byte order marks, invalid and private-use code points, mojibake. Never throws for any
     * content.
     */
    public static TextReport check(byte[] content, TextLimits limits) {
        byte[] bytes = content == null ? EMPTY : content;
        TextLimits l = limits == null ? TextLimits.defaults() : limits;
        if (bytes.length > l.maxInputBytes()) {
            return new TextReport(TextEncoding.UNKNOWN, false, ValidationResult.of(
                    TextViolation.INPUT_TOO_LARGE.at("", bytes.length, l.maxInputBytes())));
        }
        ViolationCollector out = new ViolationCollector(l.maxReportedPerKind());
        Utf8.Validation v = Utf8.validate(bytes);
        if (v.valid()) {
            TextEncoding encoding = EncodingDetector.unicodeForm(bytes, v);
            // the scanner reports a leading U+FEFF itself as a leading byte order mark
            String text = v.ascii() ? new String(bytes, StandardCharsets.US_ASCII)
                    : new String(bytes, StandardCharsets.UTF_8);
            TextScanner.scan(text, "", out, true);
            ValidationResult result = out.result();
            return new TextReport(encoding, encoding == TextEncoding.UTF8_NFC && result.isValid(), result);
        }
        out.add(TextViolation.INVALID_UTF8, bytePosition(bytes, v.firstError()),
                String.format(Locale.ROOT, "%02X", bytes[v.firstError()] & 0xFF), v.errors());
        if (EncodingDetector.hasUtf16Bom(bytes)) {
            out.add(TextViolation.UTF16_TEXT, "");
            return new TextReport(TextEncoding.UNKNOWN, false, out.result());
        }
        TextEncoding encoding = EncodingDetector.detectLegacy(bytes);
        if (encoding == TextEncoding.UNKNOWN) {
            out.add(TextViolation.ENCODING_NOT_DETECTED, "");
        } else {
            out.add(TextViolation.LEGACY_ENCODING, "", encoding.jsonName());
            TextScanner.scan(LegacyCodecs.decodeLenient(encoding, bytes), "", out, false);
        }
        return new TextReport(encoding, false, out.result());
    }

    /** {@link #checkString(String, String, TextLimits)} with {@link TextLimits#defaults()}. */
    public static ValidationResult checkString(String text, String path) {
        return checkString(text, path, TextLimits.defaults());
    }

    /**
     * Checks an already-decoded value (a document's abstract, a name...) for decomposed letters, control
     * characters, U+FFFD, byte order marks, invalid and private-use code points and mojibake. Paths are
     * {@code path + ": line L, column C"} ({@code "line L, column C"} when {@code path} is empty).
     */
    public static ValidationResult checkString(String text, String path, TextLimits limits) {
        if (text == null || text.isEmpty()) {
            return ValidationResult.ok();
        }
        TextLimits l = limits == null ? TextLimits.defaults() : limits;
        String p = path == null ? "" : path;
        if (text.length() > l.maxInputBytes()) {
            return ValidationResult.of(TextViolation.INPUT_TOO_LARGE.at(p, text.length(), l.maxInputBytes()));
        }
        ViolationCollector out = new ViolationCollector(l.maxReportedPerKind());
        TextScanner.scan(text, p, out, true);
        return out.result();
    }

    /**
     * The encoding of {@code content}: valid UTF-8 is {@link TextEncoding#UTF8_NFC} or {@link TextEncoding#UTF8_NFD}
     * (ASCII is NFC); other bytes are scored as TCVN3, VNI and Windows-1258, and {@link TextEncoding#UNKNOWN} is
     * returned when no decoding reads as Vietnamese. Never throws.
     */
    public static TextEncoding detect(byte[] content) {
        return EncodingDetector.detect(content == null ? EMPTY : content);
    }

    /** {@link #convert(byte[], TextEncoding, TextLimits)} with {@link TextLimits#defaults()}. */
    public static String convert(byte[] content, TextEncoding from) {
        return convert(content, from, TextLimits.defaults());
    }

    /**
     * Converts {@code content} to NFC Unicode text. With {@code from} null or {@link TextEncoding#UNKNOWN} the
     * encoding is detected first. A leading UTF-8 byte order mark is dropped.
     *
     * @throws EdocRuleException with {@link TextViolation#INPUT_TOO_LARGE}, with {@link TextViolation#UNDECODABLE_BYTES}
     *                           when the bytes are not valid in the encoding asked for, or with
     *                           {@link TextViolation#ENCODING_NOT_DETECTED} when detection finds nothing
     */
    public static String convert(byte[] content, TextEncoding from, TextLimits limits) {
        byte[] bytes = content == null ? EMPTY : content;
        TextLimits l = limits == null ? TextLimits.defaults() : limits;
        if (bytes.length > l.maxInputBytes()) {
            throw EdocRuleException.of(TextViolation.INPUT_TOO_LARGE, "", bytes.length, l.maxInputBytes());
        }
        TextEncoding encoding = from == null || from == TextEncoding.UNKNOWN ? detect(bytes) : from;
        switch (encoding) {
            case UTF8_NFC:
            case UTF8_NFD:
                Utf8.Validation v = Utf8.validate(bytes);
                if (!v.valid()) {
                    throw EdocRuleException.of(TextViolation.UNDECODABLE_BYTES, "byte " + v.firstError(),
                            String.format(Locale.ROOT, "%02X", bytes[v.firstError()] & 0xFF), "utf-8");
                }
                byte[] body = Utf8.hasBom(bytes) ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
                return toNfc(new String(body, StandardCharsets.UTF_8));
            case TCVN3:
            case VNI:
            case WINDOWS_1258:
                return toNfc(LegacyCodecs.of(encoding).decode(bytes));
            default:
                throw EdocRuleException.of(TextViolation.ENCODING_NOT_DETECTED, "");
        }
    }

    /**
     * The single definition of a Vietnamese letter (chữ cái tiếng Việt) for the whole library: the ASCII letters
     * A-Z and a-z (f, j, w and z included: they occur in names and loanwords) and the 134 precomposed letter forms
     * of {@link VietnameseLetters} (đ and Đ among them). Combining marks, other Latin letters (ñ, ç, the eth Ð) and
     * letters of other scripts are not Vietnamese letters.
     */
    public static boolean isVietnameseLetter(int codePoint) {
        if ((codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z')) {
            return true;
        }
        return VietnameseLetters.isLetterForm(codePoint);
    }

    /** {@code text} in NFC; ASCII and text already in NFC are returned as they are. Null gives "". */
    public static String toNfc(String text) {
        if (text == null) {
            return "";
        }
        if (Diacritics.isAscii(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** "line L, column C" of byte {@code offset}: lines end at LF or a lone CR, columns count characters. */
    private static String bytePosition(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
        }
        return "line " + line + ", column " + column;
    }
}
