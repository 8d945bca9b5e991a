package vn.edoc.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.routing.DeliveryTransition;
import vn.edoc.task.TaskTransition;
import vn.edoc.task.TaskViolation;
import vn.edoc.validation.IllegalTransitionException;

/** The one transition table behind the routing and the task lifecycles. */
class TransitionTableTest {

    private enum Light { RED, GREEN, AMBER }

    private enum Change {
        GO(Light.RED, Light.GREEN), SLOW(Light.GREEN, Light.AMBER), STOP(Light.AMBER, Light.RED);

        final Light from;
        final Light to;

        Change(Light from, Light to) {
            this.from = from;
            this.to = to;
        }
    }

    private final TransitionTable<Light, Change> table =
            new TransitionTable<>(Light.class, Change.values(), c -> c.from, c -> c.to);

    @Test
    void findsListsAndRefuses() {
        assertThat(table.find(Light.RED, Light.GREEN)).contains(Change.GO);
        assertThat(table.find(Light.RED, Light.AMBER)).isEmpty();
        assertThat(table.find(null, Light.AMBER)).isEmpty();
        assertThat(table.targetsFrom(Light.GREEN)).containsExactly(Light.AMBER);
        assertThat(table.reachableFrom(List.of(Light.RED))).containsExactlyInAnyOrder(Light.values());
        assertThatThrownBy(() -> table.require(Light.RED, Light.AMBER, "light", TaskViolation.TASK_TRANSITION))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.violations().get(0).messageEn()).contains("GREEN"));
        assertThat(TransitionTable.describe(java.util.EnumSet.noneOf(Light.class))).isEqualTo("-");
    }

    @Test
    void bothLifecycleFamiliesUseIt() {
        for (Class<?> c : List.of(TaskTransition.class, DeliveryTransition.class)) {
            assertThat(java.util.Arrays.stream(c.getDeclaredFields()).map(java.lang.reflect.Field::getType))
                    .as(c.getSimpleName()).contains(TransitionTable.class);
        }
    }
}
