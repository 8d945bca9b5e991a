package vn.edoc.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Parsed;

class DocumentIdTest {

    @Test
    void sdkExampleIsAnEdxmlIdentifier() {
        Parsed<DocumentId> parsed = DocumentId.check("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT");
        assertThat(parsed.result().violations()).isEmpty();
        assertThat(parsed.value()).isInstanceOf(EdxmlDocumentId.class);
        EdxmlDocumentId id = (EdxmlDocumentId) parsed.value();
        assertThat(id.organCode()).isEqualTo(OrganCode.parse("000.00.00.G22"));
        assertThat(id.promulgationDate()).isEqualTo(LocalDate.of(2015, 9, 30));
        assertThat(id.notation()).isEqualTo(Notation.parse("7816/VPCP-TTĐT"));
        assertThat(id.year()).isEqualTo(2015);
        assertThat(id.sequence()).isEqualTo(7816);
        assertThat(id.format()).isEqualTo("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT");
        assertThat(DocumentId.parse("000.00.04.G14,2012/08/06,267/VPCP-TTĐT").sequence()).isEqualTo(267);
    }

    @Test
    void seedIdentifierIsOrganYearAndSequence() {
        DocumentId id = DocumentId.parse("000.00.00.H37,2020,123");
        assertThat(id).isInstanceOf(SeedDocumentId.class);
        assertThat(id.organCode().value()).isEqualTo("000.00.00.H37");
        assertThat(id.year()).isEqualTo(2020);
        assertThat(id.sequence()).isEqualTo(123);
        assertThat(id.format()).isEqualTo("000.00.00.H37,2020,123");
        assertThat(id.toString()).isEqualTo("000.00.00.H37,2020,123");
        assertThat(DocumentId.parse("H37.02.02,2021,1").organCode().form()).isEqualTo(OrganCode.Form.QD_20_2020);
    }

    @Test
    void edxmlConvertsToSeedAndBack() {
        EdxmlDocumentId edxml = (EdxmlDocumentId) DocumentId.parse("000.00.00.H37,2020/12/31,31/2020/QĐ-UBND");
        SeedDocumentId seed = edxml.toSeed();
        assertThat(seed).isEqualTo(new SeedDocumentId(OrganCode.parse("000.00.00.H37"), 2020, 31,
                java.util.Optional.of("QĐ")));
        assertThat(seed.format()).isEqualTo("000.00.00.H37,2020,31,QĐ");
        assertThat(seed.toEdxml(LocalDate.of(2020, 12, 31), Notation.parse("31/2020/QĐ-UBND"))).isEqualTo(edxml);
    }

