package vn.edoc.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An independent cross-check against ICU4J's {@link ChineseCalendar} (computed by ICU at UTC+08:00 with
 * its own, lower-precision astronomy).
 *
 * <p>What the comparison shows, 1900–2100:
 * <ul>
 *   <li>Our calendar at UTC+08:00 agrees with ICU on every day except 15 runs of days, each starting
 *     at a month boundary where a new moon or a major solar term falls within 20 minutes of midnight
 *     UTC+8 by our astronomy (11 of them within 10 minutes): ICU's moon and sun are a few minutes off, ours
 *     within a minute (see {@code LunarCalendarAstronomyTest}). Where a published Chinese calendar is
 *     known, it sides with ours: New Year 2027 is 6 February (ICU: 7 February, new moon at 23:56
 *     UTC+8), 2030 is 3 February (ICU: 2 February, new moon at 00:07 UTC+8), 1954 is 3 February (ICU:
 *     4 February), 1987 has leap month 6 (ICU: 7; the term 150° at 00:10 UTC+8 on 24 August 1987). In
 *     1916 ICU's New Year (3 February) is that of the historical Chinese calendar, which before 1929 was
 *     computed at Beijing's meridian (UTC+7:45:40); at UTC+08:00 strictly the new moon falls at 00:05 on
 *     4 February, so ICU's astronomy is a few minutes off there too.
 *     2057-09-28 is undecidable: our new moon is 3 seconds before midnight UTC+8, below the uncertainty
 *     of ΔT that far ahead.</li>
 *   <li>So the Vietnamese New Year differs from ICU's in ten years: eight because of the time zone
 *     (our own UTC+08:00 calendar agrees with ICU there) and two — 1954 and 2027 — because ICU is wrong.
 *     In 2030 Vietnam (2 February) and ICU agree only because ICU is wrong: China's New Year is 3
 *     February.</li>
 * </ul>
 */
class LunarCalendarIcuCrossCheckTest {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final LunarCalendar VN = LunarCalendar.vietnam();
    private static final LunarCalendar CN = LunarCalendar.atOffset(CHINA);

    /** Years whose New Year ICU gets wrong (our UTC+08:00 calendar disagrees with it). */
    private static final Set<Integer> ICU_NEW_YEAR_ERRORS = Set.of(1916, 1954, 2027, 2030);

    /** Years in which Vietnam's Tết differs from ICU's because of the time zone alone. */
    private static final Set<Integer> TIME_ZONE_DIFFERENCES = Set.of(1903, 1935, 1965, 1968, 1969, 1985, 2007, 2053);

    /** First days of the runs of days on which ICU and our UTC+08:00 calendar disagree. */
    private static final List<LocalDate> ICU_DISAGREEMENTS = List.of(
            LocalDate.of(1914, 11, 17), LocalDate.of(1916, 2, 3), LocalDate.of(1917, 3, 23),
            LocalDate.of(1920, 11, 10), LocalDate.of(1922, 6, 25), LocalDate.of(1954, 2, 3),
            LocalDate.of(1955, 2, 22), LocalDate.of(1987, 7, 26), LocalDate.of(1999, 1, 17),
            LocalDate.of(2012, 8, 17), LocalDate.of(2018, 11, 7), LocalDate.of(2027, 2, 6),
            LocalDate.of(2030, 2, 2), LocalDate.of(2057, 9, 28), LocalDate.of(2070, 3, 12));

    private static final Map<Integer, LocalDate> ICU_NEW_YEAR = new LinkedHashMap<>();

    private static final ChineseCalendar ICU = new ChineseCalendar(TimeZone.getTimeZone("UTC"));

    /** ICU's lunar date of a civil date: {month 1-12, day, leap 0/1}. */
    private static int[] icu(LocalDate date) {
        ICU.setTimeInMillis(date.toEpochDay() * 86_400_000L + 43_200_000L);
        return new int[] {ICU.get(ChineseCalendar.MONTH) + 1, ICU.get(ChineseCalendar.DAY_OF_MONTH),
            ICU.get(ChineseCalendar.IS_LEAP_MONTH)};
    }

