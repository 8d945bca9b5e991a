package vn.edoc.time;

import vn.edoc.validation.EdocRuleException;

/**
 * A date of the Vietnamese lunar calendar (ngày âm lịch): lunar year, month 1–12, day 1–30, and whether
 * the month is the leap month (tháng nhuận) that repeats the number of the month before it.
 *
 * <p>The constructor checks only the ranges that hold in every year (month 1–12, day 1–30, year
 * 1–9999); whether the date exists in a given calendar (day 30 of a short month, a leap flag on a month
 * that is not leap that year) is checked by {@link LunarCalendar#toSolar(LunarDate)}.
 *
 * <p>Dates order by year, then month number, then the ordinary month before the leap month of the same
 * number, then day: the order in which they occur.
 *
 * @param year      the lunar year, named by the solar year in which its first day (Tết) falls
 * @param month     the month number, 1–12
 * @param day       the day of the month, 1–30
 * @param leapMonth true for the leap month that follows the ordinary month of the same number
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) implements Comparable<LunarDate> {

    /**
     * Checks the ranges.
     *
     * @throws EdocRuleException {@code EDOC-TIME-102} when the month is not 1–12, the day not 1–30 or the
     *                           year not 1–9999
     */
    public LunarDate {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 30) {
            throw EdocRuleException.of(LunarViolation.NO_SUCH_LUNAR_DATE, "lunarDate",
                    describe(year, month, day, leapMonth),
                    "năm phải từ 1 đến 9999, tháng từ 1 đến 12, ngày từ 1 đến 30",
                    "the year must be 1-9999, the month 1-12 and the day 1-30");
        }
    }

    /** An ordinary (not leap) month's date. */
    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }

    /** A date of the given year, month and day, in the leap month when {@code leapMonth}. */
    public static LunarDate of(int year, int month, int day, boolean leapMonth) {
        return new LunarDate(year, month, day, leapMonth);
    }

    @Override
    public int compareTo(LunarDate other) {
        int c = Integer.compare(year, other.year);
        if (c == 0) {
            c = Integer.compare(month, other.month);
        }
        if (c == 0) {
            c = Boolean.compare(leapMonth, other.leapMonth);
        }
        if (c == 0) {
            c = Integer.compare(day, other.day);
        }
        return c;
    }

    /** The date as Vietnamese write it, day/month/year, with "nhuận" after a leap month: {@code 15/4 nhuận/2020}. */
    @Override
    public String toString() {
        return describe(year, month, day, leapMonth);
    }

    static String describe(int year, int month, int day, boolean leapMonth) {
        return day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year;
    }
}
