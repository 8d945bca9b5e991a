package vn.edoc.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.Severity;
import vn.edoc.validation.Violation;

class NotationTest {

    @ParameterizedTest
    @ValueSource(strings = {"935/QĐ-UBND", "45/UBND-VX", "12/2020/QĐ-UBND", "05/BGN-UBND", "7816/VPCP-TTĐT",
            "20/2020/QĐ-TTg", "267/VPCP-TTĐT", "31/2020/QĐ-UBND", "553/QĐ-UBND", "30/2020/NĐ-CP",
            "01/2019/TT-BNV", "12/QyĐ-UBND", "03/CTr-UBND", "07/TTr-STC", "02/TrS-VP", "20/2023/QH15",
            "12/2020/NQ-HĐND"})
    void canonicalNotationsAreReadWithoutRemarkAndWrittenBackUnchanged(String text) {
        Parsed<Notation> parsed = Notation.check(text);
        assertThat(parsed.result().violations()).isEmpty();
        assertThat(parsed.value().format()).isEqualTo(text);
        assertThat(parsed.value().toString()).isEqualTo(text);
    }

    @Test
    void decisionOfAPeoplesCommittee() {
        Notation n = Notation.parse("935/QĐ-UBND");
        assertThat(n.number()).isEqualTo(935);
        assertThat(n.year()).isEmpty();
        assertThat(n.type()).contains(DocumentType.QUYET_DINH);
        assertThat(n.typeAbbreviation()).contains("QĐ");
        assertThat(n.issuerAbbreviation()).isEqualTo("UBND");
        assertThat(n.unitAbbreviations()).isEmpty();
        assertThat(n.codeNumber()).isEqualTo("935");
        assertThat(n.codeNotation()).isEqualTo("QĐ-UBND");
        assertThat(n.symbol()).isEqualTo("QĐ-UBND");
    }

    @Test
    void congVanHasIssuerAndDraftingUnitButNoType() {
        Notation n = Notation.parse("45/UBND-VX");
        assertThat(n.type()).isEmpty();
        assertThat(n.typeAbbreviation()).isEmpty();
        assertThat(n.issuerAbbreviation()).isEqualTo("UBND");
        assertThat(n.unitAbbreviations()).containsExactly("VX");

        Notation vpcp = Notation.parse("7816/VPCP-TTĐT");
        assertThat(vpcp.type()).isEmpty();
        assertThat(vpcp.issuerAbbreviation()).isEqualTo("VPCP");
        assertThat(vpcp.unitAbbreviations()).containsExactly("TTĐT");
    }

    @Test
    void legalNormativeNumberCarriesTheYear() {
        Notation n = Notation.parse("12/2020/QĐ-UBND");
        assertThat(n.number()).isEqualTo(12);
        assertThat(n.year()).contains(2020);
        assertThat(n.type()).contains(DocumentType.QUYET_DINH_QPPL);
        assertThat(n.codeNumber()).isEqualTo("12");
        assertThat(n.codeNotation()).isEqualTo("2020/QĐ-UBND");
        assertThat(n.symbol()).isEqualTo("QĐ-UBND");

        Notation ttg = Notation.parse("20/2020/QĐ-TTg");
        assertThat(ttg.issuerAbbreviation()).isEqualTo("TTg");
        assertThat(Notation.parse("12/2020/NQ-HĐND").type()).contains(DocumentType.NGHI_QUYET_QPPL);
        assertThat(Notation.parse("30/2020/NĐ-CP").type()).contains(DocumentType.NGHI_DINH);

        Notation law = Notation.parse("20/2023/QH15");
        assertThat(law.type()).isEmpty();
        assertThat(law.issuerAbbreviation()).isEqualTo("QH15");
    }

    @Test
    void memorandumIsNumberedWithLeadingZero() {
        Notation n = Notation.parse("05/BGN-UBND");
        assertThat(n.number()).isEqualTo(5);
        assertThat(n.type()).contains(DocumentType.BAN_GHI_NHO);
        assertThat(n.codeNumber()).isEqualTo("05");
        assertThat(n.codeNotation()).isEqualTo("BGN-UBND");
    }