    @Test
    void toEdxmlRefusesADateOrNumberThatDisagrees() {
        SeedDocumentId seed = new SeedDocumentId(OrganCode.parse("000.00.00.H37"), 2020, 31);
        assertThatThrownBy(() -> seed.toEdxml(LocalDate.of(2021, 1, 2), Notation.parse("31/QĐ-UBND")))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(IdViolation.DOCID_MISMATCH)).isTrue());
        assertThatThrownBy(() -> seed.toEdxml(LocalDate.of(2020, 1, 2), Notation.parse("32/QĐ-UBND")))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(IdViolation.DOCID_MISMATCH)).isTrue());
        assertThatThrownBy(() -> seed.toEdxml(null, Notation.parse("31/QĐ-UBND")))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(IdViolation.DOCID_MISSING)).isTrue());
        assertThatThrownBy(() -> seed.toEdxml(LocalDate.of(2020, 1, 2), null))
                .isInstanceOf(EdocRuleException.class);
    }

    @Test
    void constructorsRefuseBadParts() {
        OrganCode organ = OrganCode.parse("000.00.00.H37");
        assertThatThrownBy(() -> new SeedDocumentId(organ, 1899, 1)).isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> new SeedDocumentId(organ, 3000, 1)).isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> new SeedDocumentId(organ, 2020, 0)).isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> new SeedDocumentId(null, 2020, 1)).isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> new EdxmlDocumentId(organ, null, Notation.parse("01/QĐ-UBND")))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> new EdxmlDocumentId(organ, LocalDate.of(1800, 1, 1), Notation.parse("01/QĐ-UBND")))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> new EdxmlDocumentId(null, null, null))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations()).hasSize(3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "000.00.00.G22,30/09/2015,7816/VPCP-TTĐT|EDOC-ID-055",
            "000.00.00.G22,2015-09-30,7816/VPCP-TTĐT|EDOC-ID-055",
            "000.00.00.G22,2015/9/30,7816/VPCP-TTĐT|EDOC-ID-055",
            "000.00.00.G22 , 2015/09/30 , 7816/VPCP-TTĐT|EDOC-ID-056",
            "000.00.00.H37,2020,0123|EDOC-ID-057",
    })
    void lenientOnReadingWithAWarning(String input, String code) {
        Parsed<DocumentId> parsed = DocumentId.check(input);
        assertThat(parsed.isValid()).as(parsed.result().toString()).isTrue();
        assertThat(parsed.result().has(code)).isTrue();
        assertThat(parsed.result().errors()).isEmpty();
    }

    @Test
    void strictOnWriting() {
        assertThat(DocumentId.parse("000.00.00.G22,30/09/2015,7816/VPCP-TTĐT").format())
                .isEqualTo("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT");
        assertThat(DocumentId.parse("000.00.00.H37 ,2020, 0123").format()).isEqualTo("000.00.00.H37,2020,123");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|EDOC-ID-050",
            "000.00.00.H37,2020|EDOC-ID-051",
            "000.00.00.H37,2020,1,2|EDOC-ID-062",
            "000.00.00.H37,2020,1,Q-Đ|EDOC-ID-062",
            "000.00.00.H37,2020/01/02,1/QĐ-UBND,QĐ|EDOC-ID-051",
            "000.00.00.H37,1899,1|EDOC-ID-052",
            "000.00.00.H37,20x0,1|EDOC-ID-052",
            "000.00.00.H37,2020,0|EDOC-ID-053",
            "000.00.00.H37,2020,-1|EDOC-ID-053",
            "000.00.00.H37,2020,abc|EDOC-ID-053",
            "000.00.00.H37,2020,|EDOC-ID-053",
            "000.00.00.H37,2021/02/29,01/QĐ-UBND|EDOC-ID-054",
            "000.00.00.H37,2021/13/01,01/QĐ-UBND|EDOC-ID-054",
            "000.00.00.H37,1800/01/01,01/QĐ-UBND|EDOC-ID-052",
            "000.11.00.H37,2020,1|EDOC-ID-013",
            "000.00.00.H37,2020/01/02,123|EDOC-ID-021",
    })
    void refusedWithTheReason(String input, String code) {
        Parsed<DocumentId> parsed = DocumentId.check(input);
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.result().has(code)).as(parsed.result().toString()).isTrue();
        assertThatThrownBy(() -> DocumentId.parse(input)).isInstanceOf(EdocRuleException.class);
    }

    @Test
    void nestedViolationsNameTheirPart() {
        Parsed<DocumentId> parsed = DocumentId.check("000.00.00.h37,2020/01/02,5/QĐ-UBND");
        assertThat(parsed.result().violations()).anyMatch(v -> v.path().equals("organCode"));
        assertThat(parsed.result().violations()).anyMatch(v -> v.path().equals("notation"));
    }

    @Test
    void notationYearOtherThanTheDateYearIsWarned() {
        Parsed<DocumentId> parsed = DocumentId.check("000.00.00.H37,2021/01/05,31/2020/QĐ-UBND");
        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.result().has(IdViolation.DOCID_NOTATION_YEAR)).isTrue();
    }

    @Test
    void nullAndHugeInputAreRefusedWithoutException() {
        assertThat(DocumentId.check(null).result().has(IdViolation.DOCID_EMPTY)).isTrue();
        assertThat(DocumentId.check(",".repeat(5000)).result().has(IdViolation.DOCID_TOO_LONG)).isTrue();
    }
}
