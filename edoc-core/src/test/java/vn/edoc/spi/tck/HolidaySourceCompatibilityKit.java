package vn.edoc.spi.tck;

import vn.edoc.time.CalendarDay;
import vn.edoc.time.HolidayCalendar;
import vn.edoc.time.YearSchedule;
import vn.edoc.time.ScheduleEntry;
import vn.edoc.time.HolidaySource;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HolidaySource} must do, for adapters to prove themselves by extending this class (published in
 * edoc-core's test-jar): answer every supported year without failing, only with entries that touch that year, the
 * same way every time and from any thread, with no two entries sharing a day.
 */
public abstract class HolidaySourceCompatibilityKit {

    /** The source under test. */
    protected abstract HolidaySource source();

    /** A year for which the source under test announces something. */
    protected abstract int yearWithEntries();

    @Test
    void answersEverySupportedYear() {
        HolidaySource s = source();
        for (int y = HolidayCalendar.FIRST_YEAR; y <= HolidayCalendar.LAST_YEAR; y++) {
            Optional<YearSchedule> schedule = s.scheduleFor(y);
            assertThat(schedule).as("year %s", y).isNotNull();
            if (schedule.isPresent()) {
                assertThat(schedule.get().year()).isEqualTo(y);
                LocalDate from = LocalDate.of(y, 1, 1);
                LocalDate to = LocalDate.of(y, 12, 31);
                assertThat(schedule.get().entries()).allSatisfy(e -> assertThat(e.overlaps(from, to)).isTrue());
            }
        }
        assertThat(s.scheduleFor(yearWithEntries())).isPresent();
        assertThat(s.scheduleFor(yearWithEntries()).get().entries()).isNotEmpty();
    }

    @Test
    void noTwoEntriesShareADay() {
        List<ScheduleEntry> entries = source().scheduleFor(yearWithEntries()).orElseThrow().entries();
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                ScheduleEntry a = entries.get(i);
                ScheduleEntry b = entries.get(j);
                assertThat(a.overlaps(b.first(), b.last())).as("%s and %s", a, b).isFalse();
            }
        }
    }

    @Test
    void answersTheSameWayEveryTimeAndFromAnyThread() throws Exception {
        HolidaySource s = source();
        Optional<YearSchedule> first = s.scheduleFor(yearWithEntries());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Optional<YearSchedule>>> jobs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                jobs.add(() -> s.scheduleFor(yearWithEntries()));
            }
            for (Future<Optional<YearSchedule>> f : pool.invokeAll(jobs)) {
                assertThat(f.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCalendarCanUseIt() {
        HolidayCalendar c = HolidayCalendar.lawOnly().with(source());
        List<CalendarDay> days = c.specialDays(yearWithEntries());
        assertThat(days).isNotEmpty();
        for (ScheduleEntry e : source().scheduleFor(yearWithEntries()).orElseThrow().entries()) {
            for (LocalDate d = e.first(); !d.isAfter(e.last()); d = d.plusDays(1)) {
                if (d.getYear() == yearWithEntries()) {
                    assertThat(c.isWorkingDay(d)).as("%s", d).isEqualTo(!e.kind().isDayOff());
                }
            }
        }
    }
}
