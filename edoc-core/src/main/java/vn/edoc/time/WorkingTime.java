package vn.edoc.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import vn.edoc.validation.EdocRuleException;

/**
 * Arithmetic on working days and office hours (tính thời gian làm việc) for one organisation: its
 * {@link HolidayCalendar} and its {@link OfficeHours}, in Vietnam time.
 *
 * <p>Vietnam time is UTC+07:00 (R-TIME-5, LS Đ11.3, LA Đ10.3), the offset of {@code Asia/Ho_Chi_Minh} throughout the
 * supported years; results are {@link ZonedDateTime}s at the fixed offset {@link #OFFSET}, so they print as ISO 8601
 * with {@code +07:00} (use {@link #iso(ZonedDateTime)} for the form with seconds, {@code 2025-01-24T18:05:00+07:00}).
 *
 * <p>Speed: for each year, when first needed, a table is built once (working-day ordinals, the index of each working
 * day, and prefix sums of office seconds per day), so every operation is a few array look-ups and at most one binary
 * search within a year, never a day-by-day loop; crossing years adds one step per year crossed. Tables are cached
 * thread-safely; instances are immutable.
 *
 * <p>An office period runs from its start (inclusive) to its end (exclusive). Only working days have office time.
 *
 * <p>A missing ({@code null}) argument is refused with {@link TimeViolation#MISSING_VALUE} ({@code EDOC-TIME-050})
 * whose path is the argument's name.
 */
public final class WorkingTime {

    /** Vietnam time, UTC+07:00. */
    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(7);
    /** The time zone of Vietnam, whose offset is {@link #OFFSET} in every supported year. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final long NANOS = 1_000_000_000L;
    private static final int DAY = 86_400;
    private static final int OFFSET_SECONDS = 7 * 3600;
    private static final long[] YEAR_START = new long[HolidayCalendar.LAST_YEAR - HolidayCalendar.FIRST_YEAR + 2];

    static {
        for (int i = 0; i < YEAR_START.length; i++) {
            YEAR_START[i] = LocalDate.of(HolidayCalendar.FIRST_YEAR + i, 1, 1).toEpochDay();
        }
    }

    private static volatile WorkingTime defaults;

    private final HolidayCalendar calendar;
    private final OfficeHours hours;
    private final Timetable[] timetables;
    private final AtomicReferenceArray<YearTable> tables =
            new AtomicReferenceArray<>(HolidayCalendar.LAST_YEAR - HolidayCalendar.FIRST_YEAR + 1);

    private WorkingTime(HolidayCalendar calendar, OfficeHours hours) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.hours = Objects.requireNonNull(hours, "hours");
        this.timetables = new Timetable[hours.timetableCount()];
        for (int i = 0; i < timetables.length; i++) {
            timetables[i] = new Timetable(hours.timetable(i));
        }
    }

    /** Working time on {@code calendar} with {@code hours}. */
    public static WorkingTime of(HolidayCalendar calendar, OfficeHours hours) {
        return new WorkingTime(calendar, hours);
    }

    /** The built-in calendar with the default office hours (one shared instance, so its tables are built once). */
    public static WorkingTime defaults() {
        WorkingTime w = defaults;
        if (w == null) {
            w = of(HolidayCalendar.builtIn(), OfficeHours.defaults());
            defaults = w;
        }
        return w;
    }

    /** The calendar. */
    public HolidayCalendar calendar() {
        return calendar;
    }

    /** The office hours. */
    public OfficeHours officeHours() {
        return hours;
    }

