package vn.edoc.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that is not an ordinary day of the week (ngày đặc biệt): a holiday, an extra day off or a weekend day worked.
 *
 * @param date the day
 * @param name what it is, in Vietnamese (for example "Tết Nguyên Đán", "Nghỉ bù Quốc khánh")
 * @param kind holiday, day off or working day
 */
public record CalendarDay(LocalDate date, String name, DayKind kind) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** True when offices are closed on this day. */
    public boolean isDayOff() {
        return kind.isDayOff();
    }
}
