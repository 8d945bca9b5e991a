package vn.edoc.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link HolidaySource} announces for one solar year (lịch nghỉ lễ trong năm): the entries that touch that year.
 *
 * @param year    the solar year
 * @param entries the entries with at least one day in {@code year}
 */
public record YearSchedule(int year, List<ScheduleEntry> entries) {

    public YearSchedule {
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        for (ScheduleEntry e : entries) {
            if (!e.overlaps(from, to)) {
                throw new IllegalArgumentException("entry " + e + " has no day in " + year);
            }
        }
    }
}