    @BeforeAll
    static void icuNewYears() {
        for (int year = 1900; year <= 2100; year++) {
            for (LocalDate d = LocalDate.of(year, 1, 15); d.getMonthValue() < 3; d = d.plusDays(1)) {
                int[] f = icu(d);
                if (f[0] == 1 && f[1] == 1 && f[2] == 0) {
                    ICU_NEW_YEAR.put(year, d);
                    break;
                }
            }
        }
        assertThat(ICU_NEW_YEAR).hasSize(201);
    }

    @Test
    void vietnameseNewYearDiffersFromIcuOnlyWhereExplained() {
        Set<Integer> differ = new TreeSet<>();
        for (int year = 1900; year <= 2100; year++) {
            if (!VN.newYear(year).equals(ICU_NEW_YEAR.get(year))) {
                differ.add(year);
            }
        }
        assertThat(differ).containsExactly(1903, 1935, 1954, 1965, 1968, 1969, 1985, 2007, 2027, 2053);
        for (int year : differ) {
            if (TIME_ZONE_DIFFERENCES.contains(year)) {
                assertThat(CN.newYear(year)).as("our UTC+8 New Year %s", year).isEqualTo(ICU_NEW_YEAR.get(year));
            } else {
                assertThat(ICU_NEW_YEAR_ERRORS).contains(year);
                assertThat(CN.newYear(year)).isEqualTo(VN.newYear(year)).isNotEqualTo(ICU_NEW_YEAR.get(year));
            }
        }
        // 2030: the same date as ICU's, but China's New Year is a day later
        assertThat(VN.newYear(2030)).isEqualTo(ICU_NEW_YEAR.get(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
        assertThat(CN.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 3));
    }

    @Test
    void chineseNewYearAgreesWithIcuExceptKnownIcuErrors() {
        Set<Integer> differ = new TreeSet<>();
        for (int year = 1900; year <= 2100; year++) {
            if (!CN.newYear(year).equals(ICU_NEW_YEAR.get(year))) {
                differ.add(year);
            }
        }
        assertThat(differ).isEqualTo(new TreeSet<>(ICU_NEW_YEAR_ERRORS));
        for (int year : differ) {
            LocalDate ours = CN.newYear(year);
            LocalDate theirs = ICU_NEW_YEAR.get(year);
            assertThat(Math.abs(ours.toEpochDay() - theirs.toEpochDay())).isEqualTo(1);
            // the new moon that starts the year is within ten minutes of midnight UTC+8
            List<LunarCalendarEvents.Event> close = LunarCalendarEvents.between(ours.minusDays(2), ours.plusDays(2))
                    .stream().filter(e -> e.what().equals("new moon"))
                    .filter(e -> e.minutesFromMidnight(CHINA) < 10).toList();
            assertThat(close).as("new moon near midnight before New Year %s", year).hasSize(1);
        }
    }

    @Test
    void everyDayAgreesWithIcuExceptRunsExplainedByAnEventNearMidnight() {
        List<LocalDate> runStarts = new ArrayList<>();
        LocalDate previousDiffering = null;
        for (LocalDate d = CN.minSupported(); d.getYear() <= 2100; d = d.plusDays(1)) {
            LunarDate ours = CN.toLunar(d);
            int[] theirs = icu(d);
            boolean same = ours.month() == theirs[0] && ours.day() == theirs[1] && (ours.leapMonth() ? 1 : 0) == theirs[2];
            if (!same) {
                if (previousDiffering == null || !previousDiffering.plusDays(1).equals(d)) {
                    runStarts.add(d);
                }
                previousDiffering = d;
            }
        }
        assertThat(runStarts).isEqualTo(ICU_DISAGREEMENTS);
        for (LocalDate start : runStarts) {
            double nearest = LunarCalendarEvents.between(start.minusDays(3), start.plusDays(45)).stream()
                    .mapToDouble(e -> e.minutesFromMidnight(CHINA)).min().orElseThrow();
            assertThat(nearest).as("closest event to a midnight UTC+8 for the run from %s", start).isLessThan(20.0);
        }
    }
}
