package vn.edoc.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.Violation;

class JsonHolidaySourceTest {

    @Test
    void theShippedSchedulesCover2020To2026WithTheirSources() {
        JsonHolidaySource s = JsonHolidaySource.shipped();
        assertThat(s.years()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(s.entries()).allSatisfy(e -> assertThat(e.source()).isNotBlank());
        assertThat(s.scheduleFor(2019)).isEmpty();
        assertThat(s.scheduleFor(2026).orElseThrow().entries())
                .anySatisfy(e -> {
                    assertThat(e.first()).isEqualTo(LocalDate.of(2026, 8, 22));
                    assertThat(e.kind()).isEqualTo(DayKind.WORKING_DAY);
                    assertThat(e.source()).contains("9441/TB-BNV");
                });
    }

    @Test
    void readsTheDocumentedExample() {
        String json = """
                {
                  "format": "edoc-holiday-schedule/1",
                  "entries": [
                    {"first": "2026-09-01", "last": "2026-09-02", "kind": "holiday", "name": "Quốc khánh",
                     "source": "Thông báo 9441/TB-BNV ngày 16/10/2025"},
                    {"date": "2026-08-31", "kind": "day-off", "name": "Nghỉ hoán đổi dịp Quốc khánh",
                     "source": "Thông báo 9441/TB-BNV ngày 16/10/2025"},
                    {"date": "2026-08-22", "kind": "working-day", "name": "Làm bù cho thứ Hai 31/8/2026",
                     "source": "Thông báo 9441/TB-BNV ngày 16/10/2025"}
                  ]
                }
                """;
        Parsed<JsonHolidaySource> p = JsonHolidaySource.parse(json);
        assertThat(p.isValid()).isTrue();
        HolidayCalendar c = HolidayCalendar.lawOnly().with(p.value());
        assertThat(c.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
        assertThat(c.specialDay(LocalDate.of(2026, 8, 22)).orElseThrow().name()).isEqualTo("Làm bù cho thứ Hai 31/8/2026");
    }

    @Test
    void reportsEveryFaultWithItsPath() {
        String json = """
                {"entries": [
                  {"date": "2026-13-01", "kind": "holiday", "name": "x"},
                  {"first": "2026-05-10", "last": "2026-05-01", "kind": "day-off", "name": "y"},
                  {"date": "2026-06-01", "kind": "vacation", "name": ""},
                  {"date": "2026-07-01", "kind": "holiday", "name": "z"},
                  {"first": "2026-07-01", "last": "2026-07-02", "kind": "holiday", "name": "dup"},
                  {"date": "2200-01-01", "kind": "holiday", "name": "far"},
                  "text",
                  {"date": "2026-08-01", "kind": "holiday", "name": "ok", "source": 5},
                  {"date": "2026-09-09", "kind": "holiday", "name": "t", "nmae": "typo"}
                ], "extra": 1}
                """;
        Parsed<JsonHolidaySource> p = JsonHolidaySource.parse(json);
        assertThat(p.isValid()).isFalse();
        assertThat(p.result().violations()).extracting(Violation::path).contains(
                "extra", "entries[0].date", "entries[1]", "entries[2].kind", "entries[2].name", "entries[8].nmae",
                "entries[4]", "entries[5]", "entries[6]", "entries[7].source");
        assertThat(p.result().has(TimeViolation.SCHEDULE_OVERLAP)).isTrue();
        assertThat(p.result().has(TimeViolation.SCHEDULE_RANGE_INVALID)).isTrue();
        assertThat(p.result().has(TimeViolation.YEAR_OUT_OF_RANGE)).isTrue();
        assertThat(p.result().has(TimeViolation.SCHEDULE_UNKNOWN_MEMBER)).isTrue();
        assertThat(p.result().violations()).allSatisfy(v -> assertThat(v.code()).startsWith("EDOC-TIME-0"));
    }

    @Test
    void refusesMalformedJsonWithoutThrowing() {
        assertThat(JsonHolidaySource.parse("{\"entries\": [").result().has(TimeViolation.SCHEDULE_MALFORMED)).isTrue();
        assertThat(JsonHolidaySource.parse("[]").isValid()).isFalse();
        assertThat(JsonHolidaySource.parse("{}").result().has(TimeViolation.SCHEDULE_FIELD_MISSING)).isTrue();
        assertThat(JsonHolidaySource.parse(null).isValid()).isFalse();
        assertThat(JsonHolidaySource.parse("{\"format\": \"v2\", \"entries\": []}").result()
                .has(TimeViolation.SCHEDULE_FIELD_INVALID)).isTrue();
        assertThat(JsonHolidaySource.parse("{\"entries\": [{\"first\": \"2026-01-01\", \"last\": \"2026-03-01\","
                + " \"kind\": \"day-off\", \"name\": \"long\"}]}").result().has(TimeViolation.SCHEDULE_RANGE_INVALID))
                .isTrue();
        assertThat(JsonHolidaySource.parse("{\"entries\": []}").isValid()).isTrue();
    }

    @Property(tries = 300)
    void anyTextGivesAResultNeverAnException(@ForAll String text) {
        Parsed<JsonHolidaySource> p = JsonHolidaySource.parse(text);
        assertThat(p.isValid() || !p.result().isValid()).isTrue();
        Parsed<JsonHolidaySource> wrapped = JsonHolidaySource.parse("{\"entries\": [{\"date\": \""
                + text.replace("\\", "").replace("\"", "") + "\", \"kind\": \"holiday\", \"name\": \"n\"}]}");
        assertThat(wrapped.isValid() || !wrapped.result().isValid()).isTrue();
    }
}
