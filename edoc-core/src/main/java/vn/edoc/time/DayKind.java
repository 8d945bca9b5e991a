package vn.edoc.time;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a day is not an ordinary day of the week (loại ngày đặc biệt).
 */
public enum DayKind {
    /** A legal holiday (ngày nghỉ lễ, tết) of the Labour Code 2019 Art. 112, also when it falls on a weekend. */
    HOLIDAY("holiday"),
    /**
     * An extra day off (ngày nghỉ bù, ngày nghỉ hoán đổi): the carry-over of a holiday that fell on a weekend
     * (Labour Code 2019 Art. 111(3)) or a weekday given off by an announced schedule.
     */
    DAY_OFF("day-off"),
    /** A weekend day worked in exchange for a day off (ngày làm bù). */
    WORKING_DAY("working-day");

    private final String jsonName;

    DayKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in JSON and on the command line: {@code holiday}, {@code day-off}, {@code working-day}. */
    public String jsonName() {
        return jsonName;
    }

    /** True for the kinds on which offices are closed. */
    public boolean isDayOff() {
        return this != WORKING_DAY;
    }

    /** Reads a JSON name (case-insensitive, '_' accepted for '-'). */
    public static Optional<DayKind> fromJsonName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (DayKind k : values()) {
            if (k.jsonName.equals(n)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
