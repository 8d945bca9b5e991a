package vn.edoc.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Direction of a document in an organisation's system: incoming (văn bản đến), outgoing (văn bản đi) or internal
 * (văn bản nội bộ). The direction decides which presentation fields a document must carry at each {@link Stage}.
 */
public enum Direction {
    /** Văn bản đến: received from another organisation. */
    INCOMING("incoming", "Văn bản đến"),
    /** Văn bản đi: issued by this organisation to others. */
    OUTGOING("outgoing", "Văn bản đi"),
    /** Văn bản nội bộ: exchanged inside this organisation. */
    INTERNAL("internal", "Văn bản nội bộ");

    private final String jsonName;
    private final String vietnameseName;

    Direction(String jsonName, String vietnameseName) {
        this.jsonName = jsonName;
        this.vietnameseName = vietnameseName;
    }

    /** Name used in JSON: {@code incoming}, {@code outgoing}, {@code internal}. */
    public String jsonName() {
        return jsonName;
    }

    /** The label in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** Reads a JSON name (case-insensitive). */
    public static Optional<Direction> fromJsonName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.jsonName.equals(n)).findFirst();
    }
}
