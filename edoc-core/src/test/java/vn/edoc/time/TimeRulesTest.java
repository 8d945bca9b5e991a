package vn.edoc.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import vn.edoc.document.Urgency;
import vn.edoc.validation.EdocRuleException;

class TimeRulesTest {

    private static final TimeRules RULES = TimeRules.defaults();

    private static Instant t(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }

    private static String iso(ZonedDateTime z) {
        return WorkingTime.iso(z);
    }

    @Test
    void receiptBeforeTetCountsAfterTheBreak() {
        Instant friday = t("2025-01-24T18:05:00+07:00");
        assertThat(iso(RULES.effectiveReceipt(friday))).isEqualTo("2025-02-03T07:30:00+07:00");
        assertThat(iso(RULES.handlingDeadline(friday, Urgency.NORMAL))).isEqualTo("2025-02-03T09:30:00+07:00");
        assertThat(iso(RULES.handlingDeadline(friday, Urgency.KHAN))).isEqualTo("2025-02-03T08:30:00+07:00");
        assertThat(iso(RULES.handlingDeadline(friday, Urgency.THUONG_KHAN))).isEqualTo("2025-01-24T19:05:00+07:00");
        assertThat(iso(RULES.handlingDeadline(friday, Urgency.HOA_TOC))).isEqualTo("2025-01-24T18:35:00+07:00");
    }

    @Test
    void receiptInsideOfficeHoursIsTheInstantReceived() {
        Instant i = t("2025-03-11T10:00:00+07:00");
        assertThat(iso(RULES.effectiveReceipt(i))).isEqualTo("2025-03-11T10:00:00+07:00");
        // 1 h 30 before lunch, 30 min after
        assertThat(iso(RULES.handlingDeadline(i, Urgency.NORMAL))).isEqualTo("2025-03-11T14:00:00+07:00");
        // late afternoon: 30 min today, 1 h 30 the next morning
        assertThat(iso(RULES.handlingDeadline(t("2025-03-11T16:30:00+07:00"), Urgency.NORMAL)))
                .isEqualTo("2025-03-12T09:00:00+07:00");
        // two office hours from 09:30 end at 11:30, not at 13:30
        assertThat(iso(RULES.handlingDeadline(t("2025-03-11T09:30:00+07:00"), Urgency.NORMAL)))
                .isEqualTo("2025-03-11T11:30:00+07:00");
        // an instant given in UTC is answered in Vietnam time
        assertThat(iso(RULES.effectiveReceipt(t("2025-03-11T03:00:00Z")))).isEqualTo("2025-03-11T10:00:00+07:00");
    }

    @Test
    void assignmentTheSameDay() {
        assertThat(iso(RULES.assignmentDeadline(t("2025-03-11T10:00:00+07:00")))).isEqualTo("2025-03-11T17:00:00+07:00");
        assertThat(iso(RULES.assignmentDeadline(t("2025-03-11T18:00:00+07:00")))).isEqualTo("2025-03-12T17:00:00+07:00");
        assertThat(iso(RULES.assignmentDeadline(t("2025-01-24T18:05:00+07:00")))).isEqualTo("2025-02-03T17:00:00+07:00");
    }

    @Test
    void lunchBreakPolicy() {
        Instant noon = t("2025-03-11T12:00:00+07:00");
        assertThat(iso(RULES.effectiveReceipt(noon))).isEqualTo("2025-03-11T13:30:00+07:00");
        TimeRules sameDay = TimeRules.builder(WorkingTime.defaults())
                .lunchBreak(LunchBreakPolicy.SAME_DAY_AS_RECEIVED).build();
        assertThat(iso(sameDay.effectiveReceipt(noon))).isEqualTo("2025-03-11T12:00:00+07:00");
        assertThat(iso(sameDay.handlingDeadline(noon, Urgency.NORMAL))).isEqualTo("2025-03-11T15:30:00+07:00");
        assertThat(iso(RULES.handlingDeadline(noon, Urgency.NORMAL))).isEqualTo("2025-03-11T15:30:00+07:00");
        // after the last period the policy makes no difference
        assertThat(iso(sameDay.effectiveReceipt(t("2025-03-11T17:00:00+07:00"))))
                .isEqualTo("2025-03-12T07:30:00+07:00");
        assertThat(iso(sameDay.effectiveReceipt(t("2025-03-11T06:00:00+07:00"))))
                .isEqualTo("2025-03-11T07:30:00+07:00");
    }

