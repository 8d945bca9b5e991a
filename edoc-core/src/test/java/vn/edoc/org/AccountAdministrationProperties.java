package vn.edoc.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import vn.edoc.validation.EdocRuleException;

class AccountAdministrationProperties {

    private static final Directory START = OrgFixtures.directory();
    private static final List<String> ACCOUNTS = START.accounts().stream().map(Account::name).toList();
    private static final List<String> PEOPLE = START.people().stream().map(Person::id).toList();

    /** One administrator operation attempted by some account on some target. */
    record Op(int kind, String actor, String target, String person, Set<Role> roles) {
    }

    @Property(tries = 300)
    void randomAdministrationKeepsEveryInvariant(@ForAll("operations") List<Op> ops) {
        Statistics.label("outcome").coverage(c -> {
            c.check("done").count(n -> n > 0);
            c.check("refused").count(n -> n > 0);
        });
        AccountAdministration admin = new AccountAdministration(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        Directory d = START;
        for (Op op : ops) {
            Directory before = d;
            Account actor = d.account(op.actor()).orElseThrow();
            boolean actorMayAct = actor.canAct() && actor.has(Role.ADMINISTRATOR);
            try {
                AccountAdministration.Outcome out = switch (op.kind()) {
                    case 0 -> admin.lock(d, op.actor(), op.target());
                    case 1 -> admin.unlock(d, op.actor(), op.target());
                    case 2 -> admin.revoke(d, op.actor(), op.target());
                    case 3 -> admin.changeRoles(d, op.actor(), op.target(), op.roles());
                    default -> admin.createAccount(d, op.actor(), op.person(), op.roles());
                };
                assertThat(actorMayAct).as("only an active administrator acts").isTrue();
                Account changedBefore = out.action().before();
                if (changedBefore != null) {
                    assertThat(changedBefore.status()).as("a revoked account never changes")
                            .isNotEqualTo(AccountStatus.REVOKED);
                }
                for (Account a : before.accounts()) {
                    if (!a.name().equals(out.action().target())) {
                        assertThat(out.directory().account(a.name())).contains(a);
                    }
                }
                d = out.directory();
                Statistics.label("outcome").collect("done");
                assertThat(d.toBuilder().build()).as("the new directory still holds together").isEqualTo(d);
            } catch (EdocRuleException refused) {
                // the directory is immutable: a refusal leaves the caller with exactly what it had
                assertThat(d).isSameAs(before);
                assertThat(refused.ruleIds()).isNotEmpty();
                Statistics.label("outcome").collect("refused");
            }
        }
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("tuanvm.tuyphuoc")),
                        Tuple.of(1, Arbitraries.just("sonhv.stp")), Tuple.of(3, Arbitraries.of(ACCOUNTS))),
                Arbitraries.of(ACCOUNTS),
                Arbitraries.of(PEOPLE),
                Arbitraries.subsetOf(Role.values()).map(s -> s.isEmpty() ? Set.<Role>of() : EnumSet.copyOf(s)))
                .as(Op::new);
        return op.list().ofMaxSize(25);
    }
}
