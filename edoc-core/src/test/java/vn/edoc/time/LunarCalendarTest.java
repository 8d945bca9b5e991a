package vn.edoc.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.edoc.time.internal.Astronomy;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Violation;

/**
 * The Vietnamese lunar calendar: published dates, the structure of every year of the range, an
 * exhaustive round trip and the refusals.
 *
 * <p>Sources of the published dates: Vietnamese public-holiday announcements (Tết and Giỗ Tổ Hùng Vương
 * of 2021–2026); the differences between the Vietnamese and Chinese New Year listed in "Tại sao Tết Việt
 * Nam và Trung Quốc lệch nhau 1 ngày?" (zaidap.com) and a 2007 tuvilyso.net discussion: 1968 and 1969 one
 * day earlier in Vietnam, 1985 one month earlier, 2007, 2030 and 2053 one day earlier.
 */
class LunarCalendarTest {

    private static final LunarCalendar VN = LunarCalendar.vietnam();
    private static final LunarCalendar CN = LunarCalendar.atOffset(ZoneOffset.ofHours(8));

    @Test
    void tetInVietnam() {
        Map<Integer, LocalDate> tet = new TreeMap<>(Map.ofEntries(
                Map.entry(1968, LocalDate.of(1968, 1, 29)), Map.entry(1969, LocalDate.of(1969, 2, 16)),
                Map.entry(1985, LocalDate.of(1985, 1, 21)), Map.entry(2007, LocalDate.of(2007, 2, 17)),
                Map.entry(2008, LocalDate.of(2008, 2, 7)), Map.entry(2009, LocalDate.of(2009, 1, 26)),
                Map.entry(2010, LocalDate.of(2010, 2, 14)), Map.entry(2011, LocalDate.of(2011, 2, 3)),
                Map.entry(2012, LocalDate.of(2012, 1, 23)), Map.entry(2013, LocalDate.of(2013, 2, 10)),
                Map.entry(2014, LocalDate.of(2014, 1, 31)), Map.entry(2015, LocalDate.of(2015, 2, 19)),
                Map.entry(2016, LocalDate.of(2016, 2, 8)), Map.entry(2017, LocalDate.of(2017, 1, 28)),
                Map.entry(2018, LocalDate.of(2018, 2, 16)), Map.entry(2019, LocalDate.of(2019, 2, 5)),
                Map.entry(2020, LocalDate.of(2020, 1, 25)), Map.entry(2021, LocalDate.of(2021, 2, 12)),
                Map.entry(2022, LocalDate.of(2022, 2, 1)), Map.entry(2023, LocalDate.of(2023, 1, 22)),
                Map.entry(2024, LocalDate.of(2024, 2, 10)), Map.entry(2025, LocalDate.of(2025, 1, 29)),
                Map.entry(2026, LocalDate.of(2026, 2, 17)), Map.entry(2027, LocalDate.of(2027, 2, 6)),
                Map.entry(2028, LocalDate.of(2028, 1, 26)), Map.entry(2029, LocalDate.of(2029, 2, 13)),
                Map.entry(2030, LocalDate.of(2030, 2, 2)), Map.entry(2053, LocalDate.of(2053, 2, 18))));
        tet.forEach((year, date) -> {
            assertThat(VN.newYear(year)).as("Tết %s", year).isEqualTo(date);
            assertThat(VN.toLunar(date)).isEqualTo(LunarDate.of(year, 1, 1));
            assertThat(VN.toLunar(date.minusDays(1))).satisfies(eve -> {
                assertThat(eve.year()).isEqualTo(year - 1);
                assertThat(eve.month()).isEqualTo(12);
                assertThat(eve.day()).isIn(29, 30);
            });
        });
    }

    @Test
    void tetInChinaDiffersWhereTheTimeZoneDecides() {
        assertThat(CN.newYear(1968)).isEqualTo(LocalDate.of(1968, 1, 30));
        assertThat(CN.newYear(1969)).isEqualTo(LocalDate.of(1969, 2, 17));
        assertThat(CN.newYear(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
        assertThat(CN.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 18));
        assertThat(CN.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 3));
        assertThat(CN.newYear(2053)).isEqualTo(LocalDate.of(2053, 2, 19));
        assertThat(CN.newYear(2024)).isEqualTo(VN.newYear(2024));
    }

