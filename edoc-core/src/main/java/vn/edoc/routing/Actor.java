package vn.edoc.routing;

import vn.edoc.id.PersonId;
import vn.edoc.org.Account;
import vn.edoc.org.Directory;
import vn.edoc.org.Person;
import vn.edoc.validation.EdocRuleException;

/**
 * Who acts (người thực hiện): the person, the account they act through, and the directory snapshot both are read
 * against. {@link Permissions#check} refuses an actor whose account is not their own (R-ACC-1) or whose records
 * differ from the directory.
 *
 * @param person    the person acting
 * @param account   the account used
 * @param directory the directory snapshot the action is checked against
 */
public record Actor(Person person, Account account, Directory directory) {

    /** Refuses missing parts. */
    public Actor {
        if (person == null || account == null || directory == null) {
            throw EdocRuleException.of(RoutingViolation.MISSING, "actor",
                    person == null ? "person" : account == null ? "account" : "directory");
        }
    }

    /**
     * The actor logged in with {@code accountName}: the account and the person it belongs to, from the directory.
     *
     * @throws EdocRuleException when the directory holds no such account or person (R-ACC-1)
     */
    public static Actor loggedIn(Directory directory, String accountName) {
        if (directory == null) {
            throw EdocRuleException.of(RoutingViolation.MISSING, "directory", "directory");
        }
        Account account = directory.account(accountName).orElseThrow(() -> EdocRuleException.of(
                RoutingViolation.NO_SUCH_ACCOUNT, "account", String.valueOf(accountName)));
        Person person = directory.person(account.personId()).orElseThrow(() -> EdocRuleException.of(
                RoutingViolation.UNKNOWN_ACTOR, "person", account.personId()));
        return new Actor(person, account, directory);
    }

    /**
     * The actor {@code personId} claiming to act through {@code accountName}; whether the account is theirs is
     * checked by {@link Permissions#check}, which refuses acting for another person (R-ACC-1).
     *
     * @throws EdocRuleException when the directory holds no such account or person
     */
    public static Actor of(Directory directory, PersonId personId, String accountName) {
        if (directory == null) {
            throw EdocRuleException.of(RoutingViolation.MISSING, "directory", "directory");
        }
        Person person = directory.person(String.valueOf(personId)).orElseThrow(() -> EdocRuleException.of(
                RoutingViolation.UNKNOWN_ACTOR, "person", String.valueOf(personId)));
        Account account = directory.account(accountName).orElseThrow(() -> EdocRuleException.of(
                RoutingViolation.NO_SUCH_ACCOUNT, "account", String.valueOf(accountName)));
        return new Actor(person, account, directory);
    }

    /**
     * This actor read against {@code current}, the directory as it is now: the person and the account are taken from
     * it by id and name, so a lock, a revocation or a role change since the caller built this actor counts, and a
     * forged snapshot grants nothing (R-ACC-1, R-ACC-2). When {@code current} does not know them, the old records
     * are kept and {@link Permissions#check} refuses them as unknown. This is the one rebinding every flow and
     * service uses before {@link Permissions#require}.
     *
     * @throws EdocRuleException when {@code current} is missing
     */
    public Actor rebind(Directory current) {
        if (current == null) {
            throw EdocRuleException.of(RoutingViolation.MISSING, "directory", "directory");
        }
        Person p = current.person(person.id()).orElse(person);
        Account a = current.account(account.name()).orElse(account);
        return new Actor(p, a, current);
    }

    /** The acting person's id. */
    public String personId() {
        return person.id();
    }
}
