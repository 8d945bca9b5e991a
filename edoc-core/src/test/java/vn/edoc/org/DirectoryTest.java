package vn.edoc.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edoc.validation.EdocRuleException;

class DirectoryTest {

    private final Directory directory = OrgFixtures.directory();

    @Test
    void answersWhoHoldsWhat() {
        assertThat(directory.leaderOf(TUY_PHUOC)).map(Person::id).contains(CHAIR);
        assertThat(directory.officeChiefOf(TUY_PHUOC)).map(Person::id).contains(OFFICE_CHIEF);
        assertThat(directory.clerkOf(FINANCE)).map(Person::id).contains(FINANCE_CLERK);
        assertThat(directory.organisationClerk(TUY_PHUOC)).map(Person::id).contains(CLERK);
        assertThat(directory.officeOf(TUY_PHUOC)).map(Unit::id).contains(OFFICE);
        // the deputy was added before the head, yet the head comes first
        assertThat(directory.headOf(FINANCE)).map(Person::id).contains(FINANCE_HEAD);
        assertThat(directory.holders(FINANCE, Role.UNIT_HEAD)).extracting(Person::id)
                .containsExactly(FINANCE_HEAD, FINANCE_DEPUTY);
        assertThat(directory.holders(SO_TU_PHAP, Role.LEADER)).extracting(Person::id)
                .containsExactly(DIRECTOR, ACTING_DIRECTOR, DEPUTY_DIRECTOR);
        assertThat(directory.clerkOf(JUSTICE)).isEmpty();
        assertThat(directory.unitsOf(SO_TU_PHAP)).extracting(Unit::id).containsExactly(STP_BOARD, STP_OFFICE);
        assertThat(directory.peopleIn(FINANCE)).extracting(Person::id)
                .containsExactly(FINANCE_DEPUTY, FINANCE_HEAD, SPECIALIST, FINANCE_CLERK, NEWCOMER);
        assertThat(directory.accountOf(SPECIALIST)).map(Account::name).contains("chiennv1.tuyphuoc");
        assertThat(directory.account("ChienNV1.TuyPhuoc")).isPresent();
        assertThat(directory.accountOf(NEWCOMER)).isEmpty();
        assertThat(directory.canAct(NEWCOMER)).isFalse();
        assertThat(directory.person(null)).isEmpty();
        assertThat(directory.organisation(null)).isEmpty();
    }

    @Test
    void aPersonWhoseAccountIsLockedHoldsNothing() {
        AccountAdministration admin = new AccountAdministration(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        Directory locked = admin.lock(directory, "tuanvm.tuyphuoc", "ducbv.tuyphuoc").directory();
        assertThat(locked.headOf(FINANCE)).map(Person::id).contains(FINANCE_DEPUTY);
        assertThat(locked.canAct(FINANCE_HEAD)).isFalse();
        assertThat(directory.headOf(FINANCE)).map(Person::id).contains(FINANCE_HEAD);
    }

    @Test
    void aCopyThroughTheBuilderIsEqual() {
        Directory copy = directory.toBuilder().build();
        assertThat(copy).isEqualTo(directory).hasSameHashCodeAs(directory);
        assertThat(copy.toString()).contains("2 organisations");
    }

    @Test
    void builderReportsEveryBrokenReferenceAtOnce() {
        Directory.Builder b = Directory.builder().add(DISTRICT).add(DISTRICT)
                .add(Unit.of("u1", TUY_PHUOC, "Văn phòng", "VP", UnitKind.OFFICE))
                .add(Unit.of("u2", SO_TU_PHAP, "Văn phòng Sở", "VP", UnitKind.OFFICE))
                .add(new Person("p1", "Phạm Thị Lan", "lanpt", TUY_PHUOC, "u1", Set.of()))
                .add(new Person("p2", "Lê Văn Hùng", "", TUY_PHUOC, "u9", Set.of()))
                .add(new Person("p3", "Lê Văn Hải", "", TUY_PHUOC, "u2", Set.of()))
                .add(new Person("p4", "Võ Minh Tuấn", "lanpt", TUY_PHUOC, "u1", Set.of()))
                .add(Account.active("lanpt", "p1", Set.of(Role.CLERK)))
                .add(Account.active("lanpt2", "p1", Set.of(Role.CLERK)))
                .add(Account.active("ghost", "p9", Set.of(Role.CLERK)));
        assertThatThrownBy(b::build).isInstanceOfSatisfying(EdocRuleException.class, e -> {
            assertThat(e.result().has(OrgViolation.DUPLICATE)).isTrue();
            assertThat(e.result().has(OrgViolation.UNKNOWN_ORGANISATION)).isTrue();
            assertThat(e.result().has(OrgViolation.UNKNOWN_UNIT)).isTrue();
            assertThat(e.result().has(OrgViolation.UNIT_OF_OTHER_ORGANISATION)).isTrue();
            assertThat(e.result().has(OrgViolation.ACCOUNT_OF_ANOTHER_PERSON)).isTrue();
            assertThat(e.result().has(OrgViolation.SECOND_ACCOUNT)).isTrue();
            assertThat(e.result().has(OrgViolation.UNKNOWN_PERSON)).isTrue();
            assertThat(e.ruleIds()).contains("R-ACC-1", "R-ID-1");
        });
    }

    @Test
    void aPersonMustNameTheAccountInUse() {
        Directory.Builder b = Directory.builder().add(DISTRICT)
                .add(Unit.of("u1", TUY_PHUOC, "Văn phòng", "VP", UnitKind.OFFICE))
                .add(new Person("p1", "Phạm Thị Lan", "", TUY_PHUOC, "u1", Set.of()))
                .add(Account.active("lanpt", "p1", Set.of(Role.CLERK)));
        assertThatThrownBy(b::build).isInstanceOfSatisfying(EdocRuleException.class,
                e -> assertThat(e.result().has(OrgViolation.ACCOUNT_NAME_MISMATCH)).isTrue());
    }

    @Test
    void builderRefusesStrangePartsWithoutNullPointer() {
        assertThatThrownBy(() -> Directory.builder().addAll(java.util.List.of("x")))
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> Directory.builder().add((Person) null).build())
                .isInstanceOf(EdocRuleException.class);
    }
}
