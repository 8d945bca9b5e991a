package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Issue 11: the numeric and date arguments of the time and calendar commands, generated. Every answer is exit 0, 1
 * or 2 with one JSON object on stdout (never 3, an internal error); digits other than ASCII are a usage error; a year
 * the calendar does not cover is refused naming that year; numbers cheap to write are answered at once.
 */
class ArgumentProperties {

    /** The digits of other scripts that {@code Integer.parseInt} would take. */
    private static final char[][] OTHER_DIGITS = {
        "٠١٢٣٤٥٦٧٨٩".toCharArray(), "０１２３４５６７８９".toCharArray(), "०१२३४५६७८९".toCharArray()};

    private static void answered(CliRun run) {
        assertThat(run.exit()).as("%s", run).isBetween(0, 2);
        run.json();
        run.noStackTrace();
    }

    private static String foreign(String ascii, int script) {
        StringBuilder b = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? OTHER_DIGITS[script][c - '0'] : c);
        }
        return b.toString();
    }

    @Property(tries = 60)
    void digitsOfOtherScriptsAreAUsageErrorEverywhere(@ForAll @IntRange(min = 0, max = 9999) int n,
                                                      @ForAll @IntRange(min = 0, max = 2) int script) {
        String number = foreign(Integer.toString(n), script);
        assertThat(CliRun.of("time", "add-working-days", "2025-01-02", number).exit()).isEqualTo(2);
        assertThat(CliRun.of("calendar", "solar", number, "1", "1").exit()).isEqualTo(2);
        assertThat(CliRun.of("calendar", "holidays", number).exit()).isEqualTo(2);
        assertThat(CliRun.of("time", "add-office-hours", "2025-01-02T08:00", number).exit()).isEqualTo(2);
        assertThat(CliRun.of("calendar", "lunar", foreign("2025-01-02", script)).exit()).isEqualTo(2);
        assertThat(CliRun.of("time", "receipt", foreign("2025-01-24T18:05:00+07:00", script)).exit()).isEqualTo(2);
    }

    @Property(tries = 80)
    void workingDaysOfAnyIntAreAnsweredOrRefused(@ForAll("dates") String date, @ForAll int days) {
        CliRun run = CliRun.of("time", "add-working-days", date, Integer.toString(days));
        answered(run);
    }

    @Property(tries = 80)
    void lunarDatesOfAnyIntAreAnsweredOrRefused(@ForAll int year, @ForAll @IntRange(min = -1, max = 14) int month,
                                                @ForAll @IntRange(min = -1, max = 32) int day) {
        CliRun run = CliRun.of("calendar", "solar", "--", Integer.toString(year), Integer.toString(month),
                Integer.toString(day));
        answered(run);
        if (run.exit() == 1 && (year < 1900 || year > 2200)) {
            assertThat(run.out()).contains(Integer.toString(year));
        }
    }

    @Property(tries = 80)
    void anyYearOfHolidaysIsAnsweredNamingTheYear(@ForAll int year) {
        CliRun run = CliRun.of("calendar", "holidays", "--", Integer.toString(year));
        answered(run);
        if (run.exit() == 1) {
            assertThat(run.json().path("violations").get(0).path("message").asText()).contains("Year " + year + " ");
        }
    }

    /** Instants anywhere in the ISO range, with any offset: answered, or refused naming the year given. */
    @Property(tries = 70)
    void instantsAtTheEdgesOfTimeAreNeverAnInternalError(@ForAll("instants") String instant) {
        CliRun run = CliRun.of("time", "receipt", "--", instant);
        answered(run);
        if (run.exit() == 1) {
            String message = run.json().path("violations").get(0).path("message").asText();
            assertThat(message).startsWith("Year ");
        }
        if (run.exit() == 2) {
            assertThat(run.json().path("error").asText()).contains("year");
        }
        answered(CliRun.of("time", "handling-deadline", "--", instant));
        answered(CliRun.of("time", "add-office-hours", "--", instant, "1.5"));
    }

    @Property(tries = 60)
    void hoursAreBoundedBeforeAnyArithmetic(@ForAll("hours") String hours) {
        answered(CliRun.of("time", "add-office-hours", "2025-01-02T08:00", "--", hours));
    }

    @Example
    void numbersCheapToWriteAreRefusedAtOnce() {
        for (String hours : new String[] {"1e-100000000", "1e-30000000", "1E9", "0x10", "1,5", "١٫٥", "1.5e0"}) {
            CliRun run = CliRun.of("time", "add-office-hours", "2025-01-02T08:00", hours);
            assertThat(run.exit()).as(hours).isEqualTo(2);
            assertThat(run.json().path("error").asText()).contains("is not a number of hours");
        }
        assertThat(CliRun.of("time", "add-office-hours", "2025-01-02T08:00", "1.5").json().path("instant").asText())
                .isEqualTo("2025-01-02T09:30:00+07:00");
    }

    @Example
    void theYearOfTheIssueIsNamed() {
        CliRun run = CliRun.of("time", "receipt", "--", "+999999999-12-31T23:00:00+07:00");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.json().path("violations").get(0).path("message").asText()).startsWith("Year 999999999 ");
        CliRun beyond = CliRun.of("time", "receipt", "--", "+999999999-12-31T23:59:59-18:00");
        assertThat(beyond.exit()).isEqualTo(2);
        assertThat(beyond.json().path("error").asText()).contains("year 999999999");
        CliRun early = CliRun.of("time", "issue-deadline", "--", "-999999999-01-01T00:00:00+07:00");
        assertThat(early.exit()).isEqualTo(1);
        assertThat(early.json().path("violations").get(0).path("message").asText()).startsWith("Year -999999999 ");
    }

    @Provide
    Arbitrary<String> dates() {
        return Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                .map(d -> Converters.format(LocalDate.ofEpochDay(d)));
    }

    @Provide
    Arbitrary<String> instants() {
        Arbitrary<Long> days = Arbitraries.oneOf(
                Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()),
                Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MIN.toEpochDay() + 2),
                Arbitraries.longs().between(LocalDate.MAX.toEpochDay() - 2, LocalDate.MAX.toEpochDay()),
                Arbitraries.longs().between(LocalDate.of(2012, 12, 25).toEpochDay(), LocalDate.of(2101, 1, 5)
                        .toEpochDay()));
        return Combinators.combine(days, Arbitraries.integers().between(0, 86_399),
                        Arbitraries.integers().between(-18, 18))
                .as((d, s, h) -> LocalDate.ofEpochDay(d).atStartOfDay().plusSeconds(s)
                        .atOffset(ZoneOffset.ofHours(h)).toString());
    }

    @Provide
    Arbitrary<String> hours() {
        Arbitrary<String> plain = Combinators.combine(Arbitraries.of("", "-", "+"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().numeric().ofMaxLength(12))
                .as((sign, whole, frac) -> sign + whole + (frac.isEmpty() ? "" : "." + frac));
        Arbitrary<String> exponent = Combinators.combine(Arbitraries.integers().between(1, 9),
                Arbitraries.of("e", "E", "e-", "e+"), Arbitraries.longs().between(0, 999_999_999L))
                .as((m, e, x) -> m + e + x);
        return Arbitraries.oneOf(plain, exponent);
    }
}
