package vn.edoc.task;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import vn.edoc.event.EventPublisher;
import vn.edoc.org.Directory;
import vn.edoc.spi.AuditLog;
import vn.edoc.spi.Transactions;
import vn.edoc.time.TimeRules;

/**
 * Task tracking (theo dõi nhiệm vụ) split by concern over one shared context: the commands ({@link TaskService}),
 * the bridges to the outgoing flow ({@link TaskBridges}), the deadline scanner ({@link TaskDeadlineScanner}), the
 * work queue ({@link TaskWorkQueue}) and the R-TASK-10 reports ({@link TaskReports}). {@code vn.edoc.Edoc} builds one
 * and hands each part out; build one yourself only to wire the engine by hand:
 *
 * <pre>{@code
 * Tasks tasks = Tasks.builder().transactions(tx).store(taskStore).audit(audit).directory(() -> directory)
 *         .events(events).clock(clock).build();
 * tasks.commands().create(drafter, recordId, data);
 * tasks.scanner().scan(clock.instant());
 * }</pre>
 *
 * <p>Immutable; thread-safe when its collaborators are.
 */
public final class Tasks {

    private final TaskService commands;
    private final TaskBridges bridges;
    private final TaskDeadlineScanner scanner;
    private final TaskWorkQueue queue;
    private final TaskReports reports;

    private Tasks(TaskContext ctx) {
        this.commands = new TaskService(ctx);
        this.bridges = new TaskBridges(ctx, commands);
        this.scanner = new TaskDeadlineScanner(ctx);
        this.queue = new TaskWorkQueue(ctx);
        this.reports = new TaskReports(ctx);
    }

    /** A builder; the time rules default to {@link TimeRules#defaults()}, the warning time to two days. */
    public static Builder builder() {
        return new Builder();
    }

    /** The commands: entering, checking, receiving, handling, deciding, extending, cooperating, assigning directly. */
    public TaskService commands() {
        return commands;
    }

    /** The three parts the outgoing flow is joined with (drafting a reply, issuing, the tasks a message carries). */
    public TaskBridges bridges() {
        return bridges;
    }

    /** The deadline scanner (R-TIME-5). */
    public TaskDeadlineScanner scanner() {
        return scanner;
    }

    /** What waits for each person among the tasks (R-TIME-6). */
    public TaskWorkQueue queue() {
        return queue;
    }

    /** The R-TASK-10 reports. */
    public TaskReports reports() {
        return reports;
    }

    /** Builds {@link Tasks}; every collaborator but the time rules, the clock and the warning time is required. */
    public static final class Builder {

        private Transactions transactions;
        private TaskStore store;
        private AuditLog audit;
        private Supplier<Directory> directory;
        private TimeRules timeRules = TimeRules.defaults();
        private EventPublisher events;
        private Clock clock = Clock.systemUTC();
        private Duration approaching = TaskDeadlineScanner.DEFAULT_APPROACHING;

        private Builder() {
        }

        /** The transactions the stores take part in. */
        public Builder transactions(Transactions transactions) {
            this.transactions = transactions;
            return this;
        }

        /** Where the tasks are kept. */
        public Builder store(TaskStore store) {
            this.store = store;
            return this;
        }

        /** Where every change of a task is audited. */
        public Builder audit(AuditLog audit) {
            this.audit = audit;
            return this;
        }

        /** The directory as it is at each call (a lock or a revocation counts at once, R-ACC-2). */
        public Builder directory(Supplier<Directory> directory) {
            this.directory = directory;
            return this;
        }

        /** The working-time rules deadlines are computed with. */
        public Builder timeRules(TimeRules timeRules) {
            this.timeRules = timeRules;
            return this;
        }

        /** Where domain events go after each commit. */
        public Builder events(EventPublisher events) {
            this.events = events;
            return this;
        }

        /** The clock "now" is read from. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** How long before a deadline the scanner warns; not negative. */
        public Builder approaching(Duration approaching) {
            this.approaching = approaching;
            return this;
        }

        /** The services over one shared context. */
        public Tasks build() {
            return new Tasks(new TaskContext(Objects.requireNonNull(transactions, "transactions"),
                    Objects.requireNonNull(store, "store"), Objects.requireNonNull(audit, "audit"),
                    Objects.requireNonNull(directory, "directory"), Objects.requireNonNull(timeRules, "timeRules"),
                    Objects.requireNonNull(events, "events"), Objects.requireNonNull(clock, "clock"),
                    Objects.requireNonNull(approaching, "approaching")));
        }
    }
}
