package vn.edoc.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** The slow, obviously right day-by-day arithmetic that the fast tables are checked against. */
final class ReferenceWorkingTime {

    private final HolidayCalendar calendar;
    private final OfficeHours hours;

    ReferenceWorkingTime(HolidayCalendar calendar, OfficeHours hours) {
        this.calendar = calendar;
        this.hours = hours;
    }

    LocalDate addWorkingDays(LocalDate d, int n) {
        if (n == 0) {
            LocalDate r = d;
            while (!calendar.isWorkingDay(r)) {
                r = r.plusDays(1);
            }
            return r;
        }
        int step = n > 0 ? 1 : -1;
        LocalDate r = d;
        for (int left = Math.abs(n); left > 0; ) {
            r = r.plusDays(step);
            if (calendar.isWorkingDay(r)) {
                left--;
            }
        }
        return r;
    }

    int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    Duration officeTimeBetween(Instant a, Instant b) {
        Duration total = Duration.ZERO;
        LocalDate last = WorkingTime.vietnamTime(b).toLocalDate();
        for (LocalDate d = WorkingTime.vietnamTime(a).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            if (!calendar.isWorkingDay(d)) {
                continue;
            }
            for (TimeRange p : hours.periodsOn(d)) {
                Instant ps = WorkingTime.at(d, p.start()).toInstant();
                Instant pe = WorkingTime.at(d, p.end()).toInstant();
                Instant from = ps.isAfter(a) ? ps : a;
                Instant to = pe.isBefore(b) ? pe : b;
                if (to.isAfter(from)) {
                    total = total.plus(Duration.between(from, to));
                }
            }
        }
        return total;
    }

    ZonedDateTime addOfficeHours(Instant start, Duration d) {
        if (d.isZero()) {
            return WorkingTime.vietnamTime(start);
        }
        Duration left = d;
        for (LocalDate day = WorkingTime.vietnamTime(start).toLocalDate(); ; day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            for (TimeRange p : hours.periodsOn(day)) {
                Instant ps = WorkingTime.at(day, p.start()).toInstant();
                Instant pe = WorkingTime.at(day, p.end()).toInstant();
                Instant from = ps.isAfter(start) ? ps : start;
                if (!pe.isAfter(from)) {
                    continue;
                }
                Duration available = Duration.between(from, pe);
                if (left.compareTo(available) <= 0) {
                    return WorkingTime.vietnamTime(from.plus(left));
                }
                left = left.minus(available);
            }
        }
    }
}
