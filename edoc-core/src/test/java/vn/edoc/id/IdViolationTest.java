package vn.edoc.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edoc.validation.Violation;

class IdViolationTest {

    private static final Set<String> RULES = Set.of("R-ID-1", "R-ID-2", "R-ID-4", "R-ID-5", "R-FMT-5", "R-ARC-1");

    @Test
    void codesAreUniqueAndWellFormed() {
        Set<String> codes = new HashSet<>();
        for (IdViolation v : IdViolation.values()) {
            assertThat(v.code()).matches("EDOC-ID-\\d{3}");
            assertThat(codes.add(v.code())).as(v.code()).isTrue();
            assertThat(RULES).contains(v.ruleId());
            assertThat(v.article()).isNotBlank();
            assertThat(v.messageVi()).isNotBlank().isNotEqualTo(v.messageEn());
            assertThat(v.messageEn()).isNotBlank();
        }
    }

    @Test
    void codeRangesFollowTheArea() {
        for (IdViolation v : IdViolation.values()) {
            int n = Integer.parseInt(v.code().substring(8));
            String expected = n < 20 ? "R-ID-1" : n < 50 ? "R-FMT-5" : n < 70 ? "R-ID-2" : n < 90 ? "R-ID-4"
                    : n < 100 ? "R-ID-5" : "R-ARC-1";
            assertThat(v.ruleId()).as(v.name()).isEqualTo(expected);
        }
    }

    @Test
    void templatesAreFilled() {
        Violation v = IdViolation.NOTATION_NUMBER_PADDING.at("notation", "5", "05");
        assertThat(v.messageVi()).contains("'5'").contains("'05'");
        assertThat(v.messageEn()).contains("'05'");
        assertThat(v.path()).isEqualTo("notation");
        assertThat(Arrays.stream(IdViolation.values()).filter(t -> t.messageVi().contains("%")))
                .allMatch(t -> t.messageVi().split("%s", -1).length == t.messageEn().split("%s", -1).length);
    }
}
