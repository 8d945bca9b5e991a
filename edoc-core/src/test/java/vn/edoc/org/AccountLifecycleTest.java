package vn.edoc.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edoc.validation.IllegalTransitionException;

class AccountLifecycleTest {

    /** The legal moves, written independently of {@link AccountTransition}. */
    private static final Set<String> LEGAL = Set.of("ACTIVE>LOCKED", "LOCKED>ACTIVE", "ACTIVE>REVOKED",
            "LOCKED>REVOKED");

    @Test
    void everyPairIsAcceptedExactlyWhenListed() {
        int accepted = 0;
        for (AccountStatus from : AccountStatus.values()) {
            for (AccountStatus to : AccountStatus.values()) {
                if (LEGAL.contains(from + ">" + to)) {
                    AccountTransition t = AccountTransition.transitionBetween(from, to);
                    assertThat(t.from()).isEqualTo(from);
                    assertThat(t.to()).isEqualTo(to);
                    assertThat(t.ruleId()).isEqualTo("R-ACC-2");
                    accepted++;
                } else {
                    assertThatThrownBy(() -> AccountTransition.transitionBetween(from, to))
                            .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                                assertThat(e.lifecycle()).isEqualTo("AccountStatus");
                                assertThat(e.from()).isEqualTo(from.name());
                                assertThat(e.to()).isEqualTo(to.name());
                                assertThat(e.result().has(OrgViolation.ACCOUNT_TRANSITION)).isTrue();
                                assertThat(e.ruleIds()).containsExactly("R-ACC-2");
                            });
                }
            }
        }
        assertThat(accepted).isEqualTo(AccountTransition.values().length).isEqualTo(LEGAL.size());
    }

    @Test
    void revokedIsTheOnlyFinalStatusAndOnlyActiveCanAct() {
        assertThat(AccountStatus.REVOKED.isFinal()).isTrue();
        assertThat(AccountStatus.ACTIVE.isFinal()).isFalse();
        assertThat(AccountStatus.LOCKED.isFinal()).isFalse();
        assertThat(AccountStatus.ACTIVE.canAct()).isTrue();
        assertThat(AccountStatus.LOCKED.canAct()).isFalse();
        assertThat(AccountStatus.REVOKED.canAct()).isFalse();
    }

    @Test
    void nullStatesAreRefusedWithTheTypedError() {
        assertThatThrownBy(() -> AccountTransition.transitionBetween(null, AccountStatus.LOCKED))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> AccountTransition.transitionBetween(AccountStatus.ACTIVE, null))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(AccountTransition.targetsFrom(null)).isEmpty();
    }

    @Test
    void theErrorMessageListsTheLegalTargets() {
        assertThatThrownBy(() -> AccountTransition.transitionBetween(AccountStatus.LOCKED, AccountStatus.LOCKED))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e ->
                        assertThat(e.violations().get(0).messageEn()).contains("ACTIVE, REVOKED"));
    }
}
