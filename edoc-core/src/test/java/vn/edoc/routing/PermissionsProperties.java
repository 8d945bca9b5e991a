package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import vn.edoc.id.OrganCode;
import vn.edoc.org.Account;
import vn.edoc.org.AccountAdministration;
import vn.edoc.org.Directory;
import vn.edoc.org.OrgFixtures;
import vn.edoc.org.Person;
import vn.edoc.org.Unit;
import vn.edoc.validation.ValidationResult;

/**
 * Random actors (any person with any account, some locked or revoked), random actions and random scopes: the check
 * never throws, and whatever it allows is allowed for a reason.
 */
class PermissionsProperties {

    private static final Directory DIRECTORY;

    static {
        AccountAdministration admin = new AccountAdministration(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        Directory d = OrgFixtures.directory();
        d = admin.lock(d, "tuanvm.tuyphuoc", "lanpt.tuyphuoc").directory();
        d = admin.revoke(d, "tuanvm.tuyphuoc", "namhv.tuyphuoc").directory();
        DIRECTORY = d;
    }

    @Property(tries = 1000)
    void nothingIsAllowedWithoutAReason(@ForAll("cases") Tuple.Tuple2<Actor, Scope> actorAndScope,
                                         @ForAll Action action) {
        Actor actor = actorAndScope.get1();
        Scope scope = actorAndScope.get2();
        Person person = actor.person();
        Account account = actor.account();
        ValidationResult result = Permissions.check(actor, action, scope);
        Statistics.label("allowed").collect(result.isValid());
        Statistics.label("allowed").coverage(c -> c.check(true).count(n -> n > 0));
        if (result.isValid()) {
            assertThat(account.personId()).isEqualTo(person.id());
            assertThat(DIRECTORY.accountOf(person.id())).contains(account);
            assertThat(account.canAct()).isTrue();
            assertThat(account.roles()).anyMatch(r -> Permissions.allows(r, action));
            assertThat(scope.organisation()).isEqualTo(person.organisation());
            if (action.personal()) {
                assertThat(scope.assigneeId()).isEqualTo(person.id());
            }
            scope.unit().ifPresent(u -> assertThat(DIRECTORY.unit(u)).isPresent());
            boolean wide = account.roles().stream().filter(r -> Permissions.allows(r, action))
                    .anyMatch(r -> Permissions.reach(r, person, DIRECTORY) == Permissions.Reach.ORGANISATION);
            if (!wide) {
                assertThat(scope.unitId()).isEqualTo(person.unitId());
            }
        } else {
            assertThat(result.errors()).allSatisfy(v -> assertThat(v.ruleId()).startsWith("R-ACC-"));
        }
    }

    /** Mostly people with their own account, sometimes with anybody's. */
    Arbitrary<Actor> actors() {
        Arbitrary<Person> people = Arbitraries.of(DIRECTORY.people());
        Arbitrary<Actor> own = people.filter(p -> !p.accountName().isEmpty())
                .map(p -> new Actor(p, DIRECTORY.account(p.accountName()).orElseThrow(), DIRECTORY));
        Arbitrary<Actor> anyone = Combinators.combine(people, Arbitraries.of(DIRECTORY.accounts()))
                .as((p, a) -> new Actor(p, a, DIRECTORY));
        return Arbitraries.frequencyOf(Tuple.of(4, own), Tuple.of(1, anyone));
    }

    /** An actor and a scope, the scope often the actor's own organisation, unit and person. */
    @Provide
    Arbitrary<Tuple.Tuple2<Actor, Scope>> cases() {
        return actors().flatMap(actor -> Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Scope.assignment(actor.person().organisation(), actor.person().unitId(),
                        actor.personId()))),
                Tuple.of(1, Arbitraries.just(Scope.organisation(actor.person().organisation()))),
                Tuple.of(2, scopes())).map(scope -> Tuple.of(actor, scope)));
    }

    Arbitrary<Scope> scopes() {
        List<String> units = new ArrayList<>(DIRECTORY.units().stream().map(Unit::id).toList());
        units.add("");
        units.add("nowhere");
        List<String> assignees = new ArrayList<>(DIRECTORY.people().stream().map(Person::id).toList());
        assignees.add("");
        return Combinators.combine(
                Arbitraries.of(OrgFixtures.TUY_PHUOC, OrgFixtures.SO_TU_PHAP),
                Arbitraries.of(units), Arbitraries.of(assignees))
                .as((OrganCode o, String u, String a) -> new Scope(o, u, a));
    }
}
