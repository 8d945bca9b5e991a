package vn.edoc.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.task.TaskWorld.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edoc.document.Attachment;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.Recipient;
import vn.edoc.document.Urgency;
import vn.edoc.id.DocumentType;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.TaskId;
import vn.edoc.id.UnitId;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterKind;
import vn.edoc.routing.DocumentHandlingReport;
import vn.edoc.routing.DraftOptions;
import vn.edoc.routing.IssuedDocument;
import vn.edoc.routing.OutgoingFlow;
import vn.edoc.routing.OutgoingRecord;
import vn.edoc.routing.RoutingContext;
import vn.edoc.routing.WorkItem;
import vn.edoc.routing.WorkQueue;
import vn.edoc.store.memory.LoopbackTransport;
import vn.edoc.store.memory.MemoryDocumentStore;
import vn.edoc.store.memory.MemoryRegisterStore;
import vn.edoc.store.memory.MemorySequenceAllocator;
import vn.edoc.time.ReportPeriod;
import vn.edoc.validation.EdocRuleException;

/**
 * The seams joining the task engine to the document flows, one at a time: the draft participant (R-TASK-4), the task
 * descriptors carried by an issued document (R-IN-9), the work-queue source (R-TIME-6) and the unit report
 * (R-TASK-10).
 */
class TaskWiringTest {

    private final TaskWorld w = new TaskWorld();
    private static final byte[] PDF = "%PDF-1.4\n% bc\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private final MemoryDocumentStore documents = new MemoryDocumentStore(w.transactions);
    private final vn.edoc.store.memory.MemoryContentStore content = new vn.edoc.store.memory.MemoryContentStore();
    private final vn.edoc.spi.ContentRef pdf = content.put(new java.io.ByteArrayInputStream(PDF));
    private final RoutingContext ctx = new RoutingContext(w.transactions, documents,
            content,
            new MemorySequenceAllocator(w.transactions), new MemoryRegisterStore(w.transactions), w.audit,
            w.publisher, new LoopbackTransport(w.clock), (p, s, m) -> { }, w.rules, w.clock, () -> w.directory,
            new vn.edoc.store.memory.MemoryInboxStore(w.transactions));
    private final OutgoingFlow outgoing = new OutgoingFlow(ctx, (request, contents) ->
            contents.put(new java.io.ByteArrayInputStream(("signed " + request.role() + " "
                    + request.content().sha256()).getBytes(java.nio.charset.StandardCharsets.US_ASCII))),
            List.of(), List.of(w.bridges.issueParticipant()), List.of(w.bridges.draftParticipant()),
            List.of(w.bridges.taskDescriptorSource()));

    private Document reply() {
        return Document.builder().direction(Direction.OUTGOING).type(DocumentType.CONG_VAN).place("Lạng Sơn")
                .subject("Báo cáo").issuer(STC, "Sở Tài chính tỉnh Lạng Sơn").pageCount(1)
                .addAttachment(new Attachment("bc.pdf", "application/pdf", pdf.size(), pdf.sha256(),
                        Attachment.Role.MAIN))
                .addRecipient(Recipient.of("Ủy ban nhân dân tỉnh Lạng Sơn", UBND)).build();
    }

    private TaskData budget(String content, int day) {
        return TaskData.of(STC_BUDGET, content, TaskDeadline.onDay(LocalDate.of(2026, 4, day)), MONITOR);
    }

    @Test
    void aDraftTheTaskRefusesIsNotKeptAndAnAcceptedOneIsRecordedInTheSameUnitOfWork() {
        w.at(2026, 4, 6, 9, 0);
        Task t = w.assigned("ubnd-out-1", 45, budget("Báo cáo giải ngân", 24));
        DraftOptions fromTask = DraftOptions.none().answeringTask(t.id());
        long audit = w.audit.size();
        // not received yet: the task refuses, so the draft is refused too
        assertThatThrownBy(() -> outgoing.draft(w.actor(HANDLER), reply(), fromTask))
                .isInstanceOf(EdocRuleException.class);
        w.service.receive(w.actor(STC_HEAD), TaskId.of(t.id()), PersonId.of(HANDLER));
        long afterReceive = w.audit.size();
        assertThat(afterReceive).isEqualTo(audit + 1);
        // another specialist is not the task's handler (R-ACC-1 / assignment scope)
        assertThatThrownBy(() -> outgoing.draft(w.actor(HANDLER2), reply(), fromTask))
                .isInstanceOf(EdocRuleException.class);
        // an unknown task
        assertThatThrownBy(() -> outgoing.draft(w.actor(HANDLER), reply(), DraftOptions.none().answeringTask("x")))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo(TaskViolation.TASK_NOT_FOUND.code()));
        assertThat(documents.outgoingOf(STC)).isEmpty();
        assertThat(w.audit.size()).isEqualTo(afterReceive);
        assertThat(w.service.find(TaskId.of(t.id())).orElseThrow().state()).isEqualTo(TaskState.RECEIVED);

