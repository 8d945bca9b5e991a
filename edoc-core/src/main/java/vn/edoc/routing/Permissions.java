package vn.edoc.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.edoc.internal.lifecycle.TransitionTable;
import vn.edoc.org.Account;
import vn.edoc.org.Directory;
import vn.edoc.org.Person;
import vn.edoc.org.Role;
import vn.edoc.org.Unit;
import vn.edoc.org.UnitKind;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * Who may do what (phân quyền), checked before every action of the engine:
 * <ol>
 *   <li>the account used is the acting person's own, current account, as the directory knows it: nobody acts
 *       through another's account (R-ACC-1, BS Đ10.5, LS Đ22.2b, SL Đ9.2); when this fails nothing else is
 *       checked;</li>
 *   <li>the account is active: a locked or revoked account can do nothing (R-ACC-2);</li>
 *   <li>one of the account's roles may do the action, by the table of {@link Action} (R-ACC-2);</li>
 *   <li>the action touches the actor's own organisation, and a unit within the {@linkplain #reach reach} of a
 *       permitted role: a unit head or a specialist acts only in their unit, a clerk of the office for the whole
 *       organisation and any other clerk only in their unit;</li>
 *   <li>a {@linkplain Action#personal() personal} action names its assignee, who must be the actor (R-ACC-1).</li>
 * </ol>
 * Every violation found by steps 2 to 5 is reported at once.
 */
public final class Permissions {

    /** How far a role reaches in its organisation (phạm vi của vai trò). */
    public enum Reach {
        /** The whole organisation. */
        ORGANISATION,
        /** The person's own unit only. */
        UNIT
    }

    private Permissions() {
    }

    /** True when {@code role} may do {@code action} by the table of {@link Action}. */
    public static boolean allows(Role role, Action action) {
        return role != null && action != null && action.roles().contains(role);
    }

    /** The actions {@code role} may do. */
    public static Set<Action> actionsOf(Role role) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        for (Action a : Action.values()) {
            if (allows(role, a)) {
                actions.add(a);
            }
        }
        return Collections.unmodifiableSet(actions);
    }

    /**
     * How far {@code role} reaches for {@code person}: unit heads and specialists act in their unit; a clerk of an
     * office (văn phòng) for the whole organisation, other clerks in their unit; every other role for the whole
     * organisation. Without a role, person or directory, the narrowest: {@link Reach#UNIT}.
     */
    public static Reach reach(Role role, Person person, Directory directory) {
        if (role == null || person == null || directory == null) {
            return Reach.UNIT;
        }
        return switch (role) {
            case UNIT_HEAD, SPECIALIST -> Reach.UNIT;
            case CLERK -> directory.unit(person.unitId()).map(Unit::kind).orElse(UnitKind.DEPARTMENT) == UnitKind.OFFICE
                    ? Reach.ORGANISATION : Reach.UNIT;
            default -> Reach.ORGANISATION;
        };
    }

    /** Every reason why {@code actor} may not do {@code action} in {@code scope}; valid when they may. */
    public static ValidationResult check(Actor actor, Action action, Scope scope) {
        if (actor == null || action == null || scope == null || scope.organisation() == null) {
            String missing = actor == null ? "actor" : action == null ? "action" : "scope";
            return ValidationResult.of(RoutingViolation.MISSING.at(missing, missing));
        }
        Person person = actor.person();
        Account account = actor.account();
        Directory directory = actor.directory();
        Optional<Violation> identity = identity(person, account, directory);
        if (identity.isPresent()) {
            return ValidationResult.of(identity.get());
        }
        List<Violation> found = new ArrayList<>();
        switch (account.status()) {
            case LOCKED -> found.add(RoutingViolation.ACCOUNT_LOCKED.at("account", account.name()));
            case REVOKED -> found.add(RoutingViolation.ACCOUNT_REVOKED.at("account", account.name()));
            default -> {
                // an active account may act
            }
        }
        Set<Role> permitted = EnumSet.noneOf(Role.class);
        for (Role r : account.roles()) {
            if (allows(r, action)) {
                permitted.add(r);
            }
        }
        if (permitted.isEmpty()) {
            found.add(RoutingViolation.ROLE_NOT_PERMITTED.at("action", names(account.roles()), account.name(),
                    action.name(), action.ruleId(), names(action.roles())));
        }
        if (!scope.organisation().equals(person.organisation())) {
            found.add(RoutingViolation.OTHER_ORGANISATION.at("scope.organisation", person.organisation().value(),
                    scope.organisation().value()));
        } else if (!permitted.isEmpty()) {
            unitReach(person, directory, action, scope, permitted).ifPresent(found::add);
        }
        if (action.personal()) {
            if (scope.assignee().isEmpty()) {
                found.add(RoutingViolation.ASSIGNEE_REQUIRED.at("scope.assigneeId", action.name()));
            } else if (!scope.assigneeId().equals(person.id())) {
                found.add(RoutingViolation.NOT_ASSIGNEE.at("scope.assigneeId", scope.assigneeId(), person.id()));
            }
        }
        return ValidationResult.of(found);
    }

    /**
     * Refuses unless {@code actor} may do {@code action} in {@code scope}.
     *
     * @throws EdocRuleException with every reason found
     */
    public static void require(Actor actor, Action action, Scope scope) {
        check(actor, action, scope).orThrow();
    }

    private static Optional<Violation> identity(Person person, Account account, Directory directory) {
        if (!account.personId().equals(person.id())) {
            return Optional.of(RoutingViolation.NOT_OWN_ACCOUNT.at("account", account.name(), account.personId(),
                    person.id()));
        }
        if (!directory.person(person.id()).equals(Optional.of(person))) {
            return Optional.of(RoutingViolation.UNKNOWN_ACTOR.at("person", person.id()));
        }
        boolean current = directory.account(account.name()).equals(Optional.of(account))
                && directory.accountOf(person.id()).map(a -> a.name().equals(account.name())).orElse(false);
        return current ? Optional.empty()
                : Optional.of(RoutingViolation.UNKNOWN_ACCOUNT.at("account", account.name(), person.id()));
    }

    private static Optional<Violation> unitReach(Person person, Directory directory, Action action, Scope scope,
                                                 Set<Role> permitted) {
        boolean organisationWide = permitted.stream()
                .anyMatch(r -> reach(r, person, directory) == Reach.ORGANISATION);
        if (scope.unit().isEmpty()) {
            return organisationWide ? Optional.empty() : Optional.of(RoutingViolation.ORGANISATION_WIDE.at(
                    "scope.unitId", action.name(), names(permitted), person.unitId()));
        }
        Optional<Unit> unit = directory.unit(scope.unitId()).filter(u -> u.organisation().equals(scope.organisation()));
        if (unit.isEmpty()) {
            return Optional.of(RoutingViolation.UNKNOWN_UNIT.at("scope.unitId", scope.unitId(),
                    scope.organisation().value()));
        }
        return organisationWide || person.unitId().equals(scope.unitId()) ? Optional.empty()
                : Optional.of(RoutingViolation.OTHER_UNIT.at("scope.unitId", names(permitted), person.unitId(),
                        scope.unitId()));
    }

    private static String names(Set<Role> roles) {
        return roles.isEmpty() ? "-" : TransitionTable.describe(EnumSet.copyOf(roles));
    }
}
