package vn.edoc.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.task.TaskWorld.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.Urgency;
import vn.edoc.id.DocumentType;
import vn.edoc.id.Notation;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.TaskId;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterKind;
import vn.edoc.routing.IssuedDocument;
import vn.edoc.validation.EdocRuleException;

/**
 * A task's references print the notation in its one canonical form (numbers 1–9 keep their leading zero, Decree
 * 30/2020 Phụ lục I), and working on a task its unit never received is a fault of the task's state (R-TASK-3), not
 * of permissions.
 */
class TaskReferencesAndStateRefusalsTest {

    private final TaskWorld w = new TaskWorld();

    @Test
    void theReferenceOfAnIssuedDocumentKeepsTheLeadingZero() {
        for (int number = 1; number <= 12; number++) {
            Notation notation = Notation.of(number, null, null, "UBND", "VP");
            RegisterEntry line = new RegisterEntry(number, RegisterKey.of(UBND, RegisterKind.OUTGOING, 2026),
                    vn(2026, 4, 7, 10, 0), "out-" + number, notation.format(), LocalDate.of(2026, 4, 7),
                    DocumentType.CONG_VAN, "Văn bản", List.of("Sở Tài chính"), 1, Urgency.NORMAL, "clerk");
            Document document = Document.builder().direction(Direction.OUTGOING).notation(notation).build();
            DocumentRef ref = DocumentRef.of(new IssuedDocument("out-" + number, document, line,
                    vn(2026, 4, 7, 10, 0), UBND_CLERK, Optional.empty()));
            assertThat(ref.notation()).isEqualTo(notation.format())
                    .isEqualTo((number < 10 ? "0" : "") + number + "/UBND-VP");
        }
    }

    @Test
    void theAssigningAndReplyReferencesOfATaskCarryTheCanonicalNotation() {
        Task t = w.assigned("ubnd-draft-1", 1, TaskData.of(STC_BUDGET, "Báo cáo thu chi quý I",
                TaskDeadline.onDay(LocalDate.of(2026, 5, 29)), MONITOR));
        assertThat(t.assigningDocument().orElseThrow().notation()).isEqualTo("01/UBND-KT");
        Task received = w.service.receive(w.actor(STC_HEAD), TaskId.of(t.id()), PersonId.of(HANDLER));
        w.service.startReply(w.actor(HANDLER), TaskId.of(received.id()), RecordId.of("stc-draft-2"));
        w.issue("stc-draft-2", 7, "STC-NS", Optional.of(t.id()), STC_CLERK, STC);
        assertThat(w.service.find(TaskId.of(t.id())).orElseThrow().reply().orElseThrow().notation()).isEqualTo("07/STC-NS");
    }

    @Test
    void replyingToATaskNeverReceivedIsATaskStateFault() {
        Task t = w.assigned("ubnd-draft-3", 3, TaskData.of(STC_BUDGET, "Rà soát định mức",
                TaskDeadline.onDay(LocalDate.of(2026, 5, 29)), MONITOR));
        assertThat(t.state()).isEqualTo(TaskState.ASSIGNED);
        int audit = w.auditOf(t.id()).size();
        assertThatThrownBy(() -> w.service.startReply(w.actor(HANDLER), TaskId.of(t.id()), RecordId.of("stc-draft-4")))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> {
                    assertThat(e.result().has(TaskViolation.NOT_RECEIVED)).isTrue();
                    assertThat(e.ruleIds()).containsExactly("R-TASK-3");
                });
        assertThat(w.service.find(TaskId.of(t.id())).orElseThrow().state()).isEqualTo(TaskState.ASSIGNED);
        assertThat(w.auditOf(t.id())).hasSize(audit);
        // once received, the same handler may
        w.service.receive(w.actor(STC_HEAD), TaskId.of(t.id()), PersonId.of(HANDLER));
        assertThat(w.service.startReply(w.actor(HANDLER), TaskId.of(t.id()), RecordId.of("stc-draft-4")).state())
                .isEqualTo(TaskState.IN_PROGRESS);
    }

    @Test
    void eachTaskTellsWhereItStandsAgainstItsDeadline() {
        Task t = w.assigned("ubnd-draft-5", 5, TaskData.of(STC_BUDGET, "Báo cáo quý",
                TaskDeadline.onDay(LocalDate.of(2026, 4, 10)), MONITOR));
        assertThat(t.deadlineStatus(w.rules, vn(2026, 4, 10, 16, 0))).contains(vn.edoc.time.DeadlineStatus.IN_PROGRESS);
        assertThat(t.deadlineStatus(w.rules, vn(2026, 4, 13, 8, 0))).contains(vn.edoc.time.DeadlineStatus.OVERDUE);
        w.service.receive(w.actor(STC_HEAD), TaskId.of(t.id()), PersonId.of(HANDLER));
        w.service.startReply(w.actor(HANDLER), TaskId.of(t.id()), RecordId.of("stc-draft-6"));
        w.at(2026, 4, 13, 9, 0);
        w.issue("stc-draft-6", 9, "STC-NS", Optional.of(t.id()), STC_CLERK, STC);
        Task late = w.service.find(TaskId.of(t.id())).orElseThrow();
        // completed after the deadline: late whatever the instant asked about
        assertThat(late.deadlineStatus(w.rules, vn(2026, 4, 1, 8, 0))).contains(vn.edoc.time.DeadlineStatus.LATE);
        Task created = w.service.create(w.actor(DRAFTER), RecordId.of("ubnd-draft-7"), TaskData.of(STC_BUDGET, "Việc mới",
                TaskDeadline.onDay(LocalDate.of(2026, 6, 1)), MONITOR));
        assertThat(created.deadlineStatus(w.rules, vn(2026, 4, 13, 9, 0))).isEmpty();
    }
}
