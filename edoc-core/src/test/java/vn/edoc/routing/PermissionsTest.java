package vn.edoc.routing;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.*;
import static vn.edoc.org.Role.ADMINISTRATOR;
import static vn.edoc.org.Role.CLERK;
import static vn.edoc.org.Role.JUSTICE_OFFICER;
import static vn.edoc.org.Role.LEADER;
import static vn.edoc.org.Role.MONITORING_OFFICER;
import static vn.edoc.org.Role.OFFICE_CHIEF;
import static vn.edoc.org.Role.SPECIALIST;
import static vn.edoc.org.Role.UNIT_HEAD;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edoc.id.PersonId;
import vn.edoc.org.Account;
import vn.edoc.org.AccountAdministration;
import vn.edoc.org.Directory;
import vn.edoc.org.OrgFixtures;
import vn.edoc.org.Person;
import vn.edoc.org.Position;
import vn.edoc.org.Role;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

class PermissionsTest {

    /** The expected permission matrix, restated here independently of {@link Action}. */
    static final Map<Action, Set<Role>> EXPECTED = Map.ofEntries(
            entry(Action.REGISTER_INCOMING, Set.of(CLERK)),
            entry(Action.REFUSE_INCOMING, Set.of(CLERK)),
            entry(Action.CANCEL_ON_RECALL, Set.of(CLERK)),
            entry(Action.PRINT_REGISTER, Set.of(CLERK)),
            entry(Action.PROPOSE, Set.of(OFFICE_CHIEF)),
            entry(Action.ANNOTATE_AND_ASSIGN, Set.of(LEADER)),
            entry(Action.FORWARD_TO_HEAD, Set.of(CLERK)),
            entry(Action.ASSIGN_SPECIALIST, Set.of(UNIT_HEAD)),
            entry(Action.HANDLE, Set.of(SPECIALIST, UNIT_HEAD)),
            entry(Action.COMPLETE, Set.of(SPECIALIST, UNIT_HEAD)),
            entry(Action.ACKNOWLEDGE, Set.of(LEADER, OFFICE_CHIEF, UNIT_HEAD, SPECIALIST, CLERK, MONITORING_OFFICER,
                    JUSTICE_OFFICER)),
            entry(Action.DRAFT, Set.of(SPECIALIST, UNIT_HEAD)),
            entry(Action.REVIEW, Set.of(UNIT_HEAD, OFFICE_CHIEF)),
            entry(Action.APPRAISE, Set.of(JUSTICE_OFFICER)),
            entry(Action.APPROVE_AND_SIGN, Set.of(LEADER, OFFICE_CHIEF, UNIT_HEAD)),
            entry(Action.RETURN_FOR_REWORK, Set.of(UNIT_HEAD, OFFICE_CHIEF, LEADER, JUSTICE_OFFICER)),
            entry(Action.REGISTER_OUTGOING, Set.of(CLERK)),
            entry(Action.SIGN_AS_ORGANISATION, Set.of(CLERK)),
            entry(Action.ISSUE, Set.of(CLERK)),
            entry(Action.RECALL, Set.of(LEADER, CLERK)),
            entry(Action.CREATE_TASK, Set.of(SPECIALIST)),
            entry(Action.CHECK_TASK, Set.of(MONITORING_OFFICER)),
            entry(Action.RECEIVE_TASK, Set.of(CLERK, UNIT_HEAD, LEADER)),
            entry(Action.RETURN_TASK, Set.of(CLERK, UNIT_HEAD, LEADER)),
            entry(Action.REPORT_TASK, Set.of(SPECIALIST, UNIT_HEAD)),
            entry(Action.APPROVE_TASK_RESULT, Set.of(MONITORING_OFFICER)),
            entry(Action.REFUSE_TASK_RESULT, Set.of(MONITORING_OFFICER)),
            entry(Action.REQUEST_EXTENSION, Set.of(SPECIALIST, UNIT_HEAD)),
            entry(Action.APPROVE_EXTENSION, Set.of(MONITORING_OFFICER)),
            entry(Action.REFUSE_EXTENSION, Set.of(MONITORING_OFFICER)),
            entry(Action.COOPERATE_ANSWER, Set.of(SPECIALIST, UNIT_HEAD)),
            entry(Action.COOPERATE_REFUSE, Set.of(UNIT_HEAD, LEADER)),
            entry(Action.ASSIGN_DIRECTLY, Set.of(LEADER)),
            entry(Action.INSPECT_TASKS, Set.of(MONITORING_OFFICER, OFFICE_CHIEF, LEADER)),
            entry(Action.REPORT_FOR_INSPECTION, Set.of(UNIT_HEAD, LEADER)),
            entry(Action.OPEN_WORK_FILE, Set.of(SPECIALIST, UNIT_HEAD)),
            entry(Action.ADD_TO_WORK_FILE, Set.of(SPECIALIST, UNIT_HEAD)),
            entry(Action.CLOSE_WORK_FILE, Set.of(SPECIALIST, UNIT_HEAD)),
            entry(Action.ADMINISTER_ACCOUNTS, Set.of(ADMINISTRATOR)),
            entry(Action.RECORD_OUTAGE, Set.of(ADMINISTRATOR)),
            entry(Action.ENTER_AFTER_OUTAGE, Set.of(CLERK, LEADER, OFFICE_CHIEF, UNIT_HEAD, SPECIALIST,
                    MONITORING_OFFICER, JUSTICE_OFFICER)));