    /**
     * Every year in which Tết differs between UTC+7 and UTC+8, listed, and each explained by a new moon
     * or a major term that falls between midnight UTC+7 and midnight UTC+8 (00:00–01:00 UTC+8) in the
     * months before that Tết. 1903–1965 are computed at UTC+7 although Vietnam took UTC+7 for its
     * calendar only in 1967; the calendar applies today's rule to the whole range.
     */
    @Test
    void everyTetDifferenceBetweenVietnamAndChinaIsExplainedByTheHourBetweenTheirMidnights() {
        List<Integer> differ = new ArrayList<>();
        for (int year = 1900; year <= 2100; year++) {
            if (!VN.newYear(year).equals(CN.newYear(year))) {
                differ.add(year);
            }
        }
        assertThat(differ).containsExactly(1903, 1916, 1935, 1965, 1968, 1969, 1985, 2007, 2030, 2053);
        for (int year : differ) {
            LocalDate later = CN.newYear(year).isAfter(VN.newYear(year)) ? CN.newYear(year) : VN.newYear(year);
            List<LunarCalendarEvents.Event> split = LunarCalendarEvents.between(later.minusDays(420), later.plusDays(1))
                    .stream().filter(LunarCalendarEvents.Event::splitsVietnamAndChina).toList();
            assertThat(split).as("events between the two midnights before Tết %s", year).isNotEmpty();
        }
    }

    @Test
    void leapMonths() {
        Map<Integer, Integer> leap = Map.ofEntries(Map.entry(2001, 4), Map.entry(2004, 2), Map.entry(2006, 7),
                Map.entry(2009, 5), Map.entry(2012, 4), Map.entry(2014, 9), Map.entry(2017, 6), Map.entry(2020, 4),
                Map.entry(2023, 2), Map.entry(2025, 6), Map.entry(2028, 5), Map.entry(2031, 3), Map.entry(2033, 11),
                Map.entry(2036, 6));
        leap.forEach((year, month) -> {
            assertThat(VN.leapMonthOf(year)).as("leap month of %s", year).contains(month);
            assertThat(VN.monthsInYear(year)).isEqualTo(13);
        });
        for (int year : List.of(2002, 2003, 2005, 2007, 2008, 2010, 2011, 2013, 2015, 2016, 2018, 2019, 2021, 2022,
                2024, 2026, 2027, 2029, 2030)) {
            assertThat(VN.leapMonthOf(year)).as("leap month of %s", year).isEmpty();
            assertThat(VN.monthsInYear(year)).isEqualTo(12);
        }
        // 2023: leap month 2 follows month 2 and precedes month 3
        LocalDate leapStart = VN.toSolar(2023, 2, 1, true);
        assertThat(leapStart).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(VN.toLunar(leapStart.minusDays(1))).isEqualTo(LunarDate.of(2023, 2, VN.lengthOfMonth(2023, 2, false)));
        assertThat(VN.toLunar(leapStart)).isEqualTo(LunarDate.of(2023, 2, 1, true));
        assertThat(VN.toSolar(2023, 3, 1, false)).isEqualTo(leapStart.plusDays(VN.lengthOfMonth(2023, 2, true)));
        // 2033: the leap month 11 belongs to lunar year 2033 and lies between month 11 and month 12
        assertThat(VN.toSolar(2033, 11, 1, true)).isAfter(VN.toSolar(2033, 11, 1, false))
                .isBefore(VN.toSolar(2033, 12, 1, false));
    }

    /**
     * The leap month differs between UTC+7 and UTC+8 only in these years, each because a major term or a
     * new moon falls between the two midnights during that year.
     */
    @Test
    void leapMonthDifferencesBetweenVietnamAndChinaAreListedAndExplained() {
        List<Integer> differ = new ArrayList<>();
        for (int year = 1900; year <= 2100; year++) {
            if (!VN.leapMonthOf(year).equals(CN.leapMonthOf(year))) {
                differ.add(year);
            }
        }
        assertThat(differ).containsExactly(1917, 1922, 1938, 1984, 1985, 1987);
        assertThat(VN.leapMonthOf(1984)).isEmpty();
        assertThat(CN.leapMonthOf(1984)).contains(10);
        assertThat(VN.leapMonthOf(1985)).contains(2);
        for (int year : differ) {
            assertThat(LunarCalendarEvents.between(VN.newYear(year).minusDays(60), VN.newYear(year + 1))
                    .stream().anyMatch(LunarCalendarEvents.Event::splitsVietnamAndChina))
                    .as("an event between the midnights of UTC+7 and UTC+8 in %s", year).isTrue();
        }
    }

