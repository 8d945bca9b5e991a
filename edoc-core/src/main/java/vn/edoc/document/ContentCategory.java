package vn.edoc.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a document's content is, as far as the entry policy of R-SEC-2 cares (loại nội dung): ordinary, or one of
 * the kinds Sơn La's regulation keeps out of the document system (SL Đ3.2): disputes (đơn thư tranh chấp),
 * complaints (khiếu nại), denunciations (tố cáo), and harmful content (nội dung xấu, độc hại). Whether these are
 * refused, warned about or let in is decided by {@link SecurityPolicy}.
 */
public enum ContentCategory {
    /** Thông thường. */
    ORDINARY("ordinary", "Thông thường"),
    /** Đơn thư khiếu nại. */
    COMPLAINT("complaint", "Khiếu nại"),
    /** Đơn thư tố cáo. */
    DENUNCIATION("denunciation", "Tố cáo"),
    /** Đơn thư tranh chấp. */
    DISPUTE("dispute", "Tranh chấp"),
    /** Nội dung xấu, độc hại (harmful to security, politics, sovereignty or national culture). */
    HARMFUL("harmful", "Nội dung xấu, độc hại");

    private final String jsonName;
    private final String vietnameseName;

    ContentCategory(String jsonName, String vietnameseName) {
        this.jsonName = jsonName;
        this.vietnameseName = vietnameseName;
    }

    /** Name used in JSON: {@code ordinary}, {@code complaint}, {@code denunciation}, {@code dispute}, {@code harmful}. */
    public String jsonName() {
        return jsonName;
    }

    /** The label in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** Reads a JSON name (case-insensitive). */
    public static Optional<ContentCategory> fromJsonName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.jsonName.equals(n)).findFirst();
    }
}
