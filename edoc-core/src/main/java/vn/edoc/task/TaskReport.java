package vn.edoc.task;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.time.DeadlineStatus;
import vn.edoc.time.ReportPeriod;

/**
 * The report on a unit's tasks for a period (báo cáo tình hình thực hiện nhiệm vụ), R-TASK-10 (LS Đ14.3đ): the tasks
 * done on time, done late, in progress within their deadline and overdue, as of an instant. A report is data; it is
 * rendered elsewhere. How tasks are sorted into the four lists is defined on {@link TaskReports#report}.
 *
 * @param unitId     the lead unit reported on
 * @param period     the period
 * @param asOf       the instant the report describes: the end of the period, or earlier when asked
 * @param onTime     done on time (hoàn thành đúng hạn), completed within the period
 * @param late       done late (hoàn thành quá hạn), completed within the period
 * @param inProgress not done, within the deadline (đang thực hiện trong hạn)
 * @param overdue    not done, deadline passed (quá hạn)
 */
public record TaskReport(String unitId, ReportPeriod period, Instant asOf, List<Line> onTime, List<Line> late,
                         List<Line> inProgress, List<Line> overdue) {

    /** Copies the lists. */
    public TaskReport {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        onTime = List.copyOf(onTime);
        late = List.copyOf(late);
        inProgress = List.copyOf(inProgress);
        overdue = List.copyOf(overdue);
    }

    /**
     * One task in the report.
     *
     * @param taskId      the task
     * @param content     its content
     * @param deadline    its deadline as of the report (extensions approved by then included)
     * @param completedAt the issue time of its result document, when done
     * @param state       its state as of the report
     * @param status      the list it is in
     */
    public record Line(String taskId, String content, Instant deadline, Optional<Instant> completedAt,
                       TaskState state, DeadlineStatus status) {

        /** Refuses missing parts. */
        public Line {
            Objects.requireNonNull(taskId, "taskId");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(completedAt, "completedAt");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(status, "status");
        }
    }

    /** The number of tasks with {@code status}. */
    public int count(DeadlineStatus status) {
        return lines(status).size();
    }

    /** The tasks with {@code status}. */
    public List<Line> lines(DeadlineStatus status) {
        return switch (status) {
            case ON_TIME -> onTime;
            case LATE -> late;
            case IN_PROGRESS -> inProgress;
            case OVERDUE -> overdue;
        };
    }

    /** The number of tasks in the report. */
    public int total() {
        return onTime.size() + late.size() + inProgress.size() + overdue.size();
    }
}
