package vn.edoc.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Urgency (độ khẩn) of a document, Decree 30/2020 Phụ lục I §9: ordinary, then the three stamps
 * "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC". The edXML {@code Priority} codes follow QCVN 102:2016 as used on the axis
 * (0–3; 4, "hỏa tốc hẹn giờ", is read as {@link #HOA_TOC}).
 */
public enum Urgency {
    /** Thường: no urgency stamp. */
    NORMAL("normal", "Thường", 0),
    /** Khẩn. */
    KHAN("khan", "Khẩn", 1),
    /** Thượng khẩn. */
    THUONG_KHAN("thuong-khan", "Thượng khẩn", 2),
    /** Hỏa tốc (also written "Hoả tốc"). */
    HOA_TOC("hoa-toc", "Hỏa tốc", 3);

    private final String jsonName;
    private final String vietnameseName;
    private final int edxmlPriority;

    Urgency(String jsonName, String vietnameseName, int edxmlPriority) {
        this.jsonName = jsonName;
        this.vietnameseName = vietnameseName;
        this.edxmlPriority = edxmlPriority;
    }

    /** Name used in JSON and on the command line: {@code normal}, {@code khan}, {@code thuong-khan}, {@code hoa-toc}. */
    public String jsonName() {
        return jsonName;
    }

    /** The label as written in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** The edXML {@code OtherInfo/Priority} code. */
    public int edxmlPriority() {
        return edxmlPriority;
    }

    /** True for Khẩn, Thượng khẩn and Hỏa tốc: handled at once (R-TIME-2). */
    public boolean isUrgent() {
        return this != NORMAL;
    }

    /**
     * Reads a JSON/CLI name or a Vietnamese label: case is ignored, diacritics are folded (so {@code "Hỏa tốc"},
     * {@code "Hoả tốc"} and {@code "hoa-toc"} are one value), and spaces and {@code '_'} count as {@code '-'}.
     */
    public static Optional<Urgency> fromJsonName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = Confidentiality.labelKey(name);
        return Arrays.stream(values())
                .filter(u -> u.jsonName.equals(n) || Confidentiality.labelKey(u.vietnameseName).equals(n))
                .findFirst();
    }

    /** Reads an edXML priority code; 4 (hỏa tốc hẹn giờ) maps to {@link #HOA_TOC}. */
    public static Optional<Urgency> fromEdxmlPriority(int code) {
        return code == 4 ? Optional.of(HOA_TOC)
                : Arrays.stream(values()).filter(u -> u.edxmlPriority == code).findFirst();
    }
}
