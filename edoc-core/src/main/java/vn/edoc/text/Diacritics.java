package vn.edoc.text;

import java.text.Normalizer;
import java.util.Objects;

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

    /** The text without diacritics; case and every other character are kept. */
    public static String fold(String text) {
        Objects.requireNonNull(text, "text");
        if (isAscii(text)) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** True when every character is 7-bit ASCII. */
    public static boolean isAscii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
