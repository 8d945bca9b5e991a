package vn.edoc.text;

/**
 * The one way edoc quotes input back in a message (trích dẫn đầu vào trong thông báo): at most a few dozen code
 * points, and nothing that a terminal or a log viewer would act on.
 *
 * <p>Whatever a violation message or an error line quotes (a value that was refused, a file name, a member name) goes
 * through {@link #of(CharSequence)}, so that one hostile value cannot make an answer megabytes long (a cluster of
 * 500,000 combining marks is one "character" to a reader but 500,000 code points) nor colour, move or rewrite the
 * screen (an escape sequence in a file name, a bidirectional override). Code points are counted, not chars or
 * graphemes; a cut excerpt ends with {@code "…"}. Escaped as {@code \\uXXXX} (or {@code \\u{XXXXX}} above the
 * basic plane): controls (C0, DEL, C1), format characters (bidirectional controls, zero-width characters, the byte
 * order mark, soft hyphen), line and paragraph separators, and unpaired surrogates. Other text, Vietnamese
 * included, is kept as it is.
 */
public final class Excerpt {

    /** How many code points an excerpt shows by default. */
    public static final int DEFAULT_MAX_CODE_POINTS = 40;

    private Excerpt() {
    }

    /** {@code text} cut to {@value #DEFAULT_MAX_CODE_POINTS} code points and escaped; {@code null} gives "". */
    public static String of(CharSequence text) {
        return of(text, DEFAULT_MAX_CODE_POINTS);
    }

    /**
     * {@code text} cut to {@code maxCodePoints} code points (then {@code "…"}) and escaped; {@code null} gives "".
     *
     * @throws IllegalArgumentException when {@code maxCodePoints} is not positive
     */
    public static String of(CharSequence text, int maxCodePoints) {
        if (maxCodePoints < 1) {
            throw new IllegalArgumentException("maxCodePoints must be positive: " + maxCodePoints);
        }
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxCodePoints) + 8);
        int count = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (count == maxCodePoints) {
                return out.append('…').toString();
            }
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            count++;
            if (needsEscape(cp)) {
                out.append(cp > 0xFFFF ? String.format("\\u{%X}", cp) : String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** True for the code points an excerpt writes as an escape rather than as themselves. */
    static boolean needsEscape(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SURROGATE:
            case Character.UNASSIGNED:
            case Character.PRIVATE_USE:
                return true;
            default:
                return false;
        }
    }
}
