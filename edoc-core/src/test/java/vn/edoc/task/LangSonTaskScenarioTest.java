package vn.edoc.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.task.TaskWorld.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.edoc.audit.AuditEntry;
import vn.edoc.event.DomainEvent;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.TaskId;
import vn.edoc.id.UnitId;
import vn.edoc.routing.Action;
import vn.edoc.time.DeadlineStatus;
import vn.edoc.time.ReportPeriod;
import vn.edoc.validation.EdocRuleException;

/**
 * The Lạng Sơn task flow of LS Đ13 end to end: the provincial People's Committee assigns two tasks to the Department
 * of Finance by a document; the first gets an extension request after its deadline, refused, and stays overdue; the
 * second gets one within its deadline, approved with a new deadline from the approval document, then its reply is
 * issued through the outgoing flow's participant and approved: done on time against the extended deadline.
 */
class LangSonTaskScenarioTest {

    private final TaskWorld w = new TaskWorld();

    @Test
    void extensionRefusedAfterDeadlineThenOneApprovedThenCompletion() {
        // ---------- R-TASK-1: entered while the UBND document is drafted (Mon 6 April 2026, 09:00)
        w.at(2026, 4, 6, 9, 0);
        TaskData data1 = TaskData.of(STC_BUDGET, "Báo cáo tình hình giải ngân vốn đầu tư công quý I/2026",
                TaskDeadline.onDay(LocalDate.of(2026, 4, 17)), MONITOR);
        TaskData data2 = TaskData.of(STC_BUDGET, "Xây dựng phương án phân bổ vốn ngân sách tỉnh năm 2027",
                TaskDeadline.onDay(LocalDate.of(2026, 4, 24)), MONITOR)
                .withCooperating(SKH_INVEST, TaskDeadline.onDay(LocalDate.of(2026, 4, 20)));
        Task t1 = w.service.create(w.actor(DRAFTER), RecordId.of("ubnd-draft-101"), data1);
        Task t2 = w.service.create(w.actor(DRAFTER), RecordId.of("ubnd-draft-101"), data2);
        assertThat(t1.state()).isEqualTo(TaskState.CREATED);
        assertThat(t1.version()).isEqualTo(1);
        assertThat(t1.deadlineAt(w.rules)).isEqualTo(vn(2026, 4, 17, 17, 0));
        assertThat(t2.cooperations()).singleElement().satisfies(c -> {
            assertThat(c.unitId()).isEqualTo(SKH_INVEST);
            assertThat(c.state()).isEqualTo(CooperationState.REQUESTED);
        });
        // a specialist of the department cannot enter UBND's tasks
        assertThatThrownBy(() -> w.service.create(w.actor(STC_HEAD), RecordId.of("ubnd-draft-101"), data1))
                .isInstanceOf(EdocRuleException.class);

        // ---------- R-TASK-2: checked against the approved document before issue
        TaskData approvedWrong = TaskData.of(STC_BUDGET, "Báo cáo giải ngân quý I",
                TaskDeadline.onDay(LocalDate.of(2026, 4, 20)), MONITOR);
        assertThat(w.service.check(TaskId.of(t1.id()), approvedWrong).violations())
                .extracting(v -> v.path()).containsExactly("content", "deadline");
        // issuing before the check is refused, and nothing happens
        w.at(2026, 4, 6, 14, 0);
        long auditBefore = w.audit.size();
        assertThatThrownBy(() -> w.issue("ubnd-draft-101", 45, "UBND-KT", Optional.empty(), UBND_CLERK, UBND))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.ruleIds()).containsExactly("R-TASK-2"));
        assertThat(w.audit.size()).isEqualTo(auditBefore);
        assertThatThrownBy(() -> w.service.confirmCheck(w.actor(MONITOR), TaskId.of(t1.id()), approvedWrong))
                .isInstanceOf(EdocRuleException.class);
        assertThat(w.service.find(TaskId.of(t1.id())).orElseThrow().state()).isEqualTo(TaskState.CREATED);
        w.service.confirmCheck(w.actor(MONITOR), TaskId.of(t1.id()), data1);
        w.service.confirmCheck(w.actor(MONITOR), TaskId.of(t2.id()), data2);
        assertThat(w.service.find(TaskId.of(t2.id())).orElseThrow().state()).isEqualTo(TaskState.CHECKED);

        // ---------- issued: both tasks assigned (Tue 7 April, 10:00), "45/UBND-KT"
        w.at(2026, 4, 7, 10, 0);
        w.issue("ubnd-draft-101", 45, "UBND-KT", Optional.empty(), UBND_CLERK, UBND);
        Task a1 = w.service.find(TaskId.of(t1.id())).orElseThrow();
        assertThat(a1.state()).isEqualTo(TaskState.ASSIGNED);
        assertThat(a1.assigningDocument()).contains(DocumentRef.of("ubnd-draft-101", "45/UBND-KT",
                vn(2026, 4, 7, 10, 0)));
        assertThat(w.queue.waitingFor(PersonId.of(STC_CLERK), w.clock.instant())).extracting(TaskWorkItem::action)
                .containsExactly(Action.RECEIVE_TASK, Action.RECEIVE_TASK);

        // ---------- R-TASK-3: received by the department, handler named
        w.at(2026, 4, 7, 14, 0);
        assertThatThrownBy(() -> w.service.receive(w.actor(HANDLER), TaskId.of(t1.id()), PersonId.of(HANDLER)))
                .isInstanceOf(EdocRuleException.class);
        w.service.receive(w.actor(STC_CLERK), TaskId.of(t1.id()), PersonId.of(HANDLER));
        w.service.receive(w.actor(STC_HEAD), TaskId.of(t2.id()), PersonId.of(HANDLER));
        assertThat(w.service.find(TaskId.of(t1.id())).orElseThrow().handlerId()).contains(HANDLER);

        // ---------- R-TASK-4: the reply of task 2 is started from the task document
        w.at(2026, 4, 8, 9, 0);
        w.service.startReply(w.actor(HANDLER), TaskId.of(t2.id()), RecordId.of("stc-draft-9"));
        assertThat(w.service.find(TaskId.of(t2.id())).orElseThrow().state()).isEqualTo(TaskState.IN_PROGRESS);

        // ---------- R-TASK-9: the cooperating unit answers in time
        w.at(2026, 4, 17, 9, 0);
        assertThat(w.queue.waitingFor(PersonId.of(SKH_HEAD), w.clock.instant())).singleElement().satisfies(i -> {
            assertThat(i.action()).isEqualTo(Action.COOPERATE_ANSWER);
            assertThat(i.deadline()).isEqualTo(vn(2026, 4, 20, 17, 0));
            assertThat(i.overdue()).isFalse();
        });
        assertThat(w.queue.waitingFor(PersonId.of(HANDLER), w.clock.instant())).extracting(TaskWorkItem::taskId)
                .containsExactly(t1.id(), t2.id());
        w.service.answerCooperation(w.actor(SKH_HEAD), TaskId.of(t2.id()), UnitId.of(SKH_INVEST),
                DocumentRef.of("skh-out-33", "33/SKHĐT-KTN", vn(2026, 4, 16, 16, 0)));
        Cooperation answered = w.service.find(TaskId.of(t2.id())).orElseThrow().cooperation(SKH_INVEST).orElseThrow();
        assertThat(answered.state()).isEqualTo(CooperationState.ANSWERED);
        assertThat(answered.late(w.rules)).isFalse();

        // ---------- R-TASK-8, task 1: extension requested after the deadline (Mon 20 April) is refused
        w.at(2026, 4, 20, 9, 0);
        assertThat(w.scanner.scan(w.clock.instant())).singleElement().isInstanceOfSatisfying(
                DomainEvent.Overdue.class, o -> {
                    assertThat(o.objectId()).isEqualTo(t1.id());
                    assertThat(o.waitingFor()).isEqualTo(HANDLER);
                    assertThat(o.deadline()).isEqualTo(vn(2026, 4, 17, 17, 0));
                });
        assertThat(w.scanner.scan(w.clock.instant())).as("published once").isEmpty();
        Task before = w.service.find(TaskId.of(t1.id())).orElseThrow();
        long auditSize = w.audit.size();
        DocumentRef lateRequest = DocumentRef.of("stc-out-12", "12/STC-NS", vn(2026, 4, 20, 8, 30));
        assertThatThrownBy(() -> w.service.requestExtension(w.actor(HANDLER), TaskId.of(t1.id()), lateRequest, "cần thêm số liệu"))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> {
                    assertThat(e.ruleIds()).containsExactly("R-TASK-8");
                    assertThat(e.violations().get(0).code()).isEqualTo(TaskViolation.EXTENSION_AFTER_DEADLINE.code());
                });
        assertThat(w.service.find(TaskId.of(t1.id()))).contains(before);
        assertThat(w.audit.size()).isEqualTo(auditSize);

        // ---------- R-TASK-8, task 2: requested within its deadline (Tue 21 April) with the issued request
        w.at(2026, 4, 21, 10, 0);
        DocumentRef request = DocumentRef.of("stc-out-14", "14/STC-NS", vn(2026, 4, 21, 9, 0));
        assertThatThrownBy(() -> w.service.requestExtension(w.actor(HANDLER2), TaskId.of(t2.id()), request, "x"))
                .as("only the handler asks").isInstanceOf(EdocRuleException.class);
        w.service.requestExtension(w.actor(HANDLER), TaskId.of(t2.id()), request, "chờ số liệu quyết toán");
        assertThat(w.queue.waitingFor(PersonId.of(MONITOR), w.clock.instant())).extracting(TaskWorkItem::action)
                .contains(Action.APPROVE_EXTENSION);
        // approved on Thu 23 April with the approval document "50/UBND-KT", new deadline 15 May
        w.at(2026, 4, 23, 15, 0);
        DocumentRef approval = DocumentRef.of("ubnd-out-50", "50/UBND-KT", vn(2026, 4, 23, 14, 0));
        TaskDeadline newDeadline = TaskDeadline.onDay(LocalDate.of(2026, 5, 15));
        assertThatThrownBy(() -> w.service.approveExtension(w.actor(STC_DIRECTOR), TaskId.of(t2.id()), approval, newDeadline,
                "")).isInstanceOf(EdocRuleException.class);
        Task extended = w.service.approveExtension(w.actor(MONITOR), TaskId.of(t2.id()), approval, newDeadline, "đồng ý");
        assertThat(extended.deadline()).isEqualTo(newDeadline);
        assertThat(extended.originalDeadline()).isEqualTo(TaskDeadline.onDay(LocalDate.of(2026, 4, 24)));
        assertThat(extended.extensions()).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(ExtensionState.APPROVED);
            assertThat(e.requestDocument()).isEqualTo(request);
            assertThat(e.decisionDocument()).contains(approval);
            assertThat(e.newDeadline()).contains(newDeadline);
        });

        // ---------- R-TASK-7: the reply is issued (Tue 12 May 10:00): reported with its issue time
        w.at(2026, 5, 12, 10, 0);
        // a document not started from the task is not accepted as its result
        assertThatThrownBy(() -> w.issue("stc-draft-other", 61, "STC-NS", Optional.of(t2.id()), STC_CLERK, STC))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.ruleIds()).containsExactly("R-TASK-4"));
        w.issue("stc-draft-9", 61, "STC-NS", Optional.of(t2.id()), STC_CLERK, STC);
        Task reported = w.service.find(TaskId.of(t2.id())).orElseThrow();
        assertThat(reported.state()).isEqualTo(TaskState.REPORTED);
        assertThat(reported.completedAt()).contains(vn(2026, 5, 12, 10, 0));
        assertThat(reported.reply()).contains(DocumentRef.of("stc-draft-9", "61/STC-NS", vn(2026, 5, 12, 10, 0)));

        // ---------- R-TASK-6: approved by the monitoring office
        w.at(2026, 5, 13, 9, 0);
        Task approved = w.service.approveResult(w.actor(MONITOR), TaskId.of(t2.id()), "đạt yêu cầu");
        assertThat(approved.state()).isEqualTo(TaskState.APPROVED);
        assertThat(w.rules.classifyCompleted(approved.deadlineAt(w.rules), approved.completedAt().orElseThrow()))
                .isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(w.rules.classifyCompleted(approved.originalDeadline().endsAt(w.rules),
                approved.completedAt().orElseThrow())).as("late against the original deadline")
                .isEqualTo(DeadlineStatus.LATE);

        // ---------- the report for the second quarter: task 2 on time, task 1 overdue
        TaskReport q2 = w.reports.report(UnitId.of(STC_BUDGET), ReportPeriod.quarter(2026, 2));
        assertThat(q2.onTime()).extracting(TaskReport.Line::taskId).containsExactly(t2.id());
        assertThat(q2.overdue()).extracting(TaskReport.Line::taskId).containsExactly(t1.id());
        assertThat(q2.late()).isEmpty();
        assertThat(q2.inProgress()).isEmpty();

        // ---------- every state and every audit entry, in order
        Task final1 = w.service.find(TaskId.of(t1.id())).orElseThrow();
        assertThat(final1.state()).isEqualTo(TaskState.RECEIVED);
        assertThat(final1.history()).extracting(TaskStep::action).containsExactly("task.create", "task.check",
                "task.assign", "task.receive");
        assertThat(w.auditOf(t1.id())).extracting(AuditEntry::action).containsExactly("task.create", "task.check",
                "task.assign", "task.receive");
        assertThat(w.auditOf(t1.id())).extracting(AuditEntry::actor).containsExactly("halt.langson",
                "minhhv.langson", "lannt.langson", "thudt.stc");
        Task final2 = w.service.find(TaskId.of(t2.id())).orElseThrow();
        assertThat(final2.history()).extracting(TaskStep::to).containsExactly(TaskState.CREATED, TaskState.CHECKED,
                TaskState.ASSIGNED, TaskState.RECEIVED, TaskState.IN_PROGRESS, TaskState.IN_PROGRESS,
                TaskState.IN_PROGRESS, TaskState.IN_PROGRESS, TaskState.REPORTED, TaskState.APPROVED);
        List<AuditEntry> trail2 = w.auditOf(t2.id());
        assertThat(trail2).extracting(AuditEntry::action).containsExactly("task.create", "task.check",
                "task.assign", "task.receive", "task.reply.start", "task.cooperation.answer",
                "task.extension.request", "task.extension.approve", "task.report", "task.approve");
        assertThat(trail2).extracting(AuditEntry::actor).containsExactly("halt.langson", "minhhv.langson",
                "lannt.langson", "quangmv.stc", "ngact.stc", "ductv.skhdt", "ngact.stc", "minhhv.langson",
                "thudt.stc", "minhhv.langson");
        assertThat(trail2).extracting(AuditEntry::time).containsExactly(vn(2026, 4, 6, 9, 0),
                vn(2026, 4, 6, 14, 0), vn(2026, 4, 7, 10, 0), vn(2026, 4, 7, 14, 0), vn(2026, 4, 8, 9, 0),
                vn(2026, 4, 17, 9, 0), vn(2026, 4, 21, 10, 0), vn(2026, 4, 23, 15, 0), vn(2026, 5, 12, 10, 0),
                vn(2026, 5, 13, 9, 0));
        for (int i = 1; i < trail2.size(); i++) {
            assertThat(trail2.get(i).beforeDigest()).isEqualTo(trail2.get(i - 1).afterDigest());
        }
        assertThat(trail2.get(trail2.size() - 1).afterDigest()).isEqualTo(final2.digest());
        assertThat(w.audit.verify().intact()).isTrue();

        // ---------- the events, after each commit
        assertThat(w.events).filteredOn(DomainEvent.StateChanged.class::isInstance)
                .extracting(e -> ((DomainEvent.StateChanged) e).objectId() + ":" + ((DomainEvent.StateChanged) e).to())
                .contains(t2.id() + ":REPORTED", t2.id() + ":APPROVED", t1.id() + ":ASSIGNED");
        assertThat(w.events).filteredOn(DomainEvent.TaskReported.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((DomainEvent.TaskReported) e).completedAt())
                        .isEqualTo(vn(2026, 5, 12, 10, 0)));
        assertThat(w.events).filteredOn(DomainEvent.ExtensionDecided.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((DomainEvent.ExtensionDecided) e).newDeadline())
                        .isEqualTo(vn(2026, 5, 15, 17, 0)));
    }
}
