package vn.edoc.org;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

import java.util.Objects;
import java.util.Set;
import vn.edoc.id.AccountNames;
import vn.edoc.id.AccountNames.AccountRequest;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * Account administration (quản trị tài khoản), R-ACC-1..2: create accounts, change their roles, lock them when
 * reported lost, unlock them once re-issued, revoke them. Every operation is a pure function: it takes a
 * {@link Directory} and returns a new one together with the {@link AdminAction}s to audit; a refused operation
 * throws {@link EdocRuleException} naming its rule, and the directory given is untouched (it is immutable).
 *
 * <p>Who may act: only an {@link AccountStatus#ACTIVE} account holding {@link Role#ADMINISTRATOR}, of the same
 * organisation as the account administered ("cán bộ quản trị … của cơ quan, đơn vị": TP Đ4.1, SL Đ9.4, LS Đ22.2a).
 * Account names follow R-ID-4 through {@link AccountNames}: unique among all names the directory ever held
 * (revoked names are not reused), with the organisation's suffix; in a batch ({@link #createAccounts}) people in
 * leading positions get the plain name first.
 */
public final class AccountAdministration {

    private final Clock clock;

    /** Administration stamping its actions with {@code clock}'s instant. */
    public AccountAdministration(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new directory and the actions that produced it. */
    public record Outcome(Directory directory, List<AdminAction> actions) {
        /** Copies the list. */
        public Outcome {
            Objects.requireNonNull(directory, "directory");
            actions = List.copyOf(actions);
        }

        /** The only action, for single operations. */
        public AdminAction action() {
            return actions.get(0);
        }
    }

    /** One account to create: for whom, with which roles. */
    public record NewAccount(String personId, Set<Role> roles) {
    }

    /**
     * Creates an account for a person who has none in use, named by R-ID-4.
     *
     * @throws EdocRuleException when the administrator may not act (R-ACC-2), the person is unknown or already has
     *                           an account in use (R-ACC-1), no role is given, or no name can be made (R-ID-4)
     */
    public Outcome createAccount(Directory directory, String adminAccount, String personId, Set<Role> roles) {
        return createAccounts(directory, adminAccount, List.of(new NewAccount(personId, roles)));
    }

    /**
     * Creates accounts for several people at once; names are given leaders first (R-ID-4, BS Đ3.2 §2.2). All or
     * nothing: when one is refused, none is created.
     *
     * @throws EdocRuleException listing every fault, as for {@link #createAccount}
     */
    public Outcome createAccounts(Directory directory, String adminAccount, List<NewAccount> requests) {
        Objects.requireNonNull(directory, "directory");
        Account admin = authorise(directory, adminAccount);
        if (requests == null || requests.isEmpty()) {
            throw EdocRuleException.of(OrgViolation.MISSING_FIELD, "requests", "requests");
        }
        List<Violation> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Person> persons = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            NewAccount r = requests.get(i);
            String path = "[" + i + "]";
            Person p = r == null ? null : directory.person(r.personId()).orElse(null);
            if (p == null) {
                found.add(OrgViolation.UNKNOWN_PERSON.at(path + ".personId", r == null ? "-" : r.personId()));
                continue;
            }
            if (!seen.add(p.id())) {
                found.add(OrgViolation.PERSON_TWICE.at(path + ".personId", p.id()));
            }
            directory.accountOf(p.id()).filter(a -> a.status() != AccountStatus.REVOKED).ifPresent(a ->
                    found.add(OrgViolation.SECOND_ACCOUNT.at(path + ".personId", p.id(), a.name())));
            if (r.roles() == null || r.roles().isEmpty() || Checks.hasNull(r.roles())) {
                found.add(OrgViolation.NO_ROLE.at(path + ".roles"));
            }
            sameOrganisation(directory, admin, p, path).ifPresent(found::add);
            persons.add(p);
        }
        ValidationResult.of(found).orThrow();
        Organisation org = directory.organisation(persons.get(0).organisation()).orElseThrow();
        List<String> names = assignNames(directory, persons, org);
        Directory next = directory;
        List<AdminAction> actions = new ArrayList<>();
        Instant at = clock.instant();
        for (int i = 0; i < persons.size(); i++) {
            Person p = persons.get(i);
            Account created = Account.active(names.get(i), p.id(), EnumSet.copyOf(requests.get(i).roles()));
            next = next.with(created).with(p.withAccountName(created.name()));
            actions.add(new AdminAction(at, admin.name(), admin.personId(), AdminAction.Kind.CREATE, created.name(),
                    null, created));
        }
        return new Outcome(next, actions);
    }

    /**
     * Replaces the roles of an account that is not revoked.
     *
     * @throws EdocRuleException when the administrator may not act, the account is unknown or revoked, no role is
     *                           given, or the roles are the same as before
     */
    public Outcome changeRoles(Directory directory, String adminAccount, String accountName, Set<Role> roles) {
        Account admin = authorise(directory, adminAccount);
        Account target = target(directory, admin, accountName);
        if (target.status() == AccountStatus.REVOKED) {
            throw EdocRuleException.of(OrgViolation.ACCOUNT_REVOKED, "accountName", target.name());
        }
        if (roles == null || roles.isEmpty() || Checks.hasNull(roles)) {
            throw EdocRuleException.of(OrgViolation.NO_ROLE, "roles");
        }
        if (target.roles().equals(Set.copyOf(roles))) {
            throw EdocRuleException.of(OrgViolation.ROLES_UNCHANGED, "roles", target.name());
        }
        return apply(directory, admin, AdminAction.Kind.CHANGE_ROLES, target, target.withRoles(roles));
    }

    /** Locks an account reported lost (báo mất): ACTIVE to LOCKED. */
    public Outcome lock(Directory directory, String adminAccount, String accountName) {
        return move(directory, adminAccount, accountName, AccountStatus.LOCKED, AdminAction.Kind.LOCK);
    }

    /** Unlocks an account once it has been re-issued: LOCKED to ACTIVE. */
    public Outcome unlock(Directory directory, String adminAccount, String accountName) {
        return move(directory, adminAccount, accountName, AccountStatus.ACTIVE, AdminAction.Kind.UNLOCK);
    }

    /** Revokes an account for good: ACTIVE or LOCKED to REVOKED. */
    public Outcome revoke(Directory directory, String adminAccount, String accountName) {
        return move(directory, adminAccount, accountName, AccountStatus.REVOKED, AdminAction.Kind.REVOKE);
    }

    // ---------------------------------------------------------------------------------------------------------

    private Outcome move(Directory directory, String adminAccount, String accountName, AccountStatus to,
                         AdminAction.Kind kind) {
        Account admin = authorise(directory, adminAccount);
        Account target = target(directory, admin, accountName);
        return apply(directory, admin, kind, target, target.moveTo(to));
    }

    private Outcome apply(Directory directory, Account admin, AdminAction.Kind kind, Account before, Account after) {
        AdminAction action = new AdminAction(clock.instant(), admin.name(), admin.personId(), kind, before.name(),
                before, after);
        return new Outcome(directory.with(after), List.of(action));
    }

    /** The administrator's account, refused unless active and holding the administrator role (R-ACC-2). */
    private static Account authorise(Directory directory, String adminAccount) {
        Objects.requireNonNull(directory, "directory");
        Account admin = directory.account(adminAccount).orElseThrow(() ->
                EdocRuleException.of(OrgViolation.ADMIN_UNKNOWN, "adminAccount", String.valueOf(adminAccount)));
        if (!admin.canAct()) {
            throw EdocRuleException.of(OrgViolation.ADMIN_NOT_ACTIVE, "adminAccount", admin.name(), admin.status());
        }
        if (!admin.has(Role.ADMINISTRATOR)) {
            throw EdocRuleException.of(OrgViolation.NOT_ADMINISTRATOR, "adminAccount", admin.name());
        }
        return admin;
    }

    private static Account target(Directory directory, Account admin, String accountName) {
        Account target = directory.account(accountName).orElseThrow(() ->
                EdocRuleException.of(OrgViolation.UNKNOWN_ACCOUNT, "accountName", String.valueOf(accountName)));
        Person owner = directory.person(target.personId()).orElseThrow();
        sameOrganisation(directory, admin, owner, "accountName").ifPresent(v -> {
            throw new EdocRuleException(v);
        });
        return target;
    }

    private static java.util.Optional<Violation> sameOrganisation(Directory directory, Account admin, Person p,
                                                                 String path) {
        Person adminPerson = directory.person(admin.personId()).orElseThrow();
        return adminPerson.organisation().equals(p.organisation()) ? java.util.Optional.empty()
                : java.util.Optional.of(OrgViolation.ADMIN_OTHER_ORGANISATION.at(path,
                        adminPerson.organisation().value(), p.organisation().value()));
    }

    private static List<String> assignNames(Directory directory, List<Person> persons, Organisation org) {
        List<AccountRequest> asks = persons.stream().map(p -> new AccountRequest(p.fullName(), p.leading())).toList();
        String suffix = org.hasAccountSuffix() ? org.accountSuffix() : null;
        try {
            return AccountNames.assignAll(asks, suffix, directory.accountNames());
        } catch (EdocRuleException e) {
            List<Violation> found = new ArrayList<>();
            for (Violation v : e.result().errors()) {
                found.add(v);
            }
            found.add(OrgViolation.NO_ACCOUNT_NAME.at("fullName",
                    persons.stream().map(Person::fullName).reduce((a, b) -> a + ", " + b).orElse("")));
            throw new EdocRuleException(ValidationResult.of(found));
        }
    }
}
