package vn.edoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edoc.audit.AuditEntry;
import vn.edoc.document.Attachment;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.document.Urgency;
import vn.edoc.event.DomainEvent;
import vn.edoc.event.EventPublisher;
import vn.edoc.id.DocumentType;
import vn.edoc.id.OrganCode;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.TaskId;
import vn.edoc.id.UnitId;
import vn.edoc.org.Account;
import vn.edoc.org.Directory;
import vn.edoc.org.Organisation;
import vn.edoc.org.OrganisationKind;
import vn.edoc.org.Person;
import vn.edoc.org.Position;
import vn.edoc.org.Role;
import vn.edoc.org.Unit;
import vn.edoc.org.UnitKind;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterKind;
import vn.edoc.routing.Actor;
import vn.edoc.routing.AssignmentOrder;
import vn.edoc.routing.Delivery;
import vn.edoc.routing.DeliveryState;
import vn.edoc.routing.DraftOptions;
import vn.edoc.routing.IncomingFlow;
import vn.edoc.routing.IncomingRecord;
import vn.edoc.routing.IncomingState;
import vn.edoc.routing.OutgoingFlow;
import vn.edoc.routing.OutgoingRecord;
import vn.edoc.routing.OutgoingState;
import vn.edoc.routing.ReceiptCheck;
import vn.edoc.routing.RoutingContext;
import vn.edoc.routing.TransportInbox;
import vn.edoc.routing.WorkItem;
import vn.edoc.routing.WorkQueue;
import vn.edoc.spi.DocumentSigner;
import vn.edoc.spi.TransportMessage;
import vn.edoc.store.memory.LoopbackTransport;
import vn.edoc.store.memory.MemoryAuditLog;
import vn.edoc.store.memory.MemoryDocumentStore;
import vn.edoc.store.memory.MemoryRegisterStore;
import vn.edoc.store.memory.MemorySequenceAllocator;
import vn.edoc.store.memory.MemoryTaskStore;
import vn.edoc.store.memory.MemoryTransactions;
import vn.edoc.task.Task;
import vn.edoc.task.TaskData;
import vn.edoc.task.TaskDeadline;
import vn.edoc.task.TaskReport;
import vn.edoc.task.TaskBridges;
import vn.edoc.task.TaskService;
import vn.edoc.task.Tasks;
import vn.edoc.task.TaskState;
import vn.edoc.task.TaskStep;
import vn.edoc.task.UnitReport;
import vn.edoc.time.DeadlineStatus;
import vn.edoc.time.MutableClock;
import vn.edoc.time.ReportPeriod;
import vn.edoc.time.TimeRules;
import vn.edoc.validation.EdocRuleException;

/**
 * The whole engine as one system, across two organisations joined by the loopback transport: the People's Committee
 * of Lạng Sơn province (UBND tỉnh) issues a decision assigning two tasks to its Department of Information and
 * Communications (Sở TT&TT, LS Đ13); the department receives it as one row per task (R-IN-9), registers, routes and
 * assigns it (R-IN-8, R-IN-5), answers the first task by a reply drafted from the task (R-TASK-4) and issued back
 * (R-OUT-3); the UBND's task is then reported with the reply's issue time (R-TASK-7) and approved (R-TASK-6).
 *
 * <p>The two organisations work on the province's shared platform: one unit of work manager, one document store
 * (record ids unique across both) and the provincial task-tracking system run by the UBND office, whose audit trail
 * records the task actions; each organisation keeps its own register numbers and its own audit chain.
 */
class EndToEndScenarioTest {

    static final OrganCode UBND = OrganCode.parse("000.00.00.H39");
    static final OrganCode SO = OrganCode.parse("000.00.13.H39");

