package vn.edoc.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.edoc.time.TimeRules;
import vn.edoc.validation.EdocRuleException;

/**
 * The deadline of a task (thời hạn thực hiện nhiệm vụ), R-TASK-1 (LS Đ13.1c): a day, as documents usually write it
 * ("trước ngày 30/6/2026"), or an exact instant. A day ends at the end of its office hours, moved to the next working
 * day when it falls on a day off ({@link TimeRules#endOfDeadlineDay}).
 *
 * @param day     the deadline day, or {@code null} when an instant is given
 * @param instant the deadline instant, or {@code null} when a day is given
 */
public record TaskDeadline(LocalDate day, Instant instant) {

    /** Exactly one of day and instant. */
    public TaskDeadline {
        if ((day == null) == (instant == null)) {
            throw EdocRuleException.of(TaskViolation.FIELD_MISSING, "deadline", "deadline (a day or an instant)");
        }
        instant = instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** A deadline day. */
    public static TaskDeadline onDay(LocalDate day) {
        return new TaskDeadline(day, null);
    }

    /** A deadline instant. */
    public static TaskDeadline at(Instant instant) {
        return new TaskDeadline(null, instant);
    }

    /** The instant the deadline ends under {@code rules}. */
    public Instant endsAt(TimeRules rules) {
        return instant != null ? instant : rules.endOfDeadlineDay(day).toInstant();
    }

    @Override
    public String toString() {
        return instant != null ? instant.toString() : day.toString();
    }
}
