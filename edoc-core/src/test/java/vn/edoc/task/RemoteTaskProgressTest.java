package vn.edoc.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edoc.event.DomainEvent;
import vn.edoc.event.EventPublisher;
import vn.edoc.id.OrganCode;
import vn.edoc.org.OrgFixtures;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.TransportMessage.Kind;
import vn.edoc.store.memory.MemoryAuditLog;
import vn.edoc.store.memory.MemoryTaskStore;
import vn.edoc.store.memory.MemoryTransactions;

/**
 * Tasks given by Tuy Phước to the office of the Department of Justice, which works on its own system, follow the
 * status messages that system sends back (R-IN-9, R-TASK-3): received, in progress, reported; a refusal returns them;
 * a row status moves only the task it names; a task of Tuy Phước's own unit and statuses from an organisation not
 * named as remote move nothing.
 */
class RemoteTaskProgressTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    private static final OrganCode TP = OrgFixtures.TUY_PHUOC;
    private static final OrganCode STP = OrgFixtures.SO_TU_PHAP;

    private final MemoryTransactions tx = new MemoryTransactions();
    private final MemoryTaskStore store = new MemoryTaskStore(tx);
    private final MemoryAuditLog audit = new MemoryAuditLog(tx);
    private final EventPublisher events = new EventPublisher();
    private final List<DomainEvent> seen = new java.util.ArrayList<>();
    private final RemoteTaskProgress progress = new RemoteTaskProgress(store, audit, OrgFixtures::directory, events,
            Set.of(STP));

    RemoteTaskProgressTest() {
        events.subscribe(seen::add);
    }

    private Task assigned(String id, String unit, String content) {
        Task t = new Task(id, TP, "out-1", Optional.empty(), unit, content, TaskDeadline.at(T0.plusSeconds(86_400)),
                TaskDeadline.at(T0.plusSeconds(86_400)), "monitor", "drafter", false, TaskState.ASSIGNED,
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                List.of(new TaskStep(T0, "drafter", "task.create", TaskState.CREATED, TaskState.CREATED, "")),
                Set.of(), 1);
        tx.run(uow -> store.insert(uow, t));
        return t;
    }

    private void status(OrganCode from, Kind kind, List<String> tasks) {
        TransportMessage m = new TransportMessage(MessageId.of("s-" + kind + "-" + tasks.size()), kind, from, TP,
                "out-1", Optional.empty(), tasks, kind == Kind.REFUSAL ? "Không thuộc thẩm quyền" : "", T0);
        tx.run(uow -> progress.onStatus(uow, "out-1", m));
    }

    private TaskState state(Task t) {
        return store.find(t.id()).orElseThrow().state();
    }

    @Test
    void theTasksFollowTheOtherSystemsProgress() {
        Task first = assigned("t-1", OrgFixtures.STP_OFFICE, "Rà soát thủ tục");
        Task second = assigned("t-2", OrgFixtures.STP_OFFICE, "Báo cáo kết quả");
        Task own = assigned("t-3", OrgFixtures.FINANCE, "Tổng hợp");
        String firstRow = TaskBridges.descriptor(first);

        status(STP, Kind.ARRIVED, List.of());
        assertThat(List.of(state(first), state(second), state(own))).containsOnly(TaskState.ASSIGNED);
        status(STP, Kind.RECEIPT_ACK, List.of());
        assertThat(List.of(state(first), state(second))).containsOnly(TaskState.RECEIVED);
        status(STP, Kind.ASSIGNED, List.of(firstRow));
        assertThat(state(first)).isEqualTo(TaskState.IN_PROGRESS);
        assertThat(state(second)).isEqualTo(TaskState.RECEIVED);
        status(STP, Kind.COMPLETED, List.of(firstRow));
        assertThat(state(first)).isEqualTo(TaskState.REPORTED);
        assertThat(state(second)).isEqualTo(TaskState.RECEIVED);
        assertThat(state(own)).isEqualTo(TaskState.ASSIGNED);

        assertThat(store.find(first.id()).orElseThrow().history()).extracting(TaskStep::action, TaskStep::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("task.create", TaskState.CREATED),
                        org.assertj.core.groups.Tuple.tuple("task.remote-status", TaskState.RECEIVED),
                        org.assertj.core.groups.Tuple.tuple("task.remote-status", TaskState.IN_PROGRESS),
                        org.assertj.core.groups.Tuple.tuple("task.remote-status", TaskState.REPORTED));
        assertThat(seen).filteredOn(e -> e instanceof DomainEvent.StateChanged c && c.objectId().equals("t-1"))
                .hasSize(3);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aRefusalReturnsTheTasksAndOthersAreLeftAlone() {
        Task task = assigned("t-4", OrgFixtures.STP_OFFICE, "Rà soát thủ tục");
        status(TP, Kind.RECEIPT_ACK, List.of());
        assertThat(state(task)).isEqualTo(TaskState.ASSIGNED);
        status(STP, Kind.REFUSAL, List.of());
        Task returned = store.find(task.id()).orElseThrow();
        assertThat(returned.state()).isEqualTo(TaskState.RETURNED);
        assertThat(returned.history().get(returned.history().size() - 1).comment())
                .isEqualTo("REFUSAL from " + STP.value() + ": Không thuộc thẩm quyền");
        // a later status behind the task's state changes nothing
        status(STP, Kind.RECEIPT_ACK, List.of());
        assertThat(state(task)).isEqualTo(TaskState.RETURNED);
    }
}
