package vn.edoc.text;

/**
 * The six Vietnamese tones (thanh điệu) and the Unicode combining mark of each. The order is the one used
 * by every table of this package: none, huyền (grave), sắc (acute), hỏi (hook above), ngã (tilde),
 * nặng (dot below).
 */
enum Tone {
    NONE('\0'),
    HUYEN('\u0300'),
    SAC('\u0301'),
    HOI('\u0309'),
    NGA('\u0303'),
    NANG('\u0323');

    private final char mark;

    Tone(char mark) {
        this.mark = mark;
    }

    /** The combining mark, or {@code '\0'} for {@link #NONE}. */
    char mark() {
        return mark;
    }

    /** The tone whose combining mark is {@code c}, or null when {@code c} is not a tone mark. */
    static Tone ofMark(char c) {
        switch (c) {
            case '\u0300':
                return HUYEN;
            case '\u0301':
                return SAC;
            case '\u0309':
                return HOI;
            case '\u0303':
                return NGA;
            case '\u0323':
                return NANG;
            default:
                return null;
        }
    }
}
