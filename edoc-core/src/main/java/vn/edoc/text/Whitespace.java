package vn.edoc.text;

/**
 * The single definition of a space (khoảng trắng) inside identifiers, notations and names: what a user may have
 * typed or pasted between two words. Line breaks are not spaces here: a one-line value that holds one is wrong
 * in another way and is left to the caller to refuse.
 *
 * <p>The spaces are the ASCII space and tab, the no-break space U+00A0 (word processors insert it before ":" and
 * between a number and its unit), the typographic spaces U+2000-U+200A, the narrow no-break space U+202F, the
 * medium mathematical space U+205F and the ideographic space U+3000 (Unicode general category Zs, except the
 * Ogham space mark, plus tab). The zero-width space U+200B is not a space: it is an invisible format character,
 * reported by {@link VietnameseText#checkString(String, String)}.
 */
public final class Whitespace {

    private Whitespace() {
    }

    /** True when {@code codePoint} is a space in the sense of this class. */
    public static boolean isSpace(int codePoint) {
        return codePoint == ' ' || codePoint == '\t' || codePoint == 0x00A0
                || (codePoint >= 0x2000 && codePoint <= 0x200A)
                || codePoint == 0x202F || codePoint == 0x205F || codePoint == 0x3000;
    }

    /**
     * {@code text} without spaces at either end and with every run of spaces replaced by one ASCII space
     * ("  Số\u00A0 12 " gives "Số 12"). Nothing else changes; null gives "".
     */
    public static String collapse(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }
}
