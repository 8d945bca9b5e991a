package vn.edoc.id;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.edoc.text.VietnameseText;
import vn.edoc.text.Whitespace;

/**
 * Small helpers shared by the identifier readers, so that each rule has one definition: what a space is, what a
 * Vietnamese letter is, how the eth look-alike is read, how leading zeros are dropped, and how untrusted text is
 * shown inside messages.
 */
final class Texts {

    private static final int SHOWN = 40;

    private Texts() {
    }

    /**
     * True for every space of the identifiers: the library's single definition, {@link Whitespace#isSpace(int)},
     * which includes the no-break spaces (U+00A0, U+202F) and the ideographic space (U+3000) of copied text.
     */
    static boolean isSpace(int cp) {
        return Whitespace.isSpace(cp);
    }

    /** The words of {@code text}, split at runs of {@link #isSpace spaces}; no empty words. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isSpace(cp)) {
                if (start >= 0) {
                    words.add(text.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    /**
     * {@code text} without {@link #isSpace spaces} at either end; line breaks at the ends go too, since a value read
     * from a line of a file often keeps its line end (inside a value they are no spaces, and are refused).
     */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpaceOrBreak(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpaceOrBreak(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static boolean isSpaceOrBreak(int cp) {
        return isSpace(cp) || Character.isWhitespace(cp);
    }

    /** {@code text} without any {@link #isSpace spaces}. */
    static String withoutSpaces(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isSpace(cp)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** True when {@code text} holds at least one {@link #isSpace space}. */
    static boolean hasSpace(String text) {
        return text.codePoints().anyMatch(Texts::isSpace);
    }

    /**
     * True for the letters of Vietnamese: the library's single definition,
     * {@link VietnameseText#isVietnameseLetter(int)} (ASCII letters and the 134 precomposed Vietnamese letters).
     * Ẁ, Ĉ, Å and other Latin letters are not.
     */
    static boolean isVietnameseLetter(int cp) {
        return VietnameseText.isVietnameseLetter(cp);
    }

    /** True for the Icelandic eth Ð/ð, which text once decoded as Latin-1 shows for the Vietnamese Đ/đ. */
    static boolean isEth(int cp) {
        return cp == '\u00D0' || cp == '\u00F0';
    }

    /** The Vietnamese Đ/đ an {@link #isEth eth} stands for; any other code point unchanged. */
    static int ethToVietnamese(int cp) {
        return cp == '\u00D0' ? 'Đ' : cp == '\u00F0' ? 'đ' : cp;
    }

    /** {@code digits} without its leading zeros; empty when it is all zeros. */
    static String withoutLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    /** True when {@code text} is non-empty and only ASCII digits. */
    static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The text cut to a readable length, so that a huge input does not make a huge message. */
    static String shorten(String text) {
        return vn.edoc.text.Excerpt.of(text, SHOWN);
    }

    /** A code point as a readable token: itself when printable, else {@code U+XXXX}. */
    static String describe(int cp) {
        if (Character.isISOControl(cp) || !Character.isDefined(cp) || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.PRIVATE_USE) {
            return String.format(Locale.ROOT, "U+%04X", cp);
        }
        return new String(Character.toChars(cp));
    }
}
