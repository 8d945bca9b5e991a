package vn.edoc.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.Severity;

/** The findings of the identifier review, one test (or more) each. */
class ReviewFindingsTest {

    // ----- item 1: QD typed for QĐ -----

    @Test
    void qdWithoutTheStrokeIsReadAsQuyetDinhWithAWarning() {
        Parsed<Notation> p = Notation.check("05/QD-UBND");
        assertThat(p.isValid()).isTrue();
        assertThat(p.value().format()).isEqualTo("05/QĐ-UBND");
        assertThat(p.value().type()).contains(DocumentType.QUYET_DINH);
        assertThat(p.result().has(IdViolation.NOTATION_TYPE_FOLDED)).isTrue();
        assertThat(p.result().errors()).isEmpty();
    }

    @Test
    void qdInMixedCaseAndWithYearIsTheLegalNormativeDecision() {
        Parsed<Notation> p = Notation.check("12/2020/Qd-UBND");
        assertThat(p.value().format()).isEqualTo("12/2020/QĐ-UBND");
        assertThat(p.value().type()).contains(DocumentType.QUYET_DINH_QPPL);
        assertThat(p.result().has(IdViolation.NOTATION_TYPE_FOLDED)).isTrue();
    }

    @Test
    void cvAsFirstGroupIsDroppedWithAWarning() {
        Parsed<Notation> p = Notation.check("45/CV-UBND-VX");
        assertThat(p.isValid()).isTrue();
        assertThat(p.value().format()).isEqualTo("45/UBND-VX");
        assertThat(p.value().type()).isEmpty();
        assertThat(p.result().has(IdViolation.NOTATION_CONG_VAN_MARKER)).isTrue();
    }

    @Test
    void aGroupFoldingToNoTypeStaysAnIssuer() {
        Parsed<Notation> p = Notation.check("05/GN-UBND");
        assertThat(p.value().format()).isEqualTo("05/GN-UBND");
        assertThat(p.value().type()).isEmpty();
        assertThat(p.result().violations()).isEmpty();
    }

    // ----- item 2: only Vietnamese letters -----

    @Test
    void nonVietnameseLettersAreRefused() {
        for (String text : new String[] {"05/QĐ-ẀBND", "05/QĐ-ĈBND", "05/QĐ-Å", "05/QĐ-UBND-Ñ"}) {
            Parsed<Notation> p = Notation.check(text);
            assertThat(p.isValid()).as(text).isFalse();
            assertThat(p.result().has(IdViolation.NOTATION_ILLEGAL_CHARACTER)).as(text).isTrue();
        }
        assertThat(Notation.check("05/QĐ-ƯBND-ỨNG").isValid()).isTrue();
    }

    // ----- item 3: seed ids keep the number series -----

    @Test
    void legalNormativeAndAdministrativeNumbersGiveDistinctSeedIds() {
        EdxmlDocumentId legal = (EdxmlDocumentId) DocumentId.parse("000.00.00.H37,2020/05/01,12/2020/QĐ-UBND");
        EdxmlDocumentId admin = (EdxmlDocumentId) DocumentId.parse("000.00.00.H37,2020/05/01,12/QĐ-UBND");
        assertThat(legal.toSeed()).isNotEqualTo(admin.toSeed());
        assertThat(legal.toSeed().series()).contains("QĐ");
        assertThat(admin.toSeed().series()).isEmpty();
        assertThat(legal.toSeed().format()).isEqualTo("000.00.00.H37,2020,12,QĐ");
        assertThat(DocumentId.parse(legal.toSeed().format())).isEqualTo(legal.toSeed());
    }

    // ----- item 4: the year rule is an error in Notation -----

    @Test
    void yearOnAnAdministrativeTypeAndLegalTypeWithoutYearAreErrors() {
        assertThat(Notation.check("12/2025/CT-UBND").result().errors())
                .anyMatch(v -> v.code().equals(IdViolation.NOTATION_YEAR_NOT_LEGAL.code()));
        assertThat(Notation.check("30/NĐ-CP").result().errors())
                .anyMatch(v -> v.code().equals(IdViolation.NOTATION_LEGAL_WITHOUT_YEAR.code()));
        assertThat(Notation.check("20/2023/QH15").isValid()).isTrue();
    }

    // ----- item 6: a missing leading zero is a warning -----

    @Test
    void missingLeadingZeroIsAWarningAndNormalised() {
        Parsed<Notation> p = Notation.check("5/QĐ-UBND");
        assertThat(p.isValid()).isTrue();
        assertThat(p.value().format()).isEqualTo("05/QĐ-UBND");
        assertThat(p.result().warnings()).anyMatch(v -> v.code().equals("EDOC-ID-026"));
        assertThat(Notation.fromEdxml("5", "QĐ-UBND").result().violations()).isEmpty();
        Parsed<DocumentId> id = DocumentId.check("000.00.00.H37,2020/05/01,5/QĐ-UBND");
        assertThat(id.isValid()).isTrue();
        assertThat(id.result().warnings()).isNotEmpty();
    }

    // ----- item 7: one definition of space -----

    @Test
    void unitSlugSplitsOnEveryKindOfSpace() {
        assertThat(UnitSlug.of("UBND\u00A0huyện Mai Sơn")).isEqualTo("maison");
        assertThat(UnitSlug.of("UBND\u3000huyện\u202FMai Sơn")).isEqualTo("maison");
    }

    @Test
    void accountNamesAcceptIdeographicAndNoBreakSpaces() {
        assertThat(AccountNames.base("Nguyễn\u3000Văn\u00A0Chiến").value()).isEqualTo("chiennv");
    }

    // ----- item 8: leaders -----

    @Test
    void aLeaderWhosePlainNameIsTakenGetsANumberAndAWarning() {
        Parsed<String> p = AccountNames.propose("Nguyễn Văn Chiến", "bimson", Set.of("chiennv.bimson"), true);
        assertThat(p.value()).isEqualTo("chiennv1.bimson");
        assertThat(p.result().has(IdViolation.ACCOUNT_LEADER_NAME_TAKEN)).isTrue();
        assertThat(p.result().violations()).allMatch(v -> v.severity() == Severity.WARNING);
        Parsed<String> other = AccountNames.propose("Nguyễn Văn Chiến", "bimson", Set.of("chiennv.bimson"), false);
        assertThat(other.value()).isEqualTo("chiennv1.bimson");
        assertThat(other.result().violations()).isEmpty();
        assertThat(AccountNames.propose("1", null, Set.of(), false).isValid()).isFalse();
        assertThatThrownBy(() -> AccountNames.assign("1", null, Set.of(), true))
                .isInstanceOf(EdocRuleException.class);
    }
}