    @Test
    void hungKingsDayAndMidAutumn() {
        assertThat(VN.toSolar(2021, 3, 10, false)).isEqualTo(LocalDate.of(2021, 4, 21));
        assertThat(VN.toSolar(2022, 3, 10, false)).isEqualTo(LocalDate.of(2022, 4, 10));
        assertThat(VN.toSolar(2023, 3, 10, false)).isEqualTo(LocalDate.of(2023, 4, 29));
        assertThat(VN.toSolar(2024, 3, 10, false)).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(VN.toSolar(2025, 3, 10, false)).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(VN.toSolar(2026, 3, 10, false)).isEqualTo(LocalDate.of(2026, 4, 26));
        assertThat(VN.toLunar(LocalDate.of(2024, 4, 18))).isEqualTo(LunarDate.of(2024, 3, 10));
        assertThat(VN.toSolar(2023, 8, 15, false)).isEqualTo(LocalDate.of(2023, 9, 29));
        assertThat(VN.toSolar(2024, 8, 15, false)).isEqualTo(LocalDate.of(2024, 9, 17));
        assertThat(VN.toSolar(2025, 8, 15, false)).isEqualTo(LocalDate.of(2025, 10, 6));
    }

    /** A simplified published algorithm answers day 0 for this date; ours has a real day. */
    @Test
    void noDayZero() {
        assertThat(VN.toLunar(LocalDate.of(2054, 5, 7))).isEqualTo(LunarDate.of(2054, 3, 30));
        assertThat(VN.toLunar(LocalDate.of(2054, 5, 8))).isEqualTo(LunarDate.of(2054, 4, 1));
    }

