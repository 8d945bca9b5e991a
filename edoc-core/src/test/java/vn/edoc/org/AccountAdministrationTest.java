package vn.edoc.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.edoc.org.AccountAdministration.NewAccount;
import vn.edoc.org.AccountAdministration.Outcome;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.IllegalTransitionException;
import vn.edoc.validation.ViolationType;

class AccountAdministrationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");
    private static final String ADMIN_ACCOUNT = "tuanvm.tuyphuoc";

    private final AccountAdministration admin = new AccountAdministration(Clock.fixed(NOW, ZoneOffset.UTC));
    private final Directory directory = OrgFixtures.directory();
    private final Directory pristine = OrgFixtures.directory();

    @Test
    void createsAnAccountNamedByTheRuleAndRecordsTheAction() {
        Outcome out = admin.createAccount(directory, ADMIN_ACCOUNT, NEWCOMER, Set.of(Role.SPECIALIST));
        Account created = out.directory().accountOf(NEWCOMER).orElseThrow();
        assertThat(created.name()).isEqualTo("honglt.tuyphuoc");
        assertThat(created.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(created.roles()).containsExactly(Role.SPECIALIST);
        assertThat(out.directory().person(NEWCOMER).orElseThrow().accountName()).isEqualTo("honglt.tuyphuoc");
        AdminAction action = out.action();
        assertThat(action.kind()).isEqualTo(AdminAction.Kind.CREATE);
        assertThat(action.at()).isEqualTo(NOW);
        assertThat(action.actorAccount()).isEqualTo(ADMIN_ACCOUNT);
        assertThat(action.actorPersonId()).isEqualTo(ADMIN);
        assertThat(action.target()).isEqualTo("honglt.tuyphuoc");
        assertThat(action.beforeState()).isEmpty();
        assertThat(action.after()).isEqualTo(created);
        // the directory given is untouched
        assertThat(directory).isEqualTo(pristine);
        assertThat(directory.accountOf(NEWCOMER)).isEmpty();
    }

    @Test
    void aNamesakeGetsTheNextFreeNumber() {
        Directory withNamesake = directory.toBuilder()
                .add(Person.of("namesake", "Nguyễn Văn Chiến", TUY_PHUOC, JUSTICE, Position.of(Role.SPECIALIST)))
                .build();
        Outcome out = admin.createAccount(withNamesake, ADMIN_ACCOUNT, "namesake", Set.of(Role.SPECIALIST));
        assertThat(out.action().target()).isEqualTo("chiennv2.tuyphuoc");
    }

    @Test
    void inABatchTheLeaderKeepsThePlainNameEvenWhenListedSecond() {
        Directory d = directory.toBuilder()
                .add(Person.of("an1", "Trần Văn An", TUY_PHUOC, JUSTICE, Position.of(Role.SPECIALIST)))
                .add(Person.of("an2", "Trần Văn An", TUY_PHUOC, JUSTICE, Position.deputy(Role.UNIT_HEAD)))
                .build();
        Outcome out = admin.createAccounts(d, ADMIN_ACCOUNT, List.of(
                new NewAccount("an1", Set.of(Role.SPECIALIST)), new NewAccount("an2", Set.of(Role.UNIT_HEAD))));
        assertThat(out.directory().accountOf("an1")).map(Account::name).contains("antv1.tuyphuoc");
        assertThat(out.directory().accountOf("an2")).map(Account::name).contains("antv.tuyphuoc");
        assertThat(out.actions()).hasSize(2).allMatch(a -> a.kind() == AdminAction.Kind.CREATE);
    }

    @Test
    void lockUnlockAndRevokeFollowTheLifecycle() {
        Outcome locked = admin.lock(directory, ADMIN_ACCOUNT, "lanpt.tuyphuoc");
        assertThat(locked.directory().account("lanpt.tuyphuoc")).map(Account::status).contains(AccountStatus.LOCKED);
        assertThat(locked.action().kind()).isEqualTo(AdminAction.Kind.LOCK);
        assertThat(locked.action().before().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(locked.action().after().status()).isEqualTo(AccountStatus.LOCKED);

        Outcome unlocked = admin.unlock(locked.directory(), ADMIN_ACCOUNT, "lanpt.tuyphuoc");
        assertThat(unlocked.directory()).isEqualTo(directory);
        assertThat(unlocked.action().kind()).isEqualTo(AdminAction.Kind.UNLOCK);

        Outcome revoked = admin.revoke(locked.directory(), ADMIN_ACCOUNT, "lanpt.tuyphuoc");
        assertThat(revoked.directory().account("lanpt.tuyphuoc")).map(Account::status)
                .contains(AccountStatus.REVOKED);
        assertThat(revoked.directory().canAct(CLERK)).isFalse();
    }

    @Test
    void aRevokedNameIsNotGivenAgain() {
        Directory revoked = admin.revoke(directory, ADMIN_ACCOUNT, "lanpt.tuyphuoc").directory();
        Outcome again = admin.createAccount(revoked, ADMIN_ACCOUNT, CLERK, Set.of(Role.CLERK));
        assertThat(again.action().target()).isEqualTo("lanpt1.tuyphuoc");
        assertThat(again.directory().accountOf(CLERK)).map(Account::status).contains(AccountStatus.ACTIVE);
        assertThat(again.directory().account("lanpt.tuyphuoc")).map(Account::status).contains(AccountStatus.REVOKED);
    }

    @Test
    void changesRoles() {
        Outcome out = admin.changeRoles(directory, ADMIN_ACCOUNT, "lanpt.tuyphuoc", Set.of(Role.CLERK, Role.SPECIALIST));
        assertThat(out.directory().account("lanpt.tuyphuoc").orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.CLERK, Role.SPECIALIST);
        assertThat(out.action().before().roles()).containsExactly(Role.CLERK);
        assertThat(out.action().kind()).isEqualTo(AdminAction.Kind.CHANGE_ROLES);
    }

    @Test
    void onlyAnActiveAdministratorOfTheSameOrganisationMayAct() {
        refused(() -> admin.lock(directory, "lanpt.tuyphuoc", "hoadt.tuyphuoc"), OrgViolation.NOT_ADMINISTRATOR);
        refused(() -> admin.lock(directory, "sonhv.stp", "hoadt.tuyphuoc"), OrgViolation.ADMIN_OTHER_ORGANISATION);
        refused(() -> admin.createAccount(directory, "sonhv.stp", NEWCOMER, Set.of(Role.SPECIALIST)),
                OrgViolation.ADMIN_OTHER_ORGANISATION);
        refused(() -> admin.lock(directory, "nobody", "hoadt.tuyphuoc"), OrgViolation.ADMIN_UNKNOWN);
        refused(() -> admin.lock(directory, null, "hoadt.tuyphuoc"), OrgViolation.ADMIN_UNKNOWN);

        Directory adminLocked = admin.lock(directory, ADMIN_ACCOUNT, ADMIN_ACCOUNT).directory();
        Directory before = adminLocked.toBuilder().build();
        assertThatThrownBy(() -> admin.unlock(adminLocked, ADMIN_ACCOUNT, ADMIN_ACCOUNT))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> {
                    assertThat(e.result().has(OrgViolation.ADMIN_NOT_ACTIVE)).isTrue();
                    assertThat(e.ruleIds()).containsExactly("R-ACC-2");
                });
        assertThat(adminLocked).isEqualTo(before);
    }

    @Test
    void refusedOperationsNameTheirRuleAndChangeNothing() {
        refused(() -> admin.createAccount(directory, ADMIN_ACCOUNT, CLERK, Set.of(Role.CLERK)),
                OrgViolation.SECOND_ACCOUNT);
        refused(() -> admin.createAccount(directory, ADMIN_ACCOUNT, NEWCOMER, Set.of()), OrgViolation.NO_ROLE);
        refused(() -> admin.createAccount(directory, ADMIN_ACCOUNT, "ghost", Set.of(Role.CLERK)),
                OrgViolation.UNKNOWN_PERSON);
        refused(() -> admin.createAccounts(directory, ADMIN_ACCOUNT, List.of(
                        new NewAccount(NEWCOMER, Set.of(Role.SPECIALIST)), new NewAccount(NEWCOMER, Set.of(Role.CLERK)))),
                OrgViolation.PERSON_TWICE);
        refused(() -> admin.createAccounts(directory, ADMIN_ACCOUNT, List.of()), OrgViolation.MISSING_FIELD);
        refused(() -> admin.lock(directory, ADMIN_ACCOUNT, "nobody.tuyphuoc"), OrgViolation.UNKNOWN_ACCOUNT);
        refused(() -> admin.unlock(directory, ADMIN_ACCOUNT, "lanpt.tuyphuoc"), OrgViolation.ACCOUNT_TRANSITION);
        refused(() -> admin.changeRoles(directory, ADMIN_ACCOUNT, "lanpt.tuyphuoc", Set.of(Role.CLERK)),
                OrgViolation.ROLES_UNCHANGED);
        refused(() -> admin.changeRoles(directory, ADMIN_ACCOUNT, "lanpt.tuyphuoc", Set.of()), OrgViolation.NO_ROLE);
    }

    @Test
    void aRevokedAccountStaysRevoked() {
        Directory revoked = admin.revoke(directory, ADMIN_ACCOUNT, "lanpt.tuyphuoc").directory();
        Directory before = revoked.toBuilder().build();
        for (Supplier<Outcome> op : List.<Supplier<Outcome>>of(
                () -> admin.unlock(revoked, ADMIN_ACCOUNT, "lanpt.tuyphuoc"),
                () -> admin.lock(revoked, ADMIN_ACCOUNT, "lanpt.tuyphuoc"),
                () -> admin.revoke(revoked, ADMIN_ACCOUNT, "lanpt.tuyphuoc"))) {
            assertThatThrownBy(op::get).isInstanceOf(IllegalTransitionException.class);
        }
        assertThatThrownBy(() -> admin.changeRoles(revoked, ADMIN_ACCOUNT, "lanpt.tuyphuoc", Set.of(Role.LEADER)))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.result().has(OrgViolation.ACCOUNT_REVOKED)).isTrue());
        assertThat(revoked).isEqualTo(before);
    }

    @Test
    void aNameThatGivesNoAccountNameIsRefusedWithTheNamingRule() {
        Directory d = directory.toBuilder()
                .add(Person.of("odd", "Nguyễn Văn 3", TUY_PHUOC, JUSTICE, Position.of(Role.SPECIALIST))).build();
        Directory before = d.toBuilder().build();
        assertThatThrownBy(() -> admin.createAccount(d, ADMIN_ACCOUNT, "odd", Set.of(Role.SPECIALIST)))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> {
                    assertThat(e.result().has(OrgViolation.NO_ACCOUNT_NAME)).isTrue();
                    assertThat(e.ruleIds()).containsExactly("R-ID-4");
                });
        assertThat(d).isEqualTo(before);
    }

    private void refused(Supplier<Outcome> operation, ViolationType expected) {
        assertThatThrownBy(operation::get).isInstanceOfSatisfying(EdocRuleException.class, e -> {
            assertThat(e.result().has(expected)).as("%s in %s", expected, e.violations()).isTrue();
            assertThat(e.ruleIds()).contains(expected.ruleId());
        });
        assertThat(directory).isEqualTo(pristine);
    }
}
