package vn.edoc.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingTimeProperties {

    private static final HolidayCalendar CALENDAR = HolidayCalendar.builtIn();
    private static final OfficeHours SEASONAL = OfficeHours.seasonal(OfficeHours.defaults().basePeriods())
            .season(MonthDay.of(10, 15), MonthDay.of(4, 14),
                    List.of(TimeRange.of(7, 30, 11, 30), TimeRange.of(13, 0, 17, 0)))
            .build();
    private static final OfficeHours THREE = OfficeHours.parse("06:00-09:00,09:15-11:45,14:00-22:30").orThrow();
    private static final List<OfficeHours> HOURS = List.of(OfficeHours.defaults(), SEASONAL, THREE);

    @Provide
    Arbitrary<LocalDate> dates() {
        long from = LocalDate.of(2019, 1, 1).toEpochDay();
        long to = LocalDate.of(2027, 12, 31).toEpochDay();
        return Arbitraries.longs().between(from, to).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Integer> minute = Arbitraries.integers().between(0, 24 * 60 - 1);
        Arbitrary<Integer> nano = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999));
        return Combinators.combine(dates(), minute, nano).as((d, m, n) ->
                WorkingTime.at(d, java.time.LocalTime.ofSecondOfDay(m * 60L)).toInstant().plusNanos(n));
    }

    @Provide
    Arbitrary<Integer> hoursIndex() {
        return Arbitraries.integers().between(0, HOURS.size() - 1);
    }

    @Property(tries = 500)
    void addWorkingDaysLandsOnAWorkingDayAndCountsBack(@ForAll("dates") LocalDate d,
                                                      @ForAll @IntRange(min = 1, max = 400) int n) {
        WorkingTime wt = WorkingTime.of(CALENDAR, OfficeHours.defaults());
        LocalDate r = wt.addWorkingDays(d, n);
        assertThat(CALENDAR.isWorkingDay(r)).isTrue();
        assertThat(CALENDAR.specialDay(r).map(CalendarDay::isDayOff)).isNotEqualTo(java.util.Optional.of(true));
        assertThat(wt.workingDaysBetween(d, r)).isEqualTo(n);
        assertThat(r).isEqualTo(new ReferenceWorkingTime(CALENDAR, OfficeHours.defaults()).addWorkingDays(d, n));
    }

    @Property(tries = 300)
    void addWorkingDaysBackwardAndZero(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = -400, max = 0) int n) {
        WorkingTime wt = WorkingTime.of(CALENDAR, OfficeHours.defaults());
        LocalDate r = wt.addWorkingDays(d, n);
        assertThat(CALENDAR.isWorkingDay(r)).isTrue();
        assertThat(r).isEqualTo(new ReferenceWorkingTime(CALENDAR, OfficeHours.defaults()).addWorkingDays(d, n));
        if (n < 0) {
            assertThat(wt.workingDaysBetween(r, d)).isEqualTo(CALENDAR.isWorkingDay(d) ? -n : -n - 1);
        }
    }

    @Property(tries = 300)
    void workingDaysBetweenMatchesCounting(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b) {
        WorkingTime wt = WorkingTime.of(CALENDAR, OfficeHours.defaults());
        ReferenceWorkingTime ref = new ReferenceWorkingTime(CALENDAR, OfficeHours.defaults());
        if (b.isBefore(a)) {
            assertThat(wt.workingDaysBetween(a, b)).isEqualTo(-ref.workingDaysBetween(b, a));
        } else {
            assertThat(wt.workingDaysBetween(a, b)).isEqualTo(ref.workingDaysBetween(a, b));
        }
    }

    @Property(tries = 500)
    void addingOfficeHoursEqualsTheSumOfOfficeTime(@ForAll("instants") Instant start,
                                                   @ForAll @IntRange(min = 0, max = 200 * 60) int minutes,
                                                   @ForAll @IntRange(min = 0, max = 59) int seconds,
                                                   @ForAll("hoursIndex") int h) {
        OfficeHours hours = HOURS.get(h);
        WorkingTime wt = WorkingTime.of(CALENDAR, hours);
        ReferenceWorkingTime ref = new ReferenceWorkingTime(CALENDAR, hours);
        Duration d = Duration.ofMinutes(minutes).plusSeconds(seconds);
        ZonedDateTime r = wt.addOfficeHours(start, d);
        assertThat(r).isEqualTo(ref.addOfficeHours(start, d));
        assertThat(r.toInstant()).isAfterOrEqualTo(start);
        assertThat(wt.officeTimeBetween(start, r.toInstant())).isEqualTo(d);
        assertThat(r.getOffset()).isEqualTo(WorkingTime.OFFSET);
        if (!d.isZero()) {
            // the result is the end of office time, on a working day, never inside a holiday
            assertThat(CALENDAR.isWorkingDay(r.toLocalDate())).isTrue();
            assertThat(wt.isOfficeTime(r.toInstant().minusNanos(1))).isTrue();
        }
    }

    @Property(tries = 300)
    void officeTimeBetweenMatchesTheReference(@ForAll("instants") Instant a, @ForAll("instants") Instant b,
                                              @ForAll("hoursIndex") int h) {
        OfficeHours hours = HOURS.get(h);
        WorkingTime wt = WorkingTime.of(CALENDAR, hours);
        ReferenceWorkingTime ref = new ReferenceWorkingTime(CALENDAR, hours);
        if (b.isBefore(a)) {
            assertThat(wt.officeTimeBetween(a, b)).isEqualTo(ref.officeTimeBetween(b, a).negated());
        } else {
            assertThat(wt.officeTimeBetween(a, b)).isEqualTo(ref.officeTimeBetween(a, b));
        }
    }

    @Property(tries = 200)
    void officeTimeIsTheCountOfOfficeMinutes(@ForAll("dates") LocalDate day,
                                             @ForAll @IntRange(min = 0, max = 6 * 24 * 60) int span) {
        WorkingTime wt = WorkingTime.of(CALENDAR, THREE);
        Instant a = WorkingTime.at(day, java.time.LocalTime.of(5, 7)).toInstant();
        Instant b = a.plusSeconds(span * 60L);
        long minutes = 0;
        for (Instant m = a; m.isBefore(b); m = m.plusSeconds(60)) {
            if (wt.isOfficeTime(m)) {
                minutes++;
            }
        }
        assertThat(wt.officeTimeBetween(a, b)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Property(tries = 500)
    void nextOfficeStartIsTheNextPeriodStart(@ForAll("instants") Instant i, @ForAll("hoursIndex") int h) {
        WorkingTime wt = WorkingTime.of(CALENDAR, HOURS.get(h));
        ZonedDateTime next = wt.nextOfficeStart(i);
        assertThat(next.toInstant()).isAfterOrEqualTo(i);
        assertThat(wt.isOfficeTime(next.toInstant())).isTrue();
        assertThat(wt.isOfficeTime(next.toInstant().minusNanos(1))).isFalse();
        if (!wt.isOfficeTime(i)) {
            assertThat(wt.officeTimeBetween(i, next.toInstant())).isZero();
        }
    }
}
