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

    /** Reads a JSON name (case-insensitive, '_' accepted for '-'). */
    public static Optional<Confidentiality> fromJsonName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(c -> c.jsonName.equals(n)).findFirst();
    }
}
