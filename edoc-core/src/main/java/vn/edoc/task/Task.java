package vn.edoc.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.edoc.audit.Canonical;
import vn.edoc.id.OrganCode;
import vn.edoc.time.DeadlineStatus;
import vn.edoc.time.TimeRules;

/**
 * An assigned task (nhiệm vụ được giao), LS Đ13-14 and BS Đ7.3, as kept by a {@link vn.edoc.task.TaskStore}. Made and
 * changed only by the task services ({@link Tasks}); every change adds a {@link TaskStep} and raises {@link #version()} by one.
 *
 * @param id                    the task's identifier
 * @param assigningOrganisation the organisation that assigns it (cơ quan giao nhiệm vụ), whose office monitors it
 * @param assigningRecordId     the record of the assigning document while drafted (R-TASK-1); {@code ""} for a
 *                              direct assignment (R-TASK-11)
 * @param assigningDocument     the assigning document once issued
 * @param unitId                the assigned, lead unit (đơn vị chủ trì)
 * @param content               the content (nội dung nhiệm vụ)
 * @param deadline              the deadline in force: the original one, or the one of the last approved extension
 * @param originalDeadline      the deadline first assigned
 * @param monitorId             the monitoring officer (chuyên viên theo dõi); for a direct assignment, the leader
 * @param creatorId             who entered it
 * @param direct                true for a leader's direct assignment (R-TASK-11)
 * @param state                 where it stands
 * @param handlerId             the specialist handling it (người xử lý chính), once received
 * @param documentClosed        true while the task document is closed (đã kết thúc) at the handler: R-TASK-4 wants it
 *                              taken back (lấy lại) before the handler goes on
 * @param replyDraftId          the reply drafted from the task document (R-TASK-4), once started
 * @param reply                 the issued reply (the result document), once reported
 * @param completedAt           the completion instant: the reply's issue time (R-TASK-7); cleared when the result
 *                              is refused (R-TASK-6)
 * @param cooperations          the cooperating units (R-TASK-9), ordered by unit id
 * @param extensions            the extension requests (R-TASK-8), in order
 * @param history               every step, in order
 * @param notices               the deadline notices already published by {@link TaskDeadlineScanner#scan}
 * @param version               1 when created, then one more for each change
 */
