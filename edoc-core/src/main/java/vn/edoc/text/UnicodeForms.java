package vn.edoc.text;

import java.text.Normalizer;

/**
 * Unicode normalisation in time linear in the input (chuẩn hóa Unicode dựng sẵn/tổ hợp), whatever the input.
 *
 * <p>{@link Normalizer} puts the combining marks that follow a letter into canonical order with an insertion sort:
 * a letter followed by a few hundred thousand alternating marks (U+0301 U+0323 ...) keeps a core busy for minutes.
 * Vietnamese needs at most two marks on a letter, and the Stream-Safe Text Format of Unicode (UAX #15) allows at most
 * {@value #MAX_MARKS_IN_A_ROW} non-starters in a row, so edoc normalises a longer run of marks
 * {@value #MAX_MARKS_IN_A_ROW} marks at a time: the result is the exact normal form of every text without such a run,
 * and a linear, deterministic result for the others (which the text checks refuse anyway, with
 * {@link TextViolation#COMBINING_MARKS_RUN}). Every normalisation in edoc goes through this class.
 */
public final class UnicodeForms {

    /** The longest run of combining marks normalised exactly (UAX #15, Stream-Safe Text Format). */
    public static final int MAX_MARKS_IN_A_ROW = 30;

    private UnicodeForms() {
    }

    /** {@code text} in NFC (dựng sẵn); {@code null} gives "". */
    public static String nfc(String text) {
        return normalize(text, Normalizer.Form.NFC);
    }

    /** {@code text} in NFD (tổ hợp); {@code null} gives "". */
    public static String nfd(String text) {
        return normalize(text, Normalizer.Form.NFD);
    }

    /**
     * True when {@code text} is in NFC. A text with more than {@value #MAX_MARKS_IN_A_ROW} marks in a row is
     * answered {@code false} without normalising it.
     */
    public static boolean isNfc(String text) {
        if (text == null || text.isEmpty()) {
            return true;
        }
        if (isPlainVietnameseOrLatin(text)) {
            return true;
        }
        return firstOverlongRun(text) < 0 && Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /**
     * True when every character of {@code text} lies below U+0300 or in Latin Extended Additional (U+1E00-U+1EFF),
     * where precomposed Vietnamese letters live. Such a text is in NFC: none of these characters is a combining mark,
     * none is excluded from composition, and none composes with the one before it (Unicode's NFC_Quick_Check is Yes
     * for all of them), so normalising changes nothing. The JDK's check allocates two buffers on every call, and
     * registering a document checks every text field; almost all real text takes this way.
     */
    static boolean isPlainVietnameseOrLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the mark that makes a run of more than {@value #MAX_MARKS_IN_A_ROW} combining marks (the
     * {@value #MAX_MARKS_IN_A_ROW}+1-th in a row), or -1 when there is none.
     */
    public static int firstOverlongRun(CharSequence text) {
        int run = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            if (isMark(cp)) {
                if (++run > MAX_MARKS_IN_A_ROW) {
                    return i;
                }
            } else {
                run = 0;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** A combining mark: the characters that can follow a letter and be reordered with it. */
    static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    private static String normalize(String text, Normalizer.Form form) {
        if (text == null) {
            return "";
        }
        if (firstOverlongRun(text) < 0) {
            return Normalizer.isNormalized(text, form) ? text : Normalizer.normalize(text, form);
        }
        StringBuilder out = new StringBuilder(text.length());
        int pieceStart = 0;
        int run = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isMark(cp)) {
                if (++run > MAX_MARKS_IN_A_ROW) {
                    out.append(Normalizer.normalize(text.substring(pieceStart, i), form));
                    pieceStart = i;
                    run = 1;
                }
            } else {
                run = 0;
            }
            i += Character.charCount(cp);
        }
        return out.append(Normalizer.normalize(text.substring(pieceStart), form)).toString();
    }
}
