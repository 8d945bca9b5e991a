package vn.edoc.time;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import vn.edoc.validation.EdocRuleException;

/**
 * One period of office hours in a day (buổi làm việc), from {@code start} inclusive to {@code end} exclusive.
 *
 * @param start first instant of the period, in whole seconds
 * @param end   the moment the period ends, after {@code start}, in whole seconds
 */
public record TimeRange(LocalTime start, LocalTime end) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.getNano() != 0 || end.getNano() != 0) {
            // office tables count whole seconds
            throw EdocRuleException.of(TimeViolation.OFFICE_PERIOD_SYNTAX, "", format(start, end));
        }
        if (!end.isAfter(start)) {
            throw EdocRuleException.of(TimeViolation.OFFICE_PERIOD_EMPTY, "", format(start, end));
        }
    }

    /** The period from {@code start} to {@code end}; refused with {@link TimeViolation#OFFICE_PERIOD_EMPTY} if empty. */
    public static TimeRange of(LocalTime start, LocalTime end) {
        return new TimeRange(start, end);
    }

    /** The period from {@code startHour:startMinute} to {@code endHour:endMinute}. */
    public static TimeRange of(int startHour, int startMinute, int endHour, int endMinute) {
        return new TimeRange(LocalTime.of(startHour, startMinute), LocalTime.of(endHour, endMinute));
    }

    /** True when {@code time} is inside the period (start inclusive, end exclusive). */
    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    /** Length of the period in seconds. */
    public int seconds() {
        return end.toSecondOfDay() - start.toSecondOfDay();
    }

    /** {@code HH:mm-HH:mm}, the form {@link OfficeHours#parse(String)} reads. */
    @Override
    public String toString() {
        return format(start, end);
    }

    static String format(LocalTime start, LocalTime end) {
        return (start == null ? "?" : start.format(timeFormat(start))) + "-"
                + (end == null ? "?" : end.format(timeFormat(end)));
    }

    private static DateTimeFormatter timeFormat(LocalTime t) {
        return t.getSecond() == 0 && t.getNano() == 0 ? HH_MM : DateTimeFormatter.ISO_LOCAL_TIME;
    }
}