public record Task(String id, OrganCode assigningOrganisation, String assigningRecordId,
                   Optional<DocumentRef> assigningDocument, String unitId, String content, TaskDeadline deadline,
                   TaskDeadline originalDeadline, String monitorId, String creatorId, boolean direct, TaskState state,
                   Optional<String> handlerId, boolean documentClosed, Optional<String> replyDraftId,
                   Optional<DocumentRef> reply, Optional<Instant> completedAt, List<Cooperation> cooperations,
                   List<Extension> extensions, List<TaskStep> history, Set<String> notices, long version) {

    /** Refuses missing parts; copies the lists and sets. */
    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(assigningOrganisation, "assigningOrganisation");
        Objects.requireNonNull(assigningRecordId, "assigningRecordId");
        Objects.requireNonNull(assigningDocument, "assigningDocument");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(originalDeadline, "originalDeadline");
        Objects.requireNonNull(monitorId, "monitorId");
        Objects.requireNonNull(creatorId, "creatorId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(handlerId, "handlerId");
        Objects.requireNonNull(replyDraftId, "replyDraftId");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(completedAt, "completedAt");
        cooperations = List.copyOf(cooperations);
        extensions = List.copyOf(extensions);
        history = List.copyOf(history);
        notices = Collections.unmodifiableSet(new TreeSet<>(notices));
    }

    /** The deadline in force as an instant. */
    public Instant deadlineAt(TimeRules rules) {
        return deadline.endsAt(rules);
    }

    /**
     * The earliest instant the deadline in force can end (hạn sớm nhất): the deadline's instant, or the start of its
     * day in Vietnam time. It does not depend on the time rules, so a store can keep and index it; every task whose
     * deadline ends at or before some instant has its {@code dueFrom} at or before that instant too, which lets the
     * deadline scan ask the store for a superset and apply the time rules itself.
     */
    public Instant dueFrom() {
        return deadline.instant() != null ? deadline.instant()
                : deadline.day().atStartOfDay(vn.edoc.time.WorkingTime.ZONE).toInstant();
    }

    /**
     * Where this task stands against the deadline in force (tình trạng so với thời hạn), as R-TASK-10's reports count
     * it but for one task and at once: completed tasks are {@link DeadlineStatus#ON_TIME} or
     * {@link DeadlineStatus#LATE} by their completion instant (R-TASK-7), others {@link DeadlineStatus#IN_PROGRESS}
     * or {@link DeadlineStatus#OVERDUE} at {@code now}. A task not yet assigned (created, checked, returned) has no
     * deadline running and is empty.
     */
    public Optional<DeadlineStatus> deadlineStatus(TimeRules rules, Instant now) {
        java.util.Objects.requireNonNull(rules, "rules");
        java.util.Objects.requireNonNull(now, "now");
        if (state == TaskState.CREATED || state == TaskState.CHECKED || state == TaskState.RETURNED) {
            return Optional.empty();
        }
        Instant due = deadlineAt(rules);
        return Optional.of(completedAt.map(done -> rules.classifyCompleted(due, done))
                .orElseGet(() -> rules.classifyOpen(due, now)));
    }

    /** The extension request waiting for a decision, if any. */
    public Optional<Extension> pendingExtension() {
        return extensions.stream().filter(Extension::pending).findFirst();
    }

    /** The cooperation of {@code unit}, if it is asked to cooperate. */
    public Optional<Cooperation> cooperation(String unit) {
        return cooperations.stream().filter(c -> c.unitId().equals(unit)).findFirst();
    }

    /** True once the reply is issued (reported or approved): the task counts as completed at {@link #completedAt}. */
    public boolean completed() {
        return completedAt.isPresent();
    }

    /** True while the assigned unit still has to act: assigned, received or in progress. */
    public boolean open() {
        return state == TaskState.ASSIGNED || state == TaskState.RECEIVED || state == TaskState.IN_PROGRESS;
    }

    /**
     * The SHA-256 digest of this task's {@link Canonical} encoding, recorded before and after each action in the
     * audit trail: type label {@code "edoc.task/1"}, then every field in declaration order (lists element by
     * element, optional values absent when empty), the history by its length and last step.
     */
    public String digest() {
        Canonical c = Canonical.of("edoc.task/1").text(id).text(assigningOrganisation.value())
                .text(assigningRecordId);
        ref(c, assigningDocument.orElse(null));
        c.text(unitId).text(content);
        deadline(c, deadline);
        deadline(c, originalDeadline);
        c.text(monitorId).text(creatorId).bool(direct).text(state.name()).text(handlerId.orElse(null))
                .bool(documentClosed).text(replyDraftId.orElse(null));
        ref(c, reply.orElse(null));
        c.instant(completedAt.orElse(null)).number(cooperations.size());
        for (Cooperation k : cooperations) {
            c.text(k.unitId());
            deadline(c, k.deadline());
            c.text(k.state().name()).instant(k.answeredAt().orElse(null));
            ref(c, k.document().orElse(null));
            c.text(k.reasons()).text(k.actorId());
        }
        c.number(extensions.size());
        for (Extension e : extensions) {
            c.number(e.number()).instant(e.requestedAt()).text(e.requesterId());
            ref(c, e.requestDocument());
            c.text(e.state().name()).instant(e.decidedAt().orElse(null)).text(e.deciderId());
            ref(c, e.decisionDocument().orElse(null));
            if (e.newDeadline().isPresent()) {
                deadline(c, e.newDeadline().get());
            } else {
                c.text(null);
            }
            c.text(e.reason());
        }
        c.number(history.size());
        if (!history.isEmpty()) {
            TaskStep last = history.get(history.size() - 1);
            c.instant(last.at()).text(last.actorId()).text(last.action()).text(last.from().name())
                    .text(last.to().name()).text(last.comment());
        }
        c.texts(new ArrayList<>(notices)).number(version);
        return c.sha256Hex();
    }

    private static void ref(Canonical c, DocumentRef ref) {
        if (ref == null) {
            c.text(null);
        } else {
            c.text(ref.recordId()).text(ref.notation()).instant(ref.issuedAt());
        }
    }

    private static void deadline(Canonical c, TaskDeadline d) {
        c.date(d.day()).instant(d.instant());
    }

    /** A mutable copy, for {@link TaskService} to derive the next version from. */
    Draft edit() {
        return new Draft(this);
    }

    /** The fields of a task being changed. */
    static final class Draft {
        String id;
        OrganCode assigningOrganisation;
        String assigningRecordId;
        Optional<DocumentRef> assigningDocument;
        String unitId;
        String content;
        TaskDeadline deadline;
        TaskDeadline originalDeadline;
        String monitorId;
        String creatorId;
        boolean direct;
        TaskState state;
        Optional<String> handlerId;
        boolean documentClosed;
        Optional<String> replyDraftId;
        Optional<DocumentRef> reply;
        Optional<Instant> completedAt;
        List<Cooperation> cooperations;
        List<Extension> extensions;
        List<TaskStep> history;
        Set<String> notices;
        long version;

        Draft(Task t) {
            id = t.id;
            assigningOrganisation = t.assigningOrganisation;
            assigningRecordId = t.assigningRecordId;
            assigningDocument = t.assigningDocument;
            unitId = t.unitId;
            content = t.content;
            deadline = t.deadline;
            originalDeadline = t.originalDeadline;
            monitorId = t.monitorId;
            creatorId = t.creatorId;
            direct = t.direct;
            state = t.state;
            handlerId = t.handlerId;
            documentClosed = t.documentClosed;
            replyDraftId = t.replyDraftId;
            reply = t.reply;
            completedAt = t.completedAt;
            cooperations = new ArrayList<>(t.cooperations);
            extensions = new ArrayList<>(t.extensions);
            history = new ArrayList<>(t.history);
            notices = new TreeSet<>(t.notices);
            version = t.version;
        }

        Task build() {
            return new Task(id, assigningOrganisation, assigningRecordId, assigningDocument, unitId, content,
                    deadline, originalDeadline, monitorId, creatorId, direct, state, handlerId, documentClosed,
                    replyDraftId, reply, completedAt, cooperations, extensions, history, notices, version);
        }
    }
}
