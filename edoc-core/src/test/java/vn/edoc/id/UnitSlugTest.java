package vn.edoc.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Parsed;

class UnitSlugTest {

    @ParameterizedTest
    @CsvSource({
            "GTVT, gtvt",
            "Mai Sơn, maison",
            "UBND huyện Mai Sơn, maison",
            "Ủy ban nhân dân huyện Mai Sơn, maison",
            "Uỷ ban nhân dân huyện Mai Sơn, maison",
            "UBND thành phố Sơn La, tpsonla",
            "thành phố Sơn La, tpsonla",
            "UBND thị xã Bỉm Sơn, txbimson",
            "Bỉm Sơn, bimson",
            "UBND tỉnh Sơn La, sonla",
            "UBND xã Quang Trung, quangtrung",
            "UBND phường Bắc Sơn, bacson",
            "UBND thị trấn Hát Lót, hatlot",
            "UBND quận 1, q1",
            "TP. Sơn La, tpsonla",
            "Đà Nẵng, danang",
            "huyện, huyen",
    })
    void slugsFollowTheSeedExamples(String name, String slug) {
        assertThat(UnitSlug.of(name)).isEqualTo(slug);
        assertThat(UnitSlug.isSlug(slug)).isTrue();
    }

    @Test
    void droppedSymbolsAreWarned() {
        Parsed<String> parsed = UnitSlug.check("Sở KH&CN");
        assertThat(parsed.value()).isEqualTo("sokhcn");
        assertThat(parsed.result().has(IdViolation.SLUG_DROPPED)).isTrue();
    }

    @Test
    void namesThatFoldToNothingAreRefused() {
        for (String bad : new String[] {"", "   ", "UBND", "Ủy ban nhân dân", "---", "Москва", null}) {
            Parsed<String> parsed = UnitSlug.check(bad);
            assertThat(parsed.isValid()).as(String.valueOf(bad)).isFalse();
            assertThat(parsed.result().has(IdViolation.SLUG_EMPTY)).isTrue();
            assertThat(parsed.result().errors()).allMatch(v -> v.ruleId().equals("R-ID-5"));
        }
        assertThatThrownBy(() -> UnitSlug.of("UBND")).isInstanceOf(EdocRuleException.class);
    }

    @Test
    void overlongSlugsAreRefused() {
        assertThat(UnitSlug.check("a".repeat(64)).result().has(IdViolation.SLUG_TOO_LONG)).isTrue();
        assertThat(UnitSlug.check("a".repeat(63)).isValid()).isTrue();
        assertThat(UnitSlug.check("a".repeat(10_000)).result().has(IdViolation.SLUG_TOO_LONG)).isTrue();
    }

    @Test
    void isSlugIsStrict() {
        assertThat(UnitSlug.isSlug("bimson")).isTrue();
        assertThat(UnitSlug.isSlug("Bimson")).isFalse();
        assertThat(UnitSlug.isSlug("bim son")).isFalse();
        assertThat(UnitSlug.isSlug("")).isFalse();
        assertThat(UnitSlug.isSlug(null)).isFalse();
    }
}