    @Test
    void receiptOnAWorkedSaturday() {
        // Saturday 26/4/2025 was worked in exchange for Friday 2/5
        assertThat(iso(RULES.effectiveReceipt(t("2025-04-25T17:30:00+07:00")))).isEqualTo("2025-04-26T07:30:00+07:00");
        assertThat(iso(RULES.effectiveReceipt(t("2025-04-29T17:30:00+07:00")))).isEqualTo("2025-05-05T07:30:00+07:00");
    }

    @Test
    void urgentPolicyIsConfigurable() {
        UrgentHandlingPolicy p = UrgentHandlingPolicy.builder().elapsed(Urgency.KHAN, Duration.ofMinutes(15))
                .officeTime(Urgency.HOA_TOC, Duration.ofMinutes(10)).build();
        TimeRules r = TimeRules.of(WorkingTime.defaults(), LunchBreakPolicy.NEXT_PERIOD, p);
        Instant night = t("2025-03-11T22:00:00+07:00");
        assertThat(iso(r.handlingDeadline(night, Urgency.KHAN))).isEqualTo("2025-03-11T22:15:00+07:00");
        assertThat(iso(r.handlingDeadline(night, Urgency.HOA_TOC))).isEqualTo("2025-03-12T07:40:00+07:00");
        assertThat(iso(r.handlingDeadline(night, Urgency.NORMAL))).isEqualTo("2025-03-12T09:30:00+07:00");
        assertThat(p.allowance(Urgency.THUONG_KHAN))
                .isEqualTo(new UrgentHandlingPolicy.Allowance(UrgentHandlingPolicy.Measure.ELAPSED, Duration.ofHours(1)));
        assertThatThrownBy(() -> UrgentHandlingPolicy.builder().elapsed(Urgency.KHAN, Duration.ofMinutes(-1)))
                .isInstanceOf(EdocRuleException.class);
    }

    private static TimeRules withHours(String spec) {
        return TimeRules.of(WorkingTime.of(HolidayCalendar.builtIn(), OfficeHours.parse(spec).orThrow()));
    }

    @Test
    void issueDeadlineIsTheLastMorningPeriodWhenTheMorningIsSplit() {
        TimeRules split = withHours("07:00-09:00,09:15-11:30,13:30-17:00");
        assertThat(iso(split.issueDeadline(t("2025-03-11T15:00:00+07:00")))).isEqualTo("2025-03-12T11:30:00+07:00");
    }

    @Test
    void issueDeadlineIsTheNoonCutOffWhenOnePeriodSpansNoon() {
        TimeRules single = withHours("08:00-16:00");
        assertThat(iso(single.issueDeadline(t("2025-03-11T15:00:00+07:00")))).isEqualTo("2025-03-12T12:00:00+07:00");
        TimeRules early = TimeRules.builder(single.workingTime()).morningCutOff(java.time.LocalTime.of(11, 0)).build();
        assertThat(iso(early.issueDeadline(t("2025-03-11T15:00:00+07:00")))).isEqualTo("2025-03-12T11:00:00+07:00");
        assertThat(early.morningCutOff()).isEqualTo(java.time.LocalTime.of(11, 0));
        assertThat(TimeRules.defaults().morningCutOff()).isEqualTo(java.time.LocalTime.NOON);
    }

    @Test
    void issueDeadlineIsTheEndOfTheNextWorkingMorning() {
        assertThat(iso(RULES.issueDeadline(t("2025-03-11T15:00:00+07:00")))).isEqualTo("2025-03-12T11:30:00+07:00");
        assertThat(iso(RULES.issueDeadline(t("2025-03-11T00:30:00+07:00")))).isEqualTo("2025-03-12T11:30:00+07:00");
        // Friday before a worked Saturday
        assertThat(iso(RULES.issueDeadline(t("2025-04-25T16:00:00+07:00")))).isEqualTo("2025-04-26T11:30:00+07:00");
        // signed on a Saturday: the first morning after it
        assertThat(iso(RULES.issueDeadline(t("2025-03-15T09:00:00+07:00")))).isEqualTo("2025-03-17T11:30:00+07:00");
        // signed on the eve of the 30/4-1/5 break
        assertThat(iso(RULES.issueDeadline(t("2025-04-29T20:00:00+07:00")))).isEqualTo("2025-05-05T11:30:00+07:00");
        // Friday 24/1/2025 before Tết: Monday 3/2
        assertThat(iso(RULES.issueDeadline(t("2025-01-24T16:00:00+07:00")))).isEqualTo("2025-02-03T11:30:00+07:00");
    }