        OutgoingRecord r = outgoing.draft(w.actor(HANDLER), reply(), fromTask);
        assertThat(r.answersTaskId()).contains(t.id());
        Task started = w.service.find(TaskId.of(t.id())).orElseThrow();
        assertThat(started.state()).isEqualTo(TaskState.IN_PROGRESS);
        assertThat(started.replyDraftId()).contains(r.id());
        assertThat(w.audit.size()).isEqualTo(afterReceive + 2);
        assertThat(w.auditOf(t.id()).get(w.auditOf(t.id()).size() - 1).action()).isEqualTo("task.reply.start");
    }

    @Test
    void aDraftAnsweringNoTaskLeavesTheTasksAlone() {
        w.at(2026, 4, 6, 9, 0);
        Task t = w.assigned("ubnd-out-1", 45, budget("Báo cáo giải ngân", 24));
        w.service.receive(w.actor(STC_HEAD), TaskId.of(t.id()), PersonId.of(HANDLER));
        Task before = w.service.find(TaskId.of(t.id())).orElseThrow();
        outgoing.draft(w.actor(HANDLER), reply(), DraftOptions.none());
        assertThat(w.service.find(TaskId.of(t.id()))).contains(before);
    }

    @Test
    void eachRecipientGetsTheAssignedTasksOfItsOwnUnitsInDeadlineOrder() {
        w.at(2026, 4, 6, 9, 0);
        TaskData late = budget("Phương án phân bổ vốn", 24)
                .withCooperating(SKH_INVEST, TaskDeadline.onDay(LocalDate.of(2026, 4, 20)));
        TaskData early = budget("Báo cáo giải ngân", 17);
        TaskData skh = TaskData.of(SKH_INVEST, "Rà soát danh mục dự án", TaskDeadline.onDay(LocalDate.of(2026, 4,
                30)), MONITOR);
        for (TaskData d : List.of(late, early, skh)) {
            Task t = w.service.create(w.actor(DRAFTER), RecordId.of("ubnd-out-7"), d);
            w.service.confirmCheck(w.actor(MONITOR), TaskId.of(t.id()), d);
        }
        // a task another organisation entered on a record with the same id is not this document's
        TaskDeadline due = TaskDeadline.onDay(LocalDate.of(2026, 4, 30));
        Task.Draft foreign = new Task("stc-task-1", STC, "ubnd-out-7", Optional.empty(), STC_PRICES,
                "Việc nội bộ của Sở", due, due, MONITOR, HANDLER, false, TaskState.CREATED, Optional.empty(), false,
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), Set.of(), 0)
                .edit();
        foreign.history.add(new TaskStep(w.clock.instant(), HANDLER, "task.create", TaskState.CREATED,
                TaskState.CREATED, ""));
        foreign.version = 1;
        w.transactions.run(uow -> w.store.insert(uow, foreign.build()));
        w.issue("ubnd-out-7", 46, "UBND-KT", Optional.empty(), UBND_CLERK, UBND);
        IssuedDocument issued = issued("ubnd-out-7");
        List<String> toStc = w.transactions.inTransaction(
                uow -> w.bridges.taskDescriptorSource().tasksFor(uow, issued, STC));
        List<String> toSkh = w.transactions.inTransaction(
                uow -> w.bridges.taskDescriptorSource().tasksFor(uow, issued, SKH));
        assertThat(toStc).containsExactly("Báo cáo giải ngân (hạn: 17/04/2026)",
                "Phương án phân bổ vốn (hạn: 24/04/2026)");
        assertThat(toSkh).containsExactly("Phương án phân bổ vốn (hạn: 24/04/2026)",
                "Rà soát danh mục dự án (hạn: 30/04/2026)");
        List<String> toUbnd = w.transactions.inTransaction(
                uow -> w.bridges.taskDescriptorSource().tasksFor(uow, issued, UBND));
        assertThat(toUbnd).isEmpty();
    }

    @Test
    void tasksJoinTheWorkQueueAsItemsOfKindTaskMarkedOverdueAfterTheirDeadline() {
        w.at(2026, 4, 6, 9, 0);
        Task t = w.assigned("ubnd-out-1", 45, budget("Báo cáo giải ngân", 17));
        WorkQueue queue = new WorkQueue(documents, w.directory, List.of(w.queue.workItemSource()));
        assertThat(queue.waitingFor(PersonId.of(STC_HEAD), w.clock.instant())).singleElement().isEqualTo(new WorkItem("task",
                t.id(), "Báo cáo giải ngân", "receive-task", Optional.of(vn(2026, 4, 17, 17, 0)), false));
        assertThat(queue.waitingFor(PersonId.of(STC_HEAD), vn(2026, 4, 20, 8, 0))).singleElement()
                .satisfies(i -> assertThat(i.overdue()).isTrue());
        assertThat(queue.waitingFor(PersonId.of(HANDLER), w.clock.instant())).isEmpty();
    }

    @Test
    void theUnitReportJoinsTheTaskReportAndTheDocumentFiguresOfTheSameUnitAndPeriod() {
        w.at(2026, 4, 6, 9, 0);
        Task t = w.assigned("ubnd-out-1", 45, budget("Báo cáo giải ngân", 17));
        ReportPeriod april = ReportPeriod.month(2026, 4);
        UnitReport r = UnitReport.of(w.reports, documents, w.directory, UnitId.of(STC_BUDGET), april, vn(2026, 4, 30, 17, 0));
        assertThat(r.tasks().overdue()).extracting(TaskReport.Line::taskId).containsExactly(t.id());
        assertThat(r.documents().organisation()).isEqualTo(STC);
        assertThat(r.documents().unitId()).isEqualTo(STC_BUDGET);
        assertThat(r.documents().incomingHandled()).isZero();
        assertThatThrownBy(() -> UnitReport.of(w.reports, documents, w.directory, UnitId.of("no-such-unit"), april))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo(TaskViolation.UNKNOWN_UNIT.code()));
        DocumentHandlingReport otherUnit = DocumentHandlingReport.of(documents, STC, STC_PRICES, april);
        assertThatThrownBy(() -> new UnitReport(r.tasks(), otherUnit)).isInstanceOf(IllegalArgumentException.class);
        DocumentHandlingReport otherPeriod = DocumentHandlingReport.of(documents, STC, STC_BUDGET,
                ReportPeriod.month(2026, 5));
        assertThatThrownBy(() -> new UnitReport(r.tasks(), otherPeriod)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReplyIssuedThroughTheFlowReportsTheTaskAndARefusedResultNeedsANewReply() {
        w.at(2026, 4, 6, 9, 0);
        Task t = w.assigned("ubnd-out-1", 45, budget("Báo cáo giải ngân", 24));
        w.service.receive(w.actor(STC_HEAD), TaskId.of(t.id()), PersonId.of(HANDLER));
        w.at(2026, 4, 8, 9, 0);
        OutgoingRecord first = signedReply(t);
        // R-TASK-4: the task document closed after drafting blocks the issue, atomically
        w.service.closeDocument(w.actor(HANDLER), TaskId.of(t.id()));
        assertThatThrownBy(() -> outgoing.issue(w.actor(STC_CLERK), RecordId.of(first.id())))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.ruleIds()).containsExactly("R-TASK-4"));
        assertThat(documents.outgoing(first.id()).orElseThrow().issuedAt()).isEmpty();
        w.service.takeBack(w.actor(HANDLER), TaskId.of(t.id()));
        w.at(2026, 4, 8, 10, 0);
        outgoing.issue(w.actor(STC_CLERK), RecordId.of(first.id()));
        Task reported = w.service.find(TaskId.of(t.id())).orElseThrow();
        assertThat(reported.state()).isEqualTo(TaskState.REPORTED);
        assertThat(reported.completedAt()).contains(vn(2026, 4, 8, 10, 0));

        // R-TASK-6: refused, the handler starts again with a new reply drafted from the task
        w.at(2026, 4, 9, 9, 0);
        w.service.refuseResult(w.actor(MONITOR), TaskId.of(t.id()), "Thiếu số liệu huyện");
        assertThat(w.service.find(TaskId.of(t.id())).orElseThrow().replyDraftId()).isEmpty();
        w.at(2026, 4, 10, 9, 0);
        OutgoingRecord second = signedReply(t);
        assertThat(w.service.find(TaskId.of(t.id())).orElseThrow().replyDraftId()).contains(second.id());
        w.at(2026, 4, 10, 10, 0);
        outgoing.issue(w.actor(STC_CLERK), RecordId.of(second.id()));
        Task again = w.service.find(TaskId.of(t.id())).orElseThrow();
        assertThat(again.state()).isEqualTo(TaskState.REPORTED);
        assertThat(again.completedAt()).contains(vn(2026, 4, 10, 10, 0));
        assertThat(again.reply().orElseThrow().recordId()).isEqualTo(second.id());
    }

    /** A reply to {@code t} drafted from it, reviewed, signed and registered by the Department of Finance. */
    private OutgoingRecord signedReply(Task t) {
        OutgoingRecord r = outgoing.draft(w.actor(HANDLER), reply(), DraftOptions.none().answeringTask(t.id()));
        outgoing.submit(w.actor(HANDLER), RecordId.of(r.id()));
        outgoing.review(w.actor(STC_HEAD), RecordId.of(r.id()), "Trình Giám đốc");
        outgoing.approveAndSign(w.actor(STC_DIRECTOR), RecordId.of(r.id()), vn.edoc.document.SigningCompetence.NONE,
                "Giám đốc", "");
        return outgoing.register(w.actor(STC_CLERK), RecordId.of(r.id()), "STC", "NS");
    }

    private IssuedDocument issued(String recordId) {
        Instant now = w.clock.instant();
        RegisterEntry entry = new RegisterEntry(46, RegisterKey.of(UBND, RegisterKind.OUTGOING, 2026), now, recordId,
                "UBND-KT", now.atOffset(ZoneOffset.ofHours(7)).toLocalDate(), DocumentType.CONG_VAN, "Văn bản 46",
                List.of("Các cơ quan liên quan"), 2, Urgency.NORMAL, UBND_CLERK);
        return new IssuedDocument(recordId, Document.builder().direction(Direction.OUTGOING).build(), entry, now,
                UBND_CLERK, Optional.empty());
    }
}
