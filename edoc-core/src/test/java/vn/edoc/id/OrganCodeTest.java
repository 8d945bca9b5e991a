package vn.edoc.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.Severity;
import vn.edoc.validation.Violation;

class OrganCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"000.00.00.G22", "000.00.04.G14", "000.00.00.H41", "000.00.00.H49", "000.00.00.H14",
            "000.00.00.H29", "000.00.11.H53", "000.00.00.H56", "000.00.00.H37"})
    void realCodesOfVnStandardsAreValidWithoutRemark(String code) {
        Parsed<OrganCode> parsed = OrganCode.check(code);
        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.result().violations()).isEmpty();
        assertThat(parsed.value().value()).isEqualTo(code);
        assertThat(parsed.value().form()).isEqualTo(OrganCode.Form.QCVN_102_2016);
    }

    @Test
    void partyCodeIsValidButItsNumberIsNotInTheBuiltInList() {
        // A53 (Tỉnh ủy Tây Ninh) is a real code; the built-in list holds no A numbers, so only a warning
        Parsed<OrganCode> parsed = OrganCode.check("000.00.01.A53");
        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.result().violations()).extracting(Violation::code)
                .containsExactly(IdViolation.ORGAN_UNKNOWN_LEVEL_ONE.code());
        assertThat(parsed.value().levelOneLetter()).isEqualTo('A');
    }

    @Test
    void levelsAreReadRightToLeftInTheThirteenCharacterForm() {
        OrganCode vpcp = OrganCode.parse("000.00.00.G22");
        assertThat(vpcp.levels()).containsExactly("G22");
        assertThat(vpcp.depth()).isEqualTo(1);
        assertThat(vpcp.levelOneGroup()).isEqualTo("G22");
        assertThat(vpcp.levelOneLetter()).isEqualTo('G');
        assertThat(vpcp.parent()).isEmpty();

        OrganCode soTaiChinh = OrganCode.parse("000.00.11.H53");
        assertThat(soTaiChinh.levels()).containsExactly("H53", "11");
        assertThat(soTaiChinh.depth()).isEqualTo(2);
        assertThat(soTaiChinh.parent()).contains(OrganCode.parse("000.00.00.H53"));

        OrganCode deep = OrganCode.parse("000.12.34.H53");
        assertThat(deep.levels()).containsExactly("H53", "34", "12");
        assertThat(deep.depth()).isEqualTo(3);
        assertThat(deep.parent()).contains(OrganCode.parse("000.00.34.H53"));

        OrganCode deepest = OrganCode.parse("001.12.34.H53");
        assertThat(deepest.depth()).isEqualTo(4);
        assertThat(deepest.parent()).contains(deep);
    }

    @Test
    void decision20FormIsReadLeftToRight() {
        OrganCode code = OrganCode.parse("H37.02.02");
        assertThat(code.form()).isEqualTo(OrganCode.Form.QD_20_2020);
        assertThat(code.levels()).containsExactly("H37", "02", "02");
        assertThat(code.depth()).isEqualTo(3);
        assertThat(code.levelOneGroup()).isEqualTo("H37");
        assertThat(code.parent()).contains(OrganCode.parse("H37.02"));
        assertThat(OrganCode.parse("G12.01").parent()).contains(OrganCode.parse("G12"));
        assertThat(OrganCode.parse("G12").parent()).isEmpty();
    }

    @Test
    void decision20FormAcceptsUpToThirtyFiveCharacters() {
        String max = "H37.AB12.CD34.EF56.GH78.IJ90.KL12Z"; // 34
        String longest = max + "9";
        assertThat(longest).hasSize(35);
        assertThat(OrganCode.check(longest).isValid()).isTrue();
        Parsed<OrganCode> tooLong = OrganCode.check(longest + "9");
        assertThat(tooLong.isValid()).isFalse();
        assertThat(tooLong.result().has(IdViolation.ORGAN_TOO_LONG)).isTrue();
    }

    @Test
    void knownNamesComeFromTheCodeList() {
        assertThat(OrganCode.parse("000.00.00.G22").knownName()).contains("Văn phòng Chính phủ");
        assertThat(OrganCode.parse("000.00.00.H37").knownName()).contains("Ủy ban nhân dân tỉnh Lạng Sơn");
        assertThat(OrganCode.parse("000.00.00.H29").knownName())
                .contains("Ủy ban nhân dân thành phố Hồ Chí Minh");
        assertThat(OrganCode.parse("H56").knownName()).contains("Ủy ban nhân dân tỉnh Thanh Hóa");
        // a unit below a ministry is not the ministry
        assertThat(OrganCode.parse("000.00.04.G14").knownName()).isEmpty();
    }

    @Test
    void confirmedProvinceCodesMatchTheInferredAlphabeticalList() {
        OrganCodeDirectory d = OrganCodeDirectory.builtIn();
        assertThat(d.nameOf("H01")).contains("Ủy ban nhân dân tỉnh An Giang");
        assertThat(d.nameOf("H14")).contains("Ủy ban nhân dân tỉnh Cao Bằng");
        assertThat(d.nameOf("H24")).contains("Ủy ban nhân dân thành phố Hà Nội");
        assertThat(d.nameOf("H41")).contains("Ủy ban nhân dân tỉnh Nghệ An");
        assertThat(d.nameOf("H49")).contains("Ủy ban nhân dân tỉnh Quảng Ninh");
        assertThat(d.nameOf("H53")).contains("Ủy ban nhân dân tỉnh Tây Ninh");
        assertThat(d.nameOf("H63")).contains("Ủy ban nhân dân tỉnh Yên Bái");
        assertThat(d.levelOneCodes().keySet().stream().filter(k -> k.startsWith("H"))).hasSize(63);
        assertThat(d.groupOf('A')).isPresent();
        assertThat(d.groupOf('G')).isPresent();
        assertThat(d.groupOf('H')).isPresent();
        assertThat(d.groupOf('Q')).isEmpty();
    }

    @Test
    void ancestryFollowsTheLevels() {
        OrganCode province = OrganCode.parse("000.00.00.H53");
        OrganCode department = OrganCode.parse("000.00.11.H53");
        OrganCode office = OrganCode.parse("000.05.11.H53");
        assertThat(province.isAncestorOf(department)).isTrue();
        assertThat(province.isAncestorOf(office)).isTrue();
        assertThat(department.isAncestorOf(office)).isTrue();
        assertThat(office.isAncestorOf(department)).isFalse();
        assertThat(department.isAncestorOf(department)).isFalse();
        assertThat(OrganCode.parse("000.00.12.H53").isAncestorOf(office)).isFalse();
        assertThat(OrganCode.parse("000.00.00.H49").isAncestorOf(department)).isFalse();
        assertThat(OrganCode.parse("H37").isAncestorOf(OrganCode.parse("H37.02.02"))).isTrue();
        assertThat(OrganCode.parse("H37").isAncestorOf(OrganCode.parse("000.00.02.H37"))).isFalse();
        assertThat(province.isAncestorOf(null)).isFalse();
    }

    @Test
    void naturalOrderPutsAnOrganisationBeforeItsUnits() {
        List<OrganCode> codes = new ArrayList<>(List.of(
                OrganCode.parse("H37.02"), OrganCode.parse("000.00.11.H53"), OrganCode.parse("000.00.00.H53"),
                OrganCode.parse("000.00.00.G22"), OrganCode.parse("000.01.11.H53"), OrganCode.parse("H37")));
        Collections.sort(codes);
        assertThat(codes).extracting(OrganCode::value).containsExactly(
                "000.00.00.G22", "000.00.00.H53", "000.00.11.H53", "000.01.11.H53", "H37", "H37.02");
    }

    @Test
    void unknownLevelOneIsOnlyAWarning() {
        Parsed<OrganCode> unknownNumber = OrganCode.check("000.00.00.H99");
        assertThat(unknownNumber.isValid()).isTrue();
        assertThat(unknownNumber.result().warnings()).extracting(Violation::code)
                .containsExactly(IdViolation.ORGAN_UNKNOWN_LEVEL_ONE.code());

        Parsed<OrganCode> unknownLetter = OrganCode.check("000.00.00.Q01");
        assertThat(unknownLetter.isValid()).isTrue();
        assertThat(unknownLetter.result().has(IdViolation.ORGAN_UNKNOWN_LETTER)).isTrue();
        assertThat(unknownLetter.result().has(IdViolation.ORGAN_UNKNOWN_LEVEL_ONE)).isTrue();
        assertThat(unknownLetter.result().violations()).allMatch(v -> v.severity() == Severity.WARNING);
        assertThat(unknownLetter.result().violations()).allMatch(v -> v.ruleId().equals("R-ID-1"));
    }

    @Test
    void holeIsAnError() {
        Parsed<OrganCode> parsed = OrganCode.check("000.11.00.H53");
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.result().has(IdViolation.ORGAN_HOLE)).isTrue();
        assertThat(OrganCode.check("123.00.45.H53").result().has(IdViolation.ORGAN_HOLE)).isTrue();
        assertThatThrownBy(() -> OrganCode.parse("000.11.00.H53")).isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> new OrganCode("000.11.00.H53")).isInstanceOf(EdocRuleException.class);
    }

    @Test
    void eachProblemIsReportedSeparately() {
        Parsed<OrganCode> parsed = OrganCode.check(" 000.0a.00.g22");
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.result().has(IdViolation.ORGAN_WHITESPACE)).isTrue();
        assertThat(parsed.result().has(IdViolation.ORGAN_LOWERCASE)).isTrue();
        assertThat(parsed.result().has(IdViolation.ORGAN_GROUP_DIGITS)).isTrue();
    }

    @Test
    void wrongLengthAndGroupsAreNamed() {
        assertThat(OrganCode.check("00.00.00.G22").result().has(IdViolation.ORGAN_LENGTH)).isTrue();
        assertThat(OrganCode.check("00.00.00.G22").result().has(IdViolation.ORGAN_GROUP_DIGITS)).isTrue();
        assertThat(OrganCode.check("000.00.G22").result().has(IdViolation.ORGAN_GROUP_COUNT)).isTrue();
        assertThat(OrganCode.check("000.00.00.GG2").result().has(IdViolation.ORGAN_LEVEL_ONE_SHAPE)).isTrue();
        assertThat(OrganCode.check("000.00.00.G221").result().has(IdViolation.ORGAN_LENGTH)).isTrue();
        assertThat(OrganCode.check("022.01").result().has(IdViolation.ORGAN_LEVEL_ONE_SHAPE)).isTrue();
    }

    @Test
    void badSeparatorsAndCharactersAreNamed() {
        Parsed<OrganCode> dashes = OrganCode.check("000-00-00-G22");
        assertThat(dashes.result().has(IdViolation.ORGAN_BAD_SEPARATOR)).isTrue();
        assertThat(dashes.result().violations()).hasSize(1);
        assertThat(OrganCode.check("000.00..G22").result().has(IdViolation.ORGAN_EMPTY_GROUP)).isTrue();
        assertThat(OrganCode.check(".H37").result().has(IdViolation.ORGAN_EMPTY_GROUP)).isTrue();
        assertThat(OrganCode.check("H37.").result().has(IdViolation.ORGAN_EMPTY_GROUP)).isTrue();
        Parsed<OrganCode> diacritic = OrganCode.check("000.00.00.Đ22");
        assertThat(diacritic.result().has(IdViolation.ORGAN_ILLEGAL_CHARACTER)).isTrue();
        assertThat(diacritic.result().errors().get(0).messageEn()).contains("'Đ'");
        assertThat(OrganCode.check("H37\u0000").result().errors().get(0).messageEn()).contains("U+0000");
    }

    @Test
    void emptyAndNullAreRefusedWithoutException() {
        assertThat(OrganCode.check(null).result().has(IdViolation.ORGAN_EMPTY)).isTrue();
        assertThat(OrganCode.check("").result().has(IdViolation.ORGAN_EMPTY)).isTrue();
        assertThat(OrganCode.check("   ").result().has(IdViolation.ORGAN_EMPTY)).isTrue();
        assertThatThrownBy(() -> OrganCode.parse(null)).isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> new OrganCode(null)).isInstanceOf(EdocRuleException.class);
    }

    @Test
    void violationsCarryRuleAndArticle() {
        Violation v = OrganCode.check("000.00.00.g22").result().errors().get(0);
        assertThat(v.code()).isEqualTo("EDOC-ID-003");
        assertThat(v.ruleId()).isEqualTo("R-ID-1");
        assertThat(v.article()).contains("QCVN 102:2016");
        assertThat(v.messageVi()).contains("000.00.00.g22");
    }

    @Test
    void userSuppliedListReplacesTheBuiltInOne() throws IOException {
        OrganCodeDirectory mine = OrganCodeDirectory.load(new StringReader(
                "\uFEFF# after the 2025 mergers\nH = Tỉnh\nH70 = Ủy ban nhân dân tỉnh Mới\n\n"));
        assertThat(mine.nameOf("H70")).contains("Ủy ban nhân dân tỉnh Mới");
        assertThat(OrganCode.check("000.00.00.H70", mine).result().violations()).isEmpty();
        assertThat(OrganCode.check("000.00.00.H70").result().has(IdViolation.ORGAN_UNKNOWN_LEVEL_ONE)).isTrue();
        assertThat(OrganCode.check("000.00.00.G22", mine).result().has(IdViolation.ORGAN_UNKNOWN_LETTER)).isTrue();
        assertThat(OrganCode.parse("H70").knownName(mine)).contains("Ủy ban nhân dân tỉnh Mới");
    }

    @Test
    void missingListIsRefused() {
        assertThatThrownBy(() -> OrganCodeDirectory.load(null)).isInstanceOf(EdocRuleException.class);
    }

    @Test
    void badListLinesAreAllReported() {
        assertThatThrownBy(() -> OrganCodeDirectory.load(new StringReader("H70 = A\nh71 = B\nH72\nH70 = C\nH73 =")))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> {
                    assertThat(e.violations()).hasSize(4);
                    assertThat(e.violations()).allMatch(v -> v.code().equals("EDOC-ID-015"));
                });
    }
}
