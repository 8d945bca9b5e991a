package vn.edoc.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WorkingTimeTest {

    private static final WorkingTime WT = WorkingTime.defaults();

    private static Instant t(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }

    @Test
    void workingDaysAcrossTetAndWeekends() {
        LocalDate friday = LocalDate.of(2025, 1, 24);
        assertThat(WT.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(WT.addWorkingDays(LocalDate.of(2025, 2, 3), -1)).isEqualTo(friday);
        assertThat(WT.addWorkingDays(LocalDate.of(2025, 1, 29), -1)).isEqualTo(friday);
        assertThat(WT.addWorkingDays(LocalDate.of(2025, 1, 29), 0)).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(WT.addWorkingDays(LocalDate.of(2025, 3, 15), 1)).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(WT.addWorkingDays(LocalDate.of(2025, 3, 14), 1)).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(WT.addWorkingDays(LocalDate.of(2025, 3, 14), 0)).isEqualTo(LocalDate.of(2025, 3, 14));
        // across the new year of 2026 (1/1 holiday, 2/1 swapped off)
        assertThat(WT.addWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(WT.addWorkingDays(LocalDate.of(2026, 1, 5), -1)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(WT.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31))).isEqualTo(250);
        assertThat(WT.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2024, 12, 31))).isEqualTo(-250);
        assertThat(WT.workingDaysBetween(LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 14))).isZero();
    }

    @Test
    void officeInstants() {
        assertThat(WT.isOfficeTime(t("2025-03-11T07:30:00+07:00"))).isTrue();
        assertThat(WT.isOfficeTime(t("2025-03-11T07:29:59.999+07:00"))).isFalse();
        assertThat(WT.isOfficeTime(t("2025-03-11T11:29:59.999999999+07:00"))).isTrue();
        assertThat(WT.isOfficeTime(t("2025-03-11T11:30:00+07:00"))).isFalse();
        assertThat(WT.isOfficeTime(t("2025-03-15T09:00:00+07:00"))).isFalse();
        assertThat(WT.isOfficeTime(t("2025-04-26T09:00:00+07:00"))).isTrue();
        assertThat(WT.isOfficeTime(t("2025-09-01T09:00:00+07:00"))).isFalse();
        assertThat(WorkingTime.iso(WT.nextOfficeStart(t("2025-03-11T13:30:00+07:00"))))
                .isEqualTo("2025-03-11T13:30:00+07:00");
        assertThat(WorkingTime.iso(WT.nextOfficeStart(t("2025-03-11T13:30:00.000000001+07:00"))))
                .isEqualTo("2025-03-12T07:30:00+07:00");
        assertThat(WorkingTime.iso(WT.nextOfficeStart(t("2025-03-11T09:00:00+07:00"))))
                .isEqualTo("2025-03-11T13:30:00+07:00");
        assertThat(WorkingTime.iso(WT.nextOfficeStart(t("2025-08-29T17:00:00+07:00"))))
                .isEqualTo("2025-09-03T07:30:00+07:00");
    }

    @Test
    void officeHoursAcrossLunchWeekendsAndHolidays() {
        // Tuesday 29/4/2025 16:00 + 2 h: 1 h that day, then the 30/4-4/5 break, then 1 h on Monday
        assertThat(WorkingTime.iso(WT.addOfficeHours(t("2025-04-29T16:00:00+07:00"), Duration.ofHours(2))))
                .isEqualTo("2025-05-05T08:30:00+07:00");
        assertThat(WT.officeTimeBetween(t("2025-04-29T16:00:00+07:00"), t("2025-05-05T08:30:00+07:00")))
                .isEqualTo(Duration.ofHours(2));
        // a working week is 5 x 7.5 h
        assertThat(WT.officeTimeBetween(t("2025-03-10T00:00:00+07:00"), t("2025-03-17T00:00:00+07:00")))
                .isEqualTo(Duration.ofMinutes(5 * 450));
        assertThat(WT.officeTimeBetween(t("2025-03-17T00:00:00+07:00"), t("2025-03-10T00:00:00+07:00")))
                .isEqualTo(Duration.ofMinutes(-5 * 450));
        // from a weekend the count starts on Monday
        assertThat(WorkingTime.iso(WT.addOfficeHours(t("2025-03-15T10:00:00+07:00"), Duration.ofMinutes(30))))
                .isEqualTo("2025-03-17T08:00:00+07:00");
        assertThat(WorkingTime.iso(WT.addOfficeHours(t("2025-03-15T10:00:00+07:00"), Duration.ZERO)))
                .isEqualTo("2025-03-15T10:00:00+07:00");
        // across years: 31/12/2025 16:00 + 2 h ends Monday 5/1/2026 at 08:30
        assertThat(WorkingTime.iso(WT.addOfficeHours(t("2025-12-31T16:00:00+07:00"), Duration.ofHours(2))))
                .isEqualTo("2026-01-05T08:30:00+07:00");
        // a whole year of office time: 250 days x 7.5 h in 2025
        assertThat(WT.officeTimeBetween(t("2025-01-01T00:00:00+07:00"), t("2026-01-01T00:00:00+07:00")))
                .isEqualTo(Duration.ofMinutes(250L * 450));
    }

    @Test
    void seasonalHours() {
        OfficeHours h = OfficeHours.seasonal(OfficeHours.defaults().basePeriods())
                .season(MonthDay.of(10, 15), MonthDay.of(4, 14),
                        List.of(TimeRange.of(7, 30, 11, 30), TimeRange.of(13, 0, 17, 0)))
                .build();
        WorkingTime wt = WorkingTime.of(HolidayCalendar.builtIn(), h);
        assertThat(wt.isOfficeTime(t("2025-03-11T13:10:00+07:00"))).isTrue();
        assertThat(wt.isOfficeTime(t("2025-05-13T13:10:00+07:00"))).isFalse();
        // Monday 14/4 winter (8 h), Tuesday 15/4 summer (7.5 h)
        assertThat(wt.officeTimeBetween(t("2025-04-14T00:00:00+07:00"), t("2025-04-16T00:00:00+07:00")))
                .isEqualTo(Duration.ofMinutes(480 + 450));
        assertThat(WorkingTime.iso(wt.addOfficeHours(t("2025-04-14T16:00:00+07:00"), Duration.ofMinutes(330))))
                .isEqualTo("2025-04-15T14:00:00+07:00");
    }

    @Test
    void tablesBuiltConcurrentlyAgree() throws Exception {
        WorkingTime fresh = WorkingTime.of(HolidayCalendar.builtIn().with(year -> java.util.Optional.empty()),
                OfficeHours.defaults());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<LocalDate>>> jobs = new ArrayList<>();
            for (int j = 0; j < 4; j++) {
                int shift = j;
                jobs.add(() -> {
                    List<LocalDate> out = new ArrayList<>();
                    for (int y = 2013 + shift; y <= 2040; y += 1) {
                        out.add(fresh.addWorkingDays(LocalDate.of(y, 1, 1), 100));
                    }
                    return out;
                });
            }
            List<Future<List<LocalDate>>> results = pool.invokeAll(jobs);
            for (int j = 0; j < 4; j++) {
                List<LocalDate> got = results.get(j).get();
                for (int k = 0; k < got.size(); k++) {
                    LocalDate start = LocalDate.of(2013 + j + k, 1, 1);
                    assertThat(got.get(k)).isEqualTo(WT.addWorkingDays(start, 100));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