    // UBND tỉnh Lạng Sơn
    static final String U_LEADERS = "ubnd-lanhdao";
    static final String U_OFFICE = "ubnd-vanphong";
    static final String CHAIR = "chair";
    static final String VICE_CHAIR = "vice-chair";
    static final String U_CHIEF = "u-chief";
    static final String U_CLERK = "u-clerk";
    static final String MONITOR = "monitor";
    static final String U_DRAFTER = "u-drafter";
    // Sở Thông tin và Truyền thông
    static final String S_BOARD = "so-lanhdao";
    static final String S_OFFICE = "so-vanphong";
    static final String BCVT = "so-bcvt";
    static final String CNTT = "so-cntt";
    static final String DIRECTOR = "director";
    static final String S_CHIEF = "s-chief";
    static final String S_CLERK = "s-clerk";
    static final String BCVT_CLERK = "bcvt-clerk";
    static final String BCVT_HEAD = "bcvt-head";
    static final String SPECIALIST = "specialist";
    static final String CNTT_HEAD = "cntt-head";
    static final byte[] PDF = ("%PDF-1.4\n% edoc end-to-end\n" + "y".repeat(3000) + "\n%%EOF\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final String PDF_SHA = vn.edoc.internal.hash.Sha256.of(PDF);

    final Directory directory = directory();
    final MutableClock clock = new MutableClock(vn(2026, 5, 11, 8, 0));
    final MemoryTransactions tx = new MemoryTransactions();
    final MemoryDocumentStore documents = new MemoryDocumentStore(tx);
    final vn.edoc.store.memory.MemoryContentStore contents = new vn.edoc.store.memory.MemoryContentStore();
    final MemorySequenceAllocator sequences = new MemorySequenceAllocator(tx);
    final MemoryRegisterStore registers = new MemoryRegisterStore(tx);
    final MemoryAuditLog ubndAudit = new MemoryAuditLog(tx);
    final MemoryAuditLog soAudit = new MemoryAuditLog(tx);
    final LoopbackTransport transport = new LoopbackTransport(clock);
    final vn.edoc.store.memory.MemoryInboxStore inbox = new vn.edoc.store.memory.MemoryInboxStore(tx);
    final EventPublisher events = new EventPublisher();
    final List<DomainEvent> seen = new ArrayList<>();
    final TimeRules rules = TimeRules.defaults();
    final Tasks taskServices = Tasks.builder().transactions(tx).store(new MemoryTaskStore(tx)).audit(ubndAudit)
            .directory(() -> directory).timeRules(rules).events(events).clock(clock).build();
    final TaskService tasks = taskServices.commands();
    final DocumentSigner signer = (request, contents) -> contents.put(new java.io.ByteArrayInputStream(
            ("signed " + request.role() + " " + request.content().sha256()).getBytes(
                    java.nio.charset.StandardCharsets.US_ASCII)));
    final Org ubnd = new Org(ubndAudit);
    final Org so = new Org(soAudit);

    /** One organisation's flows over the shared platform, with its own audit chain. */
    final class Org {
        final RoutingContext ctx;
        final IncomingFlow incoming;
        final OutgoingFlow outgoing;
        final WorkQueue queue;

        Org(MemoryAuditLog audit) {
            ctx = new RoutingContext(tx, documents, contents, sequences, registers, audit, events, transport,
                    (person, subject, message) -> { }, rules, clock, () -> directory, inbox);
            incoming = new IncomingFlow(ctx);
            outgoing = new OutgoingFlow(ctx, signer, List.of(), List.of(taskServices.bridges().issueParticipant()),
                    List.of(taskServices.bridges().draftParticipant()),
                    List.of(taskServices.bridges().taskDescriptorSource()));
            queue = new WorkQueue(documents, directory, List.of(taskServices.queue().workItemSource()));
        }

        TransportInbox.Result inbox(OrganCode organisation) {
            TransportInbox.Result r = new TransportInbox(ctx).process(organisation);
            assertThat(r.quarantined()).isEmpty();
            return r;
        }
    }

    EndToEndScenarioTest() {
        events.subscribe(seen::add);
        contents.put(new java.io.ByteArrayInputStream(PDF));
    }

    @Test
    void decisionWithTwoTasksTravelsToTheDepartmentAndTheReplyCompletesTheTask() {
        // ================= UBND: Mon 11 May 2026, the decision is drafted with its two tasks (R-TASK-1)
        at(2026, 5, 11, 8, 0);
        OutgoingRecord decision = ubnd.outgoing.draft(as(U_DRAFTER), decisionDraft(), DraftOptions.none());
        TaskData data1 = TaskData.of(BCVT, "Triển khai hạ tầng bưu chính số tại các xã biên giới",
                TaskDeadline.onDay(LocalDate.of(2026, 5, 29)), MONITOR)
                .withCooperating(CNTT, TaskDeadline.onDay(LocalDate.of(2026, 5, 22)));
        TaskData data2 = TaskData.of(CNTT, "Xây dựng kế hoạch chuyển đổi số năm 2027",
                TaskDeadline.onDay(LocalDate.of(2026, 6, 30)), MONITOR);
        Task t1 = tasks.create(as(U_DRAFTER), RecordId.of(decision.id()), data1);
        Task t2 = tasks.create(as(U_DRAFTER), RecordId.of(decision.id()), data2);
        assertThat(List.of(t1.state(), t2.state())).containsOnly(TaskState.CREATED);
        assertThat(ids(ubnd.queue.waitingFor(PersonId.of(U_DRAFTER), now()))).containsExactly(decision.id());
        assertThat(ubnd.queue.waitingFor(PersonId.of(MONITOR), now())).extracting(WorkItem::kind, WorkItem::objectId,
                WorkItem::waiting).containsExactly(tuple("task", t1.id(), "check-task"),
                tuple("task", t2.id(), "check-task"));

        // reviewed by the office chief, approved and signed "KT. CHỦ TỊCH" by the vice-chair (10:00)
        at(2026, 5, 11, 9, 0);
        ubnd.outgoing.submit(as(U_DRAFTER), RecordId.of(decision.id()));
        ubnd.outgoing.review(as(U_CHIEF), RecordId.of(decision.id()), "Trình Phó Chủ tịch");
        assertThat(ids(ubnd.queue.waitingFor(PersonId.of(VICE_CHAIR), now()))).containsExactly(decision.id());
        at(2026, 5, 11, 10, 0);
        OutgoingRecord signed = ubnd.outgoing.approveAndSign(as(VICE_CHAIR), RecordId.of(decision.id()), SigningCompetence.KT,
                "Phó Chủ tịch", "Đồng ý ban hành");
        assertThat(signed.state()).isEqualTo(OutgoingState.APPROVED_SIGNED);
        assertThat(signed.document().signer().orElseThrow().competence()).isEqualTo(SigningCompetence.KT);
        // R-TIME-1: signed on Monday, to be issued by the end of Tuesday morning
        assertThat(signed.issueDeadline()).contains(vn(2026, 5, 12, 11, 30));
        assertThat(ubnd.queue.waitingFor(PersonId.of(U_CLERK), now())).extracting(WorkItem::objectId, WorkItem::deadline)
                .containsExactly(tuple(decision.id(), Optional.of(vn(2026, 5, 12, 11, 30))));

        at(2026, 5, 11, 10, 30);
        OutgoingRecord numbered = ubnd.outgoing.register(as(U_CLERK), RecordId.of(decision.id()), "UBND");
        assertThat(numbered.number()).isEqualTo(1);
        String decisionNotation = numbered.document().notation().orElseThrow().format();
        assertThat(decisionNotation).isEqualTo("01/QĐ-UBND");

        // R-TASK-2: the tasks are not checked yet, so the issue is refused and nothing of it is kept
        at(2026, 5, 11, 10, 40);
        long ubndAuditBefore = ubndAudit.size();
        assertThatThrownBy(() -> ubnd.outgoing.issue(as(U_CLERK), RecordId.of(decision.id())))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.ruleIds()).containsExactly("R-TASK-2"));
        assertThat(documents.outgoing(decision.id()).orElseThrow().state()).isEqualTo(OutgoingState.REGISTERED);
        assertThat(ubndAudit.size()).isEqualTo(ubndAuditBefore);
        assertThat(transport.sent()).isEmpty();
        tasks.confirmCheck(as(MONITOR), TaskId.of(t1.id()), data1);
        tasks.confirmCheck(as(MONITOR), TaskId.of(t2.id()), data2);