    /** ISO 8601 with seconds and offset, such as {@code 2025-01-24T18:05:00+07:00}. */
    public static String iso(ZonedDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    /** {@code instant} in Vietnam time. */
    public static ZonedDateTime vietnamTime(Instant instant) {
        return ZonedDateTime.ofInstant(instant, OFFSET);
    }

    /** True when {@code date} is a working day of the calendar. */
    public boolean isWorkingDay(LocalDate date) {
        Required.value(date, "date");
        return calendar.isWorkingDay(date);
    }

    /** True when {@code instant} falls inside an office period of a working day. */
    public boolean isOfficeTime(Instant instant) {
        Required.value(instant, "instant");
        long s = local(instant);
        long epochDay = Math.floorDiv(s, DAY);
        int sod = Math.floorMod(s, DAY);
        YearTable t = table(epochDay);
        int di = (int) (epochDay - t.firstDay);
        if (!t.working(di)) {
            return false;
        }
        Timetable tt = timetables[t.timetable[di]];
        for (int k = 0; k < tt.start.length; k++) {
            if (sod < tt.start[k]) {
                return false;
            }
            if (sod < tt.end[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code instant} falls on a working day between the start of its first office period and the end of
     * its last (breaks between periods included).
     */
    public boolean isWithinOfficeDay(Instant instant) {
        Required.value(instant, "instant");
        long s = local(instant);
        long epochDay = Math.floorDiv(s, DAY);
        int sod = Math.floorMod(s, DAY);
        YearTable t = table(epochDay);
        int di = (int) (epochDay - t.firstDay);
        if (!t.working(di)) {
            return false;
        }
        Timetable tt = timetables[t.timetable[di]];
        return sod >= tt.start[0] && sod < tt.end[tt.end.length - 1];
    }

    /**
     * The start of the next office period at or after {@code instant}: {@code instant} itself when it is exactly the
     * start of a period; inside a period, the start of the following one (which may be on a later day).
     */
    public ZonedDateTime nextOfficeStart(Instant instant) {
        Required.value(instant, "instant");
        long s = local(instant);
        long epochDay = Math.floorDiv(s, DAY);
        int sod = Math.floorMod(s, DAY);
        boolean exact = instant.getNano() == 0;
        YearTable t = table(epochDay);
        int di = (int) (epochDay - t.firstDay);
        if (t.working(di)) {
            Timetable tt = timetables[t.timetable[di]];
            for (int k = 0; k < tt.start.length; k++) {
                if (tt.start[k] > sod || (tt.start[k] == sod && exact)) {
                    return at(t.firstDay + di, tt.start[k], 0);
                }
            }
        }
        return firstStartOfNextWorkingDay(t, di);
    }

    /**
     * The earliest instant at or after {@code start} by which {@code duration} of office time has passed (so two
     * office hours from 09:30 end at 11:30, not at 13:30). A zero duration gives {@code start}. Refused for a negative
     * duration.
     */
    public ZonedDateTime addOfficeHours(Instant start, Duration duration) {
        Required.value(start, "start");
        Required.value(duration, "duration");
        if (duration.isNegative()) {
            throw EdocRuleException.of(TimeViolation.NEGATIVE_DURATION, "duration", duration);
        }
        if (duration.isZero()) {
            return vietnamTime(start);
        }
        if (duration.getSeconds() > 200L * 366 * DAY) {
            throw EdocRuleException.of(TimeViolation.YEAR_OUT_OF_RANGE, "duration", "+" + duration.toDays() / 366,
                    HolidayCalendar.FIRST_YEAR, HolidayCalendar.LAST_YEAR);
        }
        long s = local(start);
        long epochDay = Math.floorDiv(s, DAY);
        YearTable t = table(epochDay);
        long rem = officeNanosInYear(t, (int) (epochDay - t.firstDay), Math.floorMod(s, DAY), start.getNano())
                + duration.toNanos();
        while (rem > t.totalSeconds() * NANOS) {
            rem -= t.totalSeconds() * NANOS;
            t = yearTable(t.year + 1);
        }
        // first day whose cumulative office time reaches rem
        int lo = 0;
        int hi = t.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.secBefore[mid + 1] * NANOS >= rem) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        long r = rem - t.secBefore[lo] * NANOS;
        Timetable tt = timetables[t.timetable[lo]];
        for (int k = 0; k < tt.start.length; k++) {
            long len = (long) (tt.end[k] - tt.start[k]) * NANOS;
            if (r <= len) {
                return at(t.firstDay + lo, tt.start[k] + (int) (r / NANOS), (int) (r % NANOS));
            }
            r -= len;
        }
        throw new IllegalStateException("office table inconsistent");
    }

    /** Office time from {@code a} to {@code b}; negative when {@code b} is before {@code a}. */
    public Duration officeTimeBetween(Instant a, Instant b) {
        Required.value(a, "a");
        Required.value(b, "b");
        if (b.isBefore(a)) {
            return officeTimeBetween(b, a).negated();
        }
        long sa = local(a);
        long sb = local(b);
        long da = Math.floorDiv(sa, DAY);
        long db = Math.floorDiv(sb, DAY);
        YearTable ta = table(da);
        YearTable tb = table(db);
        long pa = officeNanosInYear(ta, (int) (da - ta.firstDay), Math.floorMod(sa, DAY), a.getNano());
        long pb = officeNanosInYear(tb, (int) (db - tb.firstDay), Math.floorMod(sb, DAY), b.getNano());
        long total = pb - pa;
        for (int y = ta.year; y < tb.year; y++) {
            total += yearTable(y).totalSeconds() * NANOS;
        }
        return Duration.ofNanos(total);
    }

    /**
     * The {@code n}-th working day after {@code date} ({@code n > 0}), counted from the day after {@code date}
     * whether or not {@code date} itself is a working day (Friday + 1 and Saturday + 1 both give Monday in an ordinary
     * week); the {@code |n|}-th working day before it ({@code n < 0}); for {@code n == 0}, {@code date} when it is a
     * working day, otherwise the next working day. So for {@code n > 0},
     * {@code workingDaysBetween(date, result) == n}, and for {@code n < 0}, {@code workingDaysBetween(result, date)}
     * is {@code |n|} when {@code date} is a working day and {@code |n| - 1} otherwise.
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        Required.value(date, "date");
        YearTable t = yearTable(date.getYear());
        int di = date.getDayOfYear() - 1;
        long k;
        if (n >= 0) {
            k = (long) t.ordBefore[di + 1] + (n == 0 ? 1 : n);
            if (n == 0 && t.working(di)) {
                return date;
            }
            while (k > t.workingCount()) {
                k -= t.workingCount();
                t = yearTable(t.year + 1);
            }
        } else {
            k = (long) t.ordBefore[di] + 1 + n;
            while (k <= 0) {
                t = yearTable(t.year - 1);
                k += t.workingCount();
            }
        }
        return LocalDate.ofEpochDay(t.firstDay + t.workingIndex[(int) k - 1]);
    }

    /**
     * The number of working days {@code d} with {@code fromExclusive < d <= toInclusive}; negative (minus the count the
     * other way) when {@code toInclusive} is before {@code fromExclusive}.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Required.value(fromExclusive, "fromExclusive");
        Required.value(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        YearTable ta = yearTable(fromExclusive.getYear());
        YearTable tb = yearTable(toInclusive.getYear());
        long count = (long) tb.ordBefore[toInclusive.getDayOfYear()] - ta.ordBefore[fromExclusive.getDayOfYear()];
        for (int y = ta.year; y < tb.year; y++) {
            count += yearTable(y).workingCount();
        }
        return (int) count;
    }

    /** The office periods of {@code date}, or an empty list when it is not a working day. */
    public List<TimeRange> officePeriods(LocalDate date) {
        Required.value(date, "date");
        return calendar.isWorkingDay(date) ? hours.periodsOn(date) : List.of();
    }

    /** {@code date} at {@code time}, Vietnam time. */
    public static ZonedDateTime at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, OFFSET);
    }

    private ZonedDateTime firstStartOfNextWorkingDay(YearTable t, int di) {
        int ord = t.ordBefore[di + 1];
        while (ord >= t.workingCount()) {
            t = yearTable(t.year + 1);
            ord = 0;
        }
        int day = t.workingIndex[ord];
        return at(t.firstDay + day, timetables[t.timetable[day]].start[0], 0);
    }

    private long officeNanosInYear(YearTable t, int di, int sod, int nano) {
        long nanos = t.secBefore[di] * NANOS;
        if (!t.working(di)) {
            return nanos;
        }
        Timetable tt = timetables[t.timetable[di]];
        for (int k = 0; k < tt.start.length; k++) {
            if (sod < tt.start[k]) {
                break;
            }
            if (sod >= tt.end[k]) {
                nanos += (long) (tt.end[k] - tt.start[k]) * NANOS;
            } else {
                nanos += (long) (sod - tt.start[k]) * NANOS + nano;
                break;
            }
        }
        return nanos;
    }

    private static ZonedDateTime at(long epochDay, int secondOfDay, int nano) {
        LocalDateTime ldt = LocalDateTime.of(LocalDate.ofEpochDay(epochDay),
                LocalTime.ofNanoOfDay(secondOfDay * NANOS + nano));
        return ZonedDateTime.ofLocal(ldt, OFFSET, null);
    }

    private static long local(Instant instant) {
        return instant.getEpochSecond() + OFFSET_SECONDS;
    }

    private YearTable table(long epochDay) {
        int i = (int) ((epochDay - YEAR_START[0]) / 365.25);
        if (epochDay < YEAR_START[0] || i >= YEAR_START.length - 1) {
            HolidayCalendar.checkYear(yearOfEpochDay(epochDay));
        }
        while (i > 0 && epochDay < YEAR_START[i]) {
            i--;
        }
        while (epochDay >= YEAR_START[i + 1]) {
            i++;
            if (i >= YEAR_START.length - 1) {
                HolidayCalendar.checkYear(HolidayCalendar.LAST_YEAR + 1);
            }
        }
        return yearTable(HolidayCalendar.FIRST_YEAR + i);
    }

    /**
     * The year of an epoch day, for any day an {@link Instant} can fall on in Vietnam time, including the days beyond
     * {@link LocalDate}'s years (an instant late in year 1,000,000,000): the Gregorian calendar repeats every 400
     * years (146,097 days), so the day is moved by whole cycles into the range and the cycles added back. The refusal
     * then names the year of the instant given, not a year of the clamped day.
     */
    static int yearOfEpochDay(long epochDay) {
        long cycles = Math.floorDiv(epochDay, 146_097L);
        int year = LocalDate.ofEpochDay(Math.floorMod(epochDay, 146_097L)).getYear();
        long full = year + 400L * cycles;
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, full));
    }

    private YearTable yearTable(int year) {
        HolidayCalendar.checkYear(year);
        int i = year - HolidayCalendar.FIRST_YEAR;
        YearTable t = tables.get(i);
        if (t == null) {
            t = build(year);
            tables.compareAndSet(i, null, t);
            t = tables.get(i);
        }
        return t;
    }

    private YearTable build(int year) {
        boolean[] working = calendar.workingDays(year);
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        int length = working.length;
        int[] ordBefore = new int[length + 1];
        int[] secBefore = new int[length + 1];
        byte[] timetable = new byte[length];
        int count = 0;
        for (int i = 0; i < length; i++) {
            ordBefore[i] = count;
            timetable[i] = (byte) hours.timetableIndex(jan1.plusDays(i));
            secBefore[i + 1] = secBefore[i] + (working[i] ? timetables[timetable[i]].total : 0);
            if (working[i]) {
                count++;
            }
        }
        ordBefore[length] = count;
        int[] workingIndex = new int[count];
        for (int i = 0, w = 0; i < length; i++) {
            if (working[i]) {
                workingIndex[w++] = i;
            }
        }
        return new YearTable(year, jan1.toEpochDay(), length, ordBefore, workingIndex, secBefore, timetable);
    }

    /** One timetable as arrays of seconds of the day. */
    private static final class Timetable {
        final int[] start;
        final int[] end;
        final int total;

        Timetable(List<TimeRange> periods) {
            start = new int[periods.size()];
            end = new int[periods.size()];
            int sum = 0;
            for (int k = 0; k < start.length; k++) {
                start[k] = periods.get(k).start().toSecondOfDay();
                end[k] = periods.get(k).end().toSecondOfDay();
                sum += end[k] - start[k];
            }
            total = sum;
        }
    }

    /** The precomputed working days and office seconds of one year. */
    private static final class YearTable {
        final int year;
        final long firstDay;
        final int length;
        /** ordBefore[i]: working days among days 0..i-1 of the year. */
        final int[] ordBefore;
        /** workingIndex[k]: day of the year (0-based) of the (k+1)-th working day. */
        final int[] workingIndex;
        /** secBefore[i]: office seconds in days 0..i-1 of the year. */
        final int[] secBefore;
        final byte[] timetable;

        YearTable(int year, long firstDay, int length, int[] ordBefore, int[] workingIndex, int[] secBefore,
                  byte[] timetable) {
            this.year = year;
            this.firstDay = firstDay;
            this.length = length;
            this.ordBefore = ordBefore;
            this.workingIndex = workingIndex;
            this.secBefore = secBefore;
            this.timetable = timetable;
        }

        boolean working(int di) {
            return ordBefore[di + 1] != ordBefore[di];
        }

        int workingCount() {
            return workingIndex.length;
        }

        long totalSeconds() {
            return secBefore[length];
        }
    }
}
