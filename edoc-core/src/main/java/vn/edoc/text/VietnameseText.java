package vn.edoc.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
        try {
            return check(ByteSource.of(bytes), l);
        } catch (UncheckedIOException e) {
            throw new IllegalStateException("reading an array cannot fail", e);
        }
    }

    /**
     * {@link #check(byte[], TextLimits)} on bytes read as a stream, twice (once to find the encoding, once to scan),
     * holding a few hundred kilobytes at a time whatever the size of the input: the way to check a file. The
     * evidence for mojibake is weighed in pieces of {@value TextChunks#SIZE} bytes cut at line ends, so a longer text
     * is judged piece by piece; everything else is as for the whole text at once.
     *
     * @throws UncheckedIOException when the source cannot be read (the content itself never makes it throw)
     */
    public static TextReport check(ByteSource source, TextLimits limits) {
        TextLimits l = limits == null ? TextLimits.defaults() : limits;
        Survey survey = Survey.of(source, l);
        if (survey.size > l.maxInputBytes()) {
            return new TextReport(TextEncoding.UNKNOWN, false, ValidationResult.of(
                    TextViolation.INPUT_TOO_LARGE.at("", survey.size, l.maxInputBytes())));
        }
        ViolationCollector out = new ViolationCollector(l.maxReportedPerKind());
        if (survey.errors == 0) {
            TextEncoding encoding = survey.ascii || survey.nfc ? TextEncoding.UTF8_NFC : TextEncoding.UTF8_NFD;
            // the scanner reports a leading U+FEFF itself as a leading byte order mark
            scan(source, out, true, null);
            ValidationResult result = out.result();
            return new TextReport(encoding, encoding == TextEncoding.UTF8_NFC && result.isValid(), result);
        }
        out.add(TextViolation.INVALID_UTF8, survey.firstErrorPosition,
                String.format(Locale.ROOT, "%02X", survey.firstErrorByte & 0xFF), survey.errors);
        if (EncodingDetector.hasUtf16Bom(survey.sample)) {
            out.add(TextViolation.UTF16_TEXT, "");
            return new TextReport(TextEncoding.UNKNOWN, false, out.result());
        }
        TextEncoding encoding = EncodingDetector.detectLegacy(survey.sample);
        if (encoding == TextEncoding.UNKNOWN) {
            out.add(TextViolation.ENCODING_NOT_DETECTED, "");
        } else {
            out.add(TextViolation.LEGACY_ENCODING, "", encoding.jsonName());
            scan(source, out, false, encoding);
        }
        return new TextReport(encoding, false, out.result());
    }

    /** Decodes the source piece by piece (as UTF-8 when {@code legacy} is null) and scans each piece. */
    private static void scan(ByteSource source, ViolationCollector out, boolean unicodeChecks, TextEncoding legacy) {
        try (InputStream in = source.open()) {
            TextChunks chunks = new TextChunks(in);
            TextScanner.Position at = TextScanner.Position.START;
            for (byte[] piece = chunks.next(); piece != null; piece = chunks.next()) {
                String text = legacy == null ? new String(piece, StandardCharsets.UTF_8)
                        : LegacyCodecs.decodeLenient(legacy, piece);
                at = TextScanner.scan(text, "", out, unicodeChecks, at);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What one streaming pass learns of a source: its size, whether it is UTF-8 (and ASCII, and NFC), where its first
     * invalid UTF-8 sequence is, and its first {@value EncodingDetector#SAMPLE_BYTES} bytes for the detector.
     */
    private static final class Survey {
        long size;
        int errors;
        String firstErrorPosition = "";
        byte firstErrorByte;
        long firstErrorOffset = -1;
        boolean ascii = true;
        boolean nfc = true;
        byte[] sample = EMPTY;

        /** The encoding found: UTF-8 (NFC or not), or the legacy encoding the sample reads as. */
        TextEncoding encoding() {
            if (errors == 0) {
                return ascii || nfc ? TextEncoding.UTF8_NFC : TextEncoding.UTF8_NFD;
            }
            return EncodingDetector.hasUtf16Bom(sample) ? TextEncoding.UNKNOWN : EncodingDetector.detectLegacy(sample);
        }

        static Survey of(ByteSource source, TextLimits limits) {
            Survey s = new Survey();
            int line = 1;
            int column = 1;
            try (InputStream in = source.open()) {
                TextChunks chunks = new TextChunks(in);
                for (byte[] piece = chunks.next(); piece != null; piece = chunks.next()) {
                    long base = chunks.offset() - piece.length;
                    s.size += piece.length;
                    if (s.size > limits.maxInputBytes()) {
                        // keep counting, so that the refusal says how large the input is, but look no further
                        continue;
                    }
                    if (base == 0) {
                        s.sample = piece.length <= EncodingDetector.SAMPLE_BYTES ? piece
                                : Arrays.copyOf(piece, EncodingDetector.SAMPLE_BYTES);
                    }
                    Utf8.Validation v = Utf8.validate(piece);
                    if (!v.valid() && s.errors == 0) {
                        s.firstErrorOffset = base + v.firstError();
                        s.firstErrorByte = piece[v.firstError()];
                        int[] lc = advance(piece, v.firstError(), line, column);
                        s.firstErrorPosition = "line " + lc[0] + ", column " + lc[1];
                    }
                    s.errors += v.errors();
                    s.ascii &= v.ascii();
                    if (s.errors == 0 && !v.ascii() && s.nfc) {
                        s.nfc = UnicodeForms.isNfc(new String(piece, StandardCharsets.UTF_8));
                    }
                    int[] lc = advance(piece, piece.length, line, column);
                    line = lc[0];
                    column = lc[1];
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return s;
        }

        /** The line and column after the first {@code end} bytes: lines end at LF or a lone CR, columns count characters. */
        private static int[] advance(byte[] bytes, int end, int line, int column) {
            for (int i = 0; i < end; i++) {
                int b = bytes[i] & 0xFF;
                if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                    line++;
                    column = 1;
                } else if ((b & 0xC0) != 0x80) {
                    column++;
                }
            }
            return new int[] {line, column};
        }
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
        StringBuilder out = new StringBuilder(bytes.length);
        convert(ByteSource.of(bytes), from, l, out);
        return out.toString();
    }

    /**
     * {@link #convert(byte[], TextEncoding, TextLimits)} on bytes read as a stream, writing the NFC text to {@code out}
     * piece by piece: the source is read once to find the encoding and check that every byte decodes, then once to
     * convert, so nothing at all is written when the conversion is refused, and only a few hundred kilobytes are held
     * at a time whatever the size of the input.
     *
     * @throws EdocRuleException    as {@link #convert(byte[], TextEncoding, TextLimits)}, before anything is written
     * @throws UncheckedIOException when the source cannot be read or {@code out} cannot be written
     */
    public static void convert(ByteSource source, TextEncoding from, TextLimits limits, Appendable out) {
        TextLimits l = limits == null ? TextLimits.defaults() : limits;
        Survey survey = Survey.of(source, l);
        if (survey.size > l.maxInputBytes()) {
            throw EdocRuleException.of(TextViolation.INPUT_TOO_LARGE, "", survey.size, l.maxInputBytes());
        }
        TextEncoding encoding = from == null || from == TextEncoding.UNKNOWN ? survey.encoding() : from;
        switch (encoding) {
            case UTF8_NFC:
            case UTF8_NFD:
                if (survey.errors > 0) {
                    throw EdocRuleException.of(TextViolation.UNDECODABLE_BYTES, "byte " + survey.firstErrorOffset,
                            String.format(Locale.ROOT, "%02X", survey.firstErrorByte & 0xFF), "utf-8");
                }
                convert(source, null, out);
                return;
            case TCVN3:
            case VNI:
            case WINDOWS_1258:
                convert(source, LegacyCodecs.of(encoding), null);
                convert(source, LegacyCodecs.of(encoding), out);
                return;
            default:
                throw EdocRuleException.of(TextViolation.ENCODING_NOT_DETECTED, "");
        }
    }

    /** Decodes piece by piece (UTF-8 without a leading byte order mark when {@code codec} is null) to {@code out}, or only checks when it is null. */
    private static void convert(ByteSource source, LegacyCodec codec, Appendable out) {
        try (InputStream in = source.open()) {
            TextChunks chunks = new TextChunks(in);
            for (byte[] piece = chunks.next(); piece != null; piece = chunks.next()) {
                long base = chunks.offset() - piece.length;
                String text;
                if (codec == null) {
                    int skip = base == 0 && Utf8.hasBom(piece) ? 3 : 0;
                    text = new String(piece, skip, piece.length - skip, StandardCharsets.UTF_8);
                } else {
                    try {
                        text = codec.decode(piece);
                    } catch (EdocRuleException refused) {
                        throw at(refused, base, piece, codec.encoding());
                    }
                }
                if (out != null) {
                    out.append(toNfc(text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The codec's refusal of a piece, with the offset of the byte in the whole input. */
    private static EdocRuleException at(EdocRuleException refused, long base, byte[] piece, TextEncoding encoding) {
        String path = refused.violations().isEmpty() ? "" : refused.violations().get(0).path();
        if (!path.startsWith("byte ")) {
            return refused;
        }
        int index = Integer.parseInt(path.substring(5));
        return EdocRuleException.of(TextViolation.UNDECODABLE_BYTES, "byte " + (base + index),
                String.format(Locale.ROOT, "%02X", piece[index] & 0xFF), encoding.jsonName());
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
        if (Diacritics.isAscii(text) || UnicodeForms.isNfc(text)) {
            return text;
        }
        return UnicodeForms.nfc(text);
    }
}
