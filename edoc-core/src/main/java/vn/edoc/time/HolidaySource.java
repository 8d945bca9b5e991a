package vn.edoc.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.edoc.validation.EdocRuleException;

/**
 * Plug point for the holiday schedules the government announces each year (lịch nghỉ lễ, tết; ngày hoán đổi, làm
 * bù), which no rule can compute: the days of Tết, the day next to National Day, swapped days and worked Saturdays.
 *
 * <p>A {@link HolidayCalendar} asks each source for each year it needs; what a source announces wins over the rules
 * of the Labour Code (see {@link HolidayCalendar} for how). Sources must be thread-safe and answer the same way every
 * time. The library ships {@link JsonHolidaySource#shipped()} (2020-2026) and reads users' data with
 * {@link JsonHolidaySource#parse(String)}.
 */
public interface HolidaySource {

    /** The entries this source announces for solar {@code year}, or empty when it knows nothing of that year. */
    Optional<YearSchedule> scheduleFor(int year);

    /**
     * A source holding {@code entries}; refused with {@link TimeViolation#SCHEDULE_OVERLAP} when two entries share a
     * day.
     */
    static HolidaySource of(Collection<ScheduleEntry> entries) {
        List<ScheduleEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(ScheduleEntry::first));
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).first().isAfter(sorted.get(i - 1).last())) {
                throw EdocRuleException.of(TimeViolation.SCHEDULE_OVERLAP, "entries", sorted.get(i).first());
            }
        }
        List<ScheduleEntry> all = List.copyOf(sorted);
        return year -> {
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate to = LocalDate.of(year, 12, 31);
            List<ScheduleEntry> hit = all.stream().filter(e -> e.overlaps(from, to)).toList();
            return hit.isEmpty() ? Optional.empty() : Optional.of(new YearSchedule(year, hit));
        };
    }
}
