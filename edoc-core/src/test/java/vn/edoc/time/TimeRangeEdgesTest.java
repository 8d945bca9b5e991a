package vn.edoc.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import vn.edoc.document.Urgency;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Violation;

/** Issue 11: the edges of the time range are a refusal naming the year given, never an internal error. */
class TimeRangeEdgesTest {

    private final WorkingTime time = WorkingTime.defaults();

    @Test
    void theYearOfAnyEpochDayIsTheYearOfTheDay() {
        assertThat(WorkingTime.yearOfEpochDay(LocalDate.MAX.toEpochDay())).isEqualTo(999_999_999);
        assertThat(WorkingTime.yearOfEpochDay(LocalDate.MIN.toEpochDay())).isEqualTo(-999_999_999);
        assertThat(WorkingTime.yearOfEpochDay(LocalDate.MAX.toEpochDay() + 1)).isEqualTo(1_000_000_000);
        assertThat(WorkingTime.yearOfEpochDay(0)).isEqualTo(1970);
    }

    @Test
    void anInstantInYear999999999IsRefusedNamingThatYear() {
        Instant late = LocalDate.of(999_999_999, 12, 31).atStartOfDay().toInstant(ZoneOffset.ofHours(7));
        EdocRuleException e = catchThrowableOfType(() -> TimeRules.defaults().effectiveReceipt(late),
                EdocRuleException.class);
        assertThat(e.violations()).extracting(Violation::code).containsExactly("EDOC-TIME-020");
        assertThat(e.violations().get(0).messageEn()).contains("Year 999999999 ");
        EdocRuleException max = catchThrowableOfType(() -> time.nextOfficeStart(Instant.MAX), EdocRuleException.class);
        assertThat(max.violations().get(0).messageEn()).contains("Year 1000000001 ");
        EdocRuleException min = catchThrowableOfType(() -> time.isOfficeTime(Instant.MIN), EdocRuleException.class);
        assertThat(min.violations().get(0).messageEn()).contains("Year -1000000000 ");
    }

    @Property(tries = 300)
    void everyInstantIsAnsweredOrRefusedWithItsYear(
            @ForAll @LongRange(min = -31557014167219200L, max = 31556889864403199L) long second) {
        Instant instant = Instant.ofEpochSecond(second);
        try {
            TimeRules.defaults().handlingDeadline(instant, Urgency.NORMAL);
            time.addOfficeHours(instant, Duration.ofHours(2));
        } catch (EdocRuleException e) {
            assertThat(e.violations()).extracting(Violation::code).containsOnly("EDOC-TIME-020");
            int year = WorkingTime.yearOfEpochDay(Math.floorDiv(second + 7 * 3600, 86_400L));
            assertThat(e.violations().get(0).messageEn()).containsAnyOf("Year " + year + " ", "Year " + (year + 1) + " ");
        }
    }

    @Test
    void aScheduleThatIsNotUtf8IsANegativeAnswerWithTheTextCheck() {
        byte[] latin1 = "{\"entries\":[{\"date\":\"2026-09-01\",\"kind\":\"holiday\",\"name\":\"Quốc khánh\"}]}"
                .replace("ố", "\u00f4").getBytes(StandardCharsets.ISO_8859_1);
        var parsed = JsonHolidaySource.parseUtf8(latin1);
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.result().errors()).extracting(Violation::code).contains("EDOC-TIME-010", "EDOC-TXT-001");
        assertThat(JsonHolidaySource.parseUtf8("{\"entries\":[]}".getBytes(StandardCharsets.UTF_8)).isValid()).isTrue();
    }
}
