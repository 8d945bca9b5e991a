package vn.edoc.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import vn.edoc.document.Urgency;
import vn.edoc.validation.EdocRuleException;

/**
 * The time rules of {@code rules.md} (quy định về thời gian) on one organisation's {@link WorkingTime}: receiving time
 * (R-TIME-4), the clerk's handling deadline (R-TIME-2), the issue deadline (R-TIME-1), inspection deadlines
 * (R-TIME-7) and the on-time/overdue status of tasks (R-TASK-10). Immutable and thread-safe.
 *
 * <p>Every method refuses a missing ({@code null}) argument with {@link TimeViolation#MISSING_VALUE} ({@code
 * EDOC-TIME-050}) whose path is the argument's name.
 */
public final class TimeRules {

    /** Issue deadline: LS Đ7.2, BS Đ7.1. */
    public static final String ISSUE_RULE = "R-TIME-1";
    /** Handling deadline: BS Đ7.1, LA Đ5.2b, LS Đ7.2. */
    public static final String HANDLING_RULE = "R-TIME-2";
    /** Receiving time: LS Đ11.2, LA Đ10.2. */
    public static final String RECEIPT_RULE = "R-TIME-4";
    /** Inspections: LS Đ16.4-5. */
    public static final String INSPECTION_RULE = "R-TIME-7";
    /** Task status for reports: LS Đ14.3đ, LS Đ13.4. */
    public static final String TASK_STATUS_RULE = "R-TASK-10";

    private static volatile TimeRules defaults;

    private final WorkingTime time;
    private final LunchBreakPolicy lunchBreak;
    private final UrgentHandlingPolicy urgent;
    private final LocalTime morningCutOff;

    /** Where "buổi sáng" (the morning) ends by default for R-TIME-1. */
    public static final LocalTime DEFAULT_MORNING_CUT_OFF = LocalTime.NOON;

    private TimeRules(WorkingTime time, LunchBreakPolicy lunchBreak, UrgentHandlingPolicy urgent,
            LocalTime morningCutOff) {
        this.time = Objects.requireNonNull(time, "time");
        this.lunchBreak = Objects.requireNonNull(lunchBreak, "lunchBreak");
        this.urgent = Objects.requireNonNull(urgent, "urgent");
        this.morningCutOff = Objects.requireNonNull(morningCutOff, "morningCutOff");
    }

    /** The built-in calendar, the default office hours and the default policies. */
    public static TimeRules defaults() {
        TimeRules r = defaults;
        if (r == null) {
            r = of(WorkingTime.defaults());
            defaults = r;
        }
        return r;
    }

    /** The rules on {@code time} with the default policies. */
    public static TimeRules of(WorkingTime time) {
        return new TimeRules(time, LunchBreakPolicy.NEXT_PERIOD, UrgentHandlingPolicy.defaults(), DEFAULT_MORNING_CUT_OFF);
    }

    /** The rules on {@code time} with the given policies. */
    public static TimeRules of(WorkingTime time, LunchBreakPolicy lunchBreak, UrgentHandlingPolicy urgent) {
        return new TimeRules(time, lunchBreak, urgent, DEFAULT_MORNING_CUT_OFF);
    }

    /** A builder on {@code time}, starting from the default policies. */
    public static Builder builder(WorkingTime time) {
        return new Builder(time);
    }

    /** The working time. */
    public WorkingTime workingTime() {
        return time;
    }

    /** The lunch-break policy. */
    public LunchBreakPolicy lunchBreakPolicy() {
        return lunchBreak;
    }

    /** The urgent-handling policy. */
    public UrgentHandlingPolicy urgentHandlingPolicy() {
        return urgent;
    }

    /** Where the morning (buổi sáng) ends for the issue deadline, R-TIME-1; {@link #DEFAULT_MORNING_CUT_OFF} by default. */
    public LocalTime morningCutOff() {
        return morningCutOff;
    }

    /**
     * R-TIME-4, the effective receiving time (thời điểm tiếp nhận): the instant received when it is inside office
     * hours; otherwise the start of the next office period. A document received during the break between two
     * periods of a working day counts from the next period, or as received, by the {@link LunchBreakPolicy}. The
     * result is never before {@code received} and, under the default policy, always inside office hours.
     */
    public ZonedDateTime effectiveReceipt(Instant received) {
        Required.value(received, "received");
        if (time.isOfficeTime(received)
                || (lunchBreak == LunchBreakPolicy.SAME_DAY_AS_RECEIVED && time.isWithinOfficeDay(received))) {
            return WorkingTime.vietnamTime(received);
        }
        return time.nextOfficeStart(received);
    }

