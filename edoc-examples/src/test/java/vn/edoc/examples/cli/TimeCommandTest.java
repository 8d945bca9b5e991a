package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The time commands on the Friday evening before Tết 2025 (break from Saturday 25/1 to Sunday 2/2). */
class TimeCommandTest {

    private static final String FRIDAY_EVENING = "2025-01-24T18:05:00+07:00";

    @TempDir
    Path dir;

    private String schedule(String json) throws Exception {
        Path p = dir.resolve("schedule.json");
        Files.writeString(p, json, StandardCharsets.UTF_8);
        return p.toString();
    }

    @Test
    void receiptAfterOfficeHoursCountsFromTheNextOfficeStartAfterTet() {
        CliRun run = CliRun.of("time", "receipt", FRIDAY_EVENING);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(
                "{\"received\":\"2025-01-24T18:05:00+07:00\",\"effective\":\"2025-02-03T07:30:00+07:00\"}\n");
    }

    @Test
    void instantsWithoutOffsetAreVietnamTimeAndUtcIsConverted() {
        JsonNode local = CliRun.of("time", "receipt", "2025-01-24T18:05").json();
        JsonNode utc = CliRun.of("time", "receipt", "2025-01-24T11:05:00Z").json();
        assertThat(local.path("received").asText()).isEqualTo(FRIDAY_EVENING);
        assertThat(utc.path("received").asText()).isEqualTo(FRIDAY_EVENING);
        assertThat(utc.path("effective").asText()).isEqualTo("2025-02-03T07:30:00+07:00");
    }

    @Test
    void receiptInsideOfficeHoursIsTheInstantItself() {
        JsonNode json = CliRun.of("time", "receipt", "2025-01-24T09:00:00+07:00").json();
        assertThat(json.path("effective").asText()).isEqualTo("2025-01-24T09:00:00+07:00");
    }

    @Test
    void officeHoursOptionChangesTheStart() {
        JsonNode json = CliRun.of("time", "receipt", FRIDAY_EVENING, "--office-hours", "08:00-12:00,13:00-17:00")
                .json();
        assertThat(json.path("effective").asText()).isEqualTo("2025-02-03T08:00:00+07:00");
    }

    @Test
    void malformedOfficeHoursIsAUsageError() {
        CliRun run = CliRun.of("time", "receipt", FRIDAY_EVENING, "--office-hours", "8-12");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--office-hours").contains("8-12");
        assertThat(run.json().path("violations").isEmpty()).isTrue(); // the contract's {"error","violations":[]}
    }

    @Test
    void workingDaysSkipTheTetBreakBothWays() {
        assertThat(CliRun.of("time", "add-working-days", "2025-01-24", "1").out()).isEqualTo("{\"date\":\"2025-02-03\"}\n");
        assertThat(CliRun.of("time", "add-working-days", "2025-02-03", "-1").json().path("date").asText())
                .isEqualTo("2025-01-24");
    }

    @Test
    void fractionalOfficeHours() {
        JsonNode json = CliRun.of("time", "add-office-hours", "2025-01-24T16:30:00+07:00", "1.5").json();
        assertThat(json.path("instant").asText()).isEqualTo("2025-02-03T08:30:00+07:00");
    }

    @Test
    void negativeOfficeHoursAreRefused() {
        CliRun run = CliRun.of("time", "add-office-hours", FRIDAY_EVENING, "-1");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().path("instant").isNull()).isTrue();
        assertThat(run.codes()).containsExactly("EDOC-TIME-021");
    }

    @Test
    void issueDeadlineIsTheEndOfTheNextWorkingMorning() {
        CliRun run = CliRun.of("time", "issue-deadline", FRIDAY_EVENING);
        assertThat(run.out()).isEqualTo("{\"deadline\":\"2025-02-03T11:30:00+07:00\"}\n");
    }

    @Test
    void handlingDeadlineByUrgency() {
        assertThat(CliRun.of("time", "handling-deadline", FRIDAY_EVENING).json().path("deadline").asText())
                .isEqualTo("2025-02-03T09:30:00+07:00");
        CliRun fire = CliRun.of("time", "handling-deadline", FRIDAY_EVENING, "--urgency", "hoa-toc");
        assertThat(fire.exit()).isZero();
        assertThat(fire.json().path("deadline").asText()).isEqualTo("2025-01-24T18:35:00+07:00");
    }

    @Test
    void unknownUrgencyIsAUsageError() {
        CliRun run = CliRun.of("time", "handling-deadline", FRIDAY_EVENING, "--urgency", "soon");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--urgency");
    }

    @Test
    void malformedInstantIsAUsageError() {
        CliRun run = CliRun.of("time", "receipt", "yesterday");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("ISO 8601");
        run.noStackTrace();
    }

    @Test
    void yearOutsideTheWorkingCalendarIsANegativeAnswer() {
        CliRun run = CliRun.of("time", "receipt", "1990-01-24T18:05:00+07:00");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().path("effective").isNull()).isTrue();
        assertThat(run.codes()).containsExactly("EDOC-TIME-020");
    }

    @Test
    void scheduleFileAddsADayOff() throws Exception {
        String file = schedule("{\"format\": \"edoc-holiday-schedule/1\", \"entries\": ["
                + "{\"date\": \"2025-02-03\", \"kind\": \"day-off\", \"name\": \"Nghỉ thêm (thử)\"}]}");
        JsonNode json = CliRun.of("time", "receipt", FRIDAY_EVENING, "--schedule", file).json();
        assertThat(json.path("effective").asText()).isEqualTo("2025-02-04T07:30:00+07:00");
        JsonNode days = CliRun.of("calendar", "holidays", "2025", "--schedule", file).json().path("days");
        assertThat(days.toString()).contains("{\"date\":\"2025-02-03\",\"name\":\"Nghỉ thêm (thử)\",\"kind\":\"day-off\"}");
    }

    @Test
    void invalidScheduleFileIsANegativeAnswerWithItsViolations() throws Exception {
        String file = schedule("{\"entries\": [{\"date\": \"2025-02-03\", \"kind\": \"nap\", \"name\": \"x\"}]}");
        CliRun run = CliRun.of("time", "receipt", FRIDAY_EVENING, "--schedule", file);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().path("error").asText()).contains("schedule");
        assertThat(run.json().path("violations").get(0).path("path").asText()).contains("entries[0]");
        run.noStackTrace();
    }

    @Test
    void missingScheduleFileIsAnIoError() {
        CliRun run = CliRun.of("calendar", "holidays", "2025", "--schedule", dir.resolve("none.json").toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.json().path("error").asText()).contains("none.json");
    }

    @Test
    void holidaysOf2025() {
        CliRun run = CliRun.of("calendar", "holidays", "2025");
        assertThat(run.exit()).isZero();
        JsonNode json = run.json();
        assertThat(json.path("year").asInt()).isEqualTo(2025);
        assertThat(json.path("days").toString())
                .contains("{\"date\":\"2025-01-29\",\"name\":\"Tết Nguyên Đán\",\"kind\":\"holiday\"}")
                .contains("\"kind\":\"working-day\"")
                .contains("\"kind\":\"day-off\"");
    }

    @Test
    void holidaysOutsideTheSupportedYearsAreANegativeAnswer() {
        CliRun run = CliRun.of("calendar", "holidays", "1990");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().path("days").isNull()).isTrue();
        assertThat(run.codes()).containsExactly("EDOC-TIME-020");
    }
}
