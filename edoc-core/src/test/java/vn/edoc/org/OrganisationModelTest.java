package vn.edoc.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.TUY_PHUOC;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edoc.validation.EdocRuleException;

class OrganisationModelTest {

    @Test
    void organisationRefusesEveryFaultAtOnce() {
        assertThatThrownBy(() -> Organisation.of(null, " ", null, "Bỉm Sơn"))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> {
                    assertThat(e.violations()).extracting(v -> v.path())
                            .containsExactlyInAnyOrder("code", "name", "kind", "accountSuffix");
                    assertThat(e.result().has(OrgViolation.BAD_SUFFIX)).isTrue();
                });
    }

    @Test
    void organisationKnowsWhetherItIsACollectiveBodyAndGivesItsIssuer() {
        assertThat(OrgFixtures.DISTRICT.collectiveBody()).isTrue();
        assertThat(OrgFixtures.JUSTICE_DEPARTMENT.collectiveBody()).isFalse();
        assertThat(OrganisationKind.COMMUNE_PEOPLES_COMMITTEE.collectiveBody()).isTrue();
        assertThat(OrganisationKind.OTHER.collectiveBody()).isFalse();
        assertThat(OrgFixtures.DISTRICT.issuer().code()).isEqualTo(TUY_PHUOC);
        assertThat(OrgFixtures.DISTRICT.issuer().name()).isEqualTo("Ủy ban nhân dân huyện Tuy Phước");
        assertThat(Organisation.of(TUY_PHUOC, "X", OrganisationKind.OTHER).hasAccountSuffix()).isFalse();
    }

    @Test
    void ranksExistOnlyForLeadingRoles() {
        assertThat(Position.deputy(Role.LEADER).leading()).isTrue();
        assertThat(Position.acting(Role.UNIT_HEAD).rank()).isEqualTo(LeaderRank.ACTING);
        assertThat(Position.of(Role.SPECIALIST).leading()).isFalse();
        assertThatThrownBy(() -> Position.deputy(Role.CLERK))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(OrgViolation.RANK_NOT_APPLICABLE)).isTrue());
        assertThatThrownBy(() -> new Position(null, LeaderRank.HEAD)).isInstanceOf(EdocRuleException.class);
    }

    @Test
    void personReportsMissingFieldsAndAnswersAboutPositions() {
        assertThatThrownBy(() -> new Person("", null, null, null, " ", null))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path())
                        .containsExactlyInAnyOrder("id", "fullName", "organisation", "unitId", "positions"));
        Person deputy = Person.of("p", " Trần Thị Mai ", TUY_PHUOC, "u", Position.deputy(Role.LEADER),
                Position.of(Role.CLERK));
        assertThat(deputy.fullName()).isEqualTo("Trần Thị Mai");
        assertThat(deputy.account()).isEmpty();
        assertThat(deputy.holds(Role.LEADER)).isTrue();
        assertThat(deputy.holds(Role.LEADER, LeaderRank.HEAD)).isFalse();
        assertThat(deputy.rankIn(Role.LEADER)).contains(LeaderRank.DEPUTY);
        assertThat(deputy.rankIn(Role.UNIT_HEAD)).isEmpty();
        assertThat(deputy.leading()).isTrue();
        assertThat(deputy.withAccountName("maitt").account()).contains("maitt");
    }

    @Test
    void accountRefusesMalformedNamesAndEmptyRoles() {
        assertThatThrownBy(() -> Account.active("Chiến NV", "p", Set.of()))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> {
                    assertThat(e.result().has(OrgViolation.BAD_ACCOUNT_NAME)).isTrue();
                    assertThat(e.result().has(OrgViolation.NO_ROLE)).isTrue();
                });
        Account a = Account.active("chiennv.tuyphuoc", "p", Set.of(Role.CLERK, Role.SPECIALIST));
        assertThat(a.canAct()).isTrue();
        assertThat(a.has(Role.CLERK)).isTrue();
        assertThat(a.has(Role.LEADER)).isFalse();
    }

    @Test
    void unitStripsItsTexts() {
        Unit u = Unit.of(" tp ", TUY_PHUOC, " Phòng Tư pháp ", null, UnitKind.DEPARTMENT);
        assertThat(u.id()).isEqualTo("tp");
        assertThat(u.name()).isEqualTo("Phòng Tư pháp");
        assertThat(u.abbreviation()).isEmpty();
        assertThatThrownBy(() -> Unit.of("x", TUY_PHUOC, "", "", null)).isInstanceOf(EdocRuleException.class);
    }

    @Test
    void questionsWithNullAnswerNoRatherThanThrow() {
        Person p = Person.of("p", "Trần Thị Mai", TUY_PHUOC, "u", Position.deputy(Role.LEADER));
        assertThat(p.holds(null)).isFalse();
        assertThat(p.holds(Role.LEADER, null)).isFalse();
        assertThat(p.holds(null, LeaderRank.DEPUTY)).isFalse();
        assertThat(p.rankIn(null)).isEmpty();
        assertThat(Account.active("maitt", "p", Set.of(Role.LEADER)).has(null)).isFalse();
        Directory d = OrgFixtures.directory();
        assertThat(d.holders((String) null, Role.CLERK)).isEmpty();
        assertThat(d.holders(TUY_PHUOC, null)).isEmpty();
        assertThat(d.unitsOf(null)).isEmpty();
        assertThat(d.canAct(null)).isFalse();
        assertThat(d.accountOf(null)).isEmpty();
        assertThat(d.unit(null)).isEmpty();
        assertThat(d.account(null)).isEmpty();
    }
}
