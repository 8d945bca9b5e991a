package vn.edoc.task;

import static vn.edoc.task.TaskContext.notFound;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.event.DomainEvent;
import vn.edoc.id.OrganCode;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.TaskId;
import vn.edoc.org.Account;
import vn.edoc.org.Directory;
import vn.edoc.routing.Action;
import vn.edoc.routing.Actor;
import vn.edoc.routing.DraftParticipant;
import vn.edoc.routing.IssueParticipant;
import vn.edoc.routing.IssuedDocument;
import vn.edoc.routing.OutgoingRecord;
import vn.edoc.routing.Permissions;
import vn.edoc.routing.Scope;
import vn.edoc.routing.TaskDescriptorSource;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.time.WorkingTime;
import vn.edoc.validation.EdocRuleException;

/**
 * The bridges between the tasks and the outgoing flow (cầu nối với văn bản đi): the three parts the
 * {@link vn.edoc.routing.OutgoingFlow} is joined with — {@link #draftParticipant()} (a reply drafted from the task
 * document, R-TASK-4), {@link #issueParticipant()} (assigning when the assigning document is issued, reporting when
 * the reply is, R-TASK-2, R-TASK-7, R-TASK-11) and {@link #taskDescriptorSource()} (the tasks each recipient's message
 * carries, R-IN-9). They run inside the flow's unit of work and change tasks through the same shared context as the
 * commands of {@link TaskService}. Built by {@link Tasks}; thread-safe when its collaborators are.
 */
public final class TaskBridges {

    private final TaskContext ctx;
    private final TaskService commands;

    TaskBridges(TaskContext ctx, TaskService commands) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.commands = Objects.requireNonNull(commands, "commands");
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
                TaskBridges.this.onIssue(uow, issued);
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
        Directory dir = ctx.directory.get();
        Actor issuer = Actor.of(dir, PersonId.of(clerk), dir.accountOf(clerk).map(Account::name).orElse(""));
        Permissions.require(issuer, Action.ISSUE, Scope.organisation(issued.registration().key().organ()));
        DocumentRef ref = DocumentRef.of(issued);
        OrganCode issuing = issued.registration().key().organ();
        for (Task t : ctx.store.byAssigningRecord(uow, issued.recordId())) {
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
            Task after = ctx.change(uow, t, clerk, "task.assign", TaskState.ASSIGNED, at, ref.notation(), out,
                    d -> d.assigningDocument = Optional.of(ref));
            ctx.assigned(after, clerk, at, out);
        }
        if (issued.answersTaskId().isPresent()) {
            String id = issued.answersTaskId().get();
            Task t = ctx.store.find(uow, id).orElseThrow(() -> notFound(id));
            if (t.documentClosed()) {
                throw EdocRuleException.of(TaskViolation.DOCUMENT_CLOSED, "answersTaskId", t.id());
            }
            TaskTransition.transitionBetween(t.state(), TaskState.REPORTED);
            if (!t.replyDraftId().equals(Optional.of(issued.recordId()))) {
                throw EdocRuleException.of(TaskViolation.REPLY_NOT_FROM_TASK, "recordId", issued.recordId(), t.id(),
                        t.replyDraftId().orElse("-"));
            }
            Task reported = ctx.change(uow, t, clerk, "task.report", TaskState.REPORTED, at, ref.notation(), out, d -> {
                d.reply = Optional.of(ref);
                d.completedAt = Optional.of(at);
            });
            out.add(new DomainEvent.TaskReported(at, clerk, t.id(), at));
            if (reported.direct()) {
                ctx.change(uow, reported, DomainEvent.SYSTEM, "task.approve", TaskState.APPROVED, at,
                        "R-TASK-11: the resulting document is signed and numbered", out, d -> { });
                out.add(new DomainEvent.TaskResultDecided(at, DomainEvent.SYSTEM, t.id(), true));
            }
        }
        ctx.publishAfterCommit(uow, out);
    }

    /**
     * The participant the outgoing flow calls inside the unit of work that makes a draft (R-TASK-4): a draft that
     * answers a task ({@link OutgoingRecord#answersTaskId()}) is recorded as the task's reply, as
     * {@link TaskService#startReply(UnitOfWork, Actor, TaskId, RecordId)} by the drafter; the task's refusal (task document
     * closed, drafter not its handler, task not received, unknown task) refuses the draft. Drafts answering no task
     * are left alone.
     */
    public DraftParticipant draftParticipant() {
        return (uow, drafter, draft) -> {
            if (draft != null && draft.answersTaskId().isPresent()) {
                commands.startReply(uow, drafter, TaskId.of(draft.answersTaskId().get()), RecordId.of(draft.id()));
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
            Directory dir = ctx.directory.get();
            List<Task> carried = new ArrayList<>();
            OrganCode issuing = issued.registration().key().organ();
            for (Task t : ctx.store.byAssigningRecord(uow, issued.recordId())) {
                if (t.state() != TaskState.ASSIGNED || !t.assigningOrganisation().equals(issuing)) {
                    continue;
                }
                boolean theirs = belongsTo(dir, t.unitId(), recipient)
                        || t.cooperations().stream().anyMatch(c -> belongsTo(dir, c.unitId(), recipient));
                if (theirs) {
                    carried.add(t);
                }
            }
            carried.sort(Comparator.comparing((Task t) -> t.deadlineAt(ctx.rules)).thenComparing(Task::content)
                    .thenComparing(Task::id));
            return carried.stream().map(TaskBridges::descriptor).toList();
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
}