    @Test
    void numberBelowTenWithoutLeadingZeroIsAWarningCitingDecree30() {
        Parsed<Notation> parsed = Notation.check("5/QĐ-UBND");
        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.value().format()).isEqualTo("05/QĐ-UBND");
        Violation v = parsed.result().warnings().get(0);
        assertThat(v.code()).isEqualTo(IdViolation.NOTATION_NUMBER_PADDING.code());
        assertThat(v.article()).contains("Decree 30/2020").contains("Phụ lục I");
        assertThat(v.messageVi()).contains("số nhỏ hơn 10 phải ghi thêm số 0");
        assertThat(v.ruleId()).isEqualTo("R-FMT-5");
    }

    @Test
    void mixedCaseTypeAbbreviationsMustMatchExactlyElseWarning() {
        Parsed<Notation> wrongCase = Notation.check("12/QYĐ-UBND");
        assertThat(wrongCase.isValid()).isTrue();
        assertThat(wrongCase.result().has(IdViolation.NOTATION_TYPE_CASE)).isTrue();
        assertThat(wrongCase.value().type()).contains(DocumentType.QUY_DINH);
        assertThat(wrongCase.value().format()).isEqualTo("12/QyĐ-UBND");

        Parsed<Notation> lower = Notation.check("935/qđ-ubnd");
        assertThat(lower.isValid()).isTrue();
        assertThat(lower.result().has(IdViolation.NOTATION_TYPE_CASE)).isTrue();
        assertThat(lower.result().has(IdViolation.NOTATION_LOWERCASE)).isTrue();
        assertThat(lower.value().format()).isEqualTo("935/QĐ-UBND");

        assertThat(Notation.parse("07/TTR-STC").type()).contains(DocumentType.TO_TRINH);
        assertThat(Notation.check("07/TTR-STC").result().warnings()).hasSize(1);
        assertThat(Notation.parse("20/2020/qđ-ttg").format()).isEqualTo("20/2020/QĐ-TTg");
    }

    @Test
    void theThuTuongIssuerHasOneCanonicalCasing() {
        Parsed<Notation> capitals = Notation.check("47828/2795/TTG-63");
        assertThat(capitals.isValid()).isTrue();
        assertThat(capitals.result().has(IdViolation.NOTATION_LOWERCASE)).isTrue();
        assertThat(capitals.value().issuerAbbreviation()).isEqualTo("TTg");
        assertThat(Notation.check("47828/2795/TTg-63").result().warnings()).isEmpty();

        assertThat(Notation.of(47828, 2795, null, "TTg", "63").format()).isEqualTo("47828/2795/TTg-63");
        assertThatThrownBy(() -> Notation.of(47828, 2795, null, "TTG", "63"))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(IdViolation.NOTATION_NOT_CANONICAL)).isTrue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "935 / QĐ - UBND|935/QĐ-UBND|EDOC-ID-036",
            "' 935/QĐ-UBND '|935/QĐ-UBND|EDOC-ID-036",
            "935/QĐ–UBND|935/QĐ-UBND|EDOC-ID-037",
            "935/QĐ—UBND|935/QĐ-UBND|EDOC-ID-037",
            "935/QĐ−UBND|935/QĐ-UBND|EDOC-ID-037",
            "935／QĐ-UBND|935/QĐ-UBND|EDOC-ID-038",
            "45/ubnd-vx|45/UBND-VX|EDOC-ID-040",
            "005/BGN-UBND|05/BGN-UBND|EDOC-ID-027",
            "0935/QĐ-UBND|935/QĐ-UBND|EDOC-ID-027",
            "Số: 935/QĐ-UBND|935/QĐ-UBND|EDOC-ID-045",
            "5/QĐ-UBND|05/QĐ-UBND|EDOC-ID-026",
            "05/QD-UBND|05/QĐ-UBND|EDOC-ID-048",
            "45/CV-UBND|45/UBND|EDOC-ID-049",
            "935/QÐ-UBND|935/QĐ-UBND|EDOC-ID-047",
            "935 / QĐ-UBND|935/QĐ-UBND|EDOC-ID-036",
    })
    void commonVariantsAreAcceptedWithAWarningAndNormalised(String input, String canonical, String code) {
        Parsed<Notation> parsed = Notation.check(input);
        assertThat(parsed.isValid()).as(parsed.result().toString()).isTrue();
        assertThat(parsed.value().format()).isEqualTo(canonical);
        assertThat(parsed.result().has(code)).isTrue();
        assertThat(parsed.result().violations()).allMatch(v -> v.severity() == Severity.WARNING);
    }

    @Test
    void decomposedInputIsNormalisedWithAWarning() {
        String nfd = Normalizer.normalize("7816/VPCP-TTĐT", Normalizer.Form.NFD);
        String nfdType = Normalizer.normalize("12/QĐ-UBND", Normalizer.Form.NFD);
        // Đ has no decomposition; use a toned letter to make the input really differ from NFC
        String toned = Normalizer.normalize("12/QĐ-UBND-PHỐ", Normalizer.Form.NFD);
        assertThat(Notation.check(nfd).isValid()).isTrue();
        assertThat(Notation.check(nfdType).value().type()).contains(DocumentType.QUYET_DINH);
        Parsed<Notation> parsed = Notation.check(toned);
        assertThat(parsed.result().has(IdViolation.NOTATION_NOT_NFC)).isTrue();
        assertThat(parsed.value().unitAbbreviations()).containsExactly("PHỐ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|EDOC-ID-020",
            "'   '|EDOC-ID-020",
            "935QĐ-UBND|EDOC-ID-021",
            "1/2/3/QĐ-UBND|EDOC-ID-022",
            "/QĐ-UBND|EDOC-ID-023",
            "12a/QĐ-UBND|EDOC-ID-024",
            "mười/QĐ-UBND|EDOC-ID-024",
            "00/QĐ-UBND|EDOC-ID-025",
            "12/2020/KH-UBND|EDOC-ID-043",
            "05/NĐ-CP|EDOC-ID-042",
            "935/QĐ-ẀBND|EDOC-ID-033",
            "935/QĐ-ĈBND|EDOC-ID-033",
            "935/QĐ-Å|EDOC-ID-033",
            "12345678901/QĐ-UBND|EDOC-ID-028",
            "12/20/QĐ-UBND|EDOC-ID-029",
            "12/1850/QĐ-UBND|EDOC-ID-029",
            "935/|EDOC-ID-030",
            "935/QĐ--UBND|EDOC-ID-031",
            "935/QĐ-UBND-|EDOC-ID-031",
            "935/-UBND|EDOC-ID-031",
            "935/QĐ-UBND-A-B-C-D-E|EDOC-ID-032",
            "935/QĐ-UB.ND|EDOC-ID-033",
            "935/QĐ-UBND&|EDOC-ID-033",
            "935/QĐ-УБНД|EDOC-ID-033",
            "935/QĐ-UB ND|EDOC-ID-034",
            "935/QĐ-ABCDEFGHIJKLMNOPQRSTUVWXYZABC|EDOC-ID-035",
    })
    void garbageIsRefusedWithAClearViolation(String input, String code) {
        Parsed<Notation> parsed = Notation.check(input);
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.result().has(code)).as(parsed.result().toString()).isTrue();
        assertThatThrownBy(() -> Notation.parse(input)).isInstanceOf(EdocRuleException.class);
    }

    @Test
    void nullAndHugeInputAreRefusedWithoutException() {
        assertThat(Notation.check(null).result().has(IdViolation.NOTATION_EMPTY)).isTrue();
        assertThat(Notation.check("1".repeat(10_000) + "/QĐ-UBND").result().has(IdViolation.NOTATION_TOO_LONG))
                .isTrue();
        assertThat(Notation.check("935/QĐ-UBND\u0000").result().errors().get(0).messageEn()).contains("U+0000");
    }

    @Test
    void typeAloneIsReadAsIssuerWithAWarning() {
        Parsed<Notation> parsed = Notation.check("12/TB");
        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.result().has(IdViolation.NOTATION_TYPE_WITHOUT_ISSUER)).isTrue();
        assertThat(parsed.value().type()).isEmpty();
        assertThat(parsed.value().issuerAbbreviation()).isEqualTo("TB");
    }

    @Test
    void ofBuildsCanonicalNotations() {
        assertThat(Notation.of(5, null, DocumentType.BAN_GHI_NHO, "UBND").format()).isEqualTo("05/BGN-UBND");
        assertThat(Notation.of(45, null, null, "UBND", "VX").format()).isEqualTo("45/UBND-VX");
        assertThat(Notation.of(12, 2020, DocumentType.QUYET_DINH_QPPL, "UBND").format())
                .isEqualTo("12/2020/QĐ-UBND");
        assertThat(Notation.of(20, 2020, DocumentType.QUYET_DINH_QPPL, "TTg").format()).isEqualTo("20/2020/QĐ-TTg");
        assertThat(Notation.of(3, null, DocumentType.CHUONG_TRINH, "UBND")).isEqualTo(Notation.parse("03/CTr-UBND"));
        Notation congVan = Notation.of(45, null, DocumentType.CONG_VAN, "UBND", "VX");
        assertThat(congVan.type()).isEmpty();
        assertThat(congVan).isEqualTo(Notation.parse("45/UBND-VX"));
        assertThat(congVan.hashCode()).isEqualTo(Notation.parse("45/UBND-VX").hashCode());
    }

    @Test
    void ofRefusesPartsThatDoNotReadBack() {
        assertThatThrownBy(() -> Notation.of(0, null, DocumentType.QUYET_DINH, "UBND"))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(IdViolation.NOTATION_NUMBER_ZERO)).isTrue());
        assertThatThrownBy(() -> Notation.of(12, 2020, DocumentType.QUYET_DINH, "UBND"))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(IdViolation.NOTATION_NOT_CANONICAL)).isTrue());
        assertThatThrownBy(() -> Notation.of(12, null, DocumentType.QUYET_DINH_QPPL, "UBND"))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> Notation.of(12, null, DocumentType.QUYET_DINH, "ubnd"))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> Notation.of(12, null, DocumentType.QUYET_DINH, null))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> Notation.of(12, null, DocumentType.QUYET_DINH, "UB-ND"))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> Notation.of(12, 99, DocumentType.QUYET_DINH_QPPL, "UBND"))
                .isInstanceOf(EdocRuleException.class);
    }

    @Test
    void edxmlFieldsJoinBack() {
        Notation n = Notation.parse("12/2020/QĐ-UBND");
        assertThat(Notation.fromEdxml(n.codeNumber(), n.codeNotation()).value()).isEqualTo(n);
        assertThat(Notation.fromEdxml("7816", "VPCP-TTĐT").value()).isEqualTo(Notation.parse("7816/VPCP-TTĐT"));
        assertThat(Notation.fromEdxml(null, null).isValid()).isFalse();
    }
}
