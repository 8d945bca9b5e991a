package vn.edoc.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.edoc.audit.AuditEvent;
import vn.edoc.event.DomainEvent;
import vn.edoc.event.EventPublisher;
import vn.edoc.id.UnitId;
import vn.edoc.org.Directory;
import vn.edoc.org.Unit;
import vn.edoc.routing.Action;
import vn.edoc.routing.Actor;
import vn.edoc.routing.Permissions;
import vn.edoc.routing.Scope;
import vn.edoc.spi.AuditLog;
import vn.edoc.spi.Transactions;
import vn.edoc.time.InspectionDeadlines;
import vn.edoc.time.TimeRules;
import vn.edoc.time.WorkingTime;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * Inspections of task execution (kiểm tra việc thực hiện nhiệm vụ), LS Đ16 and R-TIME-7, followed like tasks: the
 * chair's working group ({@link Action#INSPECT_TASKS}) plans an inspection of a unit, sends the notice, records the
 * minutes and reports the result; the inspected unit ({@link Action#REPORT_FOR_INSPECTION}) sends its report. The
 * deadlines come from {@link TimeRules#inspectionDeadlines}; a step done after its deadline is accepted — the
 * regulation does not undo a late notice — and flagged ({@link Inspection#sentLate}, {@link Inspection#late}, and the
 * word "late" in the audit comment).
 *
 * <p>Every step runs in one unit of work with the permission check, the lifecycle check of
 * {@link InspectionTransition}, the new version and one audit entry (object type {@value #AUDIT_OBJECT_TYPE});
 * a {@link DomainEvent.StateChanged} is published after commit. Refused steps change nothing.
 */
public final class InspectionService {

    /** The audit object type of an inspection. */
    public static final String AUDIT_OBJECT_TYPE = "inspection";

    private final Transactions transactions;
    /** The prefix of inspection ids asked of the {@link InspectionStore} (kiểm tra): {@code "kt-1"}, ... */
    public static final String INSPECTION_ID_PREFIX = "kt";

    private final InspectionStore store;
    private final AuditLog audit;
    private final Supplier<Directory> directory;
    private final TimeRules rules;
    private final EventPublisher events;
    private final Clock clock;

    /** A service over the given stores, directory, time rules, publisher and clock. */
    public InspectionService(Transactions transactions, InspectionStore store, AuditLog audit,
                             Supplier<Directory> directory, TimeRules rules, EventPublisher events, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The committed inspection {@code id}. */
    public Optional<Inspection> find(String id) {
        return store.find(id);
    }

    /**
     * Plans an inspection of {@code unitId} from {@code firstDay} to {@code lastDay} (LS Đ16.2a: "theo kế hoạch"), with
     * the deadlines of R-TIME-7. Refused, naming every fault, for an unknown unit, a missing subject, a reversed
     * range or a first day already past.
     */
    public Inspection plan(Actor actor, UnitId unitId, String subject, LocalDate firstDay, LocalDate lastDay) {
        return transactions.inTransaction(uow -> {
            Instant now = now();
            Actor current = current(actor);
            Permissions.require(current, Action.INSPECT_TASKS, Scope.organisation(current.person().organisation()));
            List<Violation> found = new ArrayList<>();
            Optional<Unit> unit = directory.get().unit(String.valueOf(unitId));
            if (unit.isEmpty()) {
                found.add(TaskViolation.INSPECTION_PLAN_INVALID.at("unitId", "unknown unit " + String.valueOf(unitId)));
            }
            if (subject == null || subject.isBlank()) {
                found.add(TaskViolation.INSPECTION_PLAN_INVALID.at("subject", "the subject is missing"));
            }
            LocalDate today = WorkingTime.vietnamTime(now).toLocalDate();
            if (firstDay == null || lastDay == null) {
                found.add(TaskViolation.INSPECTION_PLAN_INVALID.at("firstDay", "a day is missing"));
            } else if (lastDay.isBefore(firstDay)) {
                found.add(TaskViolation.INSPECTION_PLAN_INVALID.at("lastDay", "it ends before it starts"));
            } else if (firstDay.isBefore(today)) {
                found.add(TaskViolation.INSPECTION_PLAN_INVALID.at("firstDay", "the first day " + firstDay
                        + " is already past"));
            }
            ValidationResult.of(found).orThrow();
            InspectionDeadlines deadlines = rules.inspectionDeadlines(firstDay, lastDay);
            Inspection planned = new Inspection(store.newId(uow, INSPECTION_ID_PREFIX), current.person().organisation(),
                    String.valueOf(unitId).strip(), subject.strip(), firstDay, lastDay, deadlines, InspectionState.PLANNED,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 1);
            AuditEvent event = new AuditEvent(account(current), "inspection.plan", now, AUDIT_OBJECT_TYPE,
                    planned.id(), null, planned.digest(), "notice by " + deadlines.noticeBy() + ", report by "
                    + deadlines.reportBy() + ", result by " + deadlines.resultReportBy(), Set.of());
            store.insert(uow, planned);
            audit.append(uow, planned.organisation(), event);
            return planned;
        });
    }

    /** LS Đ16.4a: the notice, due 7 working days before the first day: PLANNED → NOTICE_SENT. */
    public Inspection sendNotice(Actor actor, String id, DocumentRef notice) {
        return step(actor, id, Action.INSPECT_TASKS, false, InspectionState.NOTICE_SENT, notice,
                Inspection.Step.NOTICE, "inspection.notice");
    }

    /** LS Đ16.4b: the inspected unit's report, due 3 days before: NOTICE_SENT → UNIT_REPORTED. */
    public Inspection sendUnitReport(Actor actor, String id, DocumentRef report) {
        return step(actor, id, Action.REPORT_FOR_INSPECTION, true, InspectionState.UNIT_REPORTED, report,
                Inspection.Step.UNIT_REPORT, "inspection.unit-report");
    }

    /** LS Đ16.4c: the minutes, recorded at the inspection: → MINUTES_RECORDED. */
    public Inspection recordMinutes(Actor actor, String id, DocumentRef minutes) {
        return step(actor, id, Action.INSPECT_TASKS, false, InspectionState.MINUTES_RECORDED, minutes, null,
                "inspection.minutes");
    }

    /** LS Đ16.5: the result report, due 5 working days after the last day: MINUTES_RECORDED → RESULT_REPORTED. */
    public Inspection reportResult(Actor actor, String id, DocumentRef result) {
        return step(actor, id, Action.INSPECT_TASKS, false, InspectionState.RESULT_REPORTED, result,
                Inspection.Step.RESULT_REPORT, "inspection.result");
    }

    private Inspection step(Actor actor, String id, Action action, boolean byUnit, InspectionState to,
                            DocumentRef document, Inspection.Step deadlineStep, String auditAction) {
        return transactions.inTransaction(uow -> {
            Instant now = now();
            Inspection before = store.find(uow, id).orElseThrow(() -> EdocRuleException.of(
                    TaskViolation.INSPECTION_NOT_FOUND, "id", String.valueOf(id)));
            Actor current = current(actor);
            Scope scope = byUnit ? Scope.unit(directory.get().unit(before.unitId()).map(Unit::organisation)
                    .orElse(before.organisation()), before.unitId()) : Scope.organisation(before.organisation());
            Permissions.require(current, action, scope);
            InspectionTransition transition = InspectionTransition.transitionBetween(before.state(), to);
            if (document == null) {
                throw EdocRuleException.of(TaskViolation.DOCUMENT_REQUIRED, "document", auditAction);
            }
            if (document.issuedAt().isAfter(now)) {
                throw EdocRuleException.of(TaskViolation.DOCUMENT_NOT_ISSUED_YET, "document", document.notation(),
                        document.issuedAt(), now);
            }
            LocalDate day = WorkingTime.vietnamTime(document.issuedAt()).toLocalDate();
            if (to == InspectionState.MINUTES_RECORDED && day.isBefore(before.firstDay())) {
                throw EdocRuleException.of(TaskViolation.INSPECTION_PLAN_INVALID, "document",
                        "minutes dated " + day + " before the inspection starts on " + before.firstDay());
            }
            Inspection after = new Inspection(before.id(), before.organisation(), before.unitId(), before.subject(),
                    before.firstDay(), before.lastDay(), before.deadlines(), to,
                    to == InspectionState.NOTICE_SENT ? Optional.of(document) : before.notice(),
                    to == InspectionState.UNIT_REPORTED ? Optional.of(document) : before.unitReport(),
                    to == InspectionState.MINUTES_RECORDED ? Optional.of(document) : before.minutes(),
                    to == InspectionState.RESULT_REPORTED ? Optional.of(document) : before.resultReport(),
                    before.version() + 1);
            String comment = document.notation();
            if (deadlineStep != null && after.sentLate(deadlineStep)) {
                comment += " late: due " + after.deadline(deadlineStep) + ", sent " + day;
            }
            AuditEvent event = new AuditEvent(account(current), auditAction, now, AUDIT_OBJECT_TYPE, after.id(),
                    before.digest(), after.digest(), comment, Set.of());
            store.update(uow, after);
            audit.append(uow, after.organisation(), event);
            DomainEvent changed = new DomainEvent.StateChanged(now, current.personId(), after.id(), "InspectionState",
                    before.state().name(), to.name(), transition.ruleId());
            uow.afterCommit(() -> events.publish(changed));
            return after;
        });
    }

    private Actor current(Actor actor) {
        if (actor == null) {
            Permissions.require(null, Action.INSPECT_TASKS, null);
        }
        return actor.rebind(directory.get());
    }

    private static String account(Actor actor) {
        return actor.account().name();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
