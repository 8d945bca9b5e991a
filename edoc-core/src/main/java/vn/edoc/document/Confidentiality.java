package vn.edoc.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Confidentiality (độ mật) of a document. The three state-secret levels ("MẬT", "TỐI MẬT", "TUYỆT MẬT",
 * Law on Protection of State Secrets 2018) never enter an e-document system (R-SEC-1).
 */
public enum Confidentiality {
    /** Not classified (thường). */
    NONE("none", "Thường"),
    /** Mật. */
    MAT("mat", "Mật"),
    /** Tối mật. */
    TOI_MAT("toi-mat", "Tối mật"),
    /** Tuyệt mật. */
    TUYET_MAT("tuyet-mat", "Tuyệt mật");

    private final String jsonName;
    private final String vietnameseName;

    Confidentiality(String jsonName, String vietnameseName) {
        this.jsonName = jsonName;
        this.vietnameseName = vietnameseName;
    }

    /** Name used in JSON: {@code none}, {@code mat}, {@code toi-mat}, {@code tuyet-mat}. */
    public String jsonName() {
        return jsonName;
    }

    /** The label as written in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** True for the state-secret levels, which R-SEC-1 keeps out of the system. */
    public boolean isStateSecret() {
        return this != NONE;
    }

    /**
     * Reads a JSON name or a Vietnamese label: case is ignored, diacritics are folded (so {@code "Mật"},
     * {@code "MẬT"} and {@code "mat"} are one value, and so are {@code "Hỏa tốc"} and {@code "Hoả tốc"}), and spaces
     * and {@code '_'} count as {@code '-'}.
     */
    public static Optional<Confidentiality> fromJsonName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = labelKey(name);
        return Arrays.stream(values()).filter(c -> c.jsonName.equals(n) || labelKey(c.vietnameseName).equals(n))
                .findFirst();
    }

    /** A label folded for comparison: no diacritics, lower case, runs of spaces and '_' as one '-'. */
    static String labelKey(String text) {
        String folded = vn.edoc.text.Diacritics.fold(text.strip()).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean gap = c == '_' || Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (!gap) {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        return b.toString();
    }
}
