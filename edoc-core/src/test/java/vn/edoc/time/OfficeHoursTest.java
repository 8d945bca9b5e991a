package vn.edoc.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.Violation;

class OfficeHoursTest {

    @Test
    void defaultsAreTheCommonTimetable() {
        assertThat(OfficeHours.defaults().periodsOn(LocalDate.of(2025, 6, 2)))
                .containsExactly(TimeRange.of(7, 30, 11, 30), TimeRange.of(13, 30, 17, 0));
        assertThat(OfficeHours.defaults().toString()).isEqualTo("07:30-11:30,13:30-17:00");
    }

    @Test
    void parsesPeriods() {
        Parsed<OfficeHours> p = OfficeHours.parse(" 7:00-11:00 , 13:00-16:30,17:00-18:00");
        assertThat(p.isValid()).isTrue();
        assertThat(p.value().basePeriods()).containsExactly(TimeRange.of(7, 0, 11, 0), TimeRange.of(13, 0, 16, 30),
                TimeRange.of(17, 0, 18, 0));
        assertThat(OfficeHours.parse("07:30-11:30,13:30-17:00").value()).isEqualTo(OfficeHours.defaults());
    }

    @Test
    void reportsEveryFaultWithItsPath() {
        Parsed<OfficeHours> p = OfficeHours.parse("07:30-11:30,abc,12:00-12:00,10:00-12:00,25:00-26:00");
        assertThat(p.isValid()).isFalse();
        List<Violation> v = p.result().violations();
        assertThat(v).extracting(Violation::code, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("EDOC-TIME-001", "periods[1]"),
                org.assertj.core.groups.Tuple.tuple("EDOC-TIME-002", "periods[2]"),
                org.assertj.core.groups.Tuple.tuple("EDOC-TIME-001", "periods[4]"),
                org.assertj.core.groups.Tuple.tuple("EDOC-TIME-003", "periods[3]"));
        assertThat(v).allMatch(x -> x.ruleId().equals("R-TIME-4"));
        assertThat(OfficeHours.parse("13:30-17:00,07:30-11:30").result().has(TimeViolation.OFFICE_PERIODS_OVERLAP))
                .isTrue();
        assertThat(OfficeHours.parse("").result().has(TimeViolation.OFFICE_HOURS_EMPTY)).isTrue();
        assertThat(OfficeHours.parse(null).result().has(TimeViolation.OFFICE_HOURS_EMPTY)).isTrue();
        assertThat(OfficeHours.parse("07:30-11:30,").result().has(TimeViolation.OFFICE_PERIOD_SYNTAX)).isTrue();
        assertThatThrownBy(() -> OfficeHours.parse("x").orThrow()).isInstanceOf(EdocRuleException.class);
    }

    @Test
    void seasonalTimetablesRepeatEveryYearAndMayWrapTheNewYear() {
        List<TimeRange> summer = List.of(TimeRange.of(7, 0, 11, 30), TimeRange.of(13, 30, 17, 30));
        List<TimeRange> winter = List.of(TimeRange.of(7, 30, 12, 0), TimeRange.of(13, 0, 17, 0));
        OfficeHours h = OfficeHours.seasonal(OfficeHours.defaults().basePeriods())
                .season(MonthDay.of(4, 15), MonthDay.of(10, 14), summer)
                .season(MonthDay.of(10, 15), MonthDay.of(4, 14), winter)
                .build();
        assertThat(h.periodsOn(LocalDate.of(2025, 4, 15))).isEqualTo(summer);
        assertThat(h.periodsOn(LocalDate.of(2031, 10, 14))).isEqualTo(summer);
        assertThat(h.periodsOn(LocalDate.of(2025, 10, 15))).isEqualTo(winter);
        assertThat(h.periodsOn(LocalDate.of(2026, 1, 1))).isEqualTo(winter);
        assertThat(h.periodsOn(LocalDate.of(2024, 2, 29))).isEqualTo(winter);

        OfficeHours partial = OfficeHours.seasonal(OfficeHours.defaults().basePeriods())
                .season(MonthDay.of(5, 1), MonthDay.of(8, 31), summer).build();
        assertThat(partial.periodsOn(LocalDate.of(2025, 4, 30))).isEqualTo(OfficeHours.defaults().basePeriods());
        assertThat(partial.periodsOn(LocalDate.of(2025, 5, 1))).isEqualTo(summer);
    }

    @Test
    void refusesOverlappingSeasonsAndBadPeriods() {
        List<TimeRange> p = List.of(TimeRange.of(8, 0, 12, 0));
        assertThatThrownBy(() -> OfficeHours.seasonal(p).season(MonthDay.of(4, 1), MonthDay.of(6, 30), p)
                .season(MonthDay.of(6, 30), MonthDay.of(9, 1), p).build())
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().has(TimeViolation.SEASONS_OVERLAP)).isTrue());
        assertThatThrownBy(() -> TimeRange.of(LocalTime.of(9, 0), LocalTime.of(9, 0)))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> OfficeHours.of(List.of(TimeRange.of(13, 0, 17, 0), TimeRange.of(8, 0, 12, 0))))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> OfficeHours.of(List.of())).isInstanceOf(EdocRuleException.class);
    }

    @Test
    void parsesSeasonsAndWritesWhatItReads() {
        String spec = "07:30-11:30,13:30-17:00;04-15..10-14=07:00-11:30,13:30-17:30;10-15..04-14=07:30-11:30,13:00-17:00";
        OfficeHours h = OfficeHours.parse(spec).orThrow();
        assertThat(h.toString()).isEqualTo(spec);
        assertThat(OfficeHours.parse(h.toString()).value()).isEqualTo(h);
        assertThat(h.periodsOn(LocalDate.of(2025, 12, 1))).containsExactly(TimeRange.of(7, 30, 11, 30),
                TimeRange.of(13, 0, 17, 0));
        assertThat(h.periodsOn(LocalDate.of(2025, 7, 1)).get(1)).isEqualTo(TimeRange.of(13, 30, 17, 30));
        assertThat(OfficeHours.parse("07:30-11:30; 05-01..08-31 = 07:00-11:00").value().periodsOn(
                LocalDate.of(2025, 5, 1))).containsExactly(TimeRange.of(7, 0, 11, 0));
    }

    @Test
    void reportsSeasonFaultsWithTheirPaths() {
        Parsed<OfficeHours> p = OfficeHours.parse("07:30-11:30;13-01..02-01=08:00-12:00;05-01..06-01=09:00-08:00;x");
        assertThat(p.result().violations()).extracting(Violation::code, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("EDOC-TIME-006", "seasons[0]"),
                org.assertj.core.groups.Tuple.tuple("EDOC-TIME-002", "seasons[1].periods[0]"),
                org.assertj.core.groups.Tuple.tuple("EDOC-TIME-006", "seasons[2]"));
        assertThat(OfficeHours.parse("07:30-11:30;01-01..06-30=08:00-12:00;06-30..12-31=08:00-12:00").result()
                .has(TimeViolation.SEASONS_OVERLAP)).isTrue();
        assertThat(OfficeHours.parse("07:30-11:30;01-01..06-30=").result().has(TimeViolation.OFFICE_HOURS_EMPTY))
                .isTrue();
        assertThatThrownBy(() -> TimeRange.of(LocalTime.of(8, 0, 0, 5), LocalTime.of(9, 0)))
                .isInstanceOf(EdocRuleException.class);
    }
}
