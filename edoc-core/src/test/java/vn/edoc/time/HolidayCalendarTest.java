package vn.edoc.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.validation.EdocRuleException;

class HolidayCalendarTest {

    private static final HolidayCalendar BUILT_IN = HolidayCalendar.builtIn();

    /** One row of the shared CSV: a holiday block and the Saturdays worked for it. */
    record Block(int year, String name, LocalDate first, LocalDate last, List<LocalDate> worked) {
    }

    static List<Block> csvBlocks() throws IOException {
        String csv;
        try (InputStream in = HolidayCalendarTest.class.getResourceAsStream("holiday-schedules-2020-2026.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Block> blocks = new ArrayList<>();
        for (String line : csv.split("\n")) {
            if (line.startsWith("year,") || line.isBlank()) {
                continue;
            }
            // year,name,first,last,compensatory,source — the name has no comma; the source is last
            String[] f = line.split(",", 6);
            List<LocalDate> worked = f[4].isEmpty() ? List.of() : List.of(LocalDate.parse(f[4]));
            blocks.add(new Block(Integer.parseInt(f[0]), f[1], LocalDate.parse(f[2]), LocalDate.parse(f[3]), worked));
        }
        return blocks;
    }

    @Test
    void everyShippedBlockIsExactlyTheAnnouncedBreak() throws IOException {
        List<Block> blocks = csvBlocks();
        assertThat(blocks).hasSize(34);
        for (Block b : blocks) {
            for (LocalDate d = b.first(); !d.isAfter(b.last()); d = d.plusDays(1)) {
                assertThat(BUILT_IN.isWorkingDay(d)).as("%s %s", b.name(), d).isFalse();
            }
            assertThat(BUILT_IN.isWorkingDay(b.first().minusDays(1))).as("day before %s", b).isTrue();
            assertThat(BUILT_IN.isWorkingDay(b.last().plusDays(1))).as("day after %s", b).isTrue();
            for (LocalDate w : b.worked()) {
                assertThat(BUILT_IN.isWorkingDay(w)).as("worked %s", w).isTrue();
                assertThat(BUILT_IN.specialDay(w)).get().extracting(CalendarDay::kind).isEqualTo(DayKind.WORKING_DAY);
            }
        }
    }

    @Test
    void tetBlocks2020To2026() {
        String[][] tet = {
            {"2020-01-23", "2020-01-29"}, {"2021-02-10", "2021-02-16"}, {"2022-01-29", "2022-02-06"},
            {"2023-01-20", "2023-01-26"}, {"2024-02-08", "2024-02-14"}, {"2025-01-25", "2025-02-02"},
            {"2026-02-14", "2026-02-22"}};
        for (String[] t : tet) {
            LocalDate first = LocalDate.parse(t[0]);
            LocalDate last = LocalDate.parse(t[1]);
            assertThat(offDaysAround(first)).as("Tết %s", first.getYear()).isEqualTo(daysBetween(first, last));
            long holidays = BUILT_IN.specialDays(first.getYear()).stream()
                    .filter(d -> d.name().equals("Tết Nguyên Đán")).filter(d -> d.kind() == DayKind.HOLIDAY).count();
            assertThat(holidays).as("five Tết days %s", first.getYear()).isEqualTo(5);
        }
    }

    @Test
    void reunificationAndNationalDayBlocks() {
        assertThat(offDaysAround(LocalDate.of(2024, 4, 30))).isEqualTo(daysBetween("2024-04-27", "2024-05-01"));
        assertThat(BUILT_IN.isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue();
        assertThat(offDaysAround(LocalDate.of(2025, 4, 30))).isEqualTo(daysBetween("2025-04-30", "2025-05-04"));
        assertThat(BUILT_IN.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(offDaysAround(LocalDate.of(2023, 4, 30))).isEqualTo(daysBetween("2023-04-29", "2023-05-03"));
        assertThat(offDaysAround(LocalDate.of(2026, 4, 26))).isEqualTo(daysBetween("2026-04-25", "2026-04-27"));
        assertThat(BUILT_IN.isWorkingDay(LocalDate.of(2026, 4, 28))).isTrue();
        assertThat(BUILT_IN.isWorkingDay(LocalDate.of(2026, 4, 29))).isTrue();
        assertThat(offDaysAround(LocalDate.of(2026, 4, 30))).isEqualTo(daysBetween("2026-04-30", "2026-05-03"));
        assertThat(offDaysAround(LocalDate.of(2021, 9, 2))).isEqualTo(daysBetween("2021-09-02", "2021-09-05"));
        assertThat(offDaysAround(LocalDate.of(2022, 9, 2))).isEqualTo(daysBetween("2022-09-01", "2022-09-04"));
        assertThat(offDaysAround(LocalDate.of(2023, 9, 2))).isEqualTo(daysBetween("2023-09-01", "2023-09-04"));
        assertThat(offDaysAround(LocalDate.of(2024, 9, 2))).isEqualTo(daysBetween("2024-08-31", "2024-09-03"));
        assertThat(offDaysAround(LocalDate.of(2025, 9, 2))).isEqualTo(daysBetween("2025-08-30", "2025-09-02"));
        assertThat(offDaysAround(LocalDate.of(2026, 9, 2))).isEqualTo(daysBetween("2026-08-29", "2026-09-02"));
        assertThat(BUILT_IN.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
        assertThat(offDaysAround(LocalDate.of(2026, 1, 1))).isEqualTo(daysBetween("2026-01-01", "2026-01-04"));
        assertThat(BUILT_IN.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
    }

    @Test
    void specialDaysOf2026InDateOrder() {
        List<String> listed = BUILT_IN.specialDays(2026).stream()
                .map(d -> d.date() + " " + d.kind().jsonName()).toList();
        assertThat(listed).containsExactly(
                "2026-01-01 holiday", "2026-01-02 day-off", "2026-01-10 working-day",
                "2026-02-16 holiday", "2026-02-17 holiday", "2026-02-18 holiday", "2026-02-19 holiday",
                "2026-02-20 holiday",
                "2026-04-26 holiday", "2026-04-27 day-off", "2026-04-30 holiday", "2026-05-01 holiday",
                "2026-08-22 working-day", "2026-08-31 day-off", "2026-09-01 holiday", "2026-09-02 holiday");
        assertThat(BUILT_IN.specialDay(LocalDate.of(2026, 4, 26))).get()
                .isEqualTo(new CalendarDay(LocalDate.of(2026, 4, 26), "Giỗ Tổ Hùng Vương", DayKind.HOLIDAY));
    }

    @Test
    void elevenLegalHolidaysAYearSince2021AndTenBefore() {
        for (int y = 2020; y <= 2026; y++) {
            long holidays = BUILT_IN.specialDays(y).stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
            assertThat(holidays).as("holidays in %s", y).isEqualTo(y >= 2021 ? 11 : 10);
            assertThat(BUILT_IN.specialDays(y)).isSortedAccordingTo(java.util.Comparator.comparing(CalendarDay::date));
        }
    }

    @Test
    void carryOverOfHolidaysOnAWeekendByTheRules() {
        HolidayCalendar law = HolidayCalendar.lawOnly();
        // 2023: New Year on a Sunday; Hùng Kings on Saturday 29/4, then 30/4 Sunday, 1/5 Monday; 2/9 on a Saturday
        assertThat(law.specialDay(LocalDate.of(2023, 1, 2))).get()
                .isEqualTo(new CalendarDay(LocalDate.of(2023, 1, 2), "Nghỉ bù Tết Dương lịch", DayKind.DAY_OFF));
        assertThat(law.specialDay(LocalDate.of(2023, 5, 2))).get().extracting(CalendarDay::name)
                .isEqualTo("Nghỉ bù Giỗ Tổ Hùng Vương");
        assertThat(law.specialDay(LocalDate.of(2023, 5, 3))).get().extracting(CalendarDay::name)
                .isEqualTo("Nghỉ bù Ngày Chiến thắng");
        assertThat(law.isWorkingDay(LocalDate.of(2023, 5, 4))).isTrue();
        assertThat(law.specialDay(LocalDate.of(2023, 9, 1))).get().extracting(CalendarDay::kind)
                .isEqualTo(DayKind.HOLIDAY);
        assertThat(law.specialDay(LocalDate.of(2023, 9, 4))).get().extracting(CalendarDay::kind)
                .isEqualTo(DayKind.DAY_OFF);
        // 2022: 30/4 and 1/5 on the weekend give Monday and Tuesday
        assertThat(law.isWorkingDay(LocalDate.of(2022, 5, 2))).isFalse();
        assertThat(law.isWorkingDay(LocalDate.of(2022, 5, 3))).isFalse();
        assertThat(law.isWorkingDay(LocalDate.of(2022, 5, 4))).isTrue();
        // 2026: Hùng Kings on a Sunday gives Monday 27/4
        assertThat(law.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
    }

    @Test
    void theLunarRulesFindTheAnnouncedTetAndHungKingsDays() {
        HolidayCalendar law = HolidayCalendar.lawOnly();
        String[] hungKings = {"2020-04-02", "2021-04-21", "2022-04-10", "2023-04-29", "2024-04-18", "2025-04-07",
            "2026-04-26"};
        for (String d : hungKings) {
            LocalDate day = LocalDate.parse(d);
            assertThat(law.specialDay(day)).as(d).get().extracting(CalendarDay::name).isEqualTo("Giỗ Tổ Hùng Vương");
            assertThat(BUILT_IN.specialDay(day)).as(d).get().extracting(CalendarDay::name).isEqualTo("Giỗ Tổ Hùng Vương");
        }
        // the first day of Tết is inside every announced Tết break
        String[] tet = {"2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10", "2025-01-29",
            "2026-02-17"};
        for (String d : tet) {
            LocalDate day = LocalDate.parse(d);
            assertThat(law.specialDay(day)).as(d).get().extracting(CalendarDay::name).isEqualTo("Tết Nguyên Đán");
            assertThat(BUILT_IN.isWorkingDay(day.minusDays(1))).as(d).isFalse();
            assertThat(BUILT_IN.isWorkingDay(day.plusDays(3))).as(d).isFalse();
        }
    }

    @Test
    void theRulesAloneGiveThe2022Schedule() {
        HolidayCalendar law = HolidayCalendar.lawOnly();
        for (LocalDate d = LocalDate.of(2022, 1, 1); d.getYear() == 2022; d = d.plusDays(1)) {
            assertThat(law.isWorkingDay(d)).as("%s", d).isEqualTo(BUILT_IN.isWorkingDay(d));
        }
    }

    @Test
    void nationalDayAdjacentDayRuleMatchesEveryDecisionFrom2021() {
        HolidayCalendar law = HolidayCalendar.lawOnly();
        assertThat(law.specialDay(LocalDate.of(2021, 9, 3))).isPresent();
        assertThat(law.specialDay(LocalDate.of(2022, 9, 1))).isPresent();
        assertThat(law.specialDay(LocalDate.of(2023, 9, 1))).isPresent();
        assertThat(law.specialDay(LocalDate.of(2024, 9, 3))).isPresent();
        assertThat(law.specialDay(LocalDate.of(2025, 9, 1))).isPresent();
        assertThat(law.specialDay(LocalDate.of(2026, 9, 1))).isPresent();
        assertThat(law.specialDay(LocalDate.of(2020, 9, 1))).isEmpty();
        assertThat(law.specialDay(LocalDate.of(2020, 9, 3))).isEmpty();
    }

    @Test
    void anAnnouncedBreakReplacesTheComputedOne() {
        HolidayCalendar law = HolidayCalendar.lawOnly();
        // by the rules alone Tết 2025 is 28/1 to 1/2 and Saturday 1/2 is carried over to Monday 3/2
        assertThat(law.isWorkingDay(LocalDate.of(2025, 1, 27))).isTrue();
        assertThat(law.isWorkingDay(LocalDate.of(2025, 2, 3))).isFalse();
        HolidayCalendar announced = law.with(HolidaySource.of(List.of(new ScheduleEntry(LocalDate.of(2025, 1, 27),
                LocalDate.of(2025, 1, 31), "Tết Nguyên Đán", DayKind.HOLIDAY, "Công văn 8726/VPCP-KGVX"))));
        assertThat(announced.isWorkingDay(LocalDate.of(2025, 1, 27))).isFalse();
        assertThat(announced.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
        // an announced swap next to a holiday keeps the computed holiday
        HolidayCalendar swap = law.with(HolidaySource.of(List.of(
                ScheduleEntry.of(LocalDate.of(2025, 5, 2), "Nghỉ hoán đổi", DayKind.DAY_OFF, ""),
                ScheduleEntry.of(LocalDate.of(2025, 4, 26), "Làm bù", DayKind.WORKING_DAY, ""))));
        assertThat(swap.isWorkingDay(LocalDate.of(2025, 4, 30))).isFalse();
        assertThat(swap.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        assertThat(swap.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
    }

    @Test
    void laterSourcesWin() {
        LocalDate friday = LocalDate.of(2025, 3, 14);
        HolidaySource off = HolidaySource.of(List.of(ScheduleEntry.of(friday, "Nghỉ", DayKind.DAY_OFF, "a")));
        HolidaySource work = HolidaySource.of(List.of(ScheduleEntry.of(friday, "Làm", DayKind.WORKING_DAY, "b")));
        assertThat(BUILT_IN.with(off).isWorkingDay(friday)).isFalse();
        assertThat(BUILT_IN.with(off).with(work).isWorkingDay(friday)).isTrue();
        assertThat(HolidayCalendar.of(work, off).isWorkingDay(friday)).isFalse();
        // a working-day entry on a weekday is an ordinary day: not listed
        assertThat(BUILT_IN.with(work).specialDay(friday)).isEmpty();
        // the built-in calendar is not changed
        assertThat(BUILT_IN.isWorkingDay(friday)).isTrue();
        // a user's working day cancels a shipped holiday
        LocalDate hungKings2025 = LocalDate.of(2025, 4, 7);
        assertThat(BUILT_IN.with(HolidaySource.of(List.of(
                ScheduleEntry.of(hungKings2025, "Làm", DayKind.WORKING_DAY, "")))).isWorkingDay(hungKings2025)).isTrue();
    }

    @Test
    void ordinaryWeekendsAreNeverListed() {
        for (int y = 2020; y <= 2026; y++) {
            for (CalendarDay d : BUILT_IN.specialDays(y)) {
                boolean weekend = d.date().getDayOfWeek() == DayOfWeek.SATURDAY
                        || d.date().getDayOfWeek() == DayOfWeek.SUNDAY;
                if (weekend) {
                    assertThat(d.kind()).as("%s", d).isIn(DayKind.HOLIDAY, DayKind.WORKING_DAY);
                } else {
                    assertThat(d.kind()).as("%s", d).isIn(DayKind.HOLIDAY, DayKind.DAY_OFF);
                }
            }
        }
    }

    @Test
    void refusesYearsOutsideTheRange() {
        assertThatThrownBy(() -> BUILT_IN.isWorkingDay(LocalDate.of(2012, 12, 31)))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().has(TimeViolation.YEAR_OUT_OF_RANGE))
                        .isTrue());
        assertThatThrownBy(() -> BUILT_IN.specialDays(2101)).isInstanceOf(EdocRuleException.class);
        assertThat(BUILT_IN.specialDays(2013)).isNotEmpty();
        assertThat(BUILT_IN.specialDays(2100)).isNotEmpty();
    }

    private static List<LocalDate> offDaysAround(LocalDate day) {
        LocalDate first = day;
        while (!BUILT_IN.isWorkingDay(first.minusDays(1))) {
            first = first.minusDays(1);
        }
        LocalDate last = day;
        while (!BUILT_IN.isWorkingDay(last.plusDays(1))) {
            last = last.plusDays(1);
        }
        return daysBetween(first, last);
    }

    private static List<LocalDate> daysBetween(String first, String last) {
        return daysBetween(LocalDate.parse(first), LocalDate.parse(last));
    }

    private static List<LocalDate> daysBetween(LocalDate first, LocalDate last) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }
}
