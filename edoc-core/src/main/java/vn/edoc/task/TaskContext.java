package vn.edoc.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.audit.AuditEvent;
import vn.edoc.document.AssignmentKind;
import vn.edoc.event.DomainEvent;
import vn.edoc.event.EventPublisher;
import vn.edoc.id.OrganCode;
import vn.edoc.org.Account;
import vn.edoc.org.Directory;
import vn.edoc.org.Person;
import vn.edoc.org.Role;
import vn.edoc.org.Unit;
import vn.edoc.routing.Action;
import vn.edoc.routing.Actor;
import vn.edoc.routing.Permissions;
import vn.edoc.routing.Scope;
import vn.edoc.spi.AuditLog;
import vn.edoc.spi.Transactions;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.time.TimeRules;
import vn.edoc.time.WorkingTime;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * What the task services share (bối cảnh chung): the stores, the directory, the time rules, the clock, the events and
 * the machinery every change of a task goes through — the permission check against the directory as it is now, the
 * new version, one {@link TaskStep}, one audit entry, the state-change event published after the commit. One
 * instance is built by {@link Tasks} and handed to the commands ({@link TaskService}), the bridges to the outgoing
 * flow ({@link TaskBridges}), the deadline scanner, the work queue and the reports, so that a rule about how a task
 * changes lives in one place. Immutable; thread-safe when its collaborators are.
 */
final class TaskContext {

    private static final Logger LOG = LoggerFactory.getLogger(TaskContext.class);

    final Transactions transactions;
    final TaskStore store;
    final AuditLog audit;
    final Supplier<Directory> directory;
    final TimeRules rules;
    final EventPublisher events;
    final Clock clock;
    final Duration approaching;

