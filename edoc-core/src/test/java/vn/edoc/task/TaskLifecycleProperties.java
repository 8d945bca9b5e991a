package vn.edoc.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.edoc.validation.IllegalTransitionException;

/** Random requested moves applied through the task and extension tables. */
class TaskLifecycleProperties {

    @Property(tries = 300)
    void taskWalksStayInTheTableAndFinalStaysFinal(@ForAll TaskState start, @ForAll("tasks") List<TaskState> moves) {
        if (!TaskState.initialStates().contains(start)) {
            start = TaskState.CREATED;
        }
        TaskState state = start;
        boolean reachedFinal = false;
        for (TaskState next : moves) {
            boolean listed = TaskTransition.targetsFrom(state).contains(next);
            try {
                state = TaskTransition.transitionBetween(state, next).to();
                assertThat(listed).isTrue();
                assertThat(reachedFinal).as("a final state was left").isFalse();
            } catch (IllegalTransitionException e) {
                assertThat(listed).isFalse();
                assertThat(e.from()).isEqualTo(state.name());
            }
            reachedFinal |= state.isFinal();
            assertThat(TaskTransition.reachable()).contains(state);
        }
        if (reachedFinal) {
            assertThat(state).isEqualTo(TaskState.APPROVED);
        }
    }

    @Property(tries = 200)
    void extensionsAreDecidedOnce(@ForAll("extensions") List<ExtensionState> moves) {
        ExtensionState state = ExtensionState.REQUESTED;
        int decisions = 0;
        for (ExtensionState next : moves) {
            try {
                state = ExtensionTransition.transitionBetween(state, next).to();
                decisions++;
            } catch (IllegalTransitionException e) {
                assertThat(e.result().has(TaskViolation.EXTENSION_TRANSITION)).isTrue();
            }
        }
        assertThat(decisions).isLessThanOrEqualTo(1);
        assertThat(decisions == 1).isEqualTo(state.isFinal());
    }

    @Provide
    Arbitrary<List<TaskState>> tasks() {
        return Arbitraries.of(TaskState.class).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<ExtensionState>> extensions() {
        return Arbitraries.of(ExtensionState.class).list().ofMaxSize(10);
    }
}
