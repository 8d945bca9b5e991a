package vn.edoc.task;

import static vn.edoc.task.TaskContext.issuedBy;
import static vn.edoc.task.TaskContext.iso;
import static vn.edoc.task.TaskContext.notFound;
import static vn.edoc.task.TaskContext.received;
import static vn.edoc.task.TaskContext.require;
import static vn.edoc.task.TaskContext.setData;
import static vn.edoc.task.TaskContext.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.event.DomainEvent;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.TaskId;
import vn.edoc.id.UnitId;
import vn.edoc.org.Directory;
import vn.edoc.org.Person;
import vn.edoc.org.Role;
import vn.edoc.routing.Action;
import vn.edoc.routing.Actor;
import vn.edoc.routing.Permissions;
import vn.edoc.routing.Scope;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.time.Deadlines;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * The commands of task tracking (theo dõi nhiệm vụ), LS Đ13-14 and BS Đ7.3: tasks are entered while the assigning
 * document is drafted (R-TASK-1), checked against the approved document (R-TASK-2), received or returned by the unit
 * (R-TASK-3), answered by a reply drafted from the task document (R-TASK-4), then approved or refused by the
 * monitoring office (R-TASK-6). Extensions (R-TASK-8), cooperating units (R-TASK-9) and direct assignment by a leader
 * (R-TASK-11).
 *
 * <p>The other concerns of the tasks are their own classes over the same shared context, all built together by
 * {@link Tasks} (and handed out by {@code vn.edoc.Edoc}): {@link TaskBridges} joins the outgoing flow (assigning when
 * the assigning document is issued, reporting when the reply is, R-TASK-7), {@link TaskDeadlineScanner} publishes
 * the deadline notices, {@link TaskWorkQueue} answers what waits for a person and {@link TaskReports} makes the
 * R-TASK-10 reports.
 *
 * <p>Every command runs in one unit of work: the permission check of {@link Permissions} (against the directory as
 * it is now, not as the caller's {@link Actor} snapshot says), the lifecycle check of {@link TaskTransition}
 * (and {@link ExtensionTransition}, {@link CooperationTransition}), the new version of the task, one
 * {@link TaskStep} and one audit entry (object type {@value #AUDIT_OBJECT_TYPE}, digests of the task before and
 * after); domain events are published after the commit. A refused command throws {@link EdocRuleException} naming
 * its rule and changes nothing. Consulting other units (R-TASK-5) runs on a separate outgoing flow and never touches
 * the task.
 *
 * <p>Thread-safe when its collaborators are.
 */
public final class TaskService {

    /** The audit object type of a task. */
    public static final String AUDIT_OBJECT_TYPE = "task";

    /** Longest task content. */
    public static final int MAX_CONTENT = 2000;

    /** The prefix of task ids asked of the {@link TaskStore} (nhiệm vụ): {@code "nv-1"}, {@code "nv-2"}, ... */
    public static final String TASK_ID_PREFIX = "nv";
    /** The kind of the tasks' items in the work queue ({@link TaskWorkQueue#workItemSource()}). */
    public static final String WORK_ITEM_KIND = "task";
    /** The lifecycle name in {@link DomainEvent.StateChanged} events. */
    public static final String LIFECYCLE = "TaskState";

    private final TaskContext ctx;

    TaskService(TaskContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    // ================================================================ queries

    /** The committed task {@code id}. */
    public Optional<Task> find(TaskId id) {
        return ctx.store.find(String.valueOf(id));
    }

    /**
     * R-TASK-2: every difference between the task's data and the data of the approved assigning document
     * ({@link TaskViolation#DISCREPANCY}, one per field, and one per cooperating unit added, removed or with another
     * deadline); valid when they agree.
     */
    public ValidationResult check(TaskId taskId, TaskData approved) {
        Task task = ctx.store.find(String.valueOf(taskId)).orElseThrow(() -> notFound(String.valueOf(taskId)));
        return compare(task, approved);
    }

    /** R-TASK-2, as {@link #check(TaskId, TaskData)} on a task at hand. */
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
        return ctx.transactions.inTransaction(uow -> {
            Instant now = ctx.now();
            Actor current = ctx.current(actor);
            Person person = current.person();
            Permissions.require(current, Action.CREATE_TASK, Scope.unit(person.organisation(), person.unitId()));
            List<Violation> found = new ArrayList<>();
            if (assigningRecordId == null || String.valueOf(assigningRecordId).isBlank()) {
                found.add(TaskViolation.FIELD_MISSING.at("assigningRecordId", "assigning document"));
            }
            ctx.validate(found, data, person.organisation(), now, false, null);
            ValidationResult.of(found).orThrow();
            Task.Draft d = ctx.newTask(uow, data, person.organisation(), String.valueOf(assigningRecordId).strip(), person.id(), false,
                    TaskState.CREATED);
            return ctx.insert(uow, d, person.id(), "task.create", now, "", List.of());
        });
    }

    /**
     * R-TASK-2: corrects the data of a task not yet checked, by the drafter or by the monitoring officer completing
     * it ("kiểm tra, hoàn thiện").
     */
    public Task update(Actor actor, TaskId taskId, TaskData data) {
        return ctx.act(actor, String.valueOf(taskId), ctx::drafterOrMonitor,
                (uow, t, who, now, out) -> {
                    if (t.state() != TaskState.CREATED) {
                        throw EdocRuleException.of(TaskViolation.NOT_EDITABLE, "state", t.id(), t.state());
                    }
                    List<Violation> found = new ArrayList<>();
                    ctx.validate(found, data, t.assigningOrganisation(), now, false, null);
                    ValidationResult.of(found).orThrow();
                    return ctx.change(uow, t, who, "task.update", TaskState.CREATED, now, "", out,
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
        return ctx.act(actor, String.valueOf(taskId), t -> require(t, Action.CHECK_TASK, ctx.monitorScope(t)), (uow, t, who, now, out) -> {
            if (!t.open()) {
                throw EdocRuleException.of(TaskViolation.NOT_OPEN, "state", t.id(), t.state());
            }
            List<Violation> found = new ArrayList<>();
            ctx.validate(found, corrected, t.assigningOrganisation(), now, false, null);
            ValidationResult.of(found).orThrow();
            if (!corrected.unitId().equals(t.unitId()) && t.handlerId().isPresent()) {
                // the handler works in the old unit: a task for another unit is returned and reassigned instead
                throw EdocRuleException.of(TaskViolation.HANDLER_INVALID, "unitId", t.handlerId().get(),
                        corrected.unitId());
            }
            boolean extended = t.extensions().stream().anyMatch(e -> e.state() == ExtensionState.APPROVED);
            return ctx.change(uow, t, who, "task.correct", t.state(), now, text(reason), out, d -> {
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
        return ctx.act(actor, String.valueOf(taskId), t -> require(t, Action.CHECK_TASK, ctx.monitorScope(t)), (uow, t, who, now, out) -> {
            TaskTransition.transitionBetween(t.state(), TaskState.CHECKED);
            compare(t, approved).orThrow();
            return ctx.change(uow, t, who, "task.check", TaskState.CHECKED, now, "", out, d -> { });
        });
    }

    /** R-TASK-2: a checked task goes back for correction (the draft changed): CHECKED → CREATED. */
    public Task reopen(Actor actor, TaskId taskId, String reason) {
        return ctx.act(actor, String.valueOf(taskId), t -> require(t, Action.CHECK_TASK, ctx.monitorScope(t)), (uow, t, who, now, out) -> {
            TaskTransition.transitionBetween(t.state(), TaskState.CREATED);
            return ctx.change(uow, t, who, "task.uncheck", TaskState.CREATED, now, text(reason), out, d -> { });
        });
    }

    // ================================================================ the receiving unit: R-TASK-3

    /**
     * R-TASK-3: the unit checks the task and accepts it, naming the specialist who handles it (người xử lý chính):
     * ASSIGNED → RECEIVED.
     */
    public Task receive(Actor actor, TaskId taskId, PersonId handlerId) {
        return ctx.act(actor, String.valueOf(taskId), t -> require(t, Action.RECEIVE_TASK, ctx.unitScope(t)), (uow, t, who, now, out) -> {
            TaskTransition.transitionBetween(t.state(), TaskState.RECEIVED);
            Directory dir = ctx.directory.get();
            Optional<Person> handler = dir.person(String.valueOf(handlerId));
            if (handler.isEmpty() || !handler.get().unitId().equals(t.unitId()) || !dir.canAct(handler.get().id())
                    || !(handler.get().holds(Role.SPECIALIST) || handler.get().holds(Role.UNIT_HEAD))) {
                throw EdocRuleException.of(TaskViolation.HANDLER_INVALID, "handlerId", String.valueOf(handlerId),
                        t.unitId());
            }
            return ctx.change(uow, t, who, "task.receive", TaskState.RECEIVED, now, "", out,
                    d -> d.handlerId = Optional.of(handler.get().id()));
        });
    }

    /** R-TASK-3: the unit returns a wrongly assigned task, with the reason: ASSIGNED → RETURNED. */
    public Task returnTask(Actor actor, TaskId taskId, String reason) {
        return ctx.act(actor, String.valueOf(taskId), t -> require(t, Action.RETURN_TASK, ctx.unitScope(t)), (uow, t, who, now, out) -> {
            TaskTransition.transitionBetween(t.state(), TaskState.RETURNED);
            if (reason == null || reason.isBlank()) {
                throw EdocRuleException.of(TaskViolation.RETURN_REASON_REQUIRED, "reason", t.id());
            }
            return ctx.change(uow, t, who, "task.return", TaskState.RETURNED, now, reason.strip(), out, d -> { });
        });
    }

    /**
     * R-TASK-3: the monitoring office corrects a returned task (its unit, content, deadline…) and assigns it again:
     * RETURNED → ASSIGNED.
     */
    public Task reassign(Actor actor, TaskId taskId, TaskData corrected) {
        return ctx.act(actor, String.valueOf(taskId), t -> require(t, Action.CHECK_TASK, ctx.monitorScope(t)), (uow, t, who, now, out) -> {
            TaskTransition.transitionBetween(t.state(), TaskState.ASSIGNED);
            List<Violation> found = new ArrayList<>();
            ctx.validate(found, corrected, t.assigningOrganisation(), now, false, null);
            ValidationResult.of(found).orThrow();
            Task after = ctx.change(uow, t, who, "task.reassign", TaskState.ASSIGNED, now, "", out, d -> {
                setData(d, corrected);
                d.handlerId = Optional.empty();
            });
            ctx.assigned(after, who, now, out);
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
        return ctx.transactions.inTransaction(uow -> startReply(uow, actor, taskId, draftRecordId));
    }

    /**
     * R-TASK-4, as {@link #startReply(Actor, TaskId, RecordId)} inside the caller's unit of work: the outgoing flow
     * records the draft and the task's reply in one atomic change (see {@link TaskBridges#draftParticipant()}). A refusal throws
     * and the caller's unit of work is to be rolled back.
     */
    public Task startReply(UnitOfWork unitOfWork, Actor actor, TaskId taskId, RecordId draftRecordId) {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        return ctx.actIn(unitOfWork, actor, String.valueOf(taskId), t -> received(t, require(t, Action.HANDLE, ctx.handlerScope(t))),
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
                    return ctx.change(uow, t, who, "task.reply.start", TaskState.IN_PROGRESS, now, draftId, out,
                            d -> d.replyDraftId = Optional.of(draftId));
                });
    }

    /**
     * The handler closes the task document (kết thúc văn bản). R-TASK-4 says not to; the engine records it so that
     * nothing more happens on the task until it is taken back ({@link #takeBack}).
     */
    public Task closeDocument(Actor actor, TaskId taskId) {
        return ctx.act(actor, String.valueOf(taskId), t -> require(t, Action.COMPLETE, ctx.handlerScope(t)), (uow, t, who, now, out) -> {
            handling(t);
            if (t.documentClosed()) {
                throw EdocRuleException.of(TaskViolation.DOCUMENT_CLOSED, "taskId", t.id());
            }
            return ctx.change(uow, t, who, "task.document.close", t.state(), now, "", out, d -> d.documentClosed = true);
        });
    }

    /** R-TASK-4: the handler takes back (lấy lại) the closed task document to go on in the flow. */
    public Task takeBack(Actor actor, TaskId taskId) {
        return ctx.act(actor, String.valueOf(taskId), t -> require(t, Action.HANDLE, ctx.handlerScope(t)), (uow, t, who, now, out) -> {
            handling(t);
            if (!t.documentClosed()) {
                throw EdocRuleException.of(TaskViolation.DOCUMENT_NOT_CLOSED, "taskId", t.id());
            }
            return ctx.change(uow, t, who, "task.document.take-back", t.state(), now, "", out,
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
        return ctx.act(actor, String.valueOf(taskId), t -> require(t, Action.APPROVE_TASK_RESULT, ctx.monitorScope(t)),
                (uow, t, who, now, out) -> {
                    TaskTransition.transitionBetween(t.state(), TaskState.APPROVED);
                    Task after = ctx.change(uow, t, who, "task.approve", TaskState.APPROVED, now, text(comment), out,
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
        return ctx.act(actor, String.valueOf(taskId), t -> require(t, Action.REFUSE_TASK_RESULT, ctx.monitorScope(t)),
                (uow, t, who, now, out) -> {
                    TaskTransition.transitionBetween(t.state(), TaskState.IN_PROGRESS);
                    if (reason == null || reason.isBlank()) {
                        throw EdocRuleException.of(TaskViolation.RESULT_REASON_REQUIRED, "reason", t.id());
                    }
                    Task after = ctx.change(uow, t, who, "task.refuse", TaskState.IN_PROGRESS, now, reason.strip(), out,
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
        return ctx.act(actor, String.valueOf(taskId), t -> require(t, Action.REQUEST_EXTENSION, ctx.handlerScope(t)),
                (uow, t, who, now, out) -> {
                    if (t.state() != TaskState.RECEIVED && t.state() != TaskState.IN_PROGRESS) {
                        throw EdocRuleException.of(TaskViolation.NOT_OPEN, "state", t.id(), t.state());
                    }
                    Instant deadline = t.deadlineAt(ctx.rules);
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
                    return ctx.change(uow, t, who, "task.extension.request", t.state(), now,
                            requestDocument.notation(), out, d -> d.extensions.add(e));
                });
    }

    /**
     * R-TASK-8: the monitoring officer approves the waiting request with the issued approval document and the new
     * deadline written in it; the task's deadline becomes the new one.
     */
    public Task approveExtension(Actor actor, TaskId taskId, DocumentRef approvalDocument, TaskDeadline newDeadline,
                                 String comment) {
        return ctx.act(actor, String.valueOf(taskId), t -> require(t, Action.APPROVE_EXTENSION, ctx.monitorScope(t)),
                (uow, t, who, now, out) -> {
                    Extension e = t.pendingExtension().orElseThrow(
                            () -> EdocRuleException.of(TaskViolation.NO_PENDING_EXTENSION, "taskId", t.id()));
                    ExtensionTransition.transitionBetween(e.state(), ExtensionState.APPROVED);
                    issuedBy(approvalDocument, "approval document (văn bản đồng ý gia hạn)", now);
                    if (newDeadline == null) {
                        throw EdocRuleException.of(TaskViolation.FIELD_MISSING, "newDeadline", "new deadline");
                    }
                    Instant next = newDeadline.endsAt(ctx.rules);
                    if (!next.isAfter(t.deadlineAt(ctx.rules))) {
                        throw EdocRuleException.of(TaskViolation.NEW_DEADLINE_NOT_LATER, "newDeadline", iso(next),
                                iso(t.deadlineAt(ctx.rules)));
                    }
                    Extension decided = new Extension(e.number(), e.requestedAt(), e.requesterId(),
                            e.requestDocument(), ExtensionState.APPROVED, Optional.of(now), who,
                            Optional.of(approvalDocument), Optional.of(newDeadline), text(comment));
                    Task after = ctx.change(uow, t, who, "task.extension.approve", t.state(), now,
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
        return ctx.act(actor, String.valueOf(taskId), t -> require(t, Action.REFUSE_EXTENSION, ctx.monitorScope(t)),
                (uow, t, who, now, out) -> {
                    Extension e = t.pendingExtension().orElseThrow(
                            () -> EdocRuleException.of(TaskViolation.NO_PENDING_EXTENSION, "taskId", t.id()));
                    ExtensionTransition.transitionBetween(e.state(), ExtensionState.REFUSED);
                    Extension decided = new Extension(e.number(), e.requestedAt(), e.requesterId(),
                            e.requestDocument(), ExtensionState.REFUSED, Optional.of(now), who, Optional.empty(),
                            Optional.empty(), text(reason));
                    Task after = ctx.change(uow, t, who, "task.extension.refuse", t.state(), now, text(reason), out,
                            d -> d.extensions.set(e.number() - 1, decided));
                    out.add(new DomainEvent.ExtensionDecided(now, who, t.id(), false, null));
                    return after;
                });
    }

    // ================================================================ cooperating units: R-TASK-9

    /** R-TASK-9: a cooperating unit answers the lead unit with its written answer. Late answers are kept as late. */
    public Task answerCooperation(Actor actor, TaskId taskId, UnitId unitId, DocumentRef answer) {
        return ctx.act(actor, String.valueOf(taskId), t -> require(t, Action.COOPERATE_ANSWER, ctx.cooperationScope(t, String.valueOf(unitId))),
                (uow, t, who, now, out) -> {
                    Cooperation c = cooperating(t, String.valueOf(unitId));
                    CooperationTransition.transitionBetween(c.state(), CooperationState.ANSWERED);
                    issuedBy(answer, "answer (văn bản trả lời phối hợp)", now);
                    Cooperation done = new Cooperation(c.unitId(), c.deadline(), CooperationState.ANSWERED,
                            Optional.of(now), Optional.of(answer), "", who);
                    return ctx.change(uow, t, who, "task.cooperation.answer", t.state(), now,
                            String.valueOf(unitId) + ": " + answer.notation(), out, d -> replace(d, done));
                });
    }

    /** R-TASK-9: a cooperating unit refuses in writing, with the written refusal and its reasons. */
    public Task refuseCooperation(Actor actor, TaskId taskId, UnitId unitId, DocumentRef refusal, String reasons) {
        return ctx.act(actor, String.valueOf(taskId), t -> require(t, Action.COOPERATE_REFUSE, ctx.cooperationScope(t, String.valueOf(unitId))),
                (uow, t, who, now, out) -> {
                    Cooperation c = cooperating(t, String.valueOf(unitId));
                    CooperationTransition.transitionBetween(c.state(), CooperationState.REFUSED);
                    if (refusal == null || reasons == null || reasons.isBlank()) {
                        throw EdocRuleException.of(TaskViolation.COOPERATION_REASON_REQUIRED, "reasons", t.id());
                    }
                    issuedBy(refusal, "written refusal (văn bản từ chối phối hợp)", now);
                    Cooperation done = new Cooperation(c.unitId(), c.deadline(), CooperationState.REFUSED,
                            Optional.of(now), Optional.of(refusal), reasons.strip(), who);
                    return ctx.change(uow, t, who, "task.cooperation.refuse", t.state(), now,
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
     * resulting document is signed and numbered (issued through {@link TaskBridges#issueParticipant()}).
     */
    public Task assignDirectly(Actor actor, TaskData data) {
        return ctx.transactions.inTransaction(uow -> {
            Instant now = ctx.now();
            Actor current = ctx.current(actor);
            Person leader = current.person();
            Permissions.require(current, Action.ASSIGN_DIRECTLY, Scope.organisation(leader.organisation()));
            TaskData filled = data == null || (data.monitorId() != null && !data.monitorId().isBlank()) ? data
                    : new TaskData(data.unitId(), data.content(), data.deadline(), leader.id(), data.cooperating());
            List<Violation> found = new ArrayList<>();
            ctx.validate(found, filled, leader.organisation(), now, true, leader.id());
            ValidationResult.of(found).orThrow();
            Task.Draft d = ctx.newTask(uow, filled, leader.organisation(), "", leader.id(), true, TaskState.ASSIGNED);
            List<DomainEvent> out = new ArrayList<>();
            Task task = ctx.insert(uow, d, leader.id(), "task.assign-directly", now, "", out);
            ctx.assigned(task, leader.id(), now, out);
            ctx.publishAfterCommit(uow, out);
            return task;
        });
    }
}
