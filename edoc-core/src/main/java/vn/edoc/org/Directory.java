package vn.edoc.org;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.edoc.id.OrganCode;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * An immutable snapshot of who is who (danh bạ): organisations, their units, the people working there and their
 * accounts. Built with {@link #builder()}, which checks that every reference holds and that nobody has two accounts
 * in use (R-ACC-1). Changed only by {@link AccountAdministration}, which returns a new snapshot.
 *
 * <p>The lookups that answer "who is the clerk / the leader / the office chief / the head" read the positions people
 * hold (see {@link Person#positions()}) and keep only people whose account can act: a person whose account is
 * locked or revoked is nobody's clerk (R-ACC-2). Among several holders, heads come before acting heads, acting
 * heads before deputies, and then the order in which people were added.
 */
public final class Directory {

    private final Map<OrganCode, Organisation> organisations;
    private final Map<String, Unit> units;
    private final Map<String, Person> people;
    private final Map<String, Account> accounts;

    private Directory(Map<OrganCode, Organisation> organisations, Map<String, Unit> units,
                      Map<String, Person> people, Map<String, Account> accounts) {
        this.organisations = organisations;
        this.units = units;
        this.people = people;
        this.accounts = accounts;
    }

    /** A builder for an empty directory. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding everything this directory holds. */
    public Builder toBuilder() {
        Builder b = new Builder();
        organisations.values().forEach(b::add);
        units.values().forEach(b::add);
        people.values().forEach(b::add);
        accounts.values().forEach(b::add);
        return b;
    }

    // ----- lookups by key -----

    /** The organisation with {@code code}. */
    public Optional<Organisation> organisation(OrganCode code) {
        return Optional.ofNullable(code == null ? null : organisations.get(code));
    }

    /** The unit with {@code id}. */
    public Optional<Unit> unit(String id) {
        return Optional.ofNullable(id == null ? null : units.get(id));
    }

    /** The person with {@code id}. */
    public Optional<Person> person(String id) {
        return Optional.ofNullable(id == null ? null : people.get(id));
    }

    /** The account named {@code name} (compared ignoring case). */
    public Optional<Account> account(String name) {
        return Optional.ofNullable(name == null ? null : accounts.get(name.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    /** The account a person uses now (the one their record names), if any. */
    public Optional<Account> accountOf(String personId) {
        return person(personId).flatMap(Person::account).flatMap(this::account);
    }

    /** Every organisation, in the order added. */
    public List<Organisation> organisations() {
        return List.copyOf(organisations.values());
    }

    /** Every unit, in the order added. */
    public List<Unit> units() {
        return List.copyOf(units.values());
    }

    /** Every person, in the order added. */
    public List<Person> people() {
        return List.copyOf(people.values());
    }

    /** Every account, revoked ones included, in the order added. */
    public List<Account> accounts() {
        return List.copyOf(accounts.values());
    }

    /** The units of an organisation, in the order added. */
    public List<Unit> unitsOf(OrganCode organisation) {
        return units.values().stream().filter(u -> u.organisation().equals(organisation)).toList();
    }

    /** The people of a unit, in the order added. */
    public List<Person> peopleIn(String unitId) {
        return people.values().stream().filter(p -> p.unitId().equals(unitId)).toList();
    }

    /** The people of an organisation, in the order added. */
    public List<Person> peopleOf(OrganCode organisation) {
        return people.values().stream().filter(p -> p.organisation().equals(organisation)).toList();
    }

    /** True when the person has an account that can act now (R-ACC-2). */
    public boolean canAct(String personId) {
        return accountOf(personId).map(Account::canAct).orElse(false);
    }

    // ----- who holds what -----

    /** The people of a unit holding {@code role} whose account can act, heads first. */
    public List<Person> holders(String unitId, Role role) {
        return ranked(peopleIn(unitId), role);
    }

    /** The people of an organisation holding {@code role} whose account can act, heads first. */
    public List<Person> holders(OrganCode organisation, Role role) {
        return ranked(peopleOf(organisation), role);
    }

    /** The clerk (văn thư) of a unit. */
    public Optional<Person> clerkOf(String unitId) {
        return holders(unitId, Role.CLERK).stream().findFirst();
    }

    /** The head of a unit (trưởng phòng; the acting head or a deputy when there is none). */
    public Optional<Person> headOf(String unitId) {
        return holders(unitId, Role.UNIT_HEAD).stream().findFirst();
    }

    /** The leader of an organisation (chủ tịch, giám đốc; the acting head or a deputy when there is none). */
    public Optional<Person> leaderOf(OrganCode organisation) {
        return holders(organisation, Role.LEADER).stream().findFirst();
    }

    /** The office chief of an organisation (chánh văn phòng; the acting head or a deputy when there is none). */
    public Optional<Person> officeChiefOf(OrganCode organisation) {
        return holders(organisation, Role.OFFICE_CHIEF).stream().findFirst();
    }

    /** The office (văn phòng) of an organisation, the first unit of that kind. */
    public Optional<Unit> officeOf(OrganCode organisation) {
        return unitsOf(organisation).stream().filter(u -> u.kind() == UnitKind.OFFICE).findFirst();
    }

    /** The organisation's clerks: the clerks of its office (who register for the whole organisation). */
    public Optional<Person> organisationClerk(OrganCode organisation) {
        return officeOf(organisation).flatMap(o -> clerkOf(o.id()));
    }

    private List<Person> ranked(List<Person> candidates, Role role) {
        List<Person> holders = new ArrayList<>();
        for (Person p : candidates) {
            if (p.holds(role) && canAct(p.id())) {
                holders.add(p);
            }
        }
        // a stable sort keeps the order added among people of the same rank
        holders.sort(Comparator.comparingInt(p -> Person.precedence(p.rankIn(role).orElse(LeaderRank.DEPUTY))));
        return List.copyOf(holders);
    }

    // ----- copies for AccountAdministration -----

    Directory with(Account account) {
        Map<String, Account> copy = new LinkedHashMap<>(accounts);
        copy.put(account.name(), account);
        return new Directory(organisations, units, people, copy);
    }

    Directory with(Person person) {
        Map<String, Person> copy = new LinkedHashMap<>(people);
        copy.put(person.id(), person);
        return new Directory(organisations, units, copy, accounts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Directory d && organisations.equals(d.organisations) && units.equals(d.units)
                && people.equals(d.people) && accounts.equals(d.accounts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisations, units, people, accounts);
    }

    @Override
    public String toString() {
        return "Directory[" + organisations.size() + " organisations, " + units.size() + " units, " + people.size()
                + " people, " + accounts.size() + " accounts]";
    }

    /**
     * Gathers the parts of a directory; {@link #build()} checks them all at once. Not thread-safe; use one builder
     * per thread.
     */
    public static final class Builder {

        private final List<Organisation> organisations = new ArrayList<>();
        private final List<Unit> units = new ArrayList<>();
        private final List<Person> people = new ArrayList<>();
        private final List<Account> accounts = new ArrayList<>();

        private Builder() {
        }

        /** Adds an organisation. */
        public Builder add(Organisation organisation) {
            organisations.add(organisation);
            return this;
        }

        /** Adds a unit. */
        public Builder add(Unit unit) {
            units.add(unit);
            return this;
        }

        /** Adds a person. */
        public Builder add(Person person) {
            people.add(person);
            return this;
        }

        /** Adds an account. */
        public Builder add(Account account) {
            accounts.add(account);
            return this;
        }

        /**
         * Adds a person together with their active account, named {@link Person#accountName()} and granted the roles
         * of the positions the person holds ({@link Person#roles()}): the roles are declared once, on the positions.
         * An administrator may grant other roles later ({@link AccountAdministration#changeRoles}).
         *
         * @throws EdocRuleException when the person has no account name or holds no position
         */
        public Builder addWithAccount(Person person) {
            if (person == null || person.account().isEmpty()) {
                throw EdocRuleException.of(OrgViolation.MISSING_FIELD, "accountName", "accountName");
            }
            people.add(person);
            accounts.add(Account.active(person.accountName(), person.id(), person.roles()));
            return this;
        }

        /** Adds organisations, units, people and accounts (anything else is refused). */
        public Builder addAll(Collection<?> parts) {
            for (Object part : parts) {
                if (part instanceof Organisation o) {
                    add(o);
                } else if (part instanceof Unit u) {
                    add(u);
                } else if (part instanceof Person p) {
                    add(p);
                } else if (part instanceof Account a) {
                    add(a);
                } else {
                    throw EdocRuleException.of(OrgViolation.MISSING_FIELD, "parts", "organisation|unit|person|account");
                }
            }
            return this;
        }

        /**
         * The directory.
         *
         * @throws EdocRuleException listing every fault: missing parts, duplicates, references to unknown
         *                           organisations, units or people, a person's unit in another organisation, two
         *                           accounts in use for one person, a person naming an account not theirs
         */
        public Directory build() {
            List<Violation> found = new ArrayList<>();
            Map<OrganCode, Organisation> orgs = new LinkedHashMap<>();
            for (int i = 0; i < organisations.size(); i++) {
                Organisation o = organisations.get(i);
                if (o == null) {
                    found.add(OrgViolation.MISSING_FIELD.at("organisations[" + i + "]", "organisation"));
                } else if (orgs.putIfAbsent(o.code(), o) != null) {
                    found.add(OrgViolation.DUPLICATE.at("organisations[" + i + "]", "Organisation", o.code().value()));
                }
            }
            Map<String, Unit> unitMap = new LinkedHashMap<>();
            for (int i = 0; i < units.size(); i++) {
                Unit u = units.get(i);
                String path = "units[" + i + "]";
                if (u == null) {
                    found.add(OrgViolation.MISSING_FIELD.at(path, "unit"));
                    continue;
                }
                if (unitMap.putIfAbsent(u.id(), u) != null) {
                    found.add(OrgViolation.DUPLICATE.at(path, "Unit", u.id()));
                }
                if (!orgs.containsKey(u.organisation())) {
                    found.add(OrgViolation.UNKNOWN_ORGANISATION.at(path + ".organisation", u.organisation().value()));
                }
            }
            Map<String, Account> accountMap = new LinkedHashMap<>();
            for (int i = 0; i < accounts.size(); i++) {
                Account a = accounts.get(i);
                if (a == null) {
                    found.add(OrgViolation.MISSING_FIELD.at("accounts[" + i + "]", "account"));
                } else if (accountMap.putIfAbsent(a.name(), a) != null) {
                    found.add(OrgViolation.DUPLICATE.at("accounts[" + i + "]", "Account", a.name()));
                }
            }
            Map<String, Person> personMap = new LinkedHashMap<>();
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                String path = "people[" + i + "]";
                if (p == null) {
                    found.add(OrgViolation.MISSING_FIELD.at(path, "person"));
                    continue;
                }
                if (personMap.putIfAbsent(p.id(), p) != null) {
                    found.add(OrgViolation.DUPLICATE.at(path, "Person", p.id()));
                }
                if (!orgs.containsKey(p.organisation())) {
                    found.add(OrgViolation.UNKNOWN_ORGANISATION.at(path + ".organisation", p.organisation().value()));
                }
                Unit u = unitMap.get(p.unitId());
                if (u == null) {
                    found.add(OrgViolation.UNKNOWN_UNIT.at(path + ".unitId", p.unitId()));
                } else if (!u.organisation().equals(p.organisation())) {
                    found.add(OrgViolation.UNIT_OF_OTHER_ORGANISATION.at(path + ".unitId", u.id(),
                            u.organisation().value(), p.organisation().value()));
                }
                if (!p.accountName().isEmpty()) {
                    Account a = accountMap.get(p.accountName());
                    if (a == null) {
                        found.add(OrgViolation.UNKNOWN_ACCOUNT.at(path + ".accountName", p.accountName()));
                    } else if (!a.personId().equals(p.id())) {
                        found.add(OrgViolation.ACCOUNT_OF_ANOTHER_PERSON.at(path + ".accountName", a.name(),
                                a.personId(), p.id()));
                    }
                }
            }
            Map<String, List<Account>> inUse = accountMap.values().stream()
                    .filter(a -> a.status() != AccountStatus.REVOKED)
                    .collect(Collectors.groupingBy(Account::personId, LinkedHashMap::new, Collectors.toList()));
            for (Account a : accountMap.values()) {
                if (!personMap.containsKey(a.personId())) {
                    found.add(OrgViolation.UNKNOWN_PERSON.at("accounts." + a.name() + ".personId", a.personId()));
                }
            }
            for (Map.Entry<String, List<Account>> e : inUse.entrySet()) {
                List<Account> held = e.getValue();
                if (held.size() > 1) {
                    found.add(OrgViolation.SECOND_ACCOUNT.at("accounts." + held.get(1).name(), e.getKey(),
                            held.get(0).name()));
                }
                Person p = personMap.get(e.getKey());
                if (p != null && held.size() == 1 && !p.accountName().equals(held.get(0).name())) {
                    found.add(OrgViolation.ACCOUNT_NAME_MISMATCH.at("people." + p.id() + ".accountName", p.id(),
                            p.accountName().isEmpty() ? "-" : p.accountName()));
                }
            }
            ValidationResult result = ValidationResult.of(found);
            result.orThrow();
            return new Directory(orgs, unitMap, personMap, accountMap);
        }
    }

    /** The names of every account, for account-name assignment. */
    Set<String> accountNames() {
        return Set.copyOf(accounts.keySet());
    }
}
