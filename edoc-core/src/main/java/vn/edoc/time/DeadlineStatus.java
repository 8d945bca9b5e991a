package vn.edoc.time;

import java.util.Locale;

/**
 * Where a task stands against its deadline (tình trạng thực hiện so với thời hạn), as the task reports of R-TASK-10
 * count them: done on time, done late, in progress, overdue.
 */
public enum DeadlineStatus {
    /** Completed at or before the deadline (hoàn thành đúng hạn). */
    ON_TIME,
    /** Completed after the deadline (hoàn thành quá hạn). */
    LATE,
    /** Not completed, deadline not passed (đang thực hiện trong hạn). */
    IN_PROGRESS,
    /** Not completed, deadline passed (quá hạn). */
    OVERDUE;

    /** The name used in JSON: {@code on-time}, {@code late}, {@code in-progress}, {@code overdue}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True for the two statuses of a completed task. */
    public boolean isCompleted() {
        return this == ON_TIME || this == LATE;
    }
}