    /**
     * R-TIME-2, when the clerk must have handled a received document (thời hạn xử lý của văn thư): for each urgency,
     * the {@link UrgentHandlingPolicy}'s allowance — by default 2 office hours after the effective receipt for an
     * ordinary document, 1 office hour for Khẩn, 1 hour after reception for Thượng khẩn and 30 minutes after reception
     * for Hỏa tốc, office hours or not.
     */
    public ZonedDateTime handlingDeadline(Instant received, Urgency urgency) {
        Required.value(received, "received");
        Required.value(urgency, "urgency");
        UrgentHandlingPolicy.Allowance a = urgent.allowance(urgency);
        if (a.measure() == UrgentHandlingPolicy.Measure.ELAPSED) {
            return WorkingTime.vietnamTime(received.plus(a.duration()));
        }
        return time.addOfficeHours(effectiveReceipt(received).toInstant(), a.duration());
    }

    /**
     * R-TIME-2, when a received document must have been assigned for handling (phân công xử lý): "ngay trong ngày"
     * (BS Đ7.1) — the end of the last office period of the day of the effective receipt, so a document received at
     * night is assigned by the end of the next working day.
     */
    public ZonedDateTime assignmentDeadline(Instant received) {
        Required.value(received, "received");
        LocalDate day = effectiveReceipt(received).toLocalDate();
        List<TimeRange> periods = time.officeHours().periodsOn(day);
        return WorkingTime.at(day, periods.get(periods.size() - 1).end());
    }

    /**
     * R-TIME-1, the latest time to register and issue a signed document (thời hạn phát hành): "ngay trong ngày ... ký
     * ban hành, chậm nhất là trong buổi sáng của ngày làm việc tiếp theo" (LS Đ7.2, BS Đ7.1). The morning of the
     * first working day after the day of signing is made of the office periods that end at or before the
     * {@linkplain #morningCutOff() morning cut-off} (12:00 by default); the deadline is the end of the last of them,
     * so with 07:00-09:00, 09:15-11:30, 13:30-17:00 it is 11:30. When a period spans the cut-off (one 08:00-16:00
     * period) the deadline is the cut-off itself; when no period starts before the cut-off, the morning is the
     * day's first period and the deadline its end. A document signed on a weekend or holiday is treated the same
     * way: it is due by the end of the first morning after that day.
     */
    public ZonedDateTime issueDeadline(Instant signed) {
        Required.value(signed, "signed");
        LocalDate day = WorkingTime.vietnamTime(signed).toLocalDate();
        LocalDate next = time.addWorkingDays(day, 1);
        return WorkingTime.at(next, endOfMorning(time.officeHours().periodsOn(next)));
    }

    private LocalTime endOfMorning(List<TimeRange> periods) {
        LocalTime end = null;
        for (TimeRange p : periods) {
            if (!p.end().isAfter(morningCutOff)) {
                end = p.end();
            } else if (p.start().isBefore(morningCutOff)) {
                return morningCutOff;
            } else {
                break;
            }
        }
        return end != null ? end : periods.get(0).end();
    }

    /**
     * R-TIME-7, the deadlines around an inspection held on {@code inspectionDay} (LS Đ16.4-5).
     *
     * @see #inspectionDeadlines(LocalDate, LocalDate)
     */
    public InspectionDeadlines inspectionDeadlines(LocalDate inspectionDay) {
        return inspectionDeadlines(inspectionDay, inspectionDay);
    }

    /**
     * R-TIME-7, the deadlines around an inspection from {@code firstDay} to {@code lastDay} (LS Đ16.4-5):
     * <ul>
     *   <li>notice: "trước thời điểm kiểm tra 07 (bảy) ngày làm việc" — the 7th working day before the first day;</li>
     *   <li>the unit's report: "chậm nhất trước ngày kiểm tra 03 (ba) ngày" — calendar days, since the same clause
     *       says "ngày làm việc" where it means working days: 3 days before the first day, moved back to the previous
     *       working day when that is a weekend or holiday, so that the report still comes 3 days ahead;</li>
     *   <li>result report: "chậm nhất 05 (năm) ngày làm việc sau khi kết thúc kiểm tra" — the 5th working day after
     *       the last day.</li>
     * </ul>
     * Refused with {@link TimeViolation#INSPECTION_RANGE_INVALID} when {@code lastDay} is before {@code firstDay}.
     */
    public InspectionDeadlines inspectionDeadlines(LocalDate firstDay, LocalDate lastDay) {
        Required.value(firstDay, "firstDay");
        Required.value(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw EdocRuleException.of(TimeViolation.INSPECTION_RANGE_INVALID, "lastDay", lastDay, firstDay);
        }
        LocalDate noticeBy = time.addWorkingDays(firstDay, -7);
        LocalDate report = firstDay.minusDays(3);
        if (!time.isWorkingDay(report)) {
            report = time.addWorkingDays(report, -1);
        }
        return new InspectionDeadlines(noticeBy, report, time.addWorkingDays(lastDay, 5));
    }

