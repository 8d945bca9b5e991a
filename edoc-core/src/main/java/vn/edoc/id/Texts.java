package vn.edoc.id;

/** Small helpers for showing untrusted text inside messages. */
final class Texts {

    private static final int SHOWN = 40;

    private Texts() {
    }

    /** The text cut to a readable length, so that a huge input does not make a huge message. */
    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= SHOWN) {
            return text;
        }
        int end = SHOWN;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** A code point as a readable token: itself when printable, else {@code U+XXXX}. */
    static String describe(int cp) {
        if (Character.isISOControl(cp) || !Character.isDefined(cp) || Character.getType(cp) == Character.FORMAT
                || Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.PRIVATE_USE) {
            return String.format(java.util.Locale.ROOT, "U+%04X", cp);
        }
        return new String(Character.toChars(cp));
    }
}
