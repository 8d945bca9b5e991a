package vn.edoc.text;


import java.util.regex.Pattern;

/**
 * Whether a word is a plausible Vietnamese syllable (âm tiết): an optional initial consonant, a rhyme made of a
 * vowel nucleus with an optional final consonant, and at most one tone; a syllable ending in c, ch, p or t
 * carries sắc or nặng. This is the heuristic that tells legacy encodings apart: the right decoding turns
 * almost every word into a syllable, a wrong one almost none.
 *
 * <p>The check is deliberately loose about rare spellings (loanwords, old spellings such as "quốc" vs "qúôc")
 * and strict about structure, which is what separates Vietnamese from mis-decoded bytes.
 */
final class Syllables {

    private static final String INITIAL = "(?:ngh|ng|gh|gi|kh|ph|th|tr|ch|nh|qu|[bcdđghklmnprstvx])?";
    /** Vowel groups that end the syllable (no final consonant). */
    private static final String OPEN = "(?:uyu|uya|iêu|yêu|uôi|ươi|ươu|oai|oay|oao|oeo|uây|ai|ao|au|ay|âu|ây|eo|êu|ia"
            + "|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu|ya)";
    /** Vowel groups that need a final consonant. */
    private static final String CLOSED = "(?:uyê|iê|yê|uô|ươ|oă|uâ|oo|ă|â)";
    /** Vowel groups with an optional final consonant. */
    private static final String EITHER = "(?:oa|oe|uê|uy|uơ|a|e|ê|i|o|ô|ơ|u|ư|y)";
    private static final String FINAL = "(?:ch|nh|ng|c|m|n|p|t)";

    private static final Pattern SYLLABLE = Pattern.compile(
            INITIAL + "(?:" + OPEN + "|" + CLOSED + FINAL + "|" + EITHER + FINAL + "?)");
    private static final Pattern STOP_FINAL = Pattern.compile(".*(?:c|ch|p|t)");
    /**
     * Rhymes that the regular grammar allows but Vietnamese does not have: ơ takes no velar or palatal final
     * (ơng, ơc, ơnh, ơch; ương and ước are ươ), i takes ng or c only in iê, and nh, ch follow only a, ê, i, y.
     * They are what TCVN3 words look like read as VNI ("dụng" is "dơng", "phục" is "phơc").
     */
    private static final String[] MISSING_RHYMES = {"ơng", "ơc", "ơnh", "ơch", "ing", "ic", "onh", "och", "ônh",
        "ôch", "unh", "uch", "ưnh", "ưch", "ânh", "âch", "ănh", "ăch"};

    private Syllables() {
    }

    /** True when {@code word} (any case, NFC or NFD) reads as one Vietnamese syllable. */
    static boolean isPlausible(String word) {
        // the longest syllable, "nghiêng", is 7 letters; decomposed it takes at most 3 more marks
        if (word.isEmpty() || word.length() > 24) {
            return false;
        }
        String w = word;
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) >= 0x300 && w.charAt(i) <= 0x36F) {
                w = UnicodeForms.nfc(word);
                break;
            }
        }
        StringBuilder toneless = new StringBuilder(w.length());
        Tone tone = Tone.NONE;
        for (int i = 0; i < w.length(); i++) {
            char c = Character.toLowerCase(w.charAt(i));
            VietnameseLetters.Decomposed d = c < 0x80 ? null : VietnameseLetters.decompose(c);
            Tone t = d != null ? d.tone() : Tone.ofMark(c);
            if (t != null && t != Tone.NONE) {
                if (tone != Tone.NONE) {
                    return false;
                }
                tone = t;
            }
            if (d != null) {
                toneless.append(d.base());
            } else if (t == null) {
                toneless.append(c);
            }
        }
        String base = toneless.toString();
        if (base.length() > 8 || !SYLLABLE.matcher(base).matches()) {
            return false;
        }
        for (String rhyme : MISSING_RHYMES) {
            if (base.endsWith(rhyme) && !(rhyme.charAt(0) == 'ơ' && base.endsWith("ư" + rhyme))) {
                return false;
            }
        }
        if (tone != Tone.SAC && tone != Tone.NANG && STOP_FINAL.matcher(base).matches()) {
            return false;
        }
        return true;
    }
}