    TaskContext(Transactions transactions, TaskStore store, AuditLog audit, Supplier<Directory> directory,
                TimeRules rules, EventPublisher events, Clock clock, Duration approaching) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.approaching = Objects.requireNonNull(approaching, "approaching");
        if (approaching.isNegative()) {
            throw new IllegalArgumentException("approaching must not be negative");
        }
    }

    /** The work of one action on one task, inside its unit of work. */
    @FunctionalInterface
    interface Step {
        Task apply(UnitOfWork uow, Task task, String actorId, Instant now, List<DomainEvent> out);
    }

    Task act(Actor actor, String taskId, Function<Task, Consumer<Actor>> permission, Step step) {
        return transactions.inTransaction(uow -> actIn(uow, actor, taskId, permission, step));
    }

    Task actIn(UnitOfWork uow, Actor actor, String taskId, Function<Task, Consumer<Actor>> permission,
                       Step step) {
        Instant now = now();
        Task task = store.find(uow, taskId).orElseThrow(() -> notFound(taskId));
        Actor current = current(actor);
        permission.apply(task).accept(current);
        List<DomainEvent> out = new ArrayList<>();
        Task after = step.apply(uow, task, current.personId(), now, out);
        publishAfterCommit(uow, out);
        return after;
    }

    static Consumer<Actor> require(Task t, Action action, Scope scope) {
        return actor -> Permissions.require(actor, action, scope);
    }

    /**
     * {@code then}, once the task's unit has received it (R-TASK-3): before that it has no handler, and working on it
     * is a fault of the task's state, not of the actor's permissions.
     */
    static Consumer<Actor> received(Task t, Consumer<Actor> then) {
        return actor -> {
            if (EnumSet.of(TaskState.CREATED, TaskState.CHECKED, TaskState.ASSIGNED, TaskState.RETURNED)
                    .contains(t.state())) {
                throw EdocRuleException.of(TaskViolation.NOT_RECEIVED, "taskId", t.id(), t.state());
            }
            then.accept(actor);
        };
    }

    /** The drafter's permission in their own unit, or the monitoring officer's in the assigning organisation. */
    Consumer<Actor> drafterOrMonitor(Task t) {
        return actor -> {
            Scope drafterScope = directory.get().person(t.creatorId())
                    .map(p -> Scope.unit(p.organisation(), p.unitId())).orElse(monitorScope(t));
            ValidationResult a = Permissions.check(actor, Action.CREATE_TASK, drafterScope);
            if (!a.isValid() && !Permissions.check(actor, Action.CHECK_TASK, monitorScope(t)).isValid()) {
                a.orThrow();
            }
        };
    }

    Actor current(Actor actor) {
        if (actor == null) {
            Permissions.require(null, Action.CREATE_TASK, null);
        }
        // the actor's own snapshot may be stale: a lock or a revocation since then must already count (R-ACC-2)
        return actor.rebind(directory.get());
    }

    Scope monitorScope(Task t) {
        return Scope.organisation(t.assigningOrganisation());
    }

    Scope unitScope(Task t) {
        return Scope.unit(organisationOf(t.unitId(), t.assigningOrganisation()), t.unitId());
    }

    Scope handlerScope(Task t) {
        return Scope.assignment(organisationOf(t.unitId(), t.assigningOrganisation()), t.unitId(),
                t.handlerId().orElse(""));
    }

    Scope cooperationScope(Task t, String unitId) {
        String unit = unitId == null ? "" : unitId.strip();
        return Scope.unit(organisationOf(unit, t.assigningOrganisation()), unit);
    }

    OrganCode organisationOf(String unitId, OrganCode fallback) {
        return directory.get().unit(unitId).map(Unit::organisation).orElse(fallback);
    }

    void validate(List<Violation> found, TaskData data, OrganCode assigning, Instant now, boolean direct,
                          String leaderId) {
        if (data == null) {
            found.add(TaskViolation.FIELD_MISSING.at("data", "data"));
            return;
        }
        Directory dir = directory.get();
        Optional<Unit> unit = Optional.empty();
        if (data.unitId() == null || data.unitId().isEmpty()) {
            found.add(TaskViolation.FIELD_MISSING.at("unitId", "assigned unit (đơn vị được giao)"));
        } else {
            unit = dir.unit(data.unitId());
            if (unit.isEmpty()) {
                found.add(TaskViolation.UNKNOWN_UNIT.at("unitId", data.unitId()));
            } else if (direct && !unit.get().organisation().equals(assigning)) {
                found.add(TaskViolation.DIRECT_OTHER_ORGANISATION.at("unitId", data.unitId(),
                        unit.get().organisation().value()));
            }
        }
        if (data.content() == null || data.content().isEmpty()) {
            found.add(TaskViolation.FIELD_MISSING.at("content", "content (nội dung)"));
        } else if (data.content().length() > TaskService.MAX_CONTENT) {
            found.add(TaskViolation.TOO_LONG.at("content", "content (nội dung)", data.content().length(), TaskService.MAX_CONTENT));
        }
        if (data.deadline() == null) {
            found.add(TaskViolation.FIELD_MISSING.at("deadline", "deadline (thời hạn)"));
        } else if (!data.deadline().endsAt(rules).isAfter(now)) {
            found.add(TaskViolation.DEADLINE_PASSED.at("deadline", data.deadline(), iso(now)));
        }
        if (data.monitorId() == null || data.monitorId().isEmpty()) {
            found.add(TaskViolation.FIELD_MISSING.at("monitorId", "monitoring officer (chuyên viên theo dõi)"));
        } else {
            Optional<Person> monitor = dir.person(data.monitorId());
            boolean ok = monitor.isPresent() && monitor.get().organisation().equals(assigning)
                    && (monitor.get().holds(Role.MONITORING_OFFICER) || monitor.get().id().equals(leaderId));
            if (!ok) {
                found.add(TaskViolation.NOT_MONITORING_OFFICER.at("monitorId", data.monitorId(), assigning.value()));
            }
        }
        for (Map.Entry<String, TaskDeadline> c : data.cooperating().entrySet()) {
            String path = "cooperating." + c.getKey();
            if (dir.unit(c.getKey()).isEmpty()) {
                found.add(TaskViolation.UNKNOWN_UNIT.at(path, c.getKey()));
            }
            if (c.getKey().equals(data.unitId())) {
                found.add(TaskViolation.LEAD_ALSO_COOPERATING.at(path, c.getKey()));
            }
            if (c.getValue() == null) {
                found.add(TaskViolation.FIELD_MISSING.at(path, "deadline of cooperating unit " + c.getKey()));
            }
        }
    }

    static void setData(Task.Draft d, TaskData data) {
        d.unitId = data.unitId();
        d.content = data.content();
        d.deadline = data.deadline();
        d.originalDeadline = data.deadline();
        d.monitorId = data.monitorId();
        List<Cooperation> cooperations = new ArrayList<>();
        data.cooperating().forEach((unit, due) -> cooperations.add(Cooperation.requested(unit, due)));
        d.cooperations = cooperations;
    }

    Task.Draft newTask(UnitOfWork uow, TaskData data, OrganCode organisation, String recordId, String creatorId,
                               boolean direct, TaskState state) {
        List<Cooperation> cooperations = new ArrayList<>();
        data.cooperating().forEach((unit, due) -> cooperations.add(Cooperation.requested(unit, due)));
        Task seed = new Task(store.newId(uow, TaskService.TASK_ID_PREFIX), organisation, recordId, Optional.empty(), data.unitId(),
                data.content(), data.deadline(), data.deadline(), data.monitorId(), creatorId, direct, state,
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), cooperations,
                List.of(), List.of(), Set.of(), 0);
        return seed.edit();
    }

    Task insert(UnitOfWork uow, Task.Draft d, String actorId, String action, Instant at, String comment,
                        List<DomainEvent> out) {
        d.history.add(new TaskStep(at, actorId, action, d.state, d.state, comment));
        d.version = 1;
        Task task = d.build();
        AuditEvent event = new AuditEvent(accountOf(actorId), action, at, TaskService.AUDIT_OBJECT_TYPE, task.id(), null,
                task.digest(), comment.isEmpty() ? null : comment, Set.of());
        store.insert(uow, task);
        audit.append(uow, chainOf(actorId, task), event);
        LOG.debug("{} {} by {}", action, task.id(), actorId);
        return task;
    }

    /** Makes the next version of {@code before}: edit, state, one step, one audit entry, a state-change event. */
    Task change(UnitOfWork uow, Task before, String actorId, String action, TaskState to, Instant at,
                        String comment, List<DomainEvent> out, Consumer<Task.Draft> edit) {
        TaskTransition transition = before.state() == to ? null : TaskTransition.transitionBetween(before.state(), to);
        Task.Draft d = before.edit();
        edit.accept(d);
        d.state = to;
        d.history.add(new TaskStep(at, actorId, action, before.state(), to, comment));
        d.version = before.version() + 1;
        Task after = d.build();
        AuditEvent event = new AuditEvent(accountOf(actorId), action, at, TaskService.AUDIT_OBJECT_TYPE, after.id(),
                before.digest(), after.digest(), comment.isEmpty() ? null : comment, Set.of());
        store.update(uow, after);
        audit.append(uow, chainOf(actorId, after), event);
        if (transition != null) {
            out.add(new DomainEvent.StateChanged(at, actorId, after.id(), TaskService.LIFECYCLE, before.state().name(),
                    to.name(), transition.ruleId()));
        }
        LOG.debug("{} {} by {}: {} -> {}", action, after.id(), actorId, before.state(), to);
        return after;
    }

    void assigned(Task task, String actorId, Instant at, List<DomainEvent> out) {
        Instant deadline = task.deadlineAt(rules);
        out.add(new DomainEvent.DocumentAssigned(at, actorId, task.id(), task.unitId(), AssignmentKind.LEAD,
                deadline));
        for (Cooperation c : task.cooperations()) {
            out.add(new DomainEvent.DocumentAssigned(at, actorId, task.id(), c.unitId(), AssignmentKind.COOPERATE,
                    c.deadline().endsAt(rules)));
        }
    }

    void publishAfterCommit(UnitOfWork uow, List<DomainEvent> out) {
        if (!out.isEmpty()) {
            List<DomainEvent> copy = List.copyOf(out);
            uow.afterCommit(() -> copy.forEach(events::publish));
        }
    }

    /**
     * The audit chain an action on {@code task} goes to: always the assigning organisation's, whoever acts (the
     * receiving unit may belong to another organisation), so that a task's whole history is one run of one chain,
     * verified with the trail of the organisation that follows the task (R-TASK-10).
     */
    static OrganCode chainOf(String personId, Task task) {
        return task.assigningOrganisation();
    }

    String accountOf(String personId) {
        if (DomainEvent.SYSTEM.equals(personId)) {
            return DomainEvent.SYSTEM;
        }
        return directory.get().accountOf(personId).map(Account::name).orElse(personId);
    }

    static void issuedBy(DocumentRef ref, String what, Instant now) {
        if (ref == null) {
            throw EdocRuleException.of(TaskViolation.DOCUMENT_REQUIRED, "document", what);
        }
        if (ref.issuedAt().isAfter(now)) {
            throw EdocRuleException.of(TaskViolation.DOCUMENT_NOT_ISSUED_YET, "document", ref.notation(),
                    iso(ref.issuedAt()), iso(now));
        }
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static String iso(Instant instant) {
        return WorkingTime.iso(WorkingTime.vietnamTime(instant));
    }

    static String text(String s) {
        return s == null ? "" : s.strip();
    }

    static EdocRuleException notFound(String id) {
        return EdocRuleException.of(TaskViolation.TASK_NOT_FOUND, "taskId", String.valueOf(id));
    }
}
