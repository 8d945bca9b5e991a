package vn.edoc.task;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.edoc.routing.Lifecycles;
import vn.edoc.validation.IllegalTransitionException;

/** The task and extension lifecycles against tables written here, independently of the enums. */
class TaskLifecycleTest {

    static final Map<String, String> TASK = Map.ofEntries(
            entry("CREATED>CHECKED", "R-TASK-2"),
            entry("CHECKED>CREATED", "R-TASK-2"),
            entry("CHECKED>ASSIGNED", "R-TASK-2"),
            entry("ASSIGNED>RECEIVED", "R-TASK-3"),
            entry("ASSIGNED>RETURNED", "R-TASK-3"),
            entry("RETURNED>ASSIGNED", "R-TASK-3"),
            entry("RECEIVED>IN_PROGRESS", "R-TASK-4"),
            entry("IN_PROGRESS>REPORTED", "R-TASK-7"),
            entry("REPORTED>APPROVED", "R-TASK-6"),
            entry("REPORTED>IN_PROGRESS", "R-TASK-6"));

    static final Map<String, String> EXTENSION = Map.ofEntries(
            entry("REQUESTED>APPROVED", "R-TASK-8"),
            entry("REQUESTED>REFUSED", "R-TASK-8"));

    @Test
    void taskTable() {
        Lifecycles.assertTable(TaskState.class, TASK, TaskTransition::transitionBetween, TaskTransition::from,
                TaskTransition::to, TaskTransition::ruleId, "TaskState", TaskViolation.TASK_TRANSITION);
        for (TaskState s : TaskState.values()) {
            assertThat(s.isFinal()).as(s.name()).isEqualTo(s == TaskState.APPROVED);
        }
        assertThat(TaskState.initialStates()).containsExactlyInAnyOrder(TaskState.CREATED, TaskState.ASSIGNED);
        assertThat(TaskTransition.reachable()).containsExactlyInAnyOrder(TaskState.values());
    }

    @Test
    void extensionTable() {
        Lifecycles.assertTable(ExtensionState.class, EXTENSION, ExtensionTransition::transitionBetween,
                ExtensionTransition::from, ExtensionTransition::to, ExtensionTransition::ruleId, "ExtensionState",
                TaskViolation.EXTENSION_TRANSITION);
        assertThat(ExtensionState.APPROVED.isFinal()).isTrue();
        assertThat(ExtensionState.REFUSED.isFinal()).isTrue();
        assertThat(ExtensionState.REQUESTED.isFinal()).isFalse();
    }

    @Test
    void aRefusedResultGoesBackToHandlingAndMayBeReportedAgain() {
        TaskState s = TaskState.CREATED;
        for (TaskState next : new TaskState[] {TaskState.CHECKED, TaskState.ASSIGNED, TaskState.RECEIVED,
                TaskState.IN_PROGRESS, TaskState.REPORTED, TaskState.IN_PROGRESS, TaskState.REPORTED,
                TaskState.APPROVED}) {
            s = TaskTransition.transitionBetween(s, next).to();
        }
        assertThat(s).isEqualTo(TaskState.APPROVED);
        assertThatThrownBy(() -> TaskTransition.transitionBetween(TaskState.APPROVED, TaskState.IN_PROGRESS))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.violations().get(0).messageEn()).contains("from APPROVED it can only go to: -"));
    }

    @Test
    void nullsAreRefusedWithTheTypedError() {
        assertThatThrownBy(() -> TaskTransition.transitionBetween(null, TaskState.CHECKED))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> ExtensionTransition.transitionBetween(ExtensionState.REQUESTED, null))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(TaskTransition.find(null, TaskState.CHECKED)).isEmpty();
    }
}
