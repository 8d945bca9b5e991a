package vn.edoc.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.edoc.validation.EdocRuleException;

/**
 * One line of an announced holiday schedule (lịch nghỉ lễ, tết do Chính phủ thông báo): the days from {@code first}
 * to {@code last}, both inclusive, are of {@code kind}.
 *
 * <p>Kinds: {@link DayKind#HOLIDAY} for the legal holidays themselves (including the days of Tết and the day next to
 * National Day that the Prime Minister picks each year, Labour Code 2019 Art. 112(3)); {@link DayKind#DAY_OFF} for
 * carried-over and swapped days off; {@link DayKind#WORKING_DAY} for a weekend day worked in exchange, or a weekday
 * kept as a working day against the computed rule. A day-off range may include the weekend days of a break: they stay
 * ordinary weekend days.
 *
 * @param first  first day
 * @param last   last day, not before {@code first}, at most {@value #MAX_DAYS} days after it
 * @param name   what the days are, in Vietnamese
 * @param kind   holiday, day off or working day
 * @param source where the line comes from (the notice, for example "Thông báo 9441/TB-BNV ngày 16/10/2025"), or ""
 */
public record ScheduleEntry(LocalDate first, LocalDate last, String name, DayKind kind, String source) {

    /** The longest entry, in days: longer than any holiday break there has been. */
    public static final int MAX_DAYS = 31;

    public ScheduleEntry {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        source = source == null ? "" : source;
        if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw EdocRuleException.of(TimeViolation.SCHEDULE_RANGE_INVALID, "", first, last, MAX_DAYS);
        }
    }

    /** An entry for one day. */
    public static ScheduleEntry of(LocalDate day, String name, DayKind kind, String source) {
        return new ScheduleEntry(day, day, name, kind, source);
    }

    /** True when {@code day} is inside the entry. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** True when the entry and the range {@code from..to} share a day. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !last.isBefore(from) && !first.isAfter(to);
    }
}