    @Test
    void inspectionDeadlines() {
        assertThat(RULES.inspectionDeadlines(LocalDate.of(2025, 3, 17))).isEqualTo(new InspectionDeadlines(
                LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 24)));
        // 3 days before Wednesday 19/3 is a Sunday: the report is due on the Friday before
        assertThat(RULES.inspectionDeadlines(LocalDate.of(2025, 3, 19)).reportBy()).isEqualTo(LocalDate.of(2025, 3, 14));
        // around the 30/4-1/5 break of 2025, with Saturday 26/4 worked
        assertThat(RULES.inspectionDeadlines(LocalDate.of(2025, 5, 5))).isEqualTo(new InspectionDeadlines(
                LocalDate.of(2025, 4, 22), LocalDate.of(2025, 4, 29), LocalDate.of(2025, 5, 12)));
        // a two-day inspection: the result report counts from the last day
        assertThat(RULES.inspectionDeadlines(LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 18)).resultReportBy())
                .isEqualTo(LocalDate.of(2025, 3, 25));
        assertThatThrownBy(() -> RULES.inspectionDeadlines(LocalDate.of(2025, 3, 18), LocalDate.of(2025, 3, 17)))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).ruleIds()).containsExactly("R-TIME-7"));
    }

    @Test
    void taskDeadlines() {
        LocalDate friday = LocalDate.of(2025, 3, 14);
        assertThat(iso(RULES.endOfDeadlineDay(friday))).isEqualTo("2025-03-14T17:00:00+07:00");
        assertThat(RULES.classifyCompleted(friday, t("2025-03-14T16:59:00+07:00"))).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(RULES.classifyCompleted(friday, t("2025-03-14T17:00:00+07:00"))).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(RULES.classifyCompleted(friday, t("2025-03-14T17:01:00+07:00"))).isEqualTo(DeadlineStatus.LATE);
        assertThat(RULES.classifyOpen(friday, t("2025-03-14T17:00:00+07:00"))).isEqualTo(DeadlineStatus.IN_PROGRESS);
        assertThat(RULES.classifyOpen(friday, t("2025-03-14T17:00:01+07:00"))).isEqualTo(DeadlineStatus.OVERDUE);
        // a deadline on a day off moves to the end of the next working day
        assertThat(iso(RULES.endOfDeadlineDay(LocalDate.of(2025, 3, 15)))).isEqualTo("2025-03-17T17:00:00+07:00");
        assertThat(iso(RULES.endOfDeadlineDay(LocalDate.of(2025, 1, 28)))).isEqualTo("2025-02-03T17:00:00+07:00");
        ZonedDateTime deadline = ZonedDateTime.parse("2025-03-14T10:00:00+07:00");
        assertThat(RULES.classifyCompleted(deadline, t("2025-03-14T03:00:01Z"))).isEqualTo(DeadlineStatus.LATE);
        assertThat(RULES.classifyOpen(deadline, t("2025-03-14T02:59:59Z"))).isEqualTo(DeadlineStatus.IN_PROGRESS);
        assertThat(DeadlineStatus.IN_PROGRESS.jsonName()).isEqualTo("in-progress");
    }

    @Test
    void refusesInstantsOutsideTheCalendar() {
        assertThatThrownBy(() -> RULES.effectiveReceipt(t("2101-01-01T08:00:00+07:00")))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> RULES.effectiveReceipt(t("2012-06-01T08:00:00+07:00")))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> RULES.effectiveReceipt(Instant.MAX)).isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> RULES.effectiveReceipt(Instant.MIN)).isInstanceOf(EdocRuleException.class);
        // the last office period of 2100 has no next one
        assertThatThrownBy(() -> RULES.effectiveReceipt(t("2100-12-31T18:00:00+07:00")))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> RULES.workingTime().addOfficeHours(t("2025-03-11T10:00:00+07:00"),
                Duration.ofHours(-1))).isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().has(TimeViolation.NEGATIVE_DURATION))
                        .isTrue());
        assertThatThrownBy(() -> RULES.workingTime().addOfficeHours(t("2025-03-11T10:00:00+07:00"),
                Duration.ofDays(365L * 1000))).isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> RULES.workingTime().addWorkingDays(LocalDate.of(2025, 1, 1), Integer.MAX_VALUE))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> RULES.workingTime().addWorkingDays(LocalDate.of(2025, 1, 1), Integer.MIN_VALUE))
                .isInstanceOf(EdocRuleException.class);
    }
}
