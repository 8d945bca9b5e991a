package vn.edoc.text;


import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Tells which encoding some bytes are in. Valid UTF-8 is UTF-8 (plain ASCII included); for anything else,
 * each legacy decoding is scored by the share of its non-ASCII words that are Vietnamese syllables (see
 * {@link Syllables}), with stray symbols, controls and undefined bytes counting against it. The best decoding
 * wins if at least 70% of its words are syllables (on the test corpus the right decoding scores 95-100% and the
 * wrong ones at most 55%); otherwise the encoding is {@link TextEncoding#UNKNOWN}.
 * Only the first {@value #SAMPLE_BYTES} bytes are scored, which keeps detection linear and cheap.
 *
 * <p>Abbreviations with Đ (QĐ, NĐ, HĐND) count as words, so a notation such as "Số: 12/QĐ-UBND" is detected. Short
 * inputs often read as Vietnamese in two tables (Windows-1258 "Trâm" is TCVN3 "Trõm"); equal shares are settled by
 * the grammar of Windows-1258 (a vowel followed by a tone byte), then by frequent syllables, then by how common the
 * tones of the two readings are, then by the order of candidates. Measured on every distinct 1-, 2- and 5-word
 * window of the test corpus in the three encodings (765, 1302 and 1473 non-ASCII inputs), the share converted
 * wrongly went from 3.3%, 1.2% and 0% to 1.7%, 0.2% and 0%: a single word can still read as Vietnamese in two tables
 * ("sử" in TCVN3 is "sư" in VNI), and then detection is a guess.
 */
final class EncodingDetector {

    static final int SAMPLE_BYTES = 256 * 1024;
    static final double THRESHOLD = 0.7;

    /**
     * The order in which equal scores are settled. Ties happen on very short inputs: VNI's ơ, ư, đ (bytes F4, F6,
     * F1) read as TCVN3's ụ, ử, ủ, and the first three are far more frequent in Vietnamese, so VNI goes first.
     */
    private static final TextEncoding[] CANDIDATES = {TextEncoding.VNI, TextEncoding.TCVN3,
        TextEncoding.WINDOWS_1258};

    private EncodingDetector() {
    }

    /**
     * The score of one decoding.
     *
     * @param valid the non-ASCII words that are syllables
     * @param total  the non-ASCII words plus the stray non-ASCII symbols
     * @param common the valid words that are frequent syllables ({@link CommonSyllables}), to settle ties
     * @param tones  the sum of the valid words' tone weights ({@link #toneWeight}), to settle what is still tied
     * @param grammar for Windows-1258 only, the vowels followed by a tone byte ({@link #windows1258ToneMarks})
     */
    record Score(int valid, int total, int common, int tones, int grammar) {
        double ratio() {
            return total == 0 ? 0 : (double) valid / total;
        }

        boolean beats(Score other) {
            int c = Double.compare(ratio(), other.ratio());
            if (c != 0) {
                return c > 0;
            }
            if (grammar != other.grammar) {
                return grammar > other.grammar;
            }
            if (common != other.common) {
                return common > other.common;
            }
            return tones != other.tones ? tones > other.tones : valid > other.valid;
        }
    }

    static TextEncoding detect(byte[] bytes) {
        Utf8.Validation v = Utf8.validate(bytes);
        if (v.valid()) {
            return unicodeForm(bytes, v);
        }
        if (hasUtf16Bom(bytes)) {
            return TextEncoding.UNKNOWN;
        }
        return detectLegacy(bytes);
    }

    /** True when the bytes start with a UTF-16 byte order mark (FF FE or FE FF), which UTF-8 never does. */
    static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF));
    }

    static TextEncoding unicodeForm(byte[] bytes, Utf8.Validation v) {
        if (v.ascii()) {
            return TextEncoding.UTF8_NFC;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return UnicodeForms.isNfc(text) ? TextEncoding.UTF8_NFC : TextEncoding.UTF8_NFD;
    }

    static TextEncoding detectLegacy(byte[] bytes) {
        byte[] sample = bytes.length <= SAMPLE_BYTES ? bytes : Arrays.copyOf(bytes, SAMPLE_BYTES);
        TextEncoding best = TextEncoding.UNKNOWN;
        Score bestScore = new Score(0, 0, 0, 0, 0);
        for (TextEncoding e : CANDIDATES) {
            Score s = score(LegacyCodecs.decodeForScoring(e, sample));
            if (e == TextEncoding.WINDOWS_1258) {
                s = new Score(s.valid(), s.total(), s.common(), s.tones(), windows1258ToneMarks(sample));
            }
            if (s.beats(bestScore)) {
                best = e;
                bestScore = s;
            }
        }
        return bestScore.valid() > 0 && bestScore.ratio() >= THRESHOLD ? best : TextEncoding.UNKNOWN;
    }

    static Score score(String text) {
        int valid = 0;
        int total = 0;
        int common = 0;
        int tones = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordPart(cp)) {
                int start = i;
                boolean nonAscii = false;
                while (i < n && isWordPart(text.codePointAt(i))) {
                    nonAscii |= text.charAt(i) >= 0x80;
                    i += Character.charCount(text.codePointAt(i));
                }
                if (nonAscii) {
                    total++;
                    String word = text.substring(start, i);
                    if (Syllables.isPlausible(word) && caseShapeIsNatural(word)) {
                        valid++;
                        tones += toneWeight(word);
                        if (CommonSyllables.contains(word.toLowerCase(Locale.ROOT))) {
                            common++;
                        }
                    } else if (isAbbreviation(word)) {
                        valid++;
                        tones += ABBREVIATION_WEIGHT;
                    }
                }
                continue;
            }
            if (cp >= 0x80 && isJunk(cp)) {
                total++;
            }
            i += Character.charCount(cp);
        }
        return new Score(valid, total, common, tones, 0);
    }

    /**
     * How many times a vowel byte of Windows-1258 is followed by one of its combining tone bytes 0xCC (huyền),
     * 0xEC (sắc), 0xDE (ngã) or 0xF2 (nặng): the grammar of that code page, which writes most toned letters as
     * letter plus mark. The same pairs are rare elsewhere: in TCVN3 those bytes are è, ỡ, ị, ũ, which follow
     * another vowel in no common syllable, and in VNI they are Ì, ì, Þ, ò (ị). The hỏi byte 0xD2 is left out: in
     * TCVN3 it is ề, which follows i, y and u in "tiền", "truyền", "điều".
     */
    static int windows1258ToneMarks(byte[] bytes) {
        int count = 0;
        for (int i = 1; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if ((b == 0xCC || b == 0xEC || b == 0xDE || b == 0xF2) && isWindows1258Vowel(bytes[i - 1] & 0xFF)) {
                count++;
            }
        }
        return count;
    }

    /** a e i o u y, â ê ô ơ ư ă and their capitals, in Windows-1258 bytes. */
    private static boolean isWindows1258Vowel(int b) {
        switch (b | 0x20) {
            case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
            case 0xE2: case 0xEA: case 0xF4: case 0xF5: case 0xFD: case 0xE3:
                return true;
            default:
                return false;
        }
    }

    /**
     * An abbreviation with Đ such as QĐ, NĐ, HĐND or BCĐ, the heads of document notations: capitals only,
     * ASCII apart from Đ. Only the right decoding yields U+0110 in capitals: TCVN3's Đ (0xA7) reads as § in
     * the others, VNI's (0xD1) as ẹ or Ñ, Windows-1258's (0xD0) as é or the eth Ð.
     */
    private static final int ABBREVIATION_WEIGHT = 6;

    static boolean isAbbreviation(String word) {
        if (word.length() < 2 || word.length() > 8 || word.indexOf('Đ') < 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != 'Đ' && (c < 'A' || c > 'Z')) {
                return false;
            }
        }
        return true;
    }

    /**
     * How common the tone of a syllable is, to tell apart two decodings that both read as Vietnamese: toneless
     * syllables are the most frequent, ngã the rarest (rough order of tone frequency in running Vietnamese
     * text: ngang, then huyền and sắc, nặng, hỏi, ngã). The misreadings it settles are short words that fall
     * on toned letters of the other table: Windows-1258 "Trâm" read as TCVN3 is "Trõm", "bị" is "biũ",
     * "sáng" is "sỏng".
     */
    static int toneWeight(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            VietnameseLetters.Decomposed d = c < 0x80 ? null : VietnameseLetters.decompose(c);
            Tone t = d != null ? d.tone() : Tone.ofMark(c);
            if (t != null && t != Tone.NONE) {
                switch (t) {
                    case HUYEN:
                    case SAC:
                        return 4;
                    case NANG:
                        return 3;
                    case HOI:
                        return 2;
                    default:
                        return 1;
                }
            }
        }
        return 6;
    }

    /** "việt", "Việt" or "VIỆT", not "viỆt": a capital inside a word is a wrong decoding, not Vietnamese. */
    static boolean caseShapeIsNatural(String word) {
        boolean sawLower = false;
        boolean sawUpperAfterFirst = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                sawLower = true;
            } else if (i > 0 && Character.isUpperCase(c)) {
                sawUpperAfterFirst = true;
            }
        }
        return !(sawLower && sawUpperAfterFirst);
    }

    private static boolean isWordPart(int cp) {
        int t = Character.getType(cp);
        return Character.isLetter(cp) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJunk(int cp) {
        switch (Character.getType(cp)) {
            case Character.MODIFIER_SYMBOL:
            case Character.OTHER_SYMBOL:
            case Character.MATH_SYMBOL:
            case Character.CURRENCY_SYMBOL:
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.UNASSIGNED:
            case Character.PRIVATE_USE:
                return true;
            default:
                return cp == 0xFFFD;
        }
    }
}
