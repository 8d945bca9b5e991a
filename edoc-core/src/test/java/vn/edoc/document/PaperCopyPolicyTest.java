package vn.edoc.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import vn.edoc.id.DocumentType;
import vn.edoc.id.Notation;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

class PaperCopyPolicyTest {

    private final PaperCopyPolicy policy = PaperCopyPolicy.defaults();
    private final Document letter = Fixtures.reference().toBuilder().type(DocumentType.CONG_VAN)
            .notation(Notation.parse("45/UBND-VX")).build();

    @Test
    void anOrdinaryLetterToAnotherAgencyTravelsElectronicallyOnly() {
        PaperCopyDecision d = policy.decide(letter, RecipientKind.OTHER_AGENCY, Purpose.INFORMATION);
        assertThat(d.paperCopyRequired()).isFalse();
        assertThat(d.reasons()).singleElement().asString().contains("R-PAPER-1").contains("LS Đ6.3");
    }

    @Test
    void legalNormativeDocumentsTravelWithPaperBS_D6() {
        Document normative = Fixtures.reference().toBuilder().type(DocumentType.QUYET_DINH_QPPL)
                .notation(Notation.parse("12/2025/QĐ-UBND")).build();
        PaperCopyDecision d = policy.decide(normative, RecipientKind.OTHER_AGENCY, Purpose.INFORMATION);
        assertThat(d.paperCopyRequired()).isTrue();
        assertThat(d.reasons()).singleElement().asString().contains("legal normative").contains("BS Đ6");
    }

    @Test
    void documentsToTheGovernmentOrPrimeMinisterTravelWithPaper() {
        for (RecipientKind kind : new RecipientKind[] {RecipientKind.GOVERNMENT, RecipientKind.PRIME_MINISTER}) {
            PaperCopyDecision d = policy.decide(letter, kind, Purpose.INFORMATION);
            assertThat(d.paperCopyRequired()).isTrue();
            assertThat(d.reasons()).singleElement().asString().contains("LS Đ6.5a").contains("LA Đ6.2a");
        }
    }

    @Test
    void dossiersForAppraisalOrApprovalTravelWithPaper() {
        for (Purpose p : new Purpose[] {Purpose.APPRAISAL, Purpose.APPROVAL}) {
            PaperCopyDecision d = policy.decide(letter, RecipientKind.OTHER_AGENCY, p);
            assertThat(d.paperCopyRequired()).isTrue();
            assertThat(d.reasons()).singleElement().asString().contains("LS Đ6.5c");
        }
    }

    @Test
    void submissionsToThePeoplesCommitteeOrItsChairTravelWithPaperButReportsDoNot() {
        for (RecipientKind k : new RecipientKind[] {RecipientKind.PEOPLES_COMMITTEE,
                RecipientKind.PEOPLES_COMMITTEE_CHAIR}) {
            assertThat(policy.decide(letter, k, Purpose.SUBMISSION).paperCopyRequired()).isTrue();
            assertThat(policy.decide(letter, k, Purpose.SUBMISSION).reasons()).singleElement().asString()
                    .contains("LA Đ6.2b");
            assertThat(policy.decide(letter, k, Purpose.INFORMATION).paperCopyRequired()).isFalse();
        }
        assertThat(policy.decide(letter, RecipientKind.PEOPLES_COUNCIL, Purpose.SUBMISSION).paperCopyRequired())
                .isTrue();
        assertThat(policy.decide(letter, RecipientKind.PARTY_BODY, Purpose.SUBMISSION).paperCopyRequired()).isTrue();
    }

    @Test
    void draftsForCommentAndInternalDocumentsAreElectronicOnlySL_D3_3() {
        assertThat(policy.decide(letter, RecipientKind.PEOPLES_COMMITTEE, Purpose.CONSULTATION).paperCopyRequired())
                .isFalse();
        assertThat(policy.decide(letter, RecipientKind.INTERNAL_UNIT, Purpose.INFORMATION).paperCopyRequired())
                .isFalse();
    }

    @Test
    void everyApplyingReasonIsListed() {
        Document normative = Fixtures.reference().toBuilder().type(DocumentType.NGHI_DINH).build();
        PaperCopyDecision d = policy.decide(normative, RecipientKind.PRIME_MINISTER, Purpose.APPROVAL);
        assertThat(d.reasons()).hasSize(3);
    }

    @Test
    void theCategoriesAreConfigurablePerProvince() {
        assertThat(policy.categories()).containsExactlyInAnyOrder(PaperCopyPolicy.Category.LEGAL_NORMATIVE,
                PaperCopyPolicy.Category.TO_GOVERNMENT, PaperCopyPolicy.Category.APPRAISAL_OR_APPROVAL,
                PaperCopyPolicy.Category.SUBMISSION_TO_PEOPLES_COMMITTEE,
                PaperCopyPolicy.Category.SUBMISSION_TO_COUNCIL_OR_PARTY);
        PaperCopyPolicy langSon = policy.with(PaperCopyPolicy.Category.LISTED_BY_OTHER_MINISTRY_OR_LOCALITY);
        assertThat(policy.decide(letter, RecipientKind.OTHER_MINISTRY_OR_LOCALITY, Purpose.INFORMATION)
                .paperCopyRequired()).isFalse();
        assertThat(langSon.decide(letter, RecipientKind.OTHER_MINISTRY_OR_LOCALITY, Purpose.INFORMATION)
                .paperCopyRequired()).isTrue();
        PaperCopyPolicy bimSon = PaperCopyPolicy.of(EnumSet.of(PaperCopyPolicy.Category.LEGAL_NORMATIVE,
                PaperCopyPolicy.Category.TOWN_AND_COMMUNE_EXCHANGE));
        assertThat(bimSon.decide(letter, RecipientKind.PEOPLES_COMMITTEE, Purpose.INFORMATION).paperCopyRequired())
                .isTrue();
        assertThat(policy.without(PaperCopyPolicy.Category.TO_GOVERNMENT)
                .decide(letter, RecipientKind.GOVERNMENT, Purpose.INFORMATION).paperCopyRequired()).isFalse();
        assertThat(PaperCopyPolicy.of(EnumSet.noneOf(PaperCopyPolicy.Category.class)).categories()).isEmpty();
    }

    @Test
    void aMissingPaperCopyIsAnErrorAndASuperfluousOneAWarning() {
        ValidationResult missing = policy.check(letter, RecipientKind.GOVERNMENT, Purpose.INFORMATION, false);
        assertThat(missing.errors()).extracting(Violation::code, Violation::ruleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EDOC-DOC-050", "R-PAPER-1"));
        ValidationResult extra = policy.check(letter, RecipientKind.OTHER_AGENCY, Purpose.INFORMATION, true);
        assertThat(extra.isValid()).isTrue();
        assertThat(extra.warnings()).extracting(Violation::code).containsExactly("EDOC-DOC-051");
        assertThat(policy.check(letter, RecipientKind.GOVERNMENT, Purpose.INFORMATION, true).violations()).isEmpty();
        assertThat(policy.check(letter, RecipientKind.OTHER_AGENCY, Purpose.INFORMATION, false).violations())
                .isEmpty();
    }
}