    @Test
    void everyDayOfTheRangeRoundTripsAndDaysFollowEachOther() {
        LunarDate previous = null;
        int days = 0;
        for (LocalDate d = VN.minSupported(); !d.isAfter(VN.maxSupported()); d = d.plusDays(1)) {
            LunarDate lunar = VN.toLunar(d);
            assertThat(VN.toSolar(lunar)).isEqualTo(d);
            if (previous != null) {
                if (lunar.day() == 1) {
                    assertThat(previous.day()).isIn(29, 30);
                    assertThat(lunar).isGreaterThan(previous);
                } else {
                    assertThat(lunar).isEqualTo(new LunarDate(previous.year(), previous.month(), previous.day() + 1,
                            previous.leapMonth()));
                }
            }
            previous = lunar;
            days++;
        }
        assertThat(days).isGreaterThan(73_000);
        assertThat(VN.minSupported()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(VN.maxSupported()).isEqualTo(VN.toSolar(2100, 12, 1, false)
                .plusDays(VN.lengthOfMonth(2100, 12, false) - 1L)).isAfter(LocalDate.of(2100, 12, 31));
        assertThat(VN.toLunar(VN.minSupported())).isEqualTo(LunarDate.of(1899, 12, 1));
    }

    /** Every lunar year 1900–2100: 12 or 13 months of 29 or 30 days; month 11 holds the December solstice. */
    @Test
    void structureOfEveryYear() {
        for (int year = 1900; year <= 2100; year++) {
            Optional<Integer> leap = VN.leapMonthOf(year);
            int total = 0;
            for (int month = 1; month <= 12; month++) {
                total += checkedLength(year, month, false);
                if (leap.isPresent() && leap.get() == month) {
                    total += checkedLength(year, month, true);
                }
            }
            LocalDate next = year < 2100 ? VN.newYear(year + 1) : VN.maxSupported().plusDays(1);
            assertThat(next.toEpochDay() - VN.newYear(year).toEpochDay()).as("days of %s", year).isEqualTo(total);
            assertThat(total).isBetween(353, 385);
            assertThat(VN.monthsInYear(year)).isEqualTo(leap.isPresent() ? 13 : 12);

            double solstice = Astronomy.sunReachesLongitudeUt(270.0,
                    LunarCalendarEvents.jd(LocalDate.of(year, 12, 21)));
            LocalDate solsticeDay = new LunarCalendarEvents.Event("solstice", solstice).dateAt(VN.offset());
            assertThat(solsticeDay.getMonthValue()).isEqualTo(12);
            LunarDate lunar = VN.toLunar(solsticeDay);
            assertThat(lunar.month()).as("month of the solstice of %s", year).isEqualTo(11);
            assertThat(lunar.year()).isEqualTo(year);
            assertThat(lunar.leapMonth()).isFalse();

            if (leap.isPresent()) {
                LocalDate first = VN.toSolar(year, leap.get(), 1, true);
                LocalDate end = first.plusDays(VN.lengthOfMonth(year, leap.get(), true));
                assertThat(LunarCalendarEvents.between(first.minusDays(2), end.plusDays(2)).stream()
                        .filter(e -> e.what().startsWith("sun"))
                        .map(e -> e.dateAt(VN.offset()))
                        .filter(day -> !day.isBefore(first) && day.isBefore(end)))
                        .as("major terms in the leap month of %s", year).isEmpty();
            }
        }
    }

    private static int checkedLength(int year, int month, boolean leap) {
        int length = VN.lengthOfMonth(year, month, leap);
        assertThat(length).as("%s/%s%s", month, year, leap ? " leap" : "").isIn(29, 30);
        return length;
    }

    /**
     * The dates that hang on seconds: at UTC+7 over the whole range, only five new moons fall within a
     * minute of midnight (so the start of their month depends on the last seconds of precision, and in
     * the future on ΔT), and of the major terms that close to midnight only one falls at a month
     * boundary: the September equinox of 1938, 26 s before midnight UTC+7, which makes 1938's leap month
     * the 8th rather than the 7th (a year when Vietnam in fact used the Chinese calendar).
     */
    @Test
    void onlyAFewDatesDependOnLessThanAMinute() {
        List<LunarCalendarEvents.Event> close = LunarCalendarEvents.between(LocalDate.of(1899, 11, 1),
                LocalDate.of(2101, 2, 1)).stream().filter(e -> e.minutesFromMidnight(VN.offset()) < 1.0).toList();
        assertThat(close.stream().filter(e -> e.what().equals("new moon")).map(e -> e.dateAt(VN.offset())))
                .containsExactly(LocalDate.of(1944, 6, 20), LocalDate.of(1967, 7, 7), LocalDate.of(2054, 5, 8),
                        LocalDate.of(2077, 11, 15), LocalDate.of(2085, 10, 18));
        List<LocalDate> termsAtMonthBoundary = new ArrayList<>();
        for (LunarCalendarEvents.Event term : close) {
            if (term.what().startsWith("sun")) {
                LocalDate day = term.dateAt(VN.offset());
                if (VN.toLunar(day).day() == 1 || VN.toLunar(day.plusDays(1)).day() == 1) {
                    termsAtMonthBoundary.add(day);
                }
            }
        }
        assertThat(termsAtMonthBoundary).containsExactly(LocalDate.of(1938, 9, 23));
        assertThat(VN.leapMonthOf(1938)).contains(8);
        assertThat(CN.leapMonthOf(1938)).contains(7);
    }

    @Test
    void refusesOutOfRange() {
        assertRefused(() -> VN.toLunar(LocalDate.of(1899, 12, 31)), "EDOC-TIME-101");
        assertRefused(() -> VN.toLunar(VN.maxSupported().plusDays(1)), "EDOC-TIME-101");
        assertRefused(() -> VN.toSolar(1899, 11, 1, false), "EDOC-TIME-101");
        assertRefused(() -> VN.newYear(1899), "EDOC-TIME-101");
        assertRefused(() -> VN.newYear(2101), "EDOC-TIME-101");
        assertRefused(() -> VN.leapMonthOf(1898), "EDOC-TIME-101");
        assertRefused(() -> VN.lengthOfMonth(2101, 1, false), "EDOC-TIME-101");
        assertThat(VN.toLunar(VN.maxSupported())).isEqualTo(LunarDate.of(2100, 12, VN.lengthOfMonth(2100, 12, false)));
    }

    @Test
    void refusesLunarDatesThatDoNotExist() {
        int shortMonth = VN.lengthOfMonth(2024, 1, false) == 29 ? 1 : 2;
        assertThat(VN.lengthOfMonth(2024, shortMonth, false)).isEqualTo(29);
        EdocRuleException e = assertRefused(() -> VN.toSolar(2024, shortMonth, 30, false), "EDOC-TIME-102");
        assertThat(e.violations().get(0).messageEn()).contains("29 days");
        EdocRuleException notLeap = assertRefused(() -> VN.toSolar(2023, 3, 1, true), "EDOC-TIME-102");
        assertThat(notLeap.violations().get(0).messageVi()).contains("tháng nhuận là tháng 2");
        assertRefused(() -> VN.toSolar(2024, 4, 1, true), "EDOC-TIME-102");
        assertRefused(() -> VN.lengthOfMonth(2024, 13, false), "EDOC-TIME-102");
        assertRefused(() -> VN.lengthOfMonth(2024, 0, false), "EDOC-TIME-102");
        assertRefused(() -> new LunarDate(2024, 13, 1, false), "EDOC-TIME-102");
        assertRefused(() -> new LunarDate(2024, 1, 31, false), "EDOC-TIME-102");
        assertRefused(() -> LunarDate.of(2024, 1, 0), "EDOC-TIME-102");
        assertRefused(() -> LunarDate.of(0, 1, 1), "EDOC-TIME-102");
    }

    @Test
    void refusesMissingValuesWithoutNullPointerException() {
        assertRefused(() -> VN.toLunar(null), "EDOC-TIME-103");
        assertRefused(() -> VN.toSolar(null), "EDOC-TIME-103");
        assertRefused(() -> LunarCalendar.atOffset(null), "EDOC-TIME-103");
    }

    @Test
    void violationsCarryTheRuleAndArticle() {
        EdocRuleException e = assertRefused(() -> VN.toLunar(LocalDate.of(1800, 1, 1)), "EDOC-TIME-101");
        Violation v = e.violations().get(0);
        assertThat(v.ruleId()).isEqualTo("R-TIME-5");
        assertThat(v.article()).isEqualTo("LS Đ11.3, LA Đ10.3; Labour Code 2019 Art. 112");
        assertThat(v.path()).isEqualTo("solar");
        assertThat(v.messageVi()).contains("1800-01-01").contains("1900-01-01");
        assertThat(v.messageEn()).contains("1800-01-01").contains("outside");
        for (LunarViolation type : LunarViolation.values()) {
            assertThat(type.code()).matches("EDOC-TIME-1\\d\\d");
            assertThat(type.ruleId()).isEqualTo("R-TIME-5");
        }
    }

    @Test
    void sharedInstancesAndOrdering() {
        assertThat(LunarCalendar.vietnam()).isSameAs(VN);
        assertThat(LunarCalendar.atOffset(ZoneOffset.ofHours(7))).isSameAs(VN);
        assertThat(VN.offset()).isEqualTo(ZoneOffset.ofHours(7));
        assertThat(CN.offset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(LunarDate.of(2023, 2, 29)).isLessThan(LunarDate.of(2023, 2, 1, true));
        assertThat(LunarDate.of(2023, 2, 1, true)).isLessThan(LunarDate.of(2023, 3, 1));
        assertThat(LunarDate.of(2022, 12, 30)).isLessThan(LunarDate.of(2023, 1, 1));
        assertThat(LunarDate.of(2020, 4, 15, true)).hasToString("15/4 nhuận/2020");
        assertThat(VN.toString()).contains("+07:00");
    }

    @Test
    void anyOffsetBuildsACompleteCalendar() {
        for (ZoneOffset offset : List.of(ZoneOffset.MIN, ZoneOffset.UTC, ZoneOffset.ofHoursMinutesSeconds(7, 45, 40),
                ZoneOffset.MAX)) {
            LunarCalendar calendar = LunarCalendar.atOffset(offset);
            assertThat(calendar.offset()).isEqualTo(offset);
            assertThat(calendar.minSupported()).isEqualTo(LocalDate.of(1900, 1, 1));
            assertThat(calendar.maxSupported()).isAfter(LocalDate.of(2100, 12, 31));
            for (int year = 1900; year <= 2100; year += 20) {
                LocalDate tet = calendar.newYear(year);
                assertThat(Math.abs(tet.toEpochDay() - VN.newYear(year).toEpochDay())).isLessThanOrEqualTo(31);
                assertThat(calendar.toLunar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
            }
        }
    }

    @Test
    void sharedInstanceAnswersTheSameFromManyThreads() {
        LocalDate from = LocalDate.of(2000, 1, 1);
        List<LunarDate> sequential = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            sequential.add(VN.toLunar(from.plusDays(i)));
        }
        List<LunarDate> parallel = java.util.stream.IntStream.range(0, 20_000).parallel()
                .mapToObj(i -> VN.toLunar(from.plusDays(i))).toList();
        assertThat(parallel).isEqualTo(sequential);
    }

    private static EdocRuleException assertRefused(Runnable action, String code) {
        Throwable thrown = catchThrowable(action::run);
        assertThat(thrown).isInstanceOf(EdocRuleException.class);
        EdocRuleException e = (EdocRuleException) thrown;
        assertThat(e.violations()).extracting(Violation::code).containsExactly(code);
        assertThat(e.getMessage()).contains(code);
        return e;
    }
}
