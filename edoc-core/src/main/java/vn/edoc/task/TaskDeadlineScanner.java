package vn.edoc.task;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.event.DomainEvent;
import vn.edoc.event.EventPublisher;
import vn.edoc.org.Directory;
import vn.edoc.org.Person;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.Page;
import vn.edoc.spi.Transactions;
import vn.edoc.time.DeadlineStatus;
import vn.edoc.time.TimeRules;

/**
 * The deadline scanner of the tasks (quét thời hạn nhiệm vụ, R-TIME-5, R-TASK-8): run it regularly (for example every
 * hour); it asks the store only for open tasks whose deadline may end within the warning time, one page at a time,
 * and marks each in its own short unit of work. Built by {@link Tasks} over the context the task commands share.
 */
public final class TaskDeadlineScanner {

    private static final Logger LOG = LoggerFactory.getLogger(TaskDeadlineScanner.class);
    private static final int SCAN_PAGE = 500;

    private final Transactions transactions;
    private final TaskStore store;
    private final Supplier<Directory> directory;
    private final TimeRules rules;
    private final EventPublisher events;
    private final Duration approaching;

    /** The default warning time before a deadline: two days. */
    public static final Duration DEFAULT_APPROACHING = Duration.ofDays(2);

    /** The scanner over the tasks' shared context (see {@link Tasks}). */
    TaskDeadlineScanner(TaskContext ctx) {
        this(ctx.transactions, ctx.store, ctx.directory, ctx.rules, ctx.events, ctx.approaching);
    }

    /** A scanner warning {@code approaching} before each deadline. */
    public TaskDeadlineScanner(Transactions transactions, TaskStore store, Supplier<Directory> directory,
                               TimeRules rules, EventPublisher events, Duration approaching) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.store = Objects.requireNonNull(store, "store");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.events = Objects.requireNonNull(events, "events");
        this.approaching = Objects.requireNonNull(approaching, "approaching");
    }


    /**
     * Publishes, once per task and threshold, {@link DomainEvent.DeadlineApproaching} when an open task's deadline
     * in force is at most the warning time away, and {@link DomainEvent.Overdue} once it has passed. What was
     * published is remembered in the task ({@link Task#notices()}, keyed by threshold and deadline), so scanning
     * again publishes nothing new; an extension's new deadline gets its own notices. Notices are not audited: they
     * change no state. Returns the events published.
     */
    public List<DomainEvent> scan(Instant now) {
        Objects.requireNonNull(now, "now");
        // only open tasks whose deadline may end by now + the warning period can need a notice: the store answers
        // that with one indexed query a page at a time, and the time rules decide on that superset
        List<Task> candidates = new ArrayList<>(Page.all(SCAN_PAGE, page ->
                store.find(TaskQuery.openDueBy(now.plus(approaching)), page)));
        candidates.sort(Comparator.comparing(Task::id));
        List<DomainEvent> published = new ArrayList<>();
        for (Task candidate : candidates) {
            if (notices(candidate, now).isEmpty()) {
                continue;
            }
            try {
                // one short unit of work per task: the scan never holds many tasks at once, and a task changed
                // meanwhile is simply looked at again by the next scan
                List<DomainEvent> out = transactions.inTransaction(uow -> {
                    Task t = store.find(uow, candidate.id()).orElse(candidate);
                    List<DomainEvent> found = new ArrayList<>();
                    List<String> keys = new ArrayList<>();
                    for (DomainEvent e : notices(t, now)) {
                        found.add(e);
                        keys.add(noticeKey(e, t));
                    }
                    if (!keys.isEmpty()) {
                        Task.Draft d = t.edit();
                        d.notices.addAll(keys);
                        d.version++;
                        store.update(uow, d.build());
                    }
                    return found;
                });
                out.forEach(events::publish);
                published.addAll(out);
            } catch (ConcurrentChangeException e) {
                LOG.debug("deadline scan skipped task {} changed meanwhile: {}", candidate.id(), e.getMessage());
            }
        }
        return published;
    }

    /** The deadline notices {@code t} needs as of {@code now} and has not had yet (R-TIME-5). */
    private List<DomainEvent> notices(Task t, Instant now) {
        if (!t.open()) {
            return List.of();
        }
        Instant deadline = t.deadlineAt(rules);
        if (rules.classifyOpen(deadline, now) == DeadlineStatus.OVERDUE) {
            return t.notices().contains("overdue@" + deadline) ? List.of()
                    : List.of(new DomainEvent.Overdue(now, DomainEvent.SYSTEM, t.id(), waitingPerson(t), deadline));
        }
        if (!now.isBefore(deadline.minus(approaching))) {
            return t.notices().contains("approaching@" + deadline) ? List.of()
                    : List.of(new DomainEvent.DeadlineApproaching(now, DomainEvent.SYSTEM, t.id(), waitingPerson(t),
                    deadline));
        }
        return List.of();
    }

    private String noticeKey(DomainEvent e, Task t) {
        return (e instanceof DomainEvent.Overdue ? "overdue@" : "approaching@") + t.deadlineAt(rules);
    }

    private String waitingPerson(Task t) {
        if (t.handlerId().isPresent()) {
            return t.handlerId().get();
        }
        Directory dir = directory.get();
        return dir.headOf(t.unitId()).or(() -> dir.clerkOf(t.unitId())).map(Person::id).orElse(t.monitorId());
    }
}
