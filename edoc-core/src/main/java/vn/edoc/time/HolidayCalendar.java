package vn.edoc.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import vn.edoc.validation.EdocRuleException;

/**
 * The working days of state agencies (lịch làm việc của cơ quan nhà nước): weekends, the legal holidays, their
 * carry-over, and the schedules the government announces each year.
 *
 * <h2>The rules</h2>
 * <ul>
 *   <li>Saturday and Sunday are the weekly rest days (Decision 188/1999/QĐ-TTg: 40 hours, Monday to Friday).</li>
 *   <li>Legal holidays, Labour Code 2019 Art. 112(1) (in force from 2021): New Year 1/1; Tết Nguyên Đán, 5 days;
 *       Victory Day 30/4; International Labour Day 1/5; National Day 2/9 and one adjacent day (1/9 or 3/9);
 *       Hùng Kings' commemoration, 10/3 lunar. Before 2021 the Labour Code 2012 (Art. 115, in force from 2013-05-01)
 *       had the same list with one National Day only.</li>
 *   <li>Art. 112(3) leaves the days of Tết and the day next to National Day to the Prime Minister each year. When no
 *       announced schedule says otherwise, this calendar takes: for Tết, the last day of the lunar year and the first
 *       four days of the new year (the split of the 2026 notice, 1 day before and 4 after); for National Day,
 *       3/9 when 2/9 is a Sunday, Monday or Thursday and 1/9 otherwise, which is the day every decision from 2021 to
 *       2026 picked.</li>
 *   <li>Carry-over (nghỉ bù), Labour Code 2019 Art. 111(3): a holiday on a Saturday or Sunday gives a day off on the
 *       next working day that is not itself a holiday or a carry-over (taken in date order: in 2023 Hùng Kings'
 *       Saturday 29/4 gave Tuesday 2/5 and Sunday 30/4 gave Wednesday 3/5).</li>
 * </ul>
 *
 * <h2>Announced schedules win</h2>
 * Each {@link HolidaySource}, asked year by year, may announce entries. The rule-computed days of one occasion (say
 * Tết: its 5 days and their carry-overs) are dropped as a whole when an announced {@code holiday} or {@code day-off}
 * entry shares a day with the span from the first to the last of them; the announced entries then decide. So an
 * announced Tết break replaces the computed one, while an announced swap next to 30/4 keeps the computed 30/4. Where
 * entries of two sources share a day, the source added later wins. A {@code working-day} entry makes its day a working
 * day whatever the rules say.
 *
 * <p>Years from {@value #FIRST_YEAR} (the year the Labour Code 2012 with its 5-day Tết took effect) to
 * {@value #LAST_YEAR} are supported; other years are refused with {@link TimeViolation#YEAR_OUT_OF_RANGE}. The
 * announced schedules are shipped for 2020-2026 only: for 2013-2019 (and for Tết 2013, which still fell under the
 * 4-day Tết of the Labour Code 1994) the rules alone answer, without that period's swapped days; supply a
 * {@link HolidaySource} where those years matter. Each year is computed once, when first needed, and kept; instances
 * are immutable and thread-safe.
 */
public final class HolidayCalendar {

    /** The first supported year. */
    public static final int FIRST_YEAR = 2013;
    /** The last supported year (the lunar calendar's range ends in 2100). */
    public static final int LAST_YEAR = 2100;

    private static volatile HolidayCalendar builtIn;