    private static final Set<Action> PERSONAL = EnumSet.of(Action.HANDLE, Action.COMPLETE, Action.REPORT_TASK,
            Action.REQUEST_EXTENSION, Action.ACKNOWLEDGE);

    private final Directory directory = OrgFixtures.directory();
    private final AccountAdministration admin =
            new AccountAdministration(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    @Test
    void everyRoleActionPairFollowsTheExpectedMatrix() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(Action.values());
        Directory.Builder b = directory.toBuilder();
        for (Role role : Role.values()) {
            String unit = role == UNIT_HEAD || role == SPECIALIST ? FINANCE : OFFICE;
            String id = "matrix-" + role;
            String account = "matrix." + role.name().toLowerCase(Locale.ROOT).replace("_", "");
            b.add(new Person(id, "Người Thử " + role, account, TUY_PHUOC, unit, Set.of(Position.of(role))));
            b.add(Account.active(account, id, Set.of(role)));
        }
        Directory matrix = b.build();
        int allowed = 0;
        for (Role role : Role.values()) {
            Actor actor = Actor.of(matrix, PersonId.of("matrix-" + role),
                    "matrix." + role.name().toLowerCase(Locale.ROOT).replace("_", ""));
            Scope own = Scope.assignment(TUY_PHUOC, actor.person().unitId(), actor.personId());
            for (Action action : Action.values()) {
                boolean expected = EXPECTED.get(action).contains(role);
                ValidationResult result = Permissions.check(actor, action, own);
                assertThat(result.isValid()).as("%s may %s", role, action).isEqualTo(expected);
                assertThat(Permissions.allows(role, action)).isEqualTo(expected);
                if (!expected) {
                    assertThat(result.has(RoutingViolation.ROLE_NOT_PERMITTED)).isTrue();
                    assertThat(result.violations()).hasSize(1);
                } else {
                    allowed++;
                }
                assertThat(action.personal()).isEqualTo(PERSONAL.contains(action));
            }
            assertThat(Permissions.actionsOf(role)).allMatch(a -> EXPECTED.get(a).contains(role));
        }
        assertThat(allowed).isEqualTo(EXPECTED.values().stream().mapToInt(Set::size).sum());
    }

