package vn.edoc.text;

import java.io.ByteArrayOutputStream;
import java.util.Objects;

/**
 * VNI-Windows, the encoding of the VNI fonts (VNI-Times and others). Not a national standard, but common
 * in southern provinces' archives.
 *
 * <p>Text is stored in Windows-1252 byte positions. Some letters are one byte: đ 0xF1 (ñ), Đ 0xD1 (Ñ),
 * ơ 0xF4 (ô), Ơ 0xD4, ư 0xF6 (ö), Ư 0xD6, and the toned i and ỵ: ì 0xEC, í 0xED, ỉ 0xE6 (æ), ĩ 0xF3 (ó),
 * ị 0xF2 (ò), ỵ 0xEE (î), with their capitals 0x20 lower. Every other letter is a base letter followed by
 * one mark byte: the tones sắc 0xF9 (ù), huyền 0xF8 (ø), hỏi 0xFB (û), ngã 0xF5 (õ), nặng 0xEF (ï);
 * the circumflex 0xE2 (â) alone or with a tone: sắc 0xE1, huyền 0xE0, hỏi 0xE5, ngã 0xE3, nặng 0xE4; the
 * breve 0xEA (ê) alone or with a tone: sắc 0xE9, huyền 0xE8, hỏi 0xFA, ngã 0xFC, nặng 0xEB. After a capital
 * the mark byte is the capital variant (0x20 lower): "AÙ" is Á. Facts from the {@code duydev/vietnamese-conversion}
 * table ({@code src/charsets.ts}).
 *
 * <p>Decoding accepts either case of mark byte after either case of base letter. A mark byte that does not
 * follow a letter it can modify is kept as the Windows-1252 character it is. Encoding writes capitals' marks
 * in capital variants, and refuses any other character whose Windows-1252 byte would be read back as a VNI
 * letter or mark (é, ñ, ö...), so that a round trip never changes the text.
 */
final class VniCodec implements LegacyCodec {

    private static final int CIRCUMFLEX = 1;
    private static final int BREVE = 2;

    /** Lowercase mark byte characters: vowel mark kind and tone, by tone order of {@link Tone}. */
    private static final String TONE_MARKS = "\0øùûõï";
    private static final String CIRCUMFLEX_MARKS = "âàáåãä";
    private static final String BREVE_MARKS = "êèéúüë";
    /** Single-byte i forms by tone (none is the ASCII letter). */
    private static final String I_FORMS = "iìíæóò";
    /** Stand-alone VNI letters and what they mean. */
    private static final String SINGLE_VNI = "ñÑôÔöÖìÌíÍæÆóÓòÒîÎ";
    private static final String SINGLE_UNICODE = "đĐơƠưƯìÌíÍỉỈĩĨịỊỵỴ";

