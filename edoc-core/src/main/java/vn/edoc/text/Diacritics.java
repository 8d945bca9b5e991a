package vn.edoc.text;



/**
 * Removes Vietnamese diacritics (bỏ dấu): "Nguyễn Văn Chiến" becomes "Nguyen Van Chien".
 *
 * <p>Canonical decomposition separates tone and vowel marks from their base letters, but it does not
 * decompose đ (U+0111) and Đ (U+0110), which are letters of their own in Unicode, so they are mapped
 * to d and D explicitly.
 */
public final class Diacritics {

    private Diacritics() {
    }

    /**
     * The text without diacritics; case and every other character are kept. The eth letters Ð (U+00D0) and
     * ð (U+00F0), which converted documents often carry in place of Đ and đ because they look alike, fold to D and
     * d as well. Null is treated as empty.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        if (isAscii(text)) {
            return text;
        }
        String decomposed = UnicodeForms.nfd(text);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            out.append(c == 'đ' || c == 'ð' ? 'd' : c == 'Đ' || c == 'Ð' ? 'D' : c);
        }
        return UnicodeForms.nfc(out.toString());
    }

    /**
     * The search form of a text (dạng tìm kiếm): without diacritics ({@link #fold}), lower case, every run of white
     * space as one space, trimmed. The abstract (trích yếu) a store indexes and the words a user searches for are both
     * put in this form, so that "quyet dinh" finds "Quyết Định" and "QUYẾT ĐỊNH". The one definition every store
     * uses; null is treated as empty.
     */
    public static String searchForm(String text) {
        return WHITE_SPACE.matcher(fold(text).toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /** True when every character is 7-bit ASCII; null, like the empty text, is ASCII. */
    public static boolean isAscii(CharSequence text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
