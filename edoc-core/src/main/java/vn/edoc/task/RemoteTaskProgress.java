package vn.edoc.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import vn.edoc.audit.AuditEvent;
import vn.edoc.event.DomainEvent;
import vn.edoc.event.EventPublisher;
import vn.edoc.id.OrganCode;
import vn.edoc.org.Directory;
import vn.edoc.routing.StatusFollower;
import vn.edoc.spi.AuditLog;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.UnitOfWork;

/**
 * Makes a task assigned to a unit of another organisation, which works on its own system, follow that
 * organisation's progress (theo dõi nhiệm vụ giao cho cơ quan khác, R-IN-9, R-TASK-3): the document assigning the
 * task travelled to the organisation with the task's descriptor ({@link TaskBridges#descriptor}), the organisation
 * made one row of it, and the status messages its system sends back about that row move the task here:
 *
 * <table>
 *   <caption>Status → task</caption>
 *   <tr><th>status from the organisation</th><th>task</th></tr>
 *   <tr><td>03 received (the whole document)</td><td>ASSIGNED → RECEIVED (R-TASK-3)</td></tr>
 *   <tr><td>04 assigned, 05 in progress (about the task's row)</td><td>→ IN_PROGRESS (through RECEIVED)</td></tr>
 *   <tr><td>06 completed (about the task's row)</td><td>→ REPORTED, for the monitor to approve (R-TASK-6)</td></tr>
 *   <tr><td>02 refused (the whole document)</td><td>ASSIGNED → RETURNED (R-TASK-3), with the reason</td></tr>
 * </table>
 *
 * A status behind the task's state changes nothing. A status about the whole document concerns every task it
 * carried to that organisation; one about a row concerns the task whose descriptor the row carries. Only the
 * organisations named as working on their own systems are followed: the units of an organisation sharing the
 * assigning organisation's task tracking move their tasks themselves. Every move is audited on the assigning
 * organisation's chain as done by the system and published after commit.
 */
public final class RemoteTaskProgress implements StatusFollower {

    private final TaskStore store;
    private final AuditLog audit;
    private final Supplier<Directory> directory;
    private final EventPublisher events;
    private final Set<OrganCode> remote;

    /**
     * Over the task store, audit trail, directory and events of the assigning organisation's task tracking,
     * following the organisations {@code remote} (those on their own systems).
     */
    public RemoteTaskProgress(TaskStore store, AuditLog audit, Supplier<Directory> directory,
                              EventPublisher events, Set<OrganCode> remote) {
        this.remote = Set.copyOf(remote);
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public void onStatus(UnitOfWork uow, String recordId, TransportMessage status) {
        List<TaskState> path = switch (status.kind()) {
            case RECEIPT_ACK -> List.of(TaskState.RECEIVED);
            case ASSIGNED, IN_PROGRESS -> List.of(TaskState.RECEIVED, TaskState.IN_PROGRESS);
            case COMPLETED -> List.of(TaskState.RECEIVED, TaskState.IN_PROGRESS, TaskState.REPORTED);
            case REFUSAL -> List.of(TaskState.RETURNED);
            default -> List.of();
        };
        if (path.isEmpty() || !remote.contains(status.from())) {
            return;
        }
        Directory dir = directory.get();
        OrganCode from = status.from();
        for (Task t : store.byAssigningRecord(uow, recordId)) {
            boolean theirs = dir.unit(t.unitId()).map(u -> u.organisation().equals(from)).orElse(false);
            boolean named = status.tasks().isEmpty() || status.tasks().contains(TaskBridges.descriptor(t));
            if (theirs && named && !t.assigningOrganisation().equals(from)) {
                move(uow, t, path, status);
            }
        }
    }

    private void move(UnitOfWork uow, Task task, List<TaskState> path, TransportMessage status) {
        Task now = task;
        String comment = status.kind() + " from " + status.from().value()
                + (status.reason().isEmpty() ? "" : ": " + status.reason());
        for (TaskState to : path) {
            if (TaskTransition.find(now.state(), to).isEmpty()) {
                continue;
            }
            now = step(uow, now, to, status.time(), comment);
        }
    }

    private Task step(UnitOfWork uow, Task before, TaskState to, Instant at, String comment) {
        TaskTransition transition = TaskTransition.transitionBetween(before.state(), to);
        Task.Draft d = before.edit();
        d.state = to;
        d.history.add(new TaskStep(at, DomainEvent.SYSTEM, "task.remote-status", before.state(), to, comment));
        d.version = before.version() + 1;
        Task after = d.build();
        store.update(uow, after);
        audit.append(uow, after.assigningOrganisation(), new AuditEvent(DomainEvent.SYSTEM, "task.remote-status",
                at, TaskService.AUDIT_OBJECT_TYPE, after.id(), before.digest(), after.digest(), comment, Set.of()));
        List<DomainEvent> out = new ArrayList<>();
        out.add(new DomainEvent.StateChanged(at, DomainEvent.SYSTEM, after.id(), TaskService.LIFECYCLE,
                before.state().name(), to.name(), transition.ruleId()));
        uow.afterCommit(() -> out.forEach(events::publish));
        return after;
    }
}
