package vn.edoc.time;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.time.internal.Astronomy;
import vn.edoc.validation.EdocRuleException;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed from the astronomy at the meridian of Vietnam,
 * UTC+07:00, and convertible to and from the solar (Gregorian, dương lịch) calendar. Tết Nguyên Đán and
 * Giỗ Tổ Hùng Vương (10/3 âm lịch), public holidays under Labour Code 2019 Art. 112, are lunar dates.
 *
 * <p>The rules, as used by the Vietnamese calendar since it was computed at UTC+07:00 (August 1967), and
 * by the Chinese calendar at UTC+08:00:
 * <ol>
 *   <li>A lunar month starts on the local calendar day that contains the new moon (sóc).</li>
 *   <li>Month 11 is the month that contains the December solstice (đông chí, apparent solar longitude
 *     270°).</li>
 *   <li>When 13 months start between two consecutive month-11 starts (the first included, the second
 *     not), the first of them after month 11 that contains no major solar term (trung khí, a multiple
 *     of 30° of solar longitude) is the leap month (tháng nhuận) and takes the number of the month before
 *     it.</li>
 *   <li>The lunar year is named by the solar year in which its month 1 starts; months 11 and 12 (and a
 *     leap 11 or 12) belong to the year in which they start.</li>
 * </ol>
 * "Contains" is decided on local calendar days: an event at an instant t belongs to the local day whose
 * midnight (at this calendar's offset) precedes t, so the same astronomy gives the Chinese calendar
 * with {@link #atOffset(ZoneOffset) atOffset(+08:00)} — and a different one in the years where a new
 * moon or a major term falls between midnight UTC+7 and midnight UTC+8 (Tết 1985 is 21 January in
 * Vietnam, 20 February in China; Tết 2007 is 17 February in Vietnam, 18 February in China).
 *
 * <p>Sources of the rules (facts only): H. Aslaksen, "The Mathematics of the Chinese Calendar" (National
 * University of Singapore), which also tells how North Vietnam adopted a lunar calendar computed for
 * UTC+07:00 on 8 August 1967, so that Tết 1968 fell on 29 January there and on 30 January in the
 * South; Y.-T. Liu, "The Chinese Calendar" rules as summarised by Đỗ Ngọc Giao, "Tháng đầu năm trong
 * lịch Tàu" (nghiencuulichsu.com, 2024); Hồ Ngọc Đức, "Thuật toán tính âm lịch" (the Vietnamese rules and the meridian 105° E; no code
 * of that page is used).
 *
 * <p>Astronomy: new moons from Meeus, <i>Astronomical Algorithms</i> (2nd ed.), ch. 49, with all its
 * periodic terms and planetary arguments; the sun's apparent longitude from ch. 25 (truncated VSOP87,
 * nutation, aberration); ΔT from the Espenak–Meeus polynomials (NASA). Accuracy: the new moons and
 * solstices checked against published times (2000–2030) agree with the published minute, within 30 s;
 * see {@link Astronomy} for the figures. A date can only be wrong where a new moon or a major term falls
 * within about a minute of a local midnight (in the far future, within the uncertainty of ΔT). At UTC+7
 * over the range that happens for five new moons only — those starting the months of 1944-06-20,
 * 1967-07-07, 2054-05-08, 2077-11-15 and 2085-10-18, each less than 30 s from midnight — and for one
 * major term at a month boundary, the September equinox of 1938 (26 s before midnight), on which the
 * leap month of 1938 depends. This implementation is written from those sources; it is not derived from
 * any published lunar-calendar program.
 *
 * <p>The whole range is computed with today's rule at UTC+07:00, also for the years before 1967 when
 * Vietnam still followed the Chinese (UTC+08:00) calendar: for those years use
 * {@link #atOffset(ZoneOffset) atOffset(+08:00)} if the historical dates are wanted.
 *
 * <p>Range: solar dates from {@link #minSupported()} (1900-01-01) to {@link #maxSupported()} (the day
 * before Tết of lunar year 2101, in late January 2101), that is every lunar year 1900–2100 in full and
 * the end of lunar year 1899. Anything outside is refused with {@code EDOC-TIME-101}.
 *
 * <p>Performance: the table of month starts (one sorted {@code int} array of epoch days, about 2,500
 * months) is computed once per instance, in a few milliseconds, and never changes; a conversion is a
 * binary search (solar to lunar) or an index computation (lunar to solar). Instances are immutable and
 * thread-safe. {@link #vietnam()} is built on first use and shared.
 */
public final class LunarCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(LunarCalendar.class);

    /** Vietnam time, R-TIME-5. */
    public static final ZoneOffset VIETNAM_OFFSET = ZoneOffset.ofHours(7);

    private static final LocalDate FIRST_SOLAR = LocalDate.of(1900, 1, 1);
    private static final int LAST_LUNAR_YEAR = 2100;

    /** Solar term number (k·30°) of the December solstice, 270°, modulo 12. */
    private static final int SOLSTICE_TERM = 9;

    private final ZoneOffset offset;
    /** Epoch day of the first day of each numbered month; one more entry ends the last month. */
    private final int[] start;
    private final int[] yearOf;
    private final byte[] monthOf;
    private final boolean[] leapOf;
    /** The first lunar year whose months are all in the table, and for each year from it the index of its month 1. */
    private final int firstYear;
    private final int[] yearStart;
    /** Leap month number of each year from {@link #firstYear}, 0 for none. */
    private final byte[] leapMonth;
    private final LocalDate min;
    private final LocalDate max;

    private LunarCalendar(ZoneOffset offset) {
        this.offset = offset;
        double dayFraction = offset.getTotalSeconds() / 86400.0;

        // every new moon from the middle of 1898 to the spring of 2102, as local calendar days
        int kFrom = Astronomy.lunationNear(1898.5);
        int kTo = Astronomy.lunationNear(2102.3);
        int n = kTo - kFrom + 1;
        int[] newMoon = new int[n];
        for (int i = 0; i < n; i++) {
            double jdLocal = Astronomy.newMoonJdUt(kFrom + i) + dayFraction;
            newMoon[i] = (int) Math.floor(jdLocal - Astronomy.JD_UNIX_EPOCH);
        }

        // the major term in force at the local midnight starting each month: floor(λ / 30°), unwrapped
        // so that it only grows; month i contains terms term[i] + 1 … term[i + 1]
        int[] term = new int[n];
        double previous = -1;
        int turns = 0;
        for (int i = 0; i < n; i++) {
            double jdMidnightUt = Astronomy.julianDayOfEpochDay(newMoon[i]) - dayFraction;
            double lambda = Astronomy.sunApparentLongitudeUt(jdMidnightUt);
            if (lambda < previous) {
                turns++;
            }
            previous = lambda;
            term[i] = turns * 12 + (int) Math.floor(lambda / 30.0);
        }

        List<Integer> month11 = new ArrayList<>();
        for (int i = 0; i + 1 < n; i++) {
            int length = newMoon[i + 1] - newMoon[i];
            if (length != 29 && length != 30) {
                throw new IllegalStateException("lunar month of " + length + " days at " + LocalDate.ofEpochDay(newMoon[i]));
            }
            if (Math.floorDiv(term[i + 1] - SOLSTICE_TERM, 12) > Math.floorDiv(term[i] - SOLSTICE_TERM, 12)) {
                month11.add(i);
            }
        }

        int first = month11.get(0);
        int last = month11.get(month11.size() - 1);
        int count = last - first;
        this.start = Arrays.copyOfRange(newMoon, first, last + 1);
        this.yearOf = new int[count];
        this.monthOf = new byte[count];
        this.leapOf = new boolean[count];
        for (int s = 0; s + 1 < month11.size(); s++) {
            int a = month11.get(s);
            int b = month11.get(s + 1);
            int leapIndex = -1;
            if (b - a == 13) {
                for (int j = a + 1; j < b; j++) {
                    if (term[j] == term[j + 1]) {
                        leapIndex = j;
                        break;
                    }
                }
                if (leapIndex < 0) {
                    throw new IllegalStateException("13 months without a month lacking a major term after "
                            + LocalDate.ofEpochDay(newMoon[a]));
                }
            } else if (b - a != 12) {
                throw new IllegalStateException((b - a) + " months between two solstices after " + LocalDate.ofEpochDay(newMoon[a]));
            }
            int year = LocalDate.ofEpochDay(newMoon[a]).getYear();
            int number = 11;
            for (int j = a; j < b; j++) {
                boolean leap = j == leapIndex;
                if (j > a && !leap) {
                    number = number % 12 + 1;
                    if (number == 1) {
                        year++;
                    }
                }
                yearOf[j - first] = year;
                monthOf[j - first] = (byte) number;
                leapOf[j - first] = leap;
            }
        }

        // months 11 and 12 of the first sui belong to a year only partly in the table; the last year
        // indexed is also partial and serves only to end the year before it
        this.firstYear = yearOf[0] + 1;
        int lastYear = yearOf[count - 1];
        this.yearStart = new int[lastYear - firstYear + 1];
        this.leapMonth = new byte[lastYear - firstYear + 1];
        for (int i = 0; i < count; i++) {
            int y = yearOf[i] - firstYear;
            if (y < 0 || y >= yearStart.length) {
                continue;
            }
            if (monthOf[i] == 1 && !leapOf[i]) {
                yearStart[y] = i;
            }
            if (leapOf[i]) {
                leapMonth[y] = monthOf[i];
            }
        }
        if (lastYear <= LAST_LUNAR_YEAR || LocalDate.ofEpochDay(start[0]).isAfter(FIRST_SOLAR)) {
            throw new IllegalStateException("lunar table too short: " + firstYear + "-" + lastYear);
        }
        this.min = FIRST_SOLAR;
        this.max = LocalDate.ofEpochDay(start[yearStart[LAST_LUNAR_YEAR + 1 - firstYear]] - 1L);
        LOG.debug("lunar calendar at {} built: {} months, {} to {}", offset, count, min, max);
    }

    private static final class VietnamHolder {
        static final LunarCalendar INSTANCE = new LunarCalendar(VIETNAM_OFFSET);
    }

    /** The Vietnamese lunar calendar, computed at UTC+07:00; one shared immutable instance. */
    public static LunarCalendar vietnam() {
        return VietnamHolder.INSTANCE;
    }

    /**
     * The same calendar rules computed at another offset, e.g. UTC+08:00 for the Chinese calendar (nông
     * lịch Trung Quốc). Returns {@link #vietnam()} for UTC+07:00; any other offset builds a new table (a
     * few milliseconds): keep the instance.
     *
     * @throws EdocRuleException {@code EDOC-TIME-103} when {@code offset} is null
     */
    public static LunarCalendar atOffset(ZoneOffset offset) {
        if (offset == null) {
            throw EdocRuleException.of(LunarViolation.MISSING_VALUE, "offset", "offset");
        }
        return offset.equals(VIETNAM_OFFSET) ? vietnam() : new LunarCalendar(offset);
    }

    /** The offset at which days begin for this calendar. */
    public ZoneOffset offset() {
        return offset;
    }

    /** The first solar date this calendar converts: 1900-01-01. */
    public LocalDate minSupported() {
        return min;
    }

    /** The last solar date this calendar converts: the day before Tết of lunar year 2101. */
    public LocalDate maxSupported() {
        return max;
    }

    /** The first lunar year whose every month is in range ({@code 1900}). */
    public int firstFullYear() {
        return FIRST_SOLAR.getYear();
    }

    /** The last lunar year whose every month is in range ({@code 2100}). */
    public int lastFullYear() {
        return LAST_LUNAR_YEAR;
    }

    /**
     * The lunar date of a solar date.
     *
     * @throws EdocRuleException {@code EDOC-TIME-101} outside {@link #minSupported()}…{@link #maxSupported()},
     *                           {@code EDOC-TIME-103} when {@code solar} is null
     */
    public LunarDate toLunar(LocalDate solar) {
        if (solar == null) {
            throw EdocRuleException.of(LunarViolation.MISSING_VALUE, "solar", "solar");
        }
        if (solar.isBefore(min) || solar.isAfter(max)) {
            throw outOfRange("solar", "Ngày " + solar, "The date " + solar);
        }
        int day = (int) solar.toEpochDay();
        int i = Arrays.binarySearch(start, day);
        if (i < 0) {
            i = -i - 2;
        }
        return new LunarDate(yearOf[i], monthOf[i], day - start[i] + 1, leapOf[i]);
    }

    /**
     * The solar date of a lunar date.
     *
     * @throws EdocRuleException {@code EDOC-TIME-102} when that date does not exist in this calendar (day 30
     *                           of a 29-day month, a leap flag on a month that is not leap that year),
     *                           {@code EDOC-TIME-101} when it is outside the range, {@code EDOC-TIME-103}
     *                           when {@code lunar} is null
     */
    public LocalDate toSolar(LunarDate lunar) {
        if (lunar == null) {
            throw EdocRuleException.of(LunarViolation.MISSING_VALUE, "lunar", "lunar");
        }
        int i = monthIndex(lunar.year(), lunar.month(), lunar.leapMonth(), "lunar", lunar.toString());
        int length = start[i + 1] - start[i];
        if (lunar.day() > length) {
            throw EdocRuleException.of(LunarViolation.NO_SUCH_LUNAR_DATE, "lunar.day", lunar,
                    "tháng " + monthName(lunar.month(), lunar.leapMonth()) + " năm " + lunar.year() + " chỉ có "
                            + length + " ngày",
                    "month " + lunar.month() + (lunar.leapMonth() ? " (leap)" : "") + " of " + lunar.year()
                            + " has only " + length + " days");
        }
        LocalDate solar = LocalDate.ofEpochDay((long) start[i] + lunar.day() - 1);
        if (solar.isBefore(min) || solar.isAfter(max)) {
            throw outOfRange("lunar", "Ngày âm lịch " + lunar, "The lunar date " + lunar);
        }
        return solar;
    }

    /**
     * The solar date of lunar day {@code day} of month {@code month} (the leap one when {@code leap}) of
     * lunar year {@code year}.
     *
     * @throws EdocRuleException as {@link #toSolar(LunarDate)}; {@code EDOC-TIME-102} also for a month
     *                           outside 1–12 or a day outside 1–30
     */
    public LocalDate toSolar(int year, int month, int day, boolean leap) {
        return toSolar(new LunarDate(year, month, day, leap));
    }

    /**
     * The leap month (tháng nhuận) of a lunar year, if it has one: e.g. 2023 has a leap month 2, 2025 a
     * leap month 6. Lunar years 1899–2100 are answered.
     *
     * @throws EdocRuleException {@code EDOC-TIME-101} for another year
     */
    public Optional<Integer> leapMonthOf(int lunarYear) {
        int leap = leapMonth[yearIndex(lunarYear)];
        return leap == 0 ? Optional.empty() : Optional.of(leap);
    }

    /** The number of months, 12 or 13, of a lunar year 1899–2100. */
    public int monthsInYear(int lunarYear) {
        return leapMonth[yearIndex(lunarYear)] == 0 ? 12 : 13;
    }

    /**
     * The number of days, 29 (tháng thiếu) or 30 (tháng đủ), of a month of a lunar year 1899–2100.
     *
     * @throws EdocRuleException {@code EDOC-TIME-102} for a month outside 1–12 or a leap flag on a month
     *                           that is not leap, {@code EDOC-TIME-101} for a year out of range
     */
    public int lengthOfMonth(int lunarYear, int month, boolean leap) {
        String label = "tháng " + monthName(month, leap) + " năm " + lunarYear;
        if (month < 1 || month > 12) {
            throw EdocRuleException.of(LunarViolation.NO_SUCH_LUNAR_DATE, "month", label,
                    "tháng phải từ 1 đến 12", "the month must be 1-12");
        }
        int i = monthIndex(lunarYear, month, leap, "month", label);
        return start[i + 1] - start[i];
    }

    /**
     * The first day of lunar year {@code lunarYear} (Tết Nguyên Đán, 1/1 âm lịch), for 1900–2100.
     *
     * @throws EdocRuleException {@code EDOC-TIME-101} for another year
     */
    public LocalDate newYear(int lunarYear) {
        return toSolar(lunarYear, 1, 1, false);
    }

    private int yearIndex(int lunarYear) {
        int y = lunarYear - firstYear;
        if (y < 0 || y >= yearStart.length || lunarYear > LAST_LUNAR_YEAR) {
            throw outOfRange("lunarYear", "Năm âm lịch " + lunarYear, "Lunar year " + lunarYear);
        }
        return y;
    }

    private int monthIndex(int lunarYear, int month, boolean leap, String path, Object label) {
        int y = yearIndex(lunarYear);
        int leapNumber = leapMonth[y];
        if (leap && leapNumber != month) {
            String has = leapNumber == 0 ? "không có tháng nhuận" : "tháng nhuận là tháng " + leapNumber;
            String hasEn = leapNumber == 0 ? "it has no leap month" : "its leap month is month " + leapNumber;
            throw EdocRuleException.of(LunarViolation.NO_SUCH_LUNAR_DATE, path, label,
                    "tháng " + month + " năm " + lunarYear + " không phải tháng nhuận (" + has + ")",
                    "month " + month + " of " + lunarYear + " is not a leap month (" + hasEn + ")");
        }
        int i = yearStart[y] + month - 1;
        if (leapNumber != 0 && (month > leapNumber || leap)) {
            i++;
        }
        return i;
    }

    private EdocRuleException outOfRange(String path, String whatVi, String whatEn) {
        return EdocRuleException.of(LunarViolation.OUT_OF_RANGE, path, whatVi, whatEn, min, max);
    }

    private static String monthName(int month, boolean leap) {
        return month + (leap ? " nhuận" : "");
    }

    @Override
    public String toString() {
        return "LunarCalendar[UTC" + offset.getId() + ", " + min + " to " + max + "]";
    }
}
