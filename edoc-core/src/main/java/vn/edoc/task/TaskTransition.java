package vn.edoc.task;

import java.util.Optional;
import java.util.Set;
import vn.edoc.internal.lifecycle.TransitionTable;
import vn.edoc.validation.IllegalTransitionException;

/**
 * Every legal move of a task (chuyển trạng thái nhiệm vụ), each with the rule that allows it; anything else is
 * refused by {@link #transitionBetween} with {@link IllegalTransitionException}
 * ({@link TaskViolation#TASK_TRANSITION}). The diagram is on {@link TaskState}.
 */
public enum TaskTransition {
    /** The monitoring officer checks the task data against the approved document. */
    CREATED_TO_CHECKED(TaskState.CREATED, TaskState.CHECKED, "R-TASK-2"),
    /** The check found a fault: the data goes back for correction. */
    CHECKED_TO_CREATED(TaskState.CHECKED, TaskState.CREATED, "R-TASK-2"),
    /** The task is issued with its document. */
    CHECKED_TO_ASSIGNED(TaskState.CHECKED, TaskState.ASSIGNED, "R-TASK-2"),
    /** The unit checks and accepts it. */
    ASSIGNED_TO_RECEIVED(TaskState.ASSIGNED, TaskState.RECEIVED, "R-TASK-3"),
    /** The unit returns a wrongly assigned task. */
    ASSIGNED_TO_RETURNED(TaskState.ASSIGNED, TaskState.RETURNED, "R-TASK-3"),
    /** The monitoring office corrects and assigns it again. */
    RETURNED_TO_ASSIGNED(TaskState.RETURNED, TaskState.ASSIGNED, "R-TASK-3"),
    /** The handler starts the reply from the task document. */
    RECEIVED_TO_IN_PROGRESS(TaskState.RECEIVED, TaskState.IN_PROGRESS, "R-TASK-4"),
    /** The reply is issued; the status reaches the monitoring office. */
    IN_PROGRESS_TO_REPORTED(TaskState.IN_PROGRESS, TaskState.REPORTED, "R-TASK-7"),
    /** The monitoring office approves the result. */
    REPORTED_TO_APPROVED(TaskState.REPORTED, TaskState.APPROVED, "R-TASK-6"),
    /** The monitoring office refuses the result: back to handling. */
    REPORTED_TO_IN_PROGRESS(TaskState.REPORTED, TaskState.IN_PROGRESS, "R-TASK-6");

    private static final TransitionTable<TaskState, TaskTransition> TABLE = new TransitionTable<>(TaskState.class,
            values(), TaskTransition::from, TaskTransition::to);

    private final TaskState from;
    private final TaskState to;
    private final String ruleId;

    TaskTransition(TaskState from, TaskState to, String ruleId) {
        this.from = from;
        this.to = to;
        this.ruleId = ruleId;
    }

    /** The state left. */
    public TaskState from() {
        return from;
    }

    /** The state reached. */
    public TaskState to() {
        return to;
    }

    /** The rule of {@code rules.md} that allows this move. */
    public String ruleId() {
        return ruleId;
    }

    /** The transition from {@code from} to {@code to}, if listed. */
    public static Optional<TaskTransition> find(TaskState from, TaskState to) {
        return TABLE.find(from, to);
    }

    /**
     * The transition from {@code from} to {@code to}.
     *
     * @throws IllegalTransitionException when it is not listed
     */
    public static TaskTransition transitionBetween(TaskState from, TaskState to) {
        return TABLE.require(from, to, "TaskState", TaskViolation.TASK_TRANSITION);
    }

    /** The states reachable in one move from {@code from}. */
    public static Set<TaskState> targetsFrom(TaskState from) {
        return TABLE.targetsFrom(from);
    }

    /** The states reachable from the initial states by any number of moves. */
    public static Set<TaskState> reachable() {
        return TABLE.reachableFrom(TaskState.initialStates());
    }
}
