package vn.edoc.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Vietnamese letters outside ASCII (chữ cái tiếng Việt có dấu): the set that every legacy encoding of
 * this package must convert without loss.
 *
 * <p>There are 12 vowel letters (a ă â e ê i o ô ơ u ư y), each with 6 tones (none, huyền, sắc, hỏi, ngã,
 * nặng): 72 lowercase forms. Six of them, the toneless a e i o u y, are ASCII; the other 66 plus đ make
 * <b>67 lowercase forms</b>, and their capitals make <b>67 uppercase forms: 134 in all</b>. These are exactly
 * the 134 precomposed Vietnamese letters of Unicode (TCVN 6909:2001).
 */
public final class VietnameseLetters {

    /** The twelve vowel letters, lowercase, toneless. */
    static final String VOWELS = "aăâeêioôơuưy";

    private static final List<String> LOWER;
    private static final List<String> UPPER;
    private static final List<String> ALL;
    /** Every vowel letter form (ASCII included) to its toneless base and tone. */
    private static final Map<Character, Decomposed> DECOMPOSED;

    static {
        Map<Character, Decomposed> decomposed = new HashMap<>();
        List<String> lower = new ArrayList<>();
        List<String> upper = new ArrayList<>();
        for (int i = 0; i < VOWELS.length(); i++) {
            char base = VOWELS.charAt(i);
            char baseUpper = Character.toUpperCase(base);
            for (Tone tone : Tone.values()) {
                char l = compose(base, tone);
                char u = compose(baseUpper, tone);
                decomposed.put(l, new Decomposed(base, tone, false));
                decomposed.put(u, new Decomposed(baseUpper, tone, true));
                if (l > 0x7F) {
                    lower.add(String.valueOf(l));
                    upper.add(String.valueOf(u));
                }
            }
        }
        lower.add("đ");
        upper.add("Đ");
        LOWER = Collections.unmodifiableList(lower);
        UPPER = Collections.unmodifiableList(upper);
        List<String> all = new ArrayList<>(lower);
        all.addAll(upper);
        ALL = Collections.unmodifiableList(all);
        DECOMPOSED = Map.copyOf(decomposed);
    }

    private VietnameseLetters() {
    }

    private static char compose(char base, Tone tone) {
        if (tone == Tone.NONE) {
            return base;
        }
        String s = Normalizer.normalize(base + String.valueOf(tone.mark()), Normalizer.Form.NFC);
        if (s.length() != 1) {
            throw new IllegalStateException("no precomposed form for " + base + " with " + tone);
        }
        return s.charAt(0);
    }

    /** The 134 forms: the 67 lowercase forms, then their 67 capitals in the same order. */
    public static List<String> forms() {
        return ALL;
    }

    /** The 67 lowercase forms. */
    public static List<String> lowercaseForms() {
        return LOWER;
    }

    /** The 67 uppercase forms. */
    public static List<String> uppercaseForms() {
        return UPPER;
    }

    /** True when {@code codePoint} is one of the 134 forms. */
    public static boolean isLetterForm(int codePoint) {
        if (codePoint == 'đ' || codePoint == 'Đ') {
            return true;
        }
        return codePoint > 0x7F && codePoint <= 0xFFFF && DECOMPOSED.containsKey((char) codePoint);
    }

    /** True when {@code codePoint} is an uppercase form that carries a tone (the forms VN3 lacks). */
    public static boolean isUppercaseToned(int codePoint) {
        Decomposed d = codePoint <= 0xFFFF ? DECOMPOSED.get((char) codePoint) : null;
        return d != null && d.upper() && d.tone() != Tone.NONE;
    }

    /**
     * The toneless vowel letter and the tone of {@code c}, for every vowel form including the ASCII vowels;
     * null for any other character (đ included).
     */
    static Decomposed decompose(char c) {
        return DECOMPOSED.get(c);
    }

    /** {@code c} with {@code tone} (a vowel letter, toneless). */
    static char withTone(char toneless, Tone tone) {
        return compose(toneless, tone);
    }

    /**
     * A vowel form split into its toneless letter and its tone.
     *
     * @param base  the toneless letter, such as {@code 'ê'} for ế
     * @param tone  the tone
     * @param upper whether the letter is a capital
     */
    record Decomposed(char base, Tone tone, boolean upper) {
    }
}
