package vn.edoc.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.TaskId;
import vn.edoc.id.UnitId;
import vn.edoc.org.Account;
import vn.edoc.org.Directory;
import vn.edoc.org.Person;
import vn.edoc.org.Role;
import vn.edoc.org.Unit;
import vn.edoc.routing.Action;
import vn.edoc.routing.Actor;
import vn.edoc.routing.DraftParticipant;
import vn.edoc.routing.IssueParticipant;
import vn.edoc.routing.IssuedDocument;
import vn.edoc.routing.OutgoingRecord;
import vn.edoc.routing.Permissions;
import vn.edoc.routing.Scope;
import vn.edoc.routing.TaskDescriptorSource;
import vn.edoc.routing.WorkItemSource;
import vn.edoc.spi.AuditLog;
import vn.edoc.spi.Transactions;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.time.Deadlines;
import vn.edoc.time.ReportPeriod;
import vn.edoc.time.TimeRules;
import vn.edoc.time.WorkingTime;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * Task tracking (theo dõi nhiệm vụ), LS Đ13-14 and BS Đ7.3: tasks are entered while the assigning document is drafted
 * (R-TASK-1), checked against the approved document (R-TASK-2), assigned when it is issued, received or returned by
 * the unit (R-TASK-3), answered by a reply drafted from the task document (R-TASK-4), reported when the reply is
 * issued (R-TASK-7), then approved or refused by the monitoring office (R-TASK-6). Extensions (R-TASK-8), cooperating
 * units (R-TASK-9), direct assignment by a leader (R-TASK-11), reports (R-TASK-10) and deadline notices.
 *
 * <p>Every action runs in one unit of work: the permission check of {@link Permissions} (against the directory as
 * it is now, not as the caller's {@link Actor} snapshot says), the lifecycle check of {@link TaskTransition}
 * (and {@link ExtensionTransition}, {@link CooperationTransition}), the new version of the task, one
 * {@link TaskStep} and one audit entry (object type {@value #AUDIT_OBJECT_TYPE}, digests of the task before and
 * after); domain events are published after the commit. A refused action throws {@link EdocRuleException} naming
 * its rule and changes nothing.
 *
 * <p>Reports come to the monitoring office by themselves (R-TASK-7): {@link #issueParticipant()} is given to the
 * outgoing flow, which calls it inside the unit of work that issues a document. Work done outside the flow — a
 * reply not started from the task document — is not accepted as the task's result. Consulting other units (R-TASK-5)
 * runs on a separate outgoing flow and never touches the task.
 *
 * <p>Thread-safe when its collaborators are.
 */
public final class TaskService {

    /** The audit object type of a task. */
    public static final String AUDIT_OBJECT_TYPE = "task";
    /** The default warning time before a deadline for {@link #scan}: two days. */
    public static final Duration DEFAULT_APPROACHING = Duration.ofDays(2);

    /** Longest task content. */
    public static final int MAX_CONTENT = 2000;

    /** The prefix of task ids asked of the {@link TaskStore} (nhiệm vụ): {@code "nv-1"}, {@code "nv-2"}, ... */
    public static final String TASK_ID_PREFIX = "nv";
    /** The kind of the tasks' items in the work queue ({@link #workItemSource()}). */
    public static final String WORK_ITEM_KIND = "task";
    /** The lifecycle name in {@link DomainEvent.StateChanged} events. */
    public static final String LIFECYCLE = "TaskState";

    private static final Logger LOG = LoggerFactory.getLogger(TaskService.class);

    private final Transactions transactions;
    private final TaskStore store;
    private final AuditLog audit;
    private final Supplier<Directory> directory;
    private final TimeRules rules;
    private final EventPublisher events;
    private final Clock clock;
    private final Duration approaching;
    private final TaskDeadlineScanner scanner;
    private final TaskWorkQueue queue;
    private final TaskReports reports;

    /** A service with the default warning time {@link #DEFAULT_APPROACHING}. */
    public TaskService(Transactions transactions, TaskStore store, AuditLog audit, Supplier<Directory> directory,
                       TimeRules rules, EventPublisher events, Clock clock) {
        this(transactions, store, audit, directory, rules, events, clock, DEFAULT_APPROACHING);
    }

    /** A service warning {@code approaching} before each deadline (see {@link #scan}). */
    public TaskService(Transactions transactions, TaskStore store, AuditLog audit, Supplier<Directory> directory,
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
        this.scanner = new TaskDeadlineScanner(transactions, store, directory, rules, events, approaching);
        this.queue = new TaskWorkQueue(store, directory, rules);
        this.reports = new TaskReports(store, rules, clock);
    }

    // ================================================================ queries

    /** The committed task {@code id}. */
    public Optional<Task> find(TaskId id) {
        return store.find(String.valueOf(id));
    }

    /**
     * R-TASK-2: every difference between the task's data and the data of the approved assigning document
     * ({@link TaskViolation#DISCREPANCY}, one per field, and one per cooperating unit added, removed or with another
     * deadline); valid when they agree.
     */
    public ValidationResult check(TaskId taskId, TaskData approved) {
        Task task = store.find(String.valueOf(taskId)).orElseThrow(() -> notFound(String.valueOf(taskId)));
        return compare(task, approved);
    }

    /** R-TASK-2, as {@link #check(String, TaskData)} on a task at hand. */
    public static ValidationResult compare(Task task, TaskData approved) {
        if (approved == null) {
            return ValidationResult.of(TaskViolation.FIELD_MISSING.at("approved", "approved document data"));
        }
        List<Violation> found = new ArrayList<>();
        differ(found, "unitId", task.unitId(), approved.unitId());
        differ(found, "content", task.content(), approved.content());
        differ(found, "deadline", String.valueOf(task.deadline()), String.valueOf(approved.deadline()));
        differ(found, "monitorId", task.monitorId(), approved.monitorId());
        for (Cooperation c : task.cooperations()) {
            TaskDeadline other = approved.cooperating().get(c.unitId());
            differ(found, "cooperating." + c.unitId(), String.valueOf(c.deadline()),
                    other == null ? "-" : String.valueOf(other));
        }
        approved.cooperating().forEach((unit, due) -> {
            if (task.cooperation(unit).isEmpty()) {
                differ(found, "cooperating." + unit, "-", String.valueOf(due));
            }
        });
        return ValidationResult.of(found);
    }

    private static void differ(List<Violation> found, String field, String mine, String theirs) {
        if (!Objects.equals(mine, theirs)) {
            found.add(TaskViolation.DISCREPANCY.at(field, field, mine, theirs));
        }
    }

    // ================================================================ drafting and issue: R-TASK-1, R-TASK-2

    /**
     * R-TASK-1: enters a task while the assigning document {@code assigningRecordId} is drafted, by a specialist of
     * the assigning organisation. The task starts {@link TaskState#CREATED}.
     *
     * @throws EdocRuleException naming every fault of the data at once, or the permission refused
     */
    public Task create(Actor actor, RecordId assigningRecordId, TaskData data) {
        return transactions.inTransaction(uow -> {
            Instant now = now();
            Actor current = current(actor);
            Person person = current.person();
            Permissions.require(current, Action.CREATE_TASK, Scope.unit(person.organisation(), person.unitId()));
            List<Violation> found = new ArrayList<>();
            if (assigningRecordId == null || String.valueOf(assigningRecordId).isBlank()) {
                found.add(TaskViolation.FIELD_MISSING.at("assigningRecordId", "assigning document"));
            }
            validate(found, data, person.organisation(), now, false, null);
            ValidationResult.of(found).orThrow();
            Task.Draft d = newTask(uow, data, person.organisation(), String.valueOf(assigningRecordId).strip(), person.id(), false,
                    TaskState.CREATED);
            return insert(uow, d, person.id(), "task.create", now, "", List.of());
        });
    }

    /**
     * R-TASK-2: corrects the data of a task not yet checked, by the drafter or by the monitoring officer completing
     * it ("kiểm tra, hoàn thiện").
     */
    public Task update(Actor actor, TaskId taskId, TaskData data) {
        return act(actor, String.valueOf(taskId), this::drafterOrMonitor,
                (uow, t, who, now, out) -> {
                    if (t.state() != TaskState.CREATED) {
                        throw EdocRuleException.of(TaskViolation.NOT_EDITABLE, "state", t.id(), t.state());
                    }
                    List<Violation> found = new ArrayList<>();
                    validate(found, data, t.assigningOrganisation(), now, false, null);
                    ValidationResult.of(found).orThrow();
                    return change(uow, t, who, "task.update", TaskState.CREATED, now, "", out,
                            d -> setData(d, data));
                });
    }

    /**
     * R-TASK-3: the monitoring office corrects the data of an assigned task after the receiving unit found it wrong
     * ("trao đổi, thống nhất lại với Văn phòng"), while the unit has not finished it: the state stays; cooperating
     * units keep their answers when they stay named. Once a handler is named the unit cannot change (the task is
     * returned and reassigned instead); after an approved extension the corrected deadline replaces the extended one
     * and the original deadline stays.
     */
    public Task correct(Actor actor, TaskId taskId, TaskData corrected, String reason) {
        return act(actor, String.valueOf(taskId), t -> require(t, Action.CHECK_TASK, monitorScope(t)), (uow, t, who, now, out) -> {
            if (!t.open()) {
                throw EdocRuleException.of(TaskViolation.NOT_OPEN, "state", t.id(), t.state());
            }
            List<Violation> found = new ArrayList<>();
            validate(found, corrected, t.assigningOrganisation(), now, false, null);
            ValidationResult.of(found).orThrow();
            if (!corrected.unitId().equals(t.unitId()) && t.handlerId().isPresent()) {
                // the handler works in the old unit: a task for another unit is returned and reassigned instead
                throw EdocRuleException.of(TaskViolation.HANDLER_INVALID, "unitId", t.handlerId().get(),
                        corrected.unitId());
            }
            boolean extended = t.extensions().stream().anyMatch(e -> e.state() == ExtensionState.APPROVED);
            return change(uow, t, who, "task.correct", t.state(), now, text(reason), out, d -> {
                List<Cooperation> kept = new ArrayList<>();
                corrected.cooperating().forEach((unit, due) -> kept.add(t.cooperation(unit)
                        .map(c -> new Cooperation(unit, due, c.state(), c.answeredAt(), c.document(), c.reasons(),
                                c.actorId()))
                        .orElse(Cooperation.requested(unit, due))));
                d.unitId = corrected.unitId();
                d.content = corrected.content();
                d.deadline = corrected.deadline();
                if (!extended) {
                    // a wrong deadline is corrected at its source; after an extension it is the extended one
                    d.originalDeadline = corrected.deadline();
                }
                d.monitorId = corrected.monitorId();
                d.cooperations = kept;
            });
        });
    }

    /**
     * R-TASK-2: the monitoring officer confirms that the task agrees with the approved document: CREATED → CHECKED.
     * Refused with every {@link TaskViolation#DISCREPANCY} when it does not.
     */
    public Task confirmCheck(Actor actor, TaskId taskId, TaskData approved) {
        return act(actor, String.valueOf(taskId), t -> require(t, Action.CHECK_TASK, monitorScope(t)), (uow, t, who, now, out) -> {
            TaskTransition.transitionBetween(t.state(), TaskState.CHECKED);
            compare(t, approved).orThrow();
            return change(uow, t, who, "task.check", TaskState.CHECKED, now, "", out, d -> { });
        });
    }

    /** R-TASK-2: a checked task goes back for correction (the draft changed): CHECKED → CREATED. */
    public Task reopen(Actor actor, TaskId taskId, String reason) {
        return act(actor, String.valueOf(taskId), t -> require(t, Action.CHECK_TASK, monitorScope(t)), (uow, t, who, now, out) -> {
            TaskTransition.transitionBetween(t.state(), TaskState.CREATED);
            return change(uow, t, who, "task.uncheck", TaskState.CREATED, now, text(reason), out, d -> { });
        });
    }

    /**
     * The participant the outgoing flow calls inside the unit of work that issues a document:
     * <ul>
     *   <li>the tasks the issuing organisation entered on the issued document (its record) are assigned: CHECKED → ASSIGNED, with the
     *       assigning document's reference; a task not checked refuses the issue ({@link TaskViolation#NOT_CHECKED},
     *       R-TASK-2);</li>
     *   <li>when the document answers a task ({@link IssuedDocument#answersTaskId()}), that task is reported:
     *       IN_PROGRESS → REPORTED with the completion instant set to the issue time (R-TASK-7); the document must be
     *       the reply started from the task document ({@link TaskViolation#REPLY_NOT_FROM_TASK}, R-TASK-4) and the
     *       task document must not be closed. A direct assignment ends there: REPORTED → APPROVED (R-TASK-11).</li>
     * </ul>
     * Actions are audited under the issuing clerk's account; the clerk's permission to issue for the registering
     * organisation ({@link Action#ISSUE}) is checked again.
     */
    public IssueParticipant issueParticipant() {
        return new IssueParticipant() {
            @Override
            public void check(UnitOfWork uow, IssuedDocument issued) {
                // the preparing unit of work is rolled back: running the whole change there finds every refusal
                // before the organisation's signature is made
                onIssue(uow, issued);
            }

            @Override
            public void onIssue(UnitOfWork uow, IssuedDocument issued) {
                TaskService.this.onIssue(uow, issued);
            }
        };
    }

    private void onIssue(UnitOfWork uow, IssuedDocument issued) {
        if (issued == null) {
            throw EdocRuleException.of(TaskViolation.FIELD_MISSING, "issued", "issued document");
        }
        List<DomainEvent> out = new ArrayList<>();
        Instant at = issued.issuedAt().truncatedTo(ChronoUnit.MICROS);
        String clerk = issued.actorPersonId();
        // the outgoing flow checked the issue already; checked again here so that no task moves for someone who may
        // not issue for that organisation (R-ACC-2)
        Directory dir = directory.get();
        Actor issuer = Actor.of(dir, PersonId.of(clerk), dir.accountOf(clerk).map(Account::name).orElse(""));
        Permissions.require(issuer, Action.ISSUE, Scope.organisation(issued.registration().key().organ()));
        DocumentRef ref = DocumentRef.of(issued);
        OrganCode issuing = issued.registration().key().organ();
        for (Task t : store.byAssigningRecord(uow, issued.recordId())) {
            if (!t.assigningOrganisation().equals(issuing)) {
                // record ids are unique per document store: a task of another organisation's store is not this one's
                continue;
            }
            if (t.state() == TaskState.CREATED) {
                throw EdocRuleException.of(TaskViolation.NOT_CHECKED, "tasks." + t.id(), t.id(), t.state());
            }
            if (t.state() != TaskState.CHECKED) {
                continue;
            }
            Task after = change(uow, t, clerk, "task.assign", TaskState.ASSIGNED, at, ref.notation(), out,
                    d -> d.assigningDocument = Optional.of(ref));
            assigned(after, clerk, at, out);
        }
        if (issued.answersTaskId().isPresent()) {
            String id = issued.answersTaskId().get();
            Task t = store.find(uow, id).orElseThrow(() -> notFound(id));
            if (t.documentClosed()) {
                throw EdocRuleException.of(TaskViolation.DOCUMENT_CLOSED, "answersTaskId", t.id());
            }
            TaskTransition.transitionBetween(t.state(), TaskState.REPORTED);
            if (!t.replyDraftId().equals(Optional.of(issued.recordId()))) {
                throw EdocRuleException.of(TaskViolation.REPLY_NOT_FROM_TASK, "recordId", issued.recordId(), t.id(),
                        t.replyDraftId().orElse("-"));
            }
            Task reported = change(uow, t, clerk, "task.report", TaskState.REPORTED, at, ref.notation(), out, d -> {
                d.reply = Optional.of(ref);
                d.completedAt = Optional.of(at);
            });
            out.add(new DomainEvent.TaskReported(at, clerk, t.id(), at));
            if (reported.direct()) {
                change(uow, reported, DomainEvent.SYSTEM, "task.approve", TaskState.APPROVED, at,
                        "R-TASK-11: the resulting document is signed and numbered", out, d -> { });
                out.add(new DomainEvent.TaskResultDecided(at, DomainEvent.SYSTEM, t.id(), true));
            }
        }
        publishAfterCommit(uow, out);
    }

    // ================================================================ the receiving unit: R-TASK-3

    /**
     * R-TASK-3: the unit checks the task and accepts it, naming the specialist who handles it (người xử lý chính):
     * ASSIGNED → RECEIVED.
     */
    public Task receive(Actor actor, TaskId taskId, PersonId handlerId) {
        return act(actor, String.valueOf(taskId), t -> require(t, Action.RECEIVE_TASK, unitScope(t)), (uow, t, who, now, out) -> {
            TaskTransition.transitionBetween(t.state(), TaskState.RECEIVED);
            Directory dir = directory.get();
            Optional<Person> handler = dir.person(String.valueOf(handlerId));
            if (handler.isEmpty() || !handler.get().unitId().equals(t.unitId()) || !dir.canAct(handler.get().id())
                    || !(handler.get().holds(Role.SPECIALIST) || handler.get().holds(Role.UNIT_HEAD))) {
                throw EdocRuleException.of(TaskViolation.HANDLER_INVALID, "handlerId", String.valueOf(handlerId),
                        t.unitId());
            }
            return change(uow, t, who, "task.receive", TaskState.RECEIVED, now, "", out,
                    d -> d.handlerId = Optional.of(handler.get().id()));
        });
    }

    /** R-TASK-3: the unit returns a wrongly assigned task, with the reason: ASSIGNED → RETURNED. */
    public Task returnTask(Actor actor, TaskId taskId, String reason) {
        return act(actor, String.valueOf(taskId), t -> require(t, Action.RETURN_TASK, unitScope(t)), (uow, t, who, now, out) -> {
            TaskTransition.transitionBetween(t.state(), TaskState.RETURNED);
            if (reason == null || reason.isBlank()) {
                throw EdocRuleException.of(TaskViolation.RETURN_REASON_REQUIRED, "reason", t.id());
            }
            return change(uow, t, who, "task.return", TaskState.RETURNED, now, reason.strip(), out, d -> { });
        });
    }

    /**
     * R-TASK-3: the monitoring office corrects a returned task (its unit, content, deadline…) and assigns it again:
     * RETURNED → ASSIGNED.
     */
    public Task reassign(Actor actor, TaskId taskId, TaskData corrected) {
        return act(actor, String.valueOf(taskId), t -> require(t, Action.CHECK_TASK, monitorScope(t)), (uow, t, who, now, out) -> {
            TaskTransition.transitionBetween(t.state(), TaskState.ASSIGNED);
            List<Violation> found = new ArrayList<>();
            validate(found, corrected, t.assigningOrganisation(), now, false, null);
            ValidationResult.of(found).orThrow();
            Task after = change(uow, t, who, "task.reassign", TaskState.ASSIGNED, now, "", out, d -> {
                setData(d, corrected);
                d.handlerId = Optional.empty();
            });
            assigned(after, who, now, out);
            return after;
        });
    }

    // ================================================================ handling: R-TASK-4

    /**
     * R-TASK-4: the handler starts the reply from the task document ("khởi tạo văn bản đi" in "Văn bản trả lời"),
     * recording the draft's record: RECEIVED → IN_PROGRESS, or a new reply while IN_PROGRESS after a refused result.
     * Refused while the task document is closed ({@link TaskViolation#DOCUMENT_CLOSED}): take it back first.
     */
    public Task startReply(Actor actor, TaskId taskId, RecordId draftRecordId) {
        return transactions.inTransaction(uow -> startReply(uow, actor, taskId, draftRecordId));
    }

    /**
     * R-TASK-4, as {@link #startReply(Actor, String, String)} inside the caller's unit of work: the outgoing flow
     * records the draft and the task's reply in one atomic change (see {@link #draftParticipant()}). A refusal throws
     * and the caller's unit of work is to be rolled back.
     */
    public Task startReply(UnitOfWork unitOfWork, Actor actor, TaskId taskId, RecordId draftRecordId) {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        return actIn(unitOfWork, actor, String.valueOf(taskId), t -> received(t, require(t, Action.HANDLE, handlerScope(t))),
                (uow, t, who, now, out) -> {
                    if (t.documentClosed()) {
                        throw EdocRuleException.of(TaskViolation.DOCUMENT_CLOSED, "taskId", t.id());
                    }
                    if (t.state() != TaskState.IN_PROGRESS) {
                        TaskTransition.transitionBetween(t.state(), TaskState.IN_PROGRESS);
                    }
                    if (draftRecordId == null || String.valueOf(draftRecordId).isBlank()) {
                        throw EdocRuleException.of(TaskViolation.FIELD_MISSING, "draftRecordId", "reply draft");
                    }
                    String draftId = String.valueOf(draftRecordId).strip();
                    return change(uow, t, who, "task.reply.start", TaskState.IN_PROGRESS, now, draftId, out,
                            d -> d.replyDraftId = Optional.of(draftId));
                });
    }

    /**
     * The participant the outgoing flow calls inside the unit of work that makes a draft (R-TASK-4): a draft that
     * answers a task ({@link OutgoingRecord#answersTaskId()}) is recorded as the task's reply, as
     * {@link #startReply(UnitOfWork, Actor, String, String)} by the drafter; the task's refusal (task document
     * closed, drafter not its handler, task not received, unknown task) refuses the draft. Drafts answering no task
     * are left alone.
     */
    public DraftParticipant draftParticipant() {
        return (uow, drafter, draft) -> {
            if (draft != null && draft.answersTaskId().isPresent()) {
                startReply(uow, drafter, TaskId.of(draft.answersTaskId().get()), RecordId.of(draft.id()));
            }
        };
    }

    /**
     * The source the outgoing flow asks, when it issues a document, which tasks the message to each recipient
     * carries (R-IN-9): the tasks entered on the issued document's record, now assigned, whose lead unit or one of
     * whose cooperating units belongs to the recipient organisation; each as "content (hạn: deadline)", ordered by
     * deadline then content. Reads only.
     */
    public TaskDescriptorSource taskDescriptorSource() {
        return (uow, issued, recipient) -> {
            if (issued == null || recipient == null) {
                return List.of();
            }
            Directory dir = directory.get();
            List<Task> carried = new ArrayList<>();
            OrganCode issuing = issued.registration().key().organ();
            for (Task t : store.byAssigningRecord(uow, issued.recordId())) {
                if (t.state() != TaskState.ASSIGNED || !t.assigningOrganisation().equals(issuing)) {
                    continue;
                }
                boolean theirs = belongsTo(dir, t.unitId(), recipient)
                        || t.cooperations().stream().anyMatch(c -> belongsTo(dir, c.unitId(), recipient));
                if (theirs) {
                    carried.add(t);
                }
            }
            carried.sort(Comparator.comparing((Task t) -> t.deadlineAt(rules)).thenComparing(Task::content)
                    .thenComparing(Task::id));
            return carried.stream().map(TaskService::descriptor).toList();
        };
    }

    /** The one-line text of a task carried by its assigning document (R-IN-9): its content and its deadline. */
    public static String descriptor(Task task) {
        TaskDeadline d = task.deadline();
        String due = d.day() != null ? d.day().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                : WorkingTime.iso(WorkingTime.vietnamTime(d.instant()));
        return task.content() + " (hạn: " + due + ")";
    }

    private static boolean belongsTo(Directory dir, String unitId, OrganCode organisation) {
        return dir.unit(unitId).map(u -> u.organisation().equals(organisation)).orElse(false);
    }

    /**
     * The handler closes the task document (kết thúc văn bản). R-TASK-4 says not to; the engine records it so that
     * nothing more happens on the task until it is taken back ({@link #takeBack}).
     */
    public Task closeDocument(Actor actor, TaskId taskId) {
        return act(actor, String.valueOf(taskId), t -> require(t, Action.COMPLETE, handlerScope(t)), (uow, t, who, now, out) -> {
            handling(t);
            if (t.documentClosed()) {
                throw EdocRuleException.of(TaskViolation.DOCUMENT_CLOSED, "taskId", t.id());
            }
            return change(uow, t, who, "task.document.close", t.state(), now, "", out, d -> d.documentClosed = true);
        });
    }

    /** R-TASK-4: the handler takes back (lấy lại) the closed task document to go on in the flow. */
    public Task takeBack(Actor actor, TaskId taskId) {
        return act(actor, String.valueOf(taskId), t -> require(t, Action.HANDLE, handlerScope(t)), (uow, t, who, now, out) -> {
            handling(t);
            if (!t.documentClosed()) {
                throw EdocRuleException.of(TaskViolation.DOCUMENT_NOT_CLOSED, "taskId", t.id());
            }
            return change(uow, t, who, "task.document.take-back", t.state(), now, "", out,
                    d -> d.documentClosed = false);
        });
    }

    private static void handling(Task t) {
        if (t.state() != TaskState.RECEIVED && t.state() != TaskState.IN_PROGRESS) {
            throw EdocRuleException.of(TaskViolation.NOT_HANDLING, "state", t.id(), t.state());
        }
    }

    // ================================================================ approval: R-TASK-6

    /** R-TASK-6: the monitoring office approves the reported result: REPORTED → APPROVED. */
    public Task approveResult(Actor actor, TaskId taskId, String comment) {
        return act(actor, String.valueOf(taskId), t -> require(t, Action.APPROVE_TASK_RESULT, monitorScope(t)),
                (uow, t, who, now, out) -> {
                    TaskTransition.transitionBetween(t.state(), TaskState.APPROVED);
                    Task after = change(uow, t, who, "task.approve", TaskState.APPROVED, now, text(comment), out,
                            d -> { });
                    out.add(new DomainEvent.TaskResultDecided(now, who, t.id(), true));
                    return after;
                });
    }

    /**
     * R-TASK-6: the monitoring office refuses the result and asks for a new answer: REPORTED → IN_PROGRESS; the
     * handler starts again from the beginning (a new reply), so the reply and the completion instant are cleared.
     */
    public Task refuseResult(Actor actor, TaskId taskId, String reason) {
        return act(actor, String.valueOf(taskId), t -> require(t, Action.REFUSE_TASK_RESULT, monitorScope(t)),
                (uow, t, who, now, out) -> {
                    TaskTransition.transitionBetween(t.state(), TaskState.IN_PROGRESS);
                    if (reason == null || reason.isBlank()) {
                        throw EdocRuleException.of(TaskViolation.RESULT_REASON_REQUIRED, "reason", t.id());
                    }
                    Task after = change(uow, t, who, "task.refuse", TaskState.IN_PROGRESS, now, reason.strip(), out,
                            d -> {
                                d.reply = Optional.empty();
                                d.completedAt = Optional.empty();
                                d.replyDraftId = Optional.empty();
                            });
                    out.add(new DomainEvent.TaskResultDecided(now, who, t.id(), false));
                    return after;
                });
    }

    // ================================================================ extensions: R-TASK-8

    /**
     * R-TASK-8: the handler asks for more time, within the deadline, attaching the issued request document. Refused
     * after the deadline ({@link TaskViolation#EXTENSION_AFTER_DEADLINE}): the task then stays overdue.
     */
    public Task requestExtension(Actor actor, TaskId taskId, DocumentRef requestDocument, String reason) {
        return act(actor, String.valueOf(taskId), t -> require(t, Action.REQUEST_EXTENSION, handlerScope(t)),
                (uow, t, who, now, out) -> {
                    if (t.state() != TaskState.RECEIVED && t.state() != TaskState.IN_PROGRESS) {
                        throw EdocRuleException.of(TaskViolation.NOT_OPEN, "state", t.id(), t.state());
                    }
                    Instant deadline = t.deadlineAt(rules);
                    if (Deadlines.isPast(deadline, now)) {
                        throw EdocRuleException.of(TaskViolation.EXTENSION_AFTER_DEADLINE, "requestedAt",
                                iso(deadline), iso(now));
                    }
                    if (t.pendingExtension().isPresent()) {
                        throw EdocRuleException.of(TaskViolation.EXTENSION_PENDING, "taskId", t.id());
                    }
                    issuedBy(requestDocument, "request document (văn bản xin gia hạn)", now);
                    Extension e = new Extension(t.extensions().size() + 1, now, who, requestDocument,
                            ExtensionState.REQUESTED, Optional.empty(), "", Optional.empty(), Optional.empty(),
                            text(reason));
                    return change(uow, t, who, "task.extension.request", t.state(), now,
                            requestDocument.notation(), out, d -> d.extensions.add(e));
                });
    }

    /**
     * R-TASK-8: the monitoring officer approves the waiting request with the issued approval document and the new
     * deadline written in it; the task's deadline becomes the new one.
     */
    public Task approveExtension(Actor actor, TaskId taskId, DocumentRef approvalDocument, TaskDeadline newDeadline,
                                 String comment) {
        return act(actor, String.valueOf(taskId), t -> require(t, Action.APPROVE_EXTENSION, monitorScope(t)),
                (uow, t, who, now, out) -> {
                    Extension e = t.pendingExtension().orElseThrow(
                            () -> EdocRuleException.of(TaskViolation.NO_PENDING_EXTENSION, "taskId", t.id()));
                    ExtensionTransition.transitionBetween(e.state(), ExtensionState.APPROVED);
                    issuedBy(approvalDocument, "approval document (văn bản đồng ý gia hạn)", now);
                    if (newDeadline == null) {
                        throw EdocRuleException.of(TaskViolation.FIELD_MISSING, "newDeadline", "new deadline");
                    }
                    Instant next = newDeadline.endsAt(rules);
                    if (!next.isAfter(t.deadlineAt(rules))) {
                        throw EdocRuleException.of(TaskViolation.NEW_DEADLINE_NOT_LATER, "newDeadline", iso(next),
                                iso(t.deadlineAt(rules)));
                    }
                    Extension decided = new Extension(e.number(), e.requestedAt(), e.requesterId(),
                            e.requestDocument(), ExtensionState.APPROVED, Optional.of(now), who,
                            Optional.of(approvalDocument), Optional.of(newDeadline), text(comment));
                    Task after = change(uow, t, who, "task.extension.approve", t.state(), now,
                            approvalDocument.notation() + " → " + newDeadline, out, d -> {
                                d.extensions.set(e.number() - 1, decided);
                                d.deadline = newDeadline;
                            });
                    out.add(new DomainEvent.ExtensionDecided(now, who, t.id(), true, next));
                    return after;
                });
    }

    /** R-TASK-8: the monitoring officer refuses the waiting request; the deadline stays. */
    public Task refuseExtension(Actor actor, TaskId taskId, String reason) {
        return act(actor, String.valueOf(taskId), t -> require(t, Action.REFUSE_EXTENSION, monitorScope(t)),
                (uow, t, who, now, out) -> {
                    Extension e = t.pendingExtension().orElseThrow(
                            () -> EdocRuleException.of(TaskViolation.NO_PENDING_EXTENSION, "taskId", t.id()));
                    ExtensionTransition.transitionBetween(e.state(), ExtensionState.REFUSED);
                    Extension decided = new Extension(e.number(), e.requestedAt(), e.requesterId(),
                            e.requestDocument(), ExtensionState.REFUSED, Optional.of(now), who, Optional.empty(),
                            Optional.empty(), text(reason));
                    Task after = change(uow, t, who, "task.extension.refuse", t.state(), now, text(reason), out,
                            d -> d.extensions.set(e.number() - 1, decided));
                    out.add(new DomainEvent.ExtensionDecided(now, who, t.id(), false, null));
                    return after;
                });
    }

    // ================================================================ cooperating units: R-TASK-9

    /** R-TASK-9: a cooperating unit answers the lead unit with its written answer. Late answers are kept as late. */
    public Task answerCooperation(Actor actor, TaskId taskId, UnitId unitId, DocumentRef answer) {
        return act(actor, String.valueOf(taskId), t -> require(t, Action.COOPERATE_ANSWER, cooperationScope(t, String.valueOf(unitId))),
                (uow, t, who, now, out) -> {
                    Cooperation c = cooperating(t, String.valueOf(unitId));
                    CooperationTransition.transitionBetween(c.state(), CooperationState.ANSWERED);
                    issuedBy(answer, "answer (văn bản trả lời phối hợp)", now);
                    Cooperation done = new Cooperation(c.unitId(), c.deadline(), CooperationState.ANSWERED,
                            Optional.of(now), Optional.of(answer), "", who);
                    return change(uow, t, who, "task.cooperation.answer", t.state(), now,
                            String.valueOf(unitId) + ": " + answer.notation(), out, d -> replace(d, done));
                });
    }

    /** R-TASK-9: a cooperating unit refuses in writing, with the written refusal and its reasons. */
    public Task refuseCooperation(Actor actor, TaskId taskId, UnitId unitId, DocumentRef refusal, String reasons) {
        return act(actor, String.valueOf(taskId), t -> require(t, Action.COOPERATE_REFUSE, cooperationScope(t, String.valueOf(unitId))),
                (uow, t, who, now, out) -> {
                    Cooperation c = cooperating(t, String.valueOf(unitId));
                    CooperationTransition.transitionBetween(c.state(), CooperationState.REFUSED);
                    if (refusal == null || reasons == null || reasons.isBlank()) {
                        throw EdocRuleException.of(TaskViolation.COOPERATION_REASON_REQUIRED, "reasons", t.id());
                    }
                    issuedBy(refusal, "written refusal (văn bản từ chối phối hợp)", now);
                    Cooperation done = new Cooperation(c.unitId(), c.deadline(), CooperationState.REFUSED,
                            Optional.of(now), Optional.of(refusal), reasons.strip(), who);
                    return change(uow, t, who, "task.cooperation.refuse", t.state(), now,
                            String.valueOf(unitId) + ": " + reasons.strip(), out, d -> replace(d, done));
                });
    }

    private static Cooperation cooperating(Task t, String unitId) {
        return t.cooperation(unitId).orElseThrow(() -> EdocRuleException.of(TaskViolation.NOT_COOPERATING,
                "unitId", String.valueOf(unitId), t.id()));
    }

    private static void replace(Task.Draft d, Cooperation done) {
        d.cooperations.replaceAll(c -> c.unitId().equals(done.unitId()) ? done : c);
    }

    // ================================================================ direct assignment: R-TASK-11

    /**
     * R-TASK-11 (BS Đ7.3): a leader assigns a task directly to a unit of their organisation; it starts
     * {@link TaskState#ASSIGNED}, followed by the leader (or the monitoring officer named), and ends when the
     * resulting document is signed and numbered (issued through the {@link #issueParticipant()}).
     */
    public Task assignDirectly(Actor actor, TaskData data) {
        return transactions.inTransaction(uow -> {
            Instant now = now();
            Actor current = current(actor);
            Person leader = current.person();
            Permissions.require(current, Action.ASSIGN_DIRECTLY, Scope.organisation(leader.organisation()));
            TaskData filled = data == null || (data.monitorId() != null && !data.monitorId().isBlank()) ? data
                    : new TaskData(data.unitId(), data.content(), data.deadline(), leader.id(), data.cooperating());
            List<Violation> found = new ArrayList<>();
            validate(found, filled, leader.organisation(), now, true, leader.id());
            ValidationResult.of(found).orThrow();
            Task.Draft d = newTask(uow, filled, leader.organisation(), "", leader.id(), true, TaskState.ASSIGNED);
            List<DomainEvent> out = new ArrayList<>();
            Task task = insert(uow, d, leader.id(), "task.assign-directly", now, "", out);
            assigned(task, leader.id(), now, out);
            publishAfterCommit(uow, out);
            return task;
        });
    }

    // ================================================================ deadlines, work queue and reports

    /**
     * Publishes the deadline notices due as of {@code now}; see {@link TaskDeadlineScanner#scan}. Returns the events
     * published.
     */
    public List<DomainEvent> scan(Instant now) {
        return scanner.scan(now);
    }

    /** What waits for {@code personId} among the tasks; see {@link TaskWorkQueue#waitingFor}. */
    public List<TaskWorkItem> waitingFor(PersonId personId, Instant now) {
        return queue.waitingFor(personId, now);
    }

    /** These tasks as a source of the "what waits for me" queue; see {@link TaskWorkQueue#workItemSource}. */
    public WorkItemSource workItemSource() {
        return queue.workItemSource();
    }

    /** R-TASK-10 as of the end of the period or now; see {@link TaskReports#report(String, ReportPeriod)}. */
    public TaskReport report(UnitId unitId, ReportPeriod period) {
        return reports.report(unitId, period);
    }

    /** R-TASK-10 as of {@code asOf}; see {@link TaskReports#report(String, ReportPeriod, Instant)}. */
    public TaskReport report(UnitId unitId, ReportPeriod period, Instant asOf) {
        return reports.report(unitId, period, asOf);
    }

    /** The deadline scanner of these tasks. */
    public TaskDeadlineScanner scanner() {
        return scanner;
    }

    /** The work queue of these tasks. */
    public TaskWorkQueue workQueue() {
        return queue;
    }

    /** The R-TASK-10 reports on these tasks. */
    public TaskReports reports() {
        return reports;
    }

    // ================================================================ machinery

    /** The work of one action on one task, inside its unit of work. */
    @FunctionalInterface
    private interface Step {
        Task apply(UnitOfWork uow, Task task, String actorId, Instant now, List<DomainEvent> out);
    }

    private Task act(Actor actor, String taskId, Function<Task, Consumer<Actor>> permission, Step step) {
        return transactions.inTransaction(uow -> actIn(uow, actor, taskId, permission, step));
    }

    private Task actIn(UnitOfWork uow, Actor actor, String taskId, Function<Task, Consumer<Actor>> permission,
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

    private static Consumer<Actor> require(Task t, Action action, Scope scope) {
        return actor -> Permissions.require(actor, action, scope);
    }

    /**
     * {@code then}, once the task's unit has received it (R-TASK-3): before that it has no handler, and working on it
     * is a fault of the task's state, not of the actor's permissions.
     */
    private static Consumer<Actor> received(Task t, Consumer<Actor> then) {
        return actor -> {
            if (EnumSet.of(TaskState.CREATED, TaskState.CHECKED, TaskState.ASSIGNED, TaskState.RETURNED)
                    .contains(t.state())) {
                throw EdocRuleException.of(TaskViolation.NOT_RECEIVED, "taskId", t.id(), t.state());
            }
            then.accept(actor);
        };
    }

    /** The drafter's permission in their own unit, or the monitoring officer's in the assigning organisation. */
    private Consumer<Actor> drafterOrMonitor(Task t) {
        return actor -> {
            Scope drafterScope = directory.get().person(t.creatorId())
                    .map(p -> Scope.unit(p.organisation(), p.unitId())).orElse(monitorScope(t));
            ValidationResult a = Permissions.check(actor, Action.CREATE_TASK, drafterScope);
            if (!a.isValid() && !Permissions.check(actor, Action.CHECK_TASK, monitorScope(t)).isValid()) {
                a.orThrow();
            }
        };
    }

    private Actor current(Actor actor) {
        if (actor == null) {
            Permissions.require(null, Action.CREATE_TASK, null);
        }
        // the actor's own snapshot may be stale: a lock or a revocation since then must already count (R-ACC-2)
        return actor.rebind(directory.get());
    }

    private Scope monitorScope(Task t) {
        return Scope.organisation(t.assigningOrganisation());
    }

    private Scope unitScope(Task t) {
        return Scope.unit(organisationOf(t.unitId(), t.assigningOrganisation()), t.unitId());
    }

    private Scope handlerScope(Task t) {
        return Scope.assignment(organisationOf(t.unitId(), t.assigningOrganisation()), t.unitId(),
                t.handlerId().orElse(""));
    }

    private Scope cooperationScope(Task t, String unitId) {
        String unit = unitId == null ? "" : unitId.strip();
        return Scope.unit(organisationOf(unit, t.assigningOrganisation()), unit);
    }

    private OrganCode organisationOf(String unitId, OrganCode fallback) {
        return directory.get().unit(unitId).map(Unit::organisation).orElse(fallback);
    }

    private void validate(List<Violation> found, TaskData data, OrganCode assigning, Instant now, boolean direct,
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
        } else if (data.content().length() > MAX_CONTENT) {
            found.add(TaskViolation.TOO_LONG.at("content", "content (nội dung)", data.content().length(), MAX_CONTENT));
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

    private static void setData(Task.Draft d, TaskData data) {
        d.unitId = data.unitId();
        d.content = data.content();
        d.deadline = data.deadline();
        d.originalDeadline = data.deadline();
        d.monitorId = data.monitorId();
        List<Cooperation> cooperations = new ArrayList<>();
        data.cooperating().forEach((unit, due) -> cooperations.add(Cooperation.requested(unit, due)));
        d.cooperations = cooperations;
    }

    private Task.Draft newTask(UnitOfWork uow, TaskData data, OrganCode organisation, String recordId, String creatorId,
                               boolean direct, TaskState state) {
        List<Cooperation> cooperations = new ArrayList<>();
        data.cooperating().forEach((unit, due) -> cooperations.add(Cooperation.requested(unit, due)));
        Task seed = new Task(store.newId(uow, TASK_ID_PREFIX), organisation, recordId, Optional.empty(), data.unitId(),
                data.content(), data.deadline(), data.deadline(), data.monitorId(), creatorId, direct, state,
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), cooperations,
                List.of(), List.of(), Set.of(), 0);
        return seed.edit();
    }

    private Task insert(UnitOfWork uow, Task.Draft d, String actorId, String action, Instant at, String comment,
                        List<DomainEvent> out) {
        d.history.add(new TaskStep(at, actorId, action, d.state, d.state, comment));
        d.version = 1;
        Task task = d.build();
        AuditEvent event = new AuditEvent(accountOf(actorId), action, at, AUDIT_OBJECT_TYPE, task.id(), null,
                task.digest(), comment.isEmpty() ? null : comment, Set.of());
        store.insert(uow, task);
        audit.append(uow, chainOf(actorId, task), event);
        LOG.debug("{} {} by {}", action, task.id(), actorId);
        return task;
    }

    /** Makes the next version of {@code before}: edit, state, one step, one audit entry, a state-change event. */
    private Task change(UnitOfWork uow, Task before, String actorId, String action, TaskState to, Instant at,
                        String comment, List<DomainEvent> out, Consumer<Task.Draft> edit) {
        TaskTransition transition = before.state() == to ? null : TaskTransition.transitionBetween(before.state(), to);
        Task.Draft d = before.edit();
        edit.accept(d);
        d.state = to;
        d.history.add(new TaskStep(at, actorId, action, before.state(), to, comment));
        d.version = before.version() + 1;
        Task after = d.build();
        AuditEvent event = new AuditEvent(accountOf(actorId), action, at, AUDIT_OBJECT_TYPE, after.id(),
                before.digest(), after.digest(), comment.isEmpty() ? null : comment, Set.of());
        store.update(uow, after);
        audit.append(uow, chainOf(actorId, after), event);
        if (transition != null) {
            out.add(new DomainEvent.StateChanged(at, actorId, after.id(), LIFECYCLE, before.state().name(),
                    to.name(), transition.ruleId()));
        }
        LOG.debug("{} {} by {}: {} -> {}", action, after.id(), actorId, before.state(), to);
        return after;
    }

    private void assigned(Task task, String actorId, Instant at, List<DomainEvent> out) {
        Instant deadline = task.deadlineAt(rules);
        out.add(new DomainEvent.DocumentAssigned(at, actorId, task.id(), task.unitId(), AssignmentKind.LEAD,
                deadline));
        for (Cooperation c : task.cooperations()) {
            out.add(new DomainEvent.DocumentAssigned(at, actorId, task.id(), c.unitId(), AssignmentKind.COOPERATE,
                    c.deadline().endsAt(rules)));
        }
    }

    private void publishAfterCommit(UnitOfWork uow, List<DomainEvent> out) {
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
    private static OrganCode chainOf(String personId, Task task) {
        return task.assigningOrganisation();
    }

    private String accountOf(String personId) {
        if (DomainEvent.SYSTEM.equals(personId)) {
            return DomainEvent.SYSTEM;
        }
        return directory.get().accountOf(personId).map(Account::name).orElse(personId);
    }

    private static void issuedBy(DocumentRef ref, String what, Instant now) {
        if (ref == null) {
            throw EdocRuleException.of(TaskViolation.DOCUMENT_REQUIRED, "document", what);
        }
        if (ref.issuedAt().isAfter(now)) {
            throw EdocRuleException.of(TaskViolation.DOCUMENT_NOT_ISSUED_YET, "document", ref.notation(),
                    iso(ref.issuedAt()), iso(now));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String iso(Instant instant) {
        return WorkingTime.iso(WorkingTime.vietnamTime(instant));
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static EdocRuleException notFound(String id) {
        return EdocRuleException.of(TaskViolation.TASK_NOT_FOUND, "taskId", String.valueOf(id));
    }
}
