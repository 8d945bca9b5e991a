package vn.edoc.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.edoc.document.Urgency;

class TimeRulesProperties {

    private static final TimeRules RULES = TimeRules.defaults();
    private static final TimeRules SAME_DAY = TimeRules.builder(WorkingTime.defaults())
            .lunchBreak(LunchBreakPolicy.SAME_DAY_AS_RECEIVED).build();

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<LocalDate> dates = Arbitraries.longs()
                .between(LocalDate.of(2019, 1, 1).toEpochDay(), LocalDate.of(2027, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Integer> second = Arbitraries.integers().between(0, 86_399);
        return Combinators.combine(dates, second).as((d, s) -> WorkingTime.at(d, LocalTime.ofSecondOfDay(s)).toInstant());
    }

    @Property(tries = 1000)
    void effectiveReceiptIsInsideOfficeHoursAndNeverEarlier(@ForAll("instants") Instant received) {
        ZonedDateTime e = RULES.effectiveReceipt(received);
        assertThat(e.toInstant()).isAfterOrEqualTo(received);
        assertThat(RULES.workingTime().isOfficeTime(e.toInstant())).isTrue();
        assertThat(RULES.workingTime().officeTimeBetween(received, e.toInstant())).isZero();
        assertThat(RULES.workingTime().calendar().isWorkingDay(e.toLocalDate())).isTrue();

        ZonedDateTime s = SAME_DAY.effectiveReceipt(received);
        assertThat(s.toInstant()).isAfterOrEqualTo(received).isBeforeOrEqualTo(e.toInstant());
        assertThat(SAME_DAY.workingTime().isWithinOfficeDay(s.toInstant())).isTrue();
    }

    @Property(tries = 500)
    void urgentDocumentsAreNeverDueLaterThanOrdinaryOnes(@ForAll("instants") Instant received) {
        ZonedDateTime normal = RULES.handlingDeadline(received, Urgency.NORMAL);
        assertThat(normal.toInstant()).isAfter(received);
        for (Urgency u : List.of(Urgency.KHAN, Urgency.THUONG_KHAN, Urgency.HOA_TOC)) {
            ZonedDateTime d = RULES.handlingDeadline(received, u);
            assertThat(d.toInstant()).as("%s", u).isAfter(received).isBeforeOrEqualTo(normal.toInstant());
        }
    }

    @Property(tries = 500)
    void issueDeadlineIsTheFirstMorningAfterTheSigningDay(@ForAll("instants") Instant signed) {
        ZonedDateTime d = RULES.issueDeadline(signed);
        LocalDate signingDay = WorkingTime.vietnamTime(signed).toLocalDate();
        assertThat(d.toLocalDate()).isAfter(signingDay);
        assertThat(RULES.workingTime().workingDaysBetween(signingDay, d.toLocalDate())).isEqualTo(1);
        assertThat(d.toLocalTime()).isEqualTo(LocalTime.of(11, 30));
    }
}
