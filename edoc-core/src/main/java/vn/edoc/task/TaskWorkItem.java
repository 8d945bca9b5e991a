package vn.edoc.task;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.routing.Action;
import vn.edoc.routing.WorkItem;

/**
 * A task waiting for someone's action (nhiệm vụ chờ xử lý), as {@link TaskWorkQueue#waitingFor} lists it for the
 * "what waits for me" queue checked twice a working day (R-TIME-6).
 *
 * @param taskId   the task
 * @param title    its content
 * @param deadline the deadline of what is awaited: the task's deadline in force, or a cooperating unit's own
 * @param overdue  true when that deadline has passed
 * @param action   what the person is expected to do
 */
public record TaskWorkItem(String taskId, String title, Instant deadline, boolean overdue, Action action) {

    /** Refuses missing parts. */
    public TaskWorkItem {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(action, "action");
    }

    /**
     * This item as the work queue lists it ({@link vn.edoc.routing.WorkQueue}): kind {@value TaskService#WORK_ITEM_KIND},
     * the task id, its content, the action awaited in lower case with dashes (e.g. {@code "receive-task"}), the
     * deadline and the overdue mark.
     */
    public WorkItem toWorkItem() {
        return new WorkItem(TaskService.WORK_ITEM_KIND, taskId, title,
                action.name().toLowerCase(Locale.ROOT).replace('_', '-'), Optional.of(deadline), overdue);
    }
}
