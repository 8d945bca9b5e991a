package vn.edoc.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of the lunar calendar over random dates of the whole range. */
class LunarCalendarProperties {

    private static final LunarCalendar VN = LunarCalendar.vietnam();
    private static final LunarCalendar CN = LunarCalendar.atOffset(ZoneOffset.ofHours(8));

    @Property(tries = 1000)
    void solarToLunarToSolar(@ForAll @IntRange(min = 0, max = 73_800) int offset) {
        LocalDate solar = VN.minSupported().plusDays(Math.min(offset,
                VN.maxSupported().toEpochDay() - VN.minSupported().toEpochDay()));
        LunarDate lunar = VN.toLunar(solar);
        assertThat(VN.toSolar(lunar)).isEqualTo(solar);
        assertThat(lunar.day()).isBetween(1, VN.lengthOfMonth(lunar.year(), lunar.month(), lunar.leapMonth()));
        assertThat(CN.toSolar(CN.toLunar(solar))).isEqualTo(solar);
    }

    @Property(tries = 1000)
    void lunarToSolarToLunar(@ForAll @IntRange(min = 1900, max = 2100) int year,
                             @ForAll @IntRange(min = 1, max = 12) int month,
                             @ForAll @IntRange(min = 1, max = 30) int day,
                             @ForAll boolean leap) {
        boolean isLeap = leap && VN.leapMonthOf(year).map(m -> m == month).orElse(false);
        if (day > VN.lengthOfMonth(year, month, isLeap)) {
            assertThat(day).isEqualTo(30);
            return;
        }
        LunarDate lunar = LunarDate.of(year, month, day, isLeap);
        LocalDate solar = VN.toSolar(lunar);
        assertThat(VN.toLunar(solar)).isEqualTo(lunar);
        // Vietnam and China never differ by more than a month, and mostly not at all
        assertThat(Math.abs(CN.toLunar(solar).compareTo(lunar))).isLessThanOrEqualTo(1);
    }

    @Property(tries = 500)
    void laterSolarDatesHaveLaterLunarDates(@ForAll @IntRange(min = 0, max = 73_300) int offset,
                                            @ForAll @IntRange(min = 1, max = 100) int gap) {
        LocalDate a = VN.minSupported().plusDays(offset);
        assertThat(a.plusDays(gap)).isBefore(VN.maxSupported());
        assertThat(VN.toLunar(a.plusDays(gap))).isGreaterThan(VN.toLunar(a));
    }
}
