package vn.edoc.text;

import java.text.Normalizer;
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
     */
    record Score(int valid, int total, int common) {
        double ratio() {
            return total == 0 ? 0 : (double) valid / total;
        }

        boolean beats(Score other) {
            int c = Double.compare(ratio(), other.ratio());
            if (c != 0) {
                return c > 0;
            }
            return common != other.common ? common > other.common : valid > other.valid;
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
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? TextEncoding.UTF8_NFC : TextEncoding.UTF8_NFD;
    }

    static TextEncoding detectLegacy(byte[] bytes) {
        byte[] sample = bytes.length <= SAMPLE_BYTES ? bytes : Arrays.copyOf(bytes, SAMPLE_BYTES);
        TextEncoding best = TextEncoding.UNKNOWN;
        Score bestScore = new Score(0, 0, 0);
        for (TextEncoding e : CANDIDATES) {
            Score s = score(LegacyCodecs.decodeForScoring(e, sample));
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
                        if (CommonSyllables.contains(word.toLowerCase(Locale.ROOT))) {
                            common++;
                        }
                    }
                }
                continue;
            }
            if (cp >= 0x80 && isJunk(cp)) {
                total++;
            }
            i += Character.charCount(cp);
        }
        return new Score(valid, total, common);
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