    @Test
    void actingThroughAnotherPersonsAccountIsRefused() {
        Actor impostor = Actor.of(directory, PersonId.of(OrgFixtures.CLERK), "chiennv.tuyphuoc");
        ValidationResult result = Permissions.check(impostor, Action.REGISTER_INCOMING,
                Scope.organisation(TUY_PHUOC));
        assertThat(result.violations()).extracting(Violation::code)
                .containsExactly(RoutingViolation.NOT_OWN_ACCOUNT.code());
        assertThat(result.violations().get(0).ruleId()).isEqualTo("R-ACC-1");
        // even where the account's owner could do it
        Actor chairAsClerk = Actor.of(directory, PersonId.of(OrgFixtures.CLERK), "chiennv.tuyphuoc");
        assertThat(Permissions.check(chairAsClerk, Action.ANNOTATE_AND_ASSIGN, Scope.organisation(TUY_PHUOC))
                .has(RoutingViolation.NOT_OWN_ACCOUNT)).isTrue();
        assertThatThrownBy(() -> Permissions.require(impostor, Action.REGISTER_INCOMING,
                Scope.organisation(TUY_PHUOC))).isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.ruleIds()).containsExactly("R-ACC-1"));
    }

    @Test
    void aLockedOrRevokedAccountCanDoNothing() {
        Directory locked = admin.lock(directory, "tuanvm.tuyphuoc", "lanpt.tuyphuoc").directory();
        Actor clerk = Actor.loggedIn(locked, "lanpt.tuyphuoc");
        for (Action action : Action.values()) {
            ValidationResult r = Permissions.check(clerk, action,
                    Scope.assignment(TUY_PHUOC, OFFICE, OrgFixtures.CLERK));
            assertThat(r.isValid()).isFalse();
            assertThat(r.has(RoutingViolation.ACCOUNT_LOCKED)).isTrue();
        }
        Directory revoked = admin.revoke(locked, "tuanvm.tuyphuoc", "lanpt.tuyphuoc").directory();
        assertThat(Permissions.check(Actor.loggedIn(revoked, "lanpt.tuyphuoc"), Action.REGISTER_INCOMING,
                Scope.organisation(TUY_PHUOC)).violations()).extracting(Violation::code)
                .containsExactly(RoutingViolation.ACCOUNT_REVOKED.code());
    }

    @Test
    void anActorFromAnOlderSnapshotIsRefused() {
        Actor before = Actor.loggedIn(directory, "lanpt.tuyphuoc");
        Directory locked = admin.lock(directory, "tuanvm.tuyphuoc", "lanpt.tuyphuoc").directory();
        Actor stale = new Actor(before.person(), before.account(), locked);
        assertThat(Permissions.check(stale, Action.REGISTER_INCOMING, Scope.organisation(TUY_PHUOC))
                .has(RoutingViolation.UNKNOWN_ACCOUNT)).isTrue();
        // a revoked account's owner with a new account cannot act through the old one
        Directory renewed = admin.createAccount(admin.revoke(directory, "tuanvm.tuyphuoc", "lanpt.tuyphuoc")
                .directory(), "tuanvm.tuyphuoc", OrgFixtures.CLERK, Set.of(CLERK)).directory();
        Actor old = new Actor(renewed.person(OrgFixtures.CLERK).orElseThrow(),
                renewed.account("lanpt.tuyphuoc").orElseThrow(), renewed);
        assertThat(Permissions.check(old, Action.REGISTER_INCOMING, Scope.organisation(TUY_PHUOC))
                .has(RoutingViolation.UNKNOWN_ACCOUNT)).isTrue();
        assertThat(Permissions.check(Actor.loggedIn(renewed, "lanpt1.tuyphuoc"), Action.REGISTER_INCOMING,
                Scope.organisation(TUY_PHUOC)).isValid()).isTrue();
    }

    @Test
    void aRoleWithoutThePermissionIsRefusedNamingTheRule() {
        ValidationResult r = Permissions.check(Actor.loggedIn(directory, "chiennv1.tuyphuoc"),
                Action.ANNOTATE_AND_ASSIGN, Scope.organisation(TUY_PHUOC));
        assertThat(r.violations()).extracting(Violation::code)
                .containsExactly(RoutingViolation.ROLE_NOT_PERMITTED.code());
        assertThat(r.violations().get(0).messageEn()).contains("R-IN-5").contains("LEADER");
    }

    @Test
    void nobodyActsForAnotherOrganisation() {
        ValidationResult r = Permissions.check(Actor.loggedIn(directory, "longpv.stp"), Action.ANNOTATE_AND_ASSIGN,
                Scope.organisation(TUY_PHUOC));
        assertThat(r.violations()).extracting(Violation::code)
                .containsExactly(RoutingViolation.OTHER_ORGANISATION.code());
    }

    @Test
    void aUnitHeadActsOnlyInTheirUnit() {
        Actor head = Actor.loggedIn(directory, "ducbv.tuyphuoc");
        assertThat(Permissions.check(head, Action.ASSIGN_SPECIALIST, Scope.unit(TUY_PHUOC, FINANCE)).isValid())
                .isTrue();
        assertThat(Permissions.check(head, Action.ASSIGN_SPECIALIST, Scope.unit(TUY_PHUOC, JUSTICE)).violations())
                .extracting(Violation::code).containsExactly(RoutingViolation.OTHER_UNIT.code());
        assertThat(Permissions.check(head, Action.ASSIGN_SPECIALIST, Scope.organisation(TUY_PHUOC)).violations())
                .extracting(Violation::code).containsExactly(RoutingViolation.ORGANISATION_WIDE.code());
    }

    @Test
    void theOfficeClerkServesTheOrganisationADepartmentClerkOnlyTheDepartment() {
        Actor office = Actor.loggedIn(directory, "lanpt.tuyphuoc");
        Actor finance = Actor.loggedIn(directory, "hanhtt.tuyphuoc");
        assertThat(Permissions.check(office, Action.REGISTER_INCOMING, Scope.organisation(TUY_PHUOC)).isValid())
                .isTrue();
        assertThat(Permissions.check(office, Action.FORWARD_TO_HEAD, Scope.unit(TUY_PHUOC, JUSTICE)).isValid())
                .isTrue();
        assertThat(Permissions.check(finance, Action.REGISTER_INCOMING, Scope.organisation(TUY_PHUOC))
                .has(RoutingViolation.ORGANISATION_WIDE)).isTrue();
        assertThat(Permissions.check(finance, Action.FORWARD_TO_HEAD, Scope.unit(TUY_PHUOC, FINANCE)).isValid())
                .isTrue();
        assertThat(Permissions.check(finance, Action.FORWARD_TO_HEAD, Scope.unit(TUY_PHUOC, JUSTICE))
                .has(RoutingViolation.OTHER_UNIT)).isTrue();
        assertThat(Permissions.reach(CLERK, directory.person(OrgFixtures.CLERK).orElseThrow(), directory))
                .isEqualTo(Permissions.Reach.ORGANISATION);
        assertThat(Permissions.reach(CLERK, directory.person(FINANCE_CLERK).orElseThrow(), directory))
                .isEqualTo(Permissions.Reach.UNIT);
    }

    @Test
    void aUnitOutsideTheOrganisationIsUnknown() {
        Actor office = Actor.loggedIn(directory, "lanpt.tuyphuoc");
        assertThat(Permissions.check(office, Action.FORWARD_TO_HEAD, Scope.unit(TUY_PHUOC, STP_OFFICE))
                .has(RoutingViolation.UNKNOWN_UNIT)).isTrue();
        assertThat(Permissions.check(office, Action.FORWARD_TO_HEAD, Scope.unit(TUY_PHUOC, "nowhere"))
                .has(RoutingViolation.UNKNOWN_UNIT)).isTrue();
    }

    @Test
    void personalWorkIsDoneOnlyByItsAssignee() {
        Actor specialist = Actor.loggedIn(directory, "chiennv1.tuyphuoc");
        assertThat(Permissions.check(specialist, Action.HANDLE,
                Scope.assignment(TUY_PHUOC, FINANCE, OrgFixtures.SPECIALIST)).isValid()).isTrue();
        assertThat(Permissions.check(specialist, Action.HANDLE,
                Scope.assignment(TUY_PHUOC, FINANCE, NEWCOMER)).violations()).extracting(Violation::code)
                .containsExactly(RoutingViolation.NOT_ASSIGNEE.code());
        assertThat(Permissions.check(specialist, Action.HANDLE, Scope.unit(TUY_PHUOC, FINANCE)).violations())
                .extracting(Violation::code).containsExactly(RoutingViolation.ASSIGNEE_REQUIRED.code());
        // a non-personal action ignores who else is named
        assertThat(Permissions.check(Actor.loggedIn(directory, "ducbv.tuyphuoc"), Action.ASSIGN_SPECIALIST,
                Scope.assignment(TUY_PHUOC, FINANCE, OrgFixtures.SPECIALIST)).isValid()).isTrue();
    }

    @Test
    void everyReasonIsReportedAtOnce() {
        Directory locked = admin.lock(directory, "tuanvm.tuyphuoc", "chiennv1.tuyphuoc").directory();
        ValidationResult r = Permissions.check(Actor.loggedIn(locked, "chiennv1.tuyphuoc"),
                Action.REQUEST_EXTENSION, new Scope(SO_TU_PHAP, STP_OFFICE, CHAIR));
        assertThat(r.violations()).extracting(Violation::code).containsExactlyInAnyOrder(
                RoutingViolation.ACCOUNT_LOCKED.code(), RoutingViolation.OTHER_ORGANISATION.code(),
                RoutingViolation.NOT_ASSIGNEE.code());
    }

    @Test
    void missingArgumentsAreViolationsNotNullPointers() {
        Actor clerk = Actor.loggedIn(directory, "lanpt.tuyphuoc");
        assertThat(Permissions.check(null, Action.ISSUE, Scope.organisation(TUY_PHUOC))
                .has(RoutingViolation.MISSING)).isTrue();
        assertThat(Permissions.check(clerk, null, Scope.organisation(TUY_PHUOC)).has(RoutingViolation.MISSING))
                .isTrue();
        assertThat(Permissions.check(clerk, Action.ISSUE, null).has(RoutingViolation.MISSING)).isTrue();
        assertThat(Permissions.check(clerk, Action.ISSUE, Scope.organisation(null)).has(RoutingViolation.MISSING))
                .isTrue();
        assertThatThrownBy(() -> new Actor(null, null, directory)).isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> Actor.loggedIn(directory, "nobody")).isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> Actor.loggedIn(null, "lanpt.tuyphuoc")).isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> Actor.of(directory, PersonId.of("ghost"), "lanpt.tuyphuoc")).isInstanceOf(EdocRuleException.class);
        assertThat(Permissions.allows(null, Action.ISSUE)).isFalse();
        assertThat(Permissions.reach(null, clerk.person(), directory)).isEqualTo(Permissions.Reach.UNIT);
    }
}
