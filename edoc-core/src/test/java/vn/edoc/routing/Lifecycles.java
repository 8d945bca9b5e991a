package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.edoc.validation.IllegalTransitionException;
import vn.edoc.validation.ViolationType;

/** Exhaustive checks of a transition table against an expected table written in the test. */
public final class Lifecycles {

    private Lifecycles() {
    }

    /**
     * Every (from, to) pair of {@code states}: accepted with the expected rule when {@code expected} lists it as
     * {@code "FROM>TO"}, refused with {@link IllegalTransitionException} of {@code type} otherwise.
     */
    public static <S extends Enum<S>, T> void assertTable(Class<S> states, Map<String, String> expected,
                                                          BiFunction<S, S, T> between, Function<T, S> from,
                                                          Function<T, S> to, Function<T, String> rule,
                                                          String lifecycle, ViolationType type) {
        assertTable(states, expected, between, from, to, rule, lifecycle, type, Map.of());
    }

    /**
     * As {@link #assertTable(Class, Map, BiFunction, Function, Function, Function, String, ViolationType)}, except
     * that the refusals listed in {@code special} ({@code "FROM>TO"}) carry their own violation type.
     */
    public static <S extends Enum<S>, T> void assertTable(Class<S> states, Map<String, String> expected,
                                                          BiFunction<S, S, T> between, Function<T, S> from,
                                                          Function<T, S> to, Function<T, String> rule,
                                                          String lifecycle, ViolationType defaultType,
                                                          Map<String, ViolationType> special) {
        int accepted = 0;
        for (S f : states.getEnumConstants()) {
            for (S t : states.getEnumConstants()) {
                String key = f.name() + ">" + t.name();
                if (expected.containsKey(key)) {
                    T transition = between.apply(f, t);
                    assertThat(from.apply(transition)).as(key).isEqualTo(f);
                    assertThat(to.apply(transition)).as(key).isEqualTo(t);
                    assertThat(rule.apply(transition)).as(key).isEqualTo(expected.get(key));
                    accepted++;
                } else {
                    ViolationType type = special.getOrDefault(key, defaultType);
                    assertThatThrownBy(() -> between.apply(f, t)).as(key)
                            .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                                assertThat(e.lifecycle()).isEqualTo(lifecycle);
                                assertThat(e.from()).isEqualTo(f.name());
                                assertThat(e.to()).isEqualTo(t.name());
                                assertThat(e.result().has(type)).isTrue();
                                assertThat(e.ruleIds()).containsExactly(type.ruleId());
                            });
                }
            }
        }
        assertThat(accepted).isEqualTo(expected.size());
    }
}
