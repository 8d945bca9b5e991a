package vn.edoc.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import vn.edoc.validation.Violation;

/** Issue 11: a draft dated in year −999,999,999 with a reply deadline in +999,999,999 validated. */
class DatePlausibilityTest {

    private final DocumentValidator validator = Fixtures.validator();

    private static Document draft(LocalDate issued, LocalDate deadline) {
        return Document.builder()
                .direction(Direction.OUTGOING)
                .type(DocumentType.CONG_VAN)
                .subject("V/v góp ý dự thảo kế hoạch")
                .issuer(Fixtures.PROVINCE, "Ủy ban nhân dân tỉnh Lạng Sơn")
                .issueDate(issued)
                .reply(new ReplyRequirement(Optional.ofNullable(deadline)))
                .build();
    }

    @Test
    void theHostileDraftOfTheIssueIsRefusedWithTheRuleOfEachDate() {
        var result = validator.validate(draft(LocalDate.MIN, LocalDate.MAX));
        assertThat(result.errors()).extracting(Violation::code, Violation::ruleId, Violation::path)
                .contains(org.assertj.core.groups.Tuple.tuple("EDOC-DOC-017", "R-FMT-5", "issueDate"),
                        org.assertj.core.groups.Tuple.tuple("EDOC-DOC-018", "R-OUT-4", "reply.deadline"));
        assertThat(result.errors().stream().filter(v -> v.code().equals("EDOC-DOC-017")).findFirst().orElseThrow()
                .messageEn()).contains("-999999999-01-01", "1945-09-02");
    }

    @Test
    void theEdgesOfTheDefaultRangeAreInside() {
        // the fixtures' clock says 2025-03-01 in Vietnam
        assertThat(validator.validate(draft(LocalDate.of(1945, 9, 2), LocalDate.of(2030, 3, 1))).violations())
                .isEmpty();
        assertThat(validator.validate(draft(LocalDate.of(1945, 9, 1), null)).errors()).extracting(Violation::code)
                .contains("EDOC-DOC-017");
        assertThat(validator.validate(draft(LocalDate.of(2025, 1, 2), LocalDate.of(2030, 3, 2))).errors())
                .extracting(Violation::code).containsExactly("EDOC-DOC-018");
    }

    @Test
    void theRangeIsConfigurable() {
        DocumentValidator strict = DocumentValidator.builder(Fixtures.CLOCK)
                .datePlausibility(new DatePlausibility(LocalDate.of(2020, 1, 1), Period.ofMonths(6))).build();
        assertThat(strict.validate(draft(LocalDate.of(2019, 12, 31), null)).errors()).extracting(Violation::code)
                .contains("EDOC-DOC-017");
        assertThat(strict.validate(draft(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 9, 2))).errors())
                .extracting(Violation::code).containsExactly("EDOC-DOC-018");
        assertThat(strict.validate(draft(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 9, 1))).violations()).isEmpty();
        assertThatThrownBy(() -> new DatePlausibility(LocalDate.MIN, Period.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DatePlausibility(null, Period.ZERO)).hasMessage("earliest");
    }

    @Test
    void theJsonFormTakesOnlyFourDigitYears() {
        var parsed = DocumentJson.read("{\"direction\":\"outgoing\",\"issueDate\":\"-999999999-01-01\"}");
        assertThat(parsed.result().errors()).extracting(Violation::code).contains("EDOC-DOC-044");
        assertThat(DocumentJson.read("{\"direction\":\"outgoing\",\"issueDate\":\"+10000-01-01\"}").result().errors())
                .extracting(Violation::code).contains("EDOC-DOC-044");
    }

    @Property(tries = 200)
    void anyDateOfIssueIsAnsweredWithoutThrowing(@ForAll @LongRange(min = -365243219162L, max = 365241780471L) long day) {
        LocalDate date = LocalDate.ofEpochDay(day);
        var result = validator.validate(draft(date, date));
        boolean plausible = !date.isBefore(DatePlausibility.DEFAULT_EARLIEST) && !date.isAfter(LocalDate.of(2025, 3, 1));
        assertThat(result.errors().isEmpty()).isEqualTo(plausible);
    }
}
