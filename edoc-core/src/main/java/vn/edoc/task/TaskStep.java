package vn.edoc.task;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of a task's history (quá trình xử lý): who did what when, and the state before and after. Every action
 * on a task adds exactly one step and one audit entry; {@code from} equals {@code to} for actions that change data
 * but not the state (closing or taking back the task document, answering as a cooperating unit…).
 *
 * @param at      when
 * @param actorId the person who acted, or {@link vn.edoc.event.DomainEvent#SYSTEM}
 * @param action  the audit action name, such as {@code task.receive}
 * @param from    the state before
 * @param to      the state after
 * @param comment the comment or reason, {@code ""} when none
 */
public record TaskStep(Instant at, String actorId, String action, TaskState from, TaskState to, String comment) {

    /** Refuses missing parts. */
    public TaskStep {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        comment = comment == null ? "" : comment;
    }

    /** True when the step moved the task to another state. */
    public boolean changedState() {
        return from != to;
    }
}