    @Override
    public TextEncoding encoding() {
        return TextEncoding.VNI;
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
     * Decodes; with {@code strayMarks} true, a mark byte that modifies no letter becomes U+FFFD. A VNI font
     * draws such a byte as a floating mark, so real VNI text never has one: for detection it is evidence that
     * the bytes are something else (Windows-1258 "hành" is h, 0xE0, n, h).
     */
    String decode(byte[] bytes, boolean strict, boolean strayMarks) {
        Objects.requireNonNull(bytes, "bytes");
        StringBuilder out = new StringBuilder(bytes.length);
        // the letter a mark byte may modify: 0 none, else the base (lowercase) and what it already carries
        char base = 0;
        boolean hasVowelMark = false;
        boolean hasTone = false;
        for (int i = 0; i < bytes.length; i++) {
            char c = Cp1252.decode(bytes[i]);
            if (c == Cp1252.UNDEFINED && strict) {
                throw Codecs.undecodable(i, bytes[i], TextEncoding.VNI);
            }
            char lower = Character.toLowerCase(c);
            if (base != 0) {
                int tone = TONE_MARKS.indexOf(lower);
                int circ = CIRCUMFLEX_MARKS.indexOf(lower);
                int breve = BREVE_MARKS.indexOf(lower);
                if (tone > 0 && !hasTone) {
                    out.append(Tone.values()[tone].mark());
                    hasTone = true;
                    continue;
                }
                if (circ >= 0 && !hasVowelMark && !hasTone && "aeo".indexOf(base) >= 0) {
                    out.append('\u0302');
                    if (circ > 0) {
                        out.append(Tone.values()[circ].mark());
                    }
                    hasVowelMark = true;
                    hasTone = circ > 0;
                    continue;
                }
                if (breve >= 0 && !hasVowelMark && !hasTone && base == 'a') {
                    out.append('\u0306');
                    if (breve > 0) {
                        out.append(Tone.values()[breve].mark());
                    }
                    hasVowelMark = true;
                    hasTone = breve > 0;
                    continue;
                }
            }
            int single = SINGLE_VNI.indexOf(c);
            if (single >= 0) {
                char u = SINGLE_UNICODE.charAt(single);
                out.append(u);
                // ơ and ư still take a tone byte; the others are complete
                char ul = Character.toLowerCase(u);
                base = ul == 'ơ' || ul == 'ư' ? ul : 0;
                hasVowelMark = true;
                hasTone = false;
                continue;
            }
            boolean stray = strayMarks && (TONE_MARKS.indexOf(lower) > 0 || CIRCUMFLEX_MARKS.indexOf(lower) >= 0
                    || BREVE_MARKS.indexOf(lower) >= 0);
            out.append(stray ? '\uFFFD' : c);
            base = "aeiouy".indexOf(lower) >= 0 && c < 0x80 ? lower : 0;
            hasVowelMark = false;
            hasTone = false;
        }
        return VietnameseText.toNfc(out.toString());
    }

    @Override
    public byte[] encode(String nfcText) {
        String text = VietnameseText.toNfc(Objects.requireNonNull(nfcText, "nfcText"));
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + text.length() / 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.write(c);
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                out.write(c == 'đ' ? 0xF1 : 0xD1);
                continue;
            }
            VietnameseLetters.Decomposed d = VietnameseLetters.decompose(c);
            if (d == null) {
                int b = Cp1252.encode(c);
                if (b < 0 || isVniSpecial(c)) {
                    throw Codecs.unrepresentable(text, i, TextEncoding.VNI);
                }
                out.write(b);
                continue;
            }
            writeLetter(out, d);
        }
        return out.toByteArray();
    }

    private static void writeLetter(ByteArrayOutputStream out, VietnameseLetters.Decomposed d) {
        char base = Character.toLowerCase(d.base());
        int tone = d.tone().ordinal();
        boolean upper = d.upper();
        switch (base) {
            case 'i':
                writeCased(out, I_FORMS.charAt(tone), upper);
                return;
            case 'y':
                if (d.tone() == Tone.NANG) {
                    writeCased(out, 'î', upper);
                    return;
                }
                writeCased(out, 'y', upper);
                break;
            case 'ơ':
                writeCased(out, 'ô', upper);
                break;
            case 'ư':
                writeCased(out, 'ö', upper);
                break;
            case 'â':
            case 'ê':
            case 'ô':
                writeCased(out, base == 'â' ? 'a' : base == 'ê' ? 'e' : 'o', upper);
                writeCased(out, CIRCUMFLEX_MARKS.charAt(tone), upper);
                return;
            case 'ă':
                writeCased(out, 'a', upper);
                writeCased(out, BREVE_MARKS.charAt(tone), upper);
                return;
            default:
                writeCased(out, base, upper);
                break;
        }
        if (tone > 0) {
            writeCased(out, TONE_MARKS.charAt(tone), upper);
        }
    }

    private static void writeCased(ByteArrayOutputStream out, char lower, boolean upper) {
        char c = upper ? Character.toUpperCase(lower) : lower;
        out.write(Cp1252.encode(c));
    }

    /** True for characters whose byte VNI reads as a letter or a mark. */
    private static boolean isVniSpecial(char c) {
        char l = Character.toLowerCase(c);
        return TONE_MARKS.indexOf(l) > 0 || CIRCUMFLEX_MARKS.indexOf(l) >= 0 || BREVE_MARKS.indexOf(l) >= 0
                || SINGLE_VNI.indexOf(c) >= 0;
    }

    @Override
    public String toString() {
        return "VNI-Windows";
    }
}
