package vn.edoc.org;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A personal account in the document system (tài khoản người dùng): its name (R-ID-4), the person it belongs to
 * (one personal account per user, R-ACC-1), its status and the roles granted to it (R-ACC-2). Only
 * {@link AccountStatus#ACTIVE} accounts can do anything. Accounts are changed only through
 * {@link AccountAdministration}.
 *
 * @param name     the account name, such as {@code chiennv.bimson}
 * @param personId the id of the person it belongs to
 * @param status   its status
 * @param roles    the roles granted (at least one)
 */
public record Account(String name, String personId, AccountStatus status, Set<Role> roles) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(\\.[a-z0-9]+)*");

    /** Refuses missing fields, a malformed name and an empty role set, all at once. */
    public Account {
        Checks checks = new Checks().text(name, "name").text(personId, "personId").present(status, "status")
                .present(roles, "roles");
        if (name != null && !name.isBlank() && !NAME.matcher(name.strip()).matches()) {
            checks.add(OrgViolation.BAD_ACCOUNT_NAME.at("name", name));
        }
        if (roles != null && (roles.isEmpty() || Checks.hasNull(roles))) {
            checks.add(OrgViolation.NO_ROLE.at("roles"));
        }
        checks.orThrow();
        name = name.strip();
        personId = personId.strip();
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    /** A new active account. */
    public static Account active(String name, String personId, Set<Role> roles) {
        return new Account(name, personId, AccountStatus.ACTIVE, roles);
    }

    /** True when the account may act (R-ACC-2). */
    public boolean canAct() {
        return status.canAct();
    }

    /** True when the account holds {@code role}. */
    public boolean has(Role role) {
        return role != null && roles.contains(role);
    }

    /**
     * This account in {@code status}.
     *
     * @throws vn.edoc.validation.IllegalTransitionException when {@link AccountTransition} does not list the change
     */
    Account moveTo(AccountStatus status) {
        AccountTransition.transitionBetween(this.status, status);
        return new Account(name, personId, status, roles);
    }

    /** This account with other roles. */
    Account withRoles(Set<Role> roles) {
        return new Account(name, personId, status, roles);
    }
}