    private final LunarSource lunar;
    private final List<HolidaySource> sources;
    private final AtomicReferenceArray<YearDays> years = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);

    HolidayCalendar(LunarSource lunar, List<HolidaySource> sources) {
        this.lunar = Objects.requireNonNull(lunar, "lunar");
        this.sources = List.copyOf(sources);
    }

    /** The rules of the Labour Code and the civil-servant schedules shipped for 2020-2026. */
    public static HolidayCalendar builtIn() {
        HolidayCalendar c = builtIn;
        if (c == null) {
            c = new HolidayCalendar(LunarSource.vietnam(), List.of(JsonHolidaySource.shipped()));
            builtIn = c;
        }
        return c;
    }

    /** The rules of the Labour Code only, without any announced schedule. */
    public static HolidayCalendar lawOnly() {
        return new HolidayCalendar(LunarSource.vietnam(), List.of());
    }

    /** {@link #builtIn()} with {@code extra} sources added, each winning over those before it. */
    public static HolidayCalendar of(HolidaySource... extra) {
        HolidayCalendar c = builtIn();
        for (HolidaySource s : extra) {
            c = c.with(s);
        }
        return c;
    }

    /** This calendar with {@code source} added; its entries win over every source already there. */
    public HolidayCalendar with(HolidaySource source) {
        Objects.requireNonNull(source, "source");
        List<HolidaySource> all = new ArrayList<>(sources);
        all.add(source);
        return new HolidayCalendar(lunar, all);
    }

    /** True when state agencies work on {@code date}; refused outside the supported years. */
    public boolean isWorkingDay(LocalDate date) {
        YearDays y = year(date.getYear());
        return y.working[date.getDayOfYear() - 1];
    }

    /** The special day at {@code date} (holiday, extra day off, worked weekend day), if it is one. */
    public Optional<CalendarDay> specialDay(LocalDate date) {
        YearDays y = year(date.getYear());
        return Optional.ofNullable(y.special[date.getDayOfYear() - 1]);
    }

    /**
     * The non-ordinary days of {@code year} in date order: the legal holidays (also those on a weekend), extra days
     * off on weekdays, and weekend days worked. Ordinary weekends are not listed, nor are weekend days inside a
     * holiday break that are not themselves holidays.
     */
    public List<CalendarDay> specialDays(int year) {
        return year(year).list;
    }

    /** The working days of {@code year}, index 0 = 1 January. */
    boolean[] workingDays(int year) {
        return year(year).working;
    }

    /** Refuses a year outside the supported range. */
    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw EdocRuleException.of(TimeViolation.YEAR_OUT_OF_RANGE, "", year, FIRST_YEAR, LAST_YEAR);
        }
    }

    private YearDays year(int year) {
        checkYear(year);
        int i = year - FIRST_YEAR;
        YearDays y = years.get(i);
        if (y == null) {
            // computing twice in a race is harmless: both results are equal
            y = compute(year);
            years.compareAndSet(i, null, y);
            y = years.get(i);
        }
        return y;
    }

    private YearDays compute(int year) {
        List<Occasion> occasions = legalOccasions(year);
        List<List<ScheduleEntry>> announced = new ArrayList<>();
        for (HolidaySource s : sources) {
            Optional<YearSchedule> schedule = s.scheduleFor(year);
            announced.add(schedule == null ? List.of() : schedule.map(YearSchedule::entries).orElse(List.of()));
        }
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        int length = jan1.lengthOfYear();
        CalendarDay[] marked = new CalendarDay[length];
        for (Occasion o : occasions) {
            if (replaced(o, announced)) {
                continue;
            }
            for (CalendarDay d : o.days) {
                marked[d.date().getDayOfYear() - 1] = d;
            }
        }
        for (List<ScheduleEntry> entries : announced) {
            for (ScheduleEntry e : entries) {
                for (LocalDate d = e.first(); !d.isAfter(e.last()); d = d.plusDays(1)) {
                    if (d.getYear() == year) {
                        marked[d.getDayOfYear() - 1] = new CalendarDay(d, e.name(), e.kind());
                    }
                }
            }
        }
        boolean[] working = new boolean[length];
        CalendarDay[] special = new CalendarDay[length];
        List<CalendarDay> list = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            LocalDate d = jan1.plusDays(i);
            boolean weekend = isWeekend(d);
            CalendarDay m = marked[i];
            working[i] = m == null ? !weekend : !m.isDayOff();
            boolean listed = m != null && (m.kind() == DayKind.HOLIDAY
                    || (m.kind() == DayKind.DAY_OFF && !weekend)
                    || (m.kind() == DayKind.WORKING_DAY && weekend));
            if (listed) {
                special[i] = m;
                list.add(m);
            }
        }
        return new YearDays(working, special, List.copyOf(list));
    }

    private static boolean replaced(Occasion o, List<List<ScheduleEntry>> announced) {
        LocalDate from = o.days.get(0).date();
        LocalDate to = o.days.get(o.days.size() - 1).date();
        for (List<ScheduleEntry> entries : announced) {
            for (ScheduleEntry e : entries) {
                if (e.kind() != DayKind.WORKING_DAY && e.overlaps(from, to)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The legal holidays of {@code year} by the rules, with their carry-overs, grouped by occasion. */
    List<Occasion> legalOccasions(int year) {
        List<Occasion> occasions = new ArrayList<>();
        occasions.add(new Occasion("Tết Dương lịch", List.of(LocalDate.of(year, 1, 1))));
        LocalDate tet = lunar.newYear(year);
        List<LocalDate> tetDays = new ArrayList<>();
        for (int i = -1; i <= 3; i++) {
            tetDays.add(tet.plusDays(i));
        }
        occasions.add(new Occasion("Tết Nguyên Đán", tetDays));
        occasions.add(new Occasion("Giỗ Tổ Hùng Vương", List.of(lunar.hungKings(year))));
        occasions.add(new Occasion("Ngày Chiến thắng", List.of(LocalDate.of(year, 4, 30))));
        occasions.add(new Occasion("Ngày Quốc tế Lao động", List.of(LocalDate.of(year, 5, 1))));
        LocalDate national = LocalDate.of(year, 9, 2);
        if (year >= 2021) {
            DayOfWeek w = national.getDayOfWeek();
            boolean after = w == DayOfWeek.SUNDAY || w == DayOfWeek.MONDAY || w == DayOfWeek.THURSDAY;
            occasions.add(new Occasion("Quốc khánh",
                    after ? List.of(national, national.plusDays(1)) : List.of(national.minusDays(1), national)));
        } else {
            occasions.add(new Occasion("Quốc khánh", List.of(national)));
        }
        occasions.sort(Comparator.comparing(o -> o.holidays.get(0)));
        // carry-over in date order, so that a later holiday's carry-over skips an earlier one's
        List<LocalDate> taken = new ArrayList<>();
        for (Occasion o : occasions) {
            taken.addAll(o.holidays);
        }
        for (Occasion o : occasions) {
            for (LocalDate h : o.holidays) {
                if (isWeekend(h)) {
                    LocalDate d = h.plusDays(1);
                    while (isWeekend(d) || taken.contains(d)) {
                        d = d.plusDays(1);
                    }
                    taken.add(d);
                    o.carryOvers.add(d);
                }
            }
        }
        for (Occasion o : occasions) {
            o.seal();
        }
        return occasions;
    }

    private static boolean isWeekend(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
    }

    /** One legal occasion: its holidays and the carry-overs they caused. */
    static final class Occasion {
        final String name;
        final List<LocalDate> holidays;
        final List<LocalDate> carryOvers = new ArrayList<>();
        List<CalendarDay> days;

        Occasion(String name, List<LocalDate> holidays) {
            this.name = name;
            this.holidays = List.copyOf(holidays);
        }

        void seal() {
            List<CalendarDay> all = new ArrayList<>();
            for (LocalDate h : holidays) {
                all.add(new CalendarDay(h, name, DayKind.HOLIDAY));
            }
            for (LocalDate c : carryOvers) {
                all.add(new CalendarDay(c, "Nghỉ bù " + name, DayKind.DAY_OFF));
            }
            all.sort(Comparator.comparing(CalendarDay::date));
            days = List.copyOf(all);
        }
    }

    private static final class YearDays {
        final boolean[] working;
        final CalendarDay[] special;
        final List<CalendarDay> list;

        YearDays(boolean[] working, CalendarDay[] special, List<CalendarDay> list) {
            this.working = working;
            this.special = special;
            this.list = list;
        }

        @Override
        public String toString() {
            return Arrays.toString(special);
        }
    }
}
