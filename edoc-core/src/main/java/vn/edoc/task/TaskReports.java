package vn.edoc.task;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.edoc.id.UnitId;
import vn.edoc.spi.Page;
import vn.edoc.time.DeadlineStatus;
import vn.edoc.time.ReportPeriod;
import vn.edoc.time.TimeRules;
import vn.edoc.time.WorkingTime;

/**
 * The R-TASK-10 reports on the tasks led by a unit (báo cáo tình hình thực hiện nhiệm vụ): one indexed query of the
 * unit's tasks not finished before the period, read page by page, each task read as it stood at the report's
 * instant from its history. Reads only. Built by {@link Tasks} over the context the task commands share.
 */
public final class TaskReports {

    private static final int SCAN_PAGE = 500;

    private final TaskStore store;
    private final TimeRules rules;
    private final Clock clock;

    /** The reports over the tasks' shared context (see {@link Tasks}). */
    TaskReports(TaskContext ctx) {
        this(ctx.store, ctx.rules, ctx.clock);
    }

    /** Reports over {@code store}, "now" read from {@code clock}. */
    public TaskReports(TaskStore store, TimeRules rules, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * R-TASK-10: the report on the tasks led by {@code unitId} for {@code period}, as of the end of the period (the
     * last instant of its last day, Vietnam time), or as of now when the period has not ended yet.
     *
     * @see #report(String, ReportPeriod, Instant)
     */
    public TaskReport report(UnitId unitId, ReportPeriod period) {
        Objects.requireNonNull(period, "period");
        Instant end = WorkingTime.at(period.last().plusDays(1), java.time.LocalTime.MIDNIGHT).toInstant()
                .minus(1, ChronoUnit.MICROS);
        Instant now = now();
        return report(unitId, period, now.isBefore(end) ? now : end);
    }

    /**
     * R-TASK-10: the report on the tasks led by {@code unitId} for {@code period}, as of {@code asOf} (capped at the
     * last instant of the period). Each task is read as it stood at {@code asOf}, from its history:
     * <ul>
     *   <li>tasks not yet assigned then (entered, checked, or returned to the monitoring office) are left out;</li>
     *   <li>a task whose reply was issued by then (reported or approved; a refused result undoes it) is <b>done</b>
     *       at the reply's issue time (R-TASK-7): it appears when that time falls within the period, on time when it
     *       is not after the deadline in force then (extensions approved by then included), otherwise late; tasks
     *       done before the period are left out;</li>
     *   <li>every other assigned task is <b>open</b>: overdue when {@code asOf} is after its deadline in force then,
     *       otherwise in progress within the deadline. An extension requested too late, or refused, changes nothing,
     *       so such a task stays overdue (R-TASK-8).</li>
     * </ul>
     * Each list is ordered by deadline, then task id.
     */
    public TaskReport report(UnitId unitId, ReportPeriod period, Instant asOf) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Instant start = WorkingTime.at(period.first(), java.time.LocalTime.MIDNIGHT).toInstant();
        Instant end = WorkingTime.at(period.last().plusDays(1), java.time.LocalTime.MIDNIGHT).toInstant()
                .minus(1, ChronoUnit.MICROS);
        Instant t = asOf.isAfter(end) ? end : asOf;
        List<TaskReport.Line> onTime = new ArrayList<>();
        List<TaskReport.Line> late = new ArrayList<>();
        List<TaskReport.Line> inProgress = new ArrayList<>();
        List<TaskReport.Line> overdue = new ArrayList<>();
        // the unit's tasks, leaving out those finished before the period: one indexed query a page at a time
        TaskQuery ofUnit = TaskQuery.any().inUnits(Set.of(unitId == null ? "" : String.valueOf(unitId).strip())).notDoneBefore(start);
        for (Task task : Page.all(SCAN_PAGE, page -> store.find(ofUnit, page))) {
            TaskState state = null;
            Instant completed = null;
            for (TaskStep s : task.history()) {
                if (s.at().isAfter(t)) {
                    break;
                }
                state = s.to();
                if (s.to() == TaskState.REPORTED && s.changedState()) {
                    completed = s.at();
                } else if (s.from() == TaskState.REPORTED && s.to() == TaskState.IN_PROGRESS) {
                    completed = null;
                }
            }
            if (state == null || state == TaskState.CREATED || state == TaskState.CHECKED
                    || state == TaskState.RETURNED) {
                continue;
            }
            TaskDeadline deadlineThen = task.originalDeadline();
            for (Extension e : task.extensions()) {
                if (e.state() == ExtensionState.APPROVED && !e.decidedAt().orElseThrow().isAfter(t)) {
                    deadlineThen = e.newDeadline().orElseThrow();
                }
            }
            Instant deadline = deadlineThen.endsAt(rules);
            if (completed != null) {
                if (completed.isBefore(start)) {
                    continue;
                }
                DeadlineStatus status = rules.classifyCompleted(deadline, completed);
                (status == DeadlineStatus.ON_TIME ? onTime : late).add(new TaskReport.Line(task.id(),
                        task.content(), deadline, Optional.of(completed), state, status));
            } else {
                DeadlineStatus status = rules.classifyOpen(deadline, t);
                (status == DeadlineStatus.OVERDUE ? overdue : inProgress).add(new TaskReport.Line(task.id(),
                        task.content(), deadline, Optional.empty(), state, status));
            }
        }
        Comparator<TaskReport.Line> order = Comparator.comparing(TaskReport.Line::deadline)
                .thenComparing(TaskReport.Line::taskId);
        onTime.sort(order);
        late.sort(order);
        inProgress.sort(order);
        overdue.sort(order);
        return new TaskReport(unitId == null ? "" : String.valueOf(unitId).strip(), period, t, onTime, late, inProgress, overdue);
    }
}
