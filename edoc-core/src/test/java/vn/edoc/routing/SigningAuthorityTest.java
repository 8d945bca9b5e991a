package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edoc.document.SigningCompetence;
import vn.edoc.org.Directory;
import vn.edoc.org.OrgFixtures;
import vn.edoc.org.Organisation;
import vn.edoc.org.Person;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;
import vn.edoc.validation.ViolationType;

class SigningAuthorityTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private final Directory directory = OrgFixtures.directory();
    private final SigningAuthority authority = SigningAuthority.withoutAuthorisations(directory);

    private Person p(String id) {
        return directory.person(id).orElseThrow();
    }

    @Test
    void theChairSignsInOwnNameOrOnBehalfOfTheCommittee() {
        assertThat(authority.competences(p(CHAIR), DISTRICT, DAY))
                .containsExactlyInAnyOrder(SigningCompetence.NONE, SigningCompetence.TM);
    }

    @Test
    void aViceChairSignsForTheChairOrOnBehalfOfTheCommitteeNeverInOwnName() {
        assertThat(authority.competences(p(VICE_CHAIR), DISTRICT, DAY))
                .containsExactlyInAnyOrder(SigningCompetence.KT, SigningCompetence.TM);
        refused(p(VICE_CHAIR), SigningCompetence.NONE, DISTRICT, RoutingViolation.NONE_NOT_HEAD);
        refused(p(VICE_CHAIR), SigningCompetence.Q, DISTRICT, RoutingViolation.Q_NOT_ACTING);
    }

    @Test
    void aDepartmentIsNoCollectiveBodySoNobodySignsTmThere() {
        refused(p(DIRECTOR), SigningCompetence.TM, JUSTICE_DEPARTMENT, RoutingViolation.TM_NOT_COLLECTIVE);
        assertThat(authority.competences(p(DIRECTOR), JUSTICE_DEPARTMENT, DAY)).containsExactly(SigningCompetence.NONE);
        assertThat(authority.competences(p(DEPUTY_DIRECTOR), JUSTICE_DEPARTMENT, DAY))
                .containsExactly(SigningCompetence.KT);
        assertThat(authority.competences(p(ACTING_DIRECTOR), JUSTICE_DEPARTMENT, DAY))
                .containsExactly(SigningCompetence.Q);
    }

    @Test
    void theOfficeChiefAndUnitHeadsAndTheirDeputiesSignByOrder() {
        assertThat(authority.check(p(OFFICE_CHIEF), SigningCompetence.TL, DISTRICT, DAY).isValid()).isTrue();
        assertThat(authority.check(p(FINANCE_HEAD), SigningCompetence.TL, DISTRICT, DAY).isValid()).isTrue();
        assertThat(authority.check(p(FINANCE_DEPUTY), SigningCompetence.TL, DISTRICT, DAY).isValid()).isTrue();
        refused(p(SPECIALIST), SigningCompetence.TL, DISTRICT, RoutingViolation.TL_NOT_UNIT_HEAD);
        refused(p(OFFICE_CHIEF), SigningCompetence.KT, DISTRICT, RoutingViolation.KT_NOT_DEPUTY);
        refused(p(OFFICE_CHIEF), SigningCompetence.TM, DISTRICT, RoutingViolation.TM_NOT_LEADER);
    }

    @Test
    void signingByAuthorisationNeedsAWrittenAuthorisationInForceFromTheHead() {
        Authorisation fromChair = new Authorisation("05/GUQ-UBND", TUY_PHUOC, CHAIR, FINANCE_HEAD,
                "Ký các văn bản về quyết toán ngân sách", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        SigningAuthority withIt = SigningAuthority.of(directory, List.of(fromChair));
        assertThat(withIt.check(p(FINANCE_HEAD), SigningCompetence.TUQ, DISTRICT, DAY).isValid()).isTrue();
        assertThat(withIt.check(p(FINANCE_HEAD), SigningCompetence.TUQ, DISTRICT, LocalDate.of(2026, 6, 30))
                .isValid()).isTrue();
        assertThat(withIt.check(p(FINANCE_HEAD), SigningCompetence.TUQ, DISTRICT, LocalDate.of(2026, 7, 1))
                .has(RoutingViolation.TUQ_NO_AUTHORISATION)).isTrue();
        assertThat(withIt.check(p(FINANCE_HEAD), SigningCompetence.TUQ, DISTRICT, LocalDate.of(2025, 12, 31))
                .has(RoutingViolation.TUQ_NO_AUTHORISATION)).isTrue();
        // nobody else benefits from it, and without it the head of unit may not sign TUQ.
        assertThat(withIt.check(p(JUSTICE_HEAD), SigningCompetence.TUQ, DISTRICT, DAY)
                .has(RoutingViolation.TUQ_NO_AUTHORISATION)).isTrue();
        refused(p(FINANCE_HEAD), SigningCompetence.TUQ, DISTRICT, RoutingViolation.TUQ_NO_AUTHORISATION);
        assertThat(withIt.authorisations()).containsExactly(fromChair);
    }

    @Test
    void anAuthorisationFromADeputyOrToADeputyGivesNothing() {
        Authorisation fromViceChair = new Authorisation("06/GUQ-UBND", TUY_PHUOC, VICE_CHAIR, JUSTICE_HEAD,
                "Ký thay", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        Authorisation toDeputy = new Authorisation("07/GUQ-UBND", TUY_PHUOC, CHAIR, FINANCE_DEPUTY,
                "Ký thay", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        SigningAuthority a = SigningAuthority.of(directory, Set.of(fromViceChair, toDeputy));
        assertThat(a.check(p(JUSTICE_HEAD), SigningCompetence.TUQ, DISTRICT, DAY)
                .has(RoutingViolation.TUQ_NO_AUTHORISATION)).isTrue();
        assertThat(a.check(p(FINANCE_DEPUTY), SigningCompetence.TUQ, DISTRICT, DAY)
                .has(RoutingViolation.TUQ_NOT_UNIT_HEAD)).isTrue();
    }

    @Test
    void anAuthorisationOfAnotherOrganisationGivesNothing() {
        Authorisation elsewhere = new Authorisation("01/GUQ-STP", SO_TU_PHAP, DIRECTOR, FINANCE_HEAD, "Ký",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(SigningAuthority.of(directory, List.of(elsewhere))
                .check(p(FINANCE_HEAD), SigningCompetence.TUQ, DISTRICT, DAY)
                .has(RoutingViolation.TUQ_NO_AUTHORISATION)).isTrue();
        Authorisation stpOffice = new Authorisation("02/GUQ-STP", SO_TU_PHAP, DIRECTOR, STP_OFFICE_CHIEF, "Ký",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(SigningAuthority.of(directory, List.of(stpOffice))
                .check(p(STP_OFFICE_CHIEF), SigningCompetence.TUQ, JUSTICE_DEPARTMENT, DAY).isValid()).isTrue();
    }

    @Test
    void aSignerOfAnotherOrganisationIsRefused() {
        refused(p(DIRECTOR), SigningCompetence.NONE, DISTRICT, RoutingViolation.SIGNER_OTHER_ORGANISATION);
    }

    @Test
    void authorisationsRefuseOpenOrReversedPeriodsAndSelfAuthorisation() {
        assertThatThrownBy(() -> new Authorisation("x", TUY_PHUOC, CHAIR, FINANCE_HEAD, "Ký",
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1))).isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(RoutingViolation.BAD_AUTHORISATION)).isTrue());
        assertThatThrownBy(() -> new Authorisation("x", TUY_PHUOC, CHAIR, FINANCE_HEAD, "Ký",
                LocalDate.of(2026, 2, 1), null)).isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> new Authorisation("x", TUY_PHUOC, CHAIR, CHAIR, "Ký",
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1))).isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> new Authorisation(null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations()).hasSizeGreaterThanOrEqualTo(6));
    }

    @Test
    void missingArgumentsAreViolations() {
        assertThat(authority.check(null, SigningCompetence.KT, DISTRICT, DAY).has(RoutingViolation.MISSING)).isTrue();
        assertThat(authority.check(p(CHAIR), null, DISTRICT, DAY).has(RoutingViolation.MISSING)).isTrue();
        assertThat(authority.check(p(CHAIR), SigningCompetence.KT, null, DAY).has(RoutingViolation.MISSING)).isTrue();
        assertThat(authority.check(p(CHAIR), SigningCompetence.KT, DISTRICT, null).has(RoutingViolation.MISSING))
                .isTrue();
    }

    private void refused(Person signer, SigningCompetence competence, Organisation org, ViolationType expected) {
        ValidationResult r = authority.check(signer, competence, org, DAY);
        assertThat(r.violations()).extracting(Violation::code).containsExactly(expected.code());
        assertThat(r.violations().get(0).ruleId()).isEqualTo("R-FMT-5");
        assertThat(r.violations().get(0).article()).contains("Decree 30/2020");
    }
}