        // issued at 11:00: the tasks are assigned and travel with the decision (R-IN-9)
        at(2026, 5, 11, 11, 0);
        Instant decisionIssuedAt = now();
        OutgoingRecord issued = ubnd.outgoing.issue(as(U_CLERK), RecordId.of(decision.id()));
        assertThat(issued.state()).isEqualTo(OutgoingState.ISSUED);
        assertThat(issued.issuedLate()).isFalse();
        assertThat(tasks.find(TaskId.of(t1.id())).orElseThrow().state()).isEqualTo(TaskState.ASSIGNED);
        assertThat(tasks.find(TaskId.of(t1.id())).orElseThrow().assigningDocument().orElseThrow().recordId())
                .isEqualTo(decision.id());
        assertThat(transport.sent()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(TransportMessage.Kind.NEW_DOCUMENT);
            assertThat(m.to()).isEqualTo(SO);
            assertThat(m.tasks()).containsExactly(
                    "Triển khai hạ tầng bưu chính số tại các xã biên giới (hạn: 29/05/2026)",
                    "Xây dựng kế hoạch chuyển đổi số năm 2027 (hạn: 30/06/2026)");
        });

        // ================= Sở TT&TT: received as one row per task, with R-TIME-4 and R-TIME-2 deadlines
        List<IncomingRecord> rows = so.inbox(SO).received();
        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(IncomingRecord::task).containsExactly(
                TaskBridges.descriptor(tasks.find(TaskId.of(t1.id())).orElseThrow()),
                TaskBridges.descriptor(tasks.find(TaskId.of(t2.id())).orElseThrow()));
        IncomingRecord row1 = rows.get(0);
        IncomingRecord row2 = rows.get(1);
        assertThat(row1.state()).isEqualTo(IncomingState.RECEIVED);
        assertThat(row1.effectiveReceipt()).isEqualTo(decisionIssuedAt);
        // two office hours: 11:00-11:30, then 13:30-15:00
        assertThat(row1.handlingDeadline()).isEqualTo(vn(2026, 5, 11, 15, 0))
                .isEqualTo(rules.handlingDeadline(decisionIssuedAt, Urgency.NORMAL).toInstant());
        assertThat(row1.assignmentDeadline()).isEqualTo(vn(2026, 5, 11, 17, 0));
        // the office clerk sees both rows to register, then both tasks to receive (R-TIME-6 queue, by deadline)
        assertThat(so.queue.waitingFor(PersonId.of(S_CLERK), now())).extracting(WorkItem::kind, WorkItem::objectId,
                WorkItem::waiting, WorkItem::overdue).containsExactly(
                tuple("incoming", row1.id(), "register", false), tuple("incoming", row2.id(), "register", false),
                tuple("task", t1.id(), "receive-task", false), tuple("task", t2.id(), "receive-task", false));

        // registered at 13:45: number 1 of the incoming register for both rows; the receipt goes back
        at(2026, 5, 11, 13, 45);
        List<IncomingRecord> registered = so.incoming.register(as(S_CLERK), RecordId.of(row1.id()), ReceiptCheck.passed(2));
        assertThat(registered).extracting(IncomingRecord::number).containsExactly(1L, 1L);
        assertThat(registered).extracting(IncomingRecord::handledInTime).containsOnly(Optional.of(true));
        assertThat(registers.entries(RegisterKey.of(SO, RegisterKind.INCOMING, 2026)))
                .extracting(e -> e.number()).containsExactly(1L);
        // 01 arrived on receipt, then 03 received on registration: the delivery follows both (R-OUT-6)
        assertThat(ubnd.inbox(UBND).updated()).extracting(r -> r.deliveries().get(0).recipient(),
                r -> r.deliveries().get(0).state()).containsExactly(tuple(SO, DeliveryState.ARRIVED),
                tuple(SO, DeliveryState.DELIVERED));

        assertThat(so.queue.waitingFor(PersonId.of(S_CHIEF), now())).extracting(WorkItem::objectId, WorkItem::waiting,
                WorkItem::deadline).containsExactly(tuple(row1.id(), "propose", Optional.of(vn(2026, 5, 11, 17, 0))),
                tuple(row2.id(), "propose", Optional.of(vn(2026, 5, 11, 17, 0))));

        at(2026, 5, 11, 14, 0);
        so.incoming.propose(as(S_CHIEF), RecordId.of(row1.id()), "Đề nghị giao Phòng BCVT chủ trì, Phòng CNTT phối hợp");
        so.incoming.propose(as(S_CHIEF), RecordId.of(row2.id()), "Đề nghị giao Phòng CNTT chủ trì");
        assertThat(so.queue.waitingFor(PersonId.of(DIRECTOR), now())).extracting(WorkItem::objectId, WorkItem::waiting)
                .containsExactly(tuple(row1.id(), "assign"), tuple(row2.id(), "assign"));
        at(2026, 5, 11, 14, 30);
        IncomingRecord assigned1 = so.incoming.assign(as(DIRECTOR), RecordId.of(row1.id()), "Phòng BCVT chủ trì thực hiện",
                List.of(AssignmentOrder.lead(BCVT, vn(2026, 5, 29, 17, 0)),
                        AssignmentOrder.cooperate(CNTT, vn(2026, 5, 22, 17, 0))));
        so.incoming.assign(as(DIRECTOR), RecordId.of(row2.id()), "Phòng CNTT chủ trì",
                List.of(AssignmentOrder.lead(CNTT, vn(2026, 6, 30, 17, 0))));
        assertThat(assigned1.state()).isEqualTo(IncomingState.ASSIGNED);
        assertThat(so.queue.waitingFor(PersonId.of(DIRECTOR), now())).isEmpty();
        assertThat(so.queue.waitingFor(PersonId.of(BCVT_CLERK), now())).extracting(WorkItem::objectId, WorkItem::waiting)
                .containsExactly(tuple(row1.id(), "receive"), tuple(t1.id(), "receive-task"));
        assertThat(so.queue.waitingFor(PersonId.of(BCVT_HEAD), now())).extracting(WorkItem::objectId, WorkItem::waiting)
                .containsExactly(tuple(t1.id(), "receive-task"));
        // the cooperating unit's head owes its answer by 22 May; the second task waits to be received
        assertThat(so.queue.waitingFor(PersonId.of(CNTT_HEAD), now())).extracting(WorkItem::objectId, WorkItem::waiting,
                WorkItem::deadline).containsExactly(
                tuple(t1.id(), "cooperate-answer", Optional.of(vn(2026, 5, 22, 17, 0))),
                tuple(t2.id(), "receive-task", Optional.of(vn(2026, 6, 30, 17, 0))));

        // ================= in the lead unit: Tue 12 May
        at(2026, 5, 12, 8, 0);
        so.incoming.receiveAtUnit(as(BCVT_CLERK), RecordId.of(row1.id()), UnitId.of(BCVT));
        so.incoming.forwardToHead(as(BCVT_CLERK), RecordId.of(row1.id()), UnitId.of(BCVT));
        so.incoming.assignSpecialist(as(BCVT_HEAD), RecordId.of(row1.id()), UnitId.of(BCVT), PersonId.of(SPECIALIST), "Đồng chí Hà xử lý");
        tasks.receive(as(BCVT_HEAD), TaskId.of(t1.id()), PersonId.of(SPECIALIST));
        assertThat(so.queue.waitingFor(PersonId.of(SPECIALIST), now())).extracting(WorkItem::kind, WorkItem::objectId,
                WorkItem::waiting, WorkItem::deadline).containsExactly(
                tuple("incoming", row1.id(), "handle", Optional.of(vn(2026, 5, 29, 17, 0))),
                tuple("task", t1.id(), "handle", Optional.of(vn(2026, 5, 29, 17, 0))));

        // R-TASK-4 refusals change nothing: a task not given to the drafter, then a closed task document
        at(2026, 5, 12, 9, 0);
        int outgoingBefore = documents.outgoingOf(SO).size();
        assertThatThrownBy(() -> so.outgoing.draft(as(SPECIALIST), replyDraft(),
                DraftOptions.replyTo(row2.id()).answeringTask(t2.id()))).isInstanceOf(EdocRuleException.class);
        tasks.closeDocument(as(SPECIALIST), TaskId.of(t1.id()));
        assertThatThrownBy(() -> so.outgoing.draft(as(SPECIALIST), replyDraft(),
                DraftOptions.replyTo(row1.id()).answeringTask(t1.id())))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.ruleIds()).containsExactly("R-TASK-4"));
        assertThat(documents.outgoingOf(SO)).hasSize(outgoingBefore);
        assertThat(tasks.find(TaskId.of(t1.id())).orElseThrow().state()).isEqualTo(TaskState.RECEIVED);
        tasks.takeBack(as(SPECIALIST), TaskId.of(t1.id()));

        // the reply is drafted from the task, in the same unit of work as the task's record of it
        OutgoingRecord reply = so.outgoing.draft(as(SPECIALIST), replyDraft(),
                DraftOptions.replyTo(row1.id()).answeringTask(t1.id()));
        Task inProgress = tasks.find(TaskId.of(t1.id())).orElseThrow();
        assertThat(inProgress.state()).isEqualTo(TaskState.IN_PROGRESS);
        assertThat(inProgress.replyDraftId()).contains(reply.id());
        assertThat(reply.document().replyTo()).isEqualTo(row1.document().documentId());
        so.outgoing.submit(as(SPECIALIST), RecordId.of(reply.id()));
        so.outgoing.review(as(BCVT_HEAD), RecordId.of(reply.id()), "Trình Giám đốc");

        // Wed 13 May: signed by the director in his own name, registered, issued at 10:30
        at(2026, 5, 13, 9, 0);
        so.outgoing.approveAndSign(as(DIRECTOR), RecordId.of(reply.id()), SigningCompetence.NONE, "Giám đốc", "Đồng ý");
        at(2026, 5, 13, 10, 0);
        OutgoingRecord replyNumbered = so.outgoing.register(as(S_CLERK), RecordId.of(reply.id()), "STTTT", "BCVT");
        assertThat(replyNumbered.number()).isEqualTo(1);
        assertThat(replyNumbered.document().notation().orElseThrow().format()).isEqualTo("01/STTTT-BCVT");
        at(2026, 5, 13, 10, 30);
        Instant replyIssuedAt = now();
        OutgoingRecord replyIssued = so.outgoing.issue(as(S_CLERK), RecordId.of(reply.id()));
        assertThat(replyIssued.issuedLate()).isFalse();

        // R-TASK-7: the UBND's task is reported by itself, completed at the reply's issue time
        Task reported = tasks.find(TaskId.of(t1.id())).orElseThrow();
        assertThat(reported.state()).isEqualTo(TaskState.REPORTED);
        assertThat(reported.completedAt()).contains(replyIssuedAt);
        assertThat(reported.reply().orElseThrow().recordId()).isEqualTo(reply.id());
        assertThat(seen).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(DomainEvent.TaskReported.class,
                r -> assertThat(r.objectId()).isEqualTo(t1.id())));

        // ================= UBND: the reply arrives (one row, no task), the monitoring officer approves
        TransportInbox.Result back = ubnd.inbox(UBND);
        assertThat(back.received()).singleElement().satisfies(r -> {
            assertThat(r.task()).isEmpty();
            assertThat(r.sender()).contains(SO);
        });
        assertThat(ubnd.queue.waitingFor(PersonId.of(MONITOR), now())).extracting(WorkItem::objectId, WorkItem::waiting)
                .containsExactly(tuple(t1.id(), "approve-task-result"));
        assertThat(ubnd.queue.waitingFor(PersonId.of(U_CLERK), now())).extracting(WorkItem::objectId, WorkItem::waiting)
                .containsExactly(tuple(back.received().get(0).id(), "register"));
        at(2026, 5, 13, 14, 0);
        Task approved = tasks.approveResult(as(MONITOR), TaskId.of(t1.id()), "Đạt yêu cầu");
        assertThat(approved.state()).isEqualTo(TaskState.APPROVED);
        assertThat(ubnd.queue.waitingFor(PersonId.of(MONITOR), now())).isEmpty();
        assertThat(tasks.find(TaskId.of(t2.id())).orElseThrow().state()).isEqualTo(TaskState.ASSIGNED);

        // ================= the trails
        assertThat(approved.history()).extracting(TaskStep::action).containsExactly("task.create", "task.check",
                "task.assign", "task.receive", "task.document.close", "task.document.take-back",
                "task.reply.start", "task.report", "task.approve");
        assertThat(auditOf(ubndAudit, t1.id())).extracting(AuditEntry::action, AuditEntry::actor).containsExactly(
                tuple("task.create", "drafter.langson"), tuple("task.check", "monitor.langson"),
                tuple("task.assign", "clerk.langson"), tuple("task.receive", "head.bcvt"),
                tuple("task.document.close", "specialist.bcvt"), tuple("task.document.take-back", "specialist.bcvt"),
                tuple("task.reply.start", "specialist.bcvt"), tuple("task.report", "clerk.sotttt"),
                tuple("task.approve", "monitor.langson"));
        assertThat(auditOf(ubndAudit, decision.id())).extracting(AuditEntry::action).containsExactly(
                "outgoing.draft", "outgoing.submit", "outgoing.review", "outgoing.reserve", "outgoing.approve-sign",
                "outgoing.register", "outgoing.reserve", "outgoing.issue", "outgoing.status", "outgoing.status",
                "outgoing.status", "outgoing.status", "outgoing.status");
        // the Sở's progress came back per row, each naming its task (R-IN-9, R-OUT-6): arrived, received, both rows
        // assigned, the first row's lead unit at work; the Sở as a whole is as far as its least advanced task
        OutgoingRecord followed = documents.outgoing(decision.id()).orElseThrow();
        assertThat(followed.history().stream().filter(h -> h.action().equals("outgoing.status"))
                .map(h -> h.comment().replaceAll(" \\(hạn: [0-9/]+\\)", ""))).containsExactly(
                "ARRIVED from " + SO.value(), "RECEIPT_ACK from " + SO.value() + ": received as number 1",
                "ASSIGNED from " + SO.value() + " [Triển khai hạ tầng bưu chính số tại các xã biên giới]",
                "ASSIGNED from " + SO.value() + " [Xây dựng kế hoạch chuyển đổi số năm 2027]",
                "IN_PROGRESS from " + SO.value() + " [Triển khai hạ tầng bưu chính số tại các xã biên giới]");
        assertThat(followed.deliveries()).extracting(Delivery::state).containsExactly(DeliveryState.ASSIGNED);
        assertThat(followed.deliveries().get(0).tasks()).extracting(t -> t.state())
                .containsExactlyInAnyOrder(DeliveryState.IN_PROGRESS, DeliveryState.ASSIGNED);
        assertThat(auditOf(soAudit, row1.id())).extracting(AuditEntry::action).containsExactly("incoming.receive",
                "incoming.register", "incoming.propose", "incoming.assign", "incoming.unit-receive",
                "incoming.forward", "incoming.assign-specialist");
        assertThat(auditOf(soAudit, reply.id())).extracting(AuditEntry::action).containsExactly("outgoing.draft",
                "outgoing.submit", "outgoing.review", "outgoing.reserve", "outgoing.approve-sign",
                "outgoing.register", "outgoing.reserve", "outgoing.issue");
        assertThat(auditOf(soAudit, reply.id())).extracting(AuditEntry::actor).first().isEqualTo("specialist.bcvt");
        assertThat(ubndAudit.verify().intact()).isTrue();
        assertThat(soAudit.verify().intact()).isTrue();

        // ================= R-TASK-10: the lead unit's report for May, tasks plus document figures
        UnitReport may = UnitReport.of(taskServices.reports(), documents, directory, UnitId.of(BCVT), ReportPeriod.month(2026, 5),
                vn(2026, 5, 31, 17, 0));
        assertThat(may.tasks().onTime()).extracting(TaskReport.Line::taskId, TaskReport.Line::completedAt)
                .containsExactly(tuple(t1.id(), Optional.of(replyIssuedAt)));
        assertThat(may.tasks().total()).isEqualTo(1);
        assertThat(may.tasks().count(DeadlineStatus.ON_TIME)).isEqualTo(1);
        assertThat(may.documents().organisation()).isEqualTo(SO);
        assertThat(may.documents().incomingOnTime()).containsExactly(row1.id());
        assertThat(may.documents().outgoingOnTime()).containsExactly(reply.id());
        assertThat(may.documents().incomingLate()).isEmpty();
        assertThat(may.documents().outgoingLate()).isEmpty();
        UnitReport cntt = UnitReport.of(taskServices.reports(), documents, directory, UnitId.of(CNTT), ReportPeriod.month(2026, 5),
                vn(2026, 5, 31, 17, 0));
        assertThat(cntt.tasks().inProgress()).extracting(TaskReport.Line::taskId).containsExactly(t2.id());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static Instant vn(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).toInstant(ZoneOffset.ofHours(7));
    }

    void at(int y, int m, int d, int h, int min) {
        clock.set(vn(y, m, d, h, min));
    }

    Instant now() {
        return clock.instant();
    }

    Actor as(String personId) {
        return Actor.loggedIn(directory, directory.person(personId).orElseThrow().accountName());
    }

    static List<String> ids(List<WorkItem> items) {
        return items.stream().map(WorkItem::objectId).toList();
    }

    static List<AuditEntry> auditOf(MemoryAuditLog log, String objectId) {
        List<AuditEntry> found = new ArrayList<>();
        log.scan(e -> {
            if (e.objectId().equals(objectId)) {
                found.add(e);
            }
        });
        return found;
    }

    static Document decisionDraft() {
        return Document.builder().direction(Direction.OUTGOING).type(DocumentType.QUYET_DINH).place("Lạng Sơn")
                .subject("Giao nhiệm vụ phát triển hạ tầng số năm 2026")
                .issuer(UBND, "Ủy ban nhân dân tỉnh Lạng Sơn").pageCount(2)
                .addAttachment(new Attachment("qd-giao-nhiem-vu.pdf", "application/pdf", PDF.length, PDF_SHA,
                        Attachment.Role.MAIN))
                .addRecipient(Recipient.of("Sở Thông tin và Truyền thông tỉnh Lạng Sơn", SO))
                .addRecipient(Recipient.of("Lưu: VT, VP")).build();
    }

    static Document replyDraft() {
        return Document.builder().direction(Direction.OUTGOING).type(DocumentType.CONG_VAN).place("Lạng Sơn")
                .subject("Báo cáo kết quả triển khai hạ tầng bưu chính số")
                .issuer(SO, "Sở Thông tin và Truyền thông tỉnh Lạng Sơn").pageCount(1)
                .addAttachment(new Attachment("bao-cao.pdf", "application/pdf", PDF.length, PDF_SHA,
                        Attachment.Role.MAIN))
                .addRecipient(Recipient.of("Ủy ban nhân dân tỉnh Lạng Sơn", UBND))
                .addRecipient(Recipient.of("Lưu: VT, BCVT")).build();
    }

    static Directory directory() {
        Directory.Builder b = Directory.builder()
                .add(Organisation.of(UBND, "Ủy ban nhân dân tỉnh Lạng Sơn",
                        OrganisationKind.PROVINCIAL_PEOPLES_COMMITTEE, "langson"))
                .add(Organisation.of(SO, "Sở Thông tin và Truyền thông tỉnh Lạng Sơn", OrganisationKind.DEPARTMENT,
                        "stttt"))
                .add(Unit.of(U_LEADERS, UBND, "Lãnh đạo UBND tỉnh", "LĐ", UnitKind.LEADERSHIP))
                .add(Unit.of(U_OFFICE, UBND, "Văn phòng UBND tỉnh", "VP", UnitKind.OFFICE))
                .add(Unit.of(S_BOARD, SO, "Ban Giám đốc Sở", "BGĐ", UnitKind.LEADERSHIP))
                .add(Unit.of(S_OFFICE, SO, "Văn phòng Sở", "VP", UnitKind.OFFICE))
                .add(Unit.of(BCVT, SO, "Phòng Bưu chính - Viễn thông", "BCVT", UnitKind.DEPARTMENT))
                .add(Unit.of(CNTT, SO, "Phòng Công nghệ thông tin", "CNTT", UnitKind.DEPARTMENT));
        person(b, CHAIR, "Hồ Tiến Thiệu", UBND, U_LEADERS, "chair.langson", Role.LEADER, Position.of(Role.LEADER));
        person(b, VICE_CHAIR, "Đoàn Thu Hà", UBND, U_LEADERS, "vicechair.langson", Role.LEADER,
                Position.deputy(Role.LEADER));
        person(b, U_CHIEF, "Vi Văn Sơn", UBND, U_OFFICE, "chief.langson", Role.OFFICE_CHIEF,
                Position.of(Role.OFFICE_CHIEF));
        person(b, U_CLERK, "Nông Thị Lan", UBND, U_OFFICE, "clerk.langson", Role.CLERK, Position.of(Role.CLERK));
        person(b, MONITOR, "Hoàng Văn Minh", UBND, U_OFFICE, "monitor.langson", Role.MONITORING_OFFICER,
                Position.of(Role.MONITORING_OFFICER));
        person(b, U_DRAFTER, "Lương Thị Hà", UBND, U_OFFICE, "drafter.langson", Role.SPECIALIST,
                Position.of(Role.SPECIALIST));
        person(b, DIRECTOR, "Lộc Văn Tuấn", SO, S_BOARD, "director.sotttt", Role.LEADER, Position.of(Role.LEADER));
        person(b, S_CHIEF, "Mã Thị Quyên", SO, S_OFFICE, "chief.sotttt", Role.OFFICE_CHIEF,
                Position.of(Role.OFFICE_CHIEF));
        person(b, S_CLERK, "Đinh Thị Thu", SO, S_OFFICE, "clerk.sotttt", Role.CLERK, Position.of(Role.CLERK));
        person(b, BCVT_CLERK, "La Thị Hồng", SO, BCVT, "clerk.bcvt", Role.CLERK, Position.of(Role.CLERK));
        person(b, BCVT_HEAD, "Mã Văn Quang", SO, BCVT, "head.bcvt", Role.UNIT_HEAD, Position.of(Role.UNIT_HEAD));
        person(b, SPECIALIST, "Chu Thị Hà", SO, BCVT, "specialist.bcvt", Role.SPECIALIST,
                Position.of(Role.SPECIALIST));
        person(b, CNTT_HEAD, "Triệu Văn Đức", SO, CNTT, "head.cntt", Role.UNIT_HEAD, Position.of(Role.UNIT_HEAD));
        return b.build();
    }

    private static void person(Directory.Builder b, String id, String fullName, OrganCode org, String unit,
                               String account, Role role, Position position) {
        b.add(new Person(id, fullName, account, org, unit, Set.of(position)));
        b.add(Account.active(account, id, Set.of(role)));
    }
}
