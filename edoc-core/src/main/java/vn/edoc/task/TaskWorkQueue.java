package vn.edoc.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import vn.edoc.id.PersonId;
import vn.edoc.org.Directory;
import vn.edoc.routing.Action;
import vn.edoc.routing.WorkItemSource;
import vn.edoc.spi.Page;
import vn.edoc.time.Deadlines;
import vn.edoc.time.TimeRules;

/**
 * What waits for a person among the tasks (nhiệm vụ chờ xử lý, R-TIME-6): four indexed queries of the
 * {@link TaskStore} (monitored, handled, units received for, cooperations asked of units headed), never a read of
 * every task. Reads only. Built by {@link Tasks} over the context the task commands share.
 */
public final class TaskWorkQueue {

    private static final int SCAN_PAGE = 500;

    private final TaskStore store;
    private final Supplier<Directory> directory;
    private final TimeRules rules;

    /** The queue over the tasks' shared context (see {@link Tasks}). */
    TaskWorkQueue(TaskContext ctx) {
        this(ctx.store, ctx.directory, ctx.rules);
    }

    /** A queue over {@code store}, read against the directory as it is at each call. */
    public TaskWorkQueue(TaskStore store, Supplier<Directory> directory, TimeRules rules) {
        this.store = Objects.requireNonNull(store, "store");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * What waits for {@code personId} among the tasks (nhiệm vụ chờ xử lý), ordered by deadline: the monitoring
     * officer checks, reassigns, approves results and decides extensions; the unit's head and clerk receive; the
     * handler handles; a cooperating unit's head answers. Overdue items are marked as of {@code now}.
     */
    public List<TaskWorkItem> waitingFor(PersonId personId, Instant now) {
        Objects.requireNonNull(now, "now");
        if (personId == null) {
            return List.of();
        }
        Directory dir = directory.get();
        List<TaskWorkItem> items = new ArrayList<>();
        for (Task t : concerning(dir, String.valueOf(personId))) {
            Instant deadline = t.deadlineAt(rules);
            boolean monitor = t.monitorId().equals(String.valueOf(personId));
            Action action = null;
            switch (t.state()) {
                case CREATED, RETURNED -> action = monitor ? Action.CHECK_TASK : null;
                case REPORTED -> action = monitor && !t.direct() ? Action.APPROVE_TASK_RESULT : null;
                case ASSIGNED -> action = receivers(dir, t.unitId()).contains(String.valueOf(personId)) ? Action.RECEIVE_TASK : null;
                case RECEIVED, IN_PROGRESS -> action = t.handlerId().equals(Optional.of(String.valueOf(personId))) ? Action.HANDLE
                        : null;
                default -> action = null;
            }
            if (action != null) {
                items.add(new TaskWorkItem(t.id(), t.content(), deadline, Deadlines.isPast(deadline, now), action));
            }
            if (monitor && t.pendingExtension().isPresent()) {
                items.add(new TaskWorkItem(t.id(), t.content(), deadline, Deadlines.isPast(deadline, now),
                        Action.APPROVE_EXTENSION));
            }
            if (!t.state().isFinal()) {
                for (Cooperation c : t.cooperations()) {
                    if (c.state() == CooperationState.REQUESTED
                            && dir.headOf(c.unitId()).map(p -> p.id().equals(String.valueOf(personId))).orElse(false)) {
                        Instant due = c.deadline().endsAt(rules);
                        items.add(new TaskWorkItem(t.id(), t.content(), due, Deadlines.isPast(due, now),
                                Action.COOPERATE_ANSWER));
                    }
                }
            }
        }
        items.sort(Comparator.comparing(TaskWorkItem::deadline).thenComparing(TaskWorkItem::taskId));
        return List.copyOf(items);
    }

    /**
     * These tasks as a source of the "what waits for me" queue ({@link vn.edoc.routing.WorkQueue}, R-TIME-6), so that
     * documents and tasks are listed together by deadline: each {@link TaskWorkItem} of {@link #waitingFor} as a
     * {@link WorkItem} of kind {@value #WORK_ITEM_KIND} (see {@link TaskWorkItem#toWorkItem()}). Reads only.
     */
    public WorkItemSource workItemSource() {
        return (personId, now) -> waitingFor(PersonId.of(personId), now).stream().map(TaskWorkItem::toWorkItem).toList();
    }

    /**
     * The tasks that may wait for {@code personId}, each once: monitored by them and not final, assigned to a unit
     * they receive for, handled by them, or asking a unit they head to cooperate. Four indexed queries; the caller
     * decides on each task.
     */
    private List<Task> concerning(Directory dir, String personId) {
        Set<TaskState> live = EnumSet.noneOf(TaskState.class);
        for (TaskState s : TaskState.values()) {
            if (!s.isFinal()) {
                live.add(s);
            }
        }
        Set<String> receiving = new TreeSet<>();
        Set<String> heading = new TreeSet<>();
        dir.person(personId).ifPresent(p -> {
            for (vn.edoc.org.Unit u : dir.unitsOf(p.organisation())) {
                if (receivers(dir, u.id()).contains(personId)) {
                    receiving.add(u.id());
                }
                if (dir.headOf(u.id()).map(h -> h.id().equals(personId)).orElse(false)) {
                    heading.add(u.id());
                }
            }
        });
        Map<String, Task> found = new TreeMap<>();
        List<TaskQuery> queries = new ArrayList<>();
        queries.add(TaskQuery.any().monitoredBy(personId).inStates(live));
        queries.add(TaskQuery.any().handledBy(personId).inStates(Set.of(TaskState.RECEIVED, TaskState.IN_PROGRESS)));
        if (!receiving.isEmpty()) {
            queries.add(TaskQuery.any().inUnits(receiving).inStates(Set.of(TaskState.ASSIGNED)));
        }
        if (!heading.isEmpty()) {
            queries.add(TaskQuery.any().cooperationRequestedOf(heading).inStates(live));
        }
        for (TaskQuery q : queries) {
            for (Task t : Page.all(SCAN_PAGE, page -> store.find(q, page))) {
                found.put(t.id(), t);
            }
        }
        return List.copyOf(found.values());
    }

    private static List<String> receivers(Directory dir, String unitId) {
        List<String> ids = new ArrayList<>();
        dir.headOf(unitId).ifPresent(p -> ids.add(p.id()));
        dir.clerkOf(unitId).ifPresent(p -> ids.add(p.id()));
        // the office clerk registers for the whole organisation (R-IN-8), so a task to any unit reaches them too
        dir.unit(unitId).flatMap(u -> dir.organisationClerk(u.organisation())).ifPresent(p -> ids.add(p.id()));
        return ids;
    }
}
