package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class CalendarCommandTest {

    @Test
    void tetAtTay2025() {
        CliRun run = CliRun.of("calendar", "lunar", "2025-01-29");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(
                "{\"solar\":\"2025-01-29\",\"lunarYear\":2025,\"lunarMonth\":1,\"lunarDay\":1,\"leapMonth\":false}\n");
    }

    @Test
    void leapSixthMonthOf2025() {
        JsonNode json = CliRun.of("calendar", "lunar", "2025-07-25").json();
        assertThat(json.path("lunarMonth").asInt()).isEqualTo(6);
        assertThat(json.path("lunarDay").asInt()).isEqualTo(1);
        assertThat(json.path("leapMonth").asBoolean()).isTrue();
    }

    @Test
    void dateOutsideTheCalendarIsANegativeAnswer() {
        CliRun run = CliRun.of("calendar", "lunar", "1700-01-01");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.codes()).containsExactly("EDOC-TIME-101");
        assertThat(run.json().path("lunarYear").isNull()).isTrue();
    }

    @Test
    void malformedDateIsAUsageError() {
        CliRun run = CliRun.of("calendar", "lunar", "2025-02-30");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.json().path("violations").isEmpty()).isTrue(); // the contract's {"error","violations":[]}
        assertThat(run.err()).contains("2025-02-30");
        run.noStackTrace();
    }

    @Test
    void solarOfLunarNewYearAndOfALeapMonth() {
        assertThat(CliRun.of("calendar", "solar", "2025", "1", "1").out()).isEqualTo("{\"solar\":\"2025-01-29\"}\n");
        CliRun leap = CliRun.of("calendar", "solar", "2025", "6", "1", "--leap");
        assertThat(leap.exit()).isZero();
        assertThat(leap.json().path("solar").asText()).isEqualTo("2025-07-25");
    }

    @Test
    void nonexistentLunarDateIsANegativeAnswer() {
        CliRun run = CliRun.of("calendar", "solar", "2025", "5", "1", "--leap");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().path("solar").isNull()).isTrue();
        assertThat(run.codes()).containsExactly("EDOC-TIME-102");
        CliRun month13 = CliRun.of("calendar", "solar", "2025", "13", "1");
        assertThat(month13.exit()).isEqualTo(1);
        assertThat(month13.codes()).containsExactly("EDOC-TIME-102");
        run.noStackTrace();
    }

    @Test
    void nonNumericLunarYearIsAUsageError() {
        assertThat(CliRun.of("calendar", "solar", "x", "1", "1").exit()).isEqualTo(2);
    }
}