    /**
     * The instant a deadline given as a date ends: the end of the last office period of that day; when the day is a
     * weekend or holiday, the end of the office hours of the next working day (as the Civil Code 2015 Art. 148(5)
     * moves a period ending on a day off).
     */
    public ZonedDateTime endOfDeadlineDay(LocalDate deadline) {
        Required.value(deadline, "deadline");
        LocalDate day = time.addWorkingDays(deadline, 0);
        List<TimeRange> periods = time.officeHours().periodsOn(day);
        return WorkingTime.at(day, periods.get(periods.size() - 1).end());
    }

    /** R-TASK-10: a task completed at {@code completed} is on time when that is not after {@code deadline}. */
    public DeadlineStatus classifyCompleted(Instant deadline, Instant completed) {
        Required.value(deadline, "deadline");
        Required.value(completed, "completed");
        return Deadlines.isPast(deadline, completed) ? DeadlineStatus.LATE : DeadlineStatus.ON_TIME;
    }

    /** R-TASK-10: as {@link #classifyCompleted(Instant, Instant)}. */
    public DeadlineStatus classifyCompleted(ZonedDateTime deadline, Instant completed) {
        Required.value(deadline, "deadline");
        Required.value(completed, "completed");
        return classifyCompleted(deadline.toInstant(), completed);
    }

    /** R-TASK-10, with a deadline date ending as {@link #endOfDeadlineDay(LocalDate)} says. */
    public DeadlineStatus classifyCompleted(LocalDate deadline, Instant completed) {
        Required.value(deadline, "deadline");
        Required.value(completed, "completed");
        return classifyCompleted(endOfDeadlineDay(deadline).toInstant(), completed);
    }

    /** R-TASK-10: an open task is overdue once {@code now} is after {@code deadline}, in progress until then. */
    public DeadlineStatus classifyOpen(Instant deadline, Instant now) {
        Required.value(deadline, "deadline");
        Required.value(now, "now");
        return Deadlines.isPast(deadline, now) ? DeadlineStatus.OVERDUE : DeadlineStatus.IN_PROGRESS;
    }

    /** R-TASK-10: as {@link #classifyOpen(Instant, Instant)}. */
    public DeadlineStatus classifyOpen(ZonedDateTime deadline, Instant now) {
        Required.value(deadline, "deadline");
        Required.value(now, "now");
        return classifyOpen(deadline.toInstant(), now);
    }

    /** R-TASK-10, with a deadline date ending as {@link #endOfDeadlineDay(LocalDate)} says. */
    public DeadlineStatus classifyOpen(LocalDate deadline, Instant now) {
        Required.value(deadline, "deadline");
        Required.value(now, "now");
        return classifyOpen(endOfDeadlineDay(deadline).toInstant(), now);
    }

    /** Builds {@link TimeRules} with chosen policies. */
    public static final class Builder {
        private final WorkingTime time;
        private LunchBreakPolicy lunchBreak = LunchBreakPolicy.NEXT_PERIOD;
        private UrgentHandlingPolicy urgent = UrgentHandlingPolicy.defaults();
        private LocalTime morningCutOff = DEFAULT_MORNING_CUT_OFF;

        private Builder(WorkingTime time) {
            this.time = Objects.requireNonNull(time, "time");
        }

        /** How the lunch break counts for receipt. */
        public Builder lunchBreak(LunchBreakPolicy policy) {
            this.lunchBreak = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** What "at once" means per urgency. */
        public Builder urgentHandling(UrgentHandlingPolicy policy) {
            this.urgent = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Where the morning ends for the issue deadline (R-TIME-1). */
        public Builder morningCutOff(LocalTime cutOff) {
            this.morningCutOff = Objects.requireNonNull(cutOff, "cutOff");
            return this;
        }

        /** The rules. */
        public TimeRules build() {
            return new TimeRules(time, lunchBreak, urgent, morningCutOff);
        }
    }
}
