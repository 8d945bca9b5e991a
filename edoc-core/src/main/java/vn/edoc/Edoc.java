package vn.edoc;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.edoc.event.EventListener;
import vn.edoc.event.EventPublisher;
import vn.edoc.file.WorkFileService;
import vn.edoc.register.RegisterService;
import vn.edoc.routing.AccountService;
import vn.edoc.routing.DeliveryTracker;
import vn.edoc.routing.Authorisation;
import vn.edoc.routing.IncomingFlow;
import vn.edoc.routing.IncomingRoutes;
import vn.edoc.routing.OutageService;
import vn.edoc.routing.OutgoingFlow;
import vn.edoc.routing.RoutingContext;
import vn.edoc.routing.TransportInbox;
import vn.edoc.routing.WorkQueue;
import vn.edoc.spi.DocumentSigner;
import vn.edoc.spi.Notifier;
import vn.edoc.spi.SignatureVerifier;
import vn.edoc.spi.Transport;
import vn.edoc.task.InspectionService;
import vn.edoc.task.TaskDeadlineScanner;
import vn.edoc.task.TaskReports;
import vn.edoc.task.TaskService;
import vn.edoc.task.TaskWorkQueue;
import vn.edoc.task.Tasks;
import vn.edoc.time.TimeRules;

/**
 * The one entry point of the engine (điểm vào duy nhất): {@link #builder()} takes the clock, the time rules, one
 * storage adapter ({@link Stores}), the transport, the organisation's signer, the signature verifier, the notifier,
 * the incoming routes and the event listeners, and builds every service wired to the others — the incoming and
 * outgoing flows, the transport inbox, the tasks (joined to the outgoing flow: drafting a reply, issuing, the tasks a
 * document carries), inspections, work files, outages, accounts, the work queue and the registers. Immutable once
 * built; the services are thread-safe as their stores are.
 *
 * <pre>{@code
 * Edoc edoc = Edoc.builder().stores(MemoryStores.create(directory)).transport(transport).signer(signer).build();
 * edoc.inbox().process(myOrganisation);
 * }</pre>
 */
public final class Edoc {

    private final RoutingContext context;
    private final EventPublisher events;
    private final IncomingFlow incoming;
    private final OutgoingFlow outgoing;
    private final TransportInbox inbox;
    private final Tasks tasks;
    private final InspectionService inspections;
    private final WorkFileService workFiles;
    private final OutageService outages;
    private final AccountService accounts;
    private final WorkQueue workQueue;
    private final java.util.Optional<SignatureVerifier> verifier;

    private Edoc(Builder b) {
        Stores s = Objects.requireNonNull(b.stores, "stores: call stores(...) before build()");
        this.events = new EventPublisher();
        b.listeners.forEach(events::subscribe);
        this.context = RoutingContext.builder().transactions(s.transactions()).documents(s.documents())
                .contents(s.content()).sequences(s.sequences()).registers(s.registers()).audit(s.audit())
                .events(events).transport(b.transport).notifier(b.notifier).timeRules(b.timeRules).clock(b.clock)
                .directory(s.directory()::current).inbox(s.inbox()).build();
        this.tasks = Tasks.builder().transactions(s.transactions()).store(s.tasks()).audit(s.audit())
                .directory(context.directory()).timeRules(b.timeRules).events(events).clock(b.clock).build();
        this.inspections = new InspectionService(s.transactions(), s.inspections(), s.audit(), context.directory(),
                b.timeRules, events, b.clock);
        this.incoming = new IncomingFlow(context, b.routes);
        this.outgoing = new OutgoingFlow(context, b.signer, b.authorisations, List.of(tasks.bridges().issueParticipant()),
                List.of(tasks.bridges().draftParticipant()), List.of(tasks.bridges().taskDescriptorSource()))
                .reservingFor(b.signingReservation);
        // tasks assigned to units of organisations on their own systems follow those systems' statuses (R-IN-9)
        DeliveryTracker tracker = new DeliveryTracker(context, List.of(new vn.edoc.task.RemoteTaskProgress(
                s.tasks(), s.audit(), context.directory(), events, b.remoteSystems)));
        this.inbox = b.verifier == null ? new TransportInbox(context, incoming, tracker)
                : new TransportInbox(context, incoming, tracker, b.verifier);
        this.workFiles = new WorkFileService(context, s.workFiles());
        this.outages = new OutageService(context, s.outages());
        this.accounts = new AccountService(s.transactions(), s.directory(), s.audit(), events, b.clock);
        this.workQueue = new WorkQueue(s.documents(), context.directory(), List.of(tasks.queue().workItemSource()));
        this.verifier = java.util.Optional.ofNullable(b.verifier);
    }

    /** A builder with the defaults: the system clock (UTC), {@link TimeRules#defaults()}, the short route. */
    public static Builder builder() {
        return new Builder();
    }

    /** The incoming flow (văn bản đến). */
    public IncomingFlow incoming() {
        return incoming;
    }

    /** The outgoing flow (văn bản đi), joined to the tasks. */
    public OutgoingFlow outgoing() {
        return outgoing;
    }

    /** What arrives through the transport, taken in, acknowledged or held in quarantine. */
    public TransportInbox inbox() {
        return inbox;
    }

    /** The commands of task tracking (theo dõi nhiệm vụ): entering, checking, receiving, handling, deciding. */
    public TaskService tasks() {
        return tasks.commands();
    }

    /** The tasks' deadline scanner (R-TIME-5): run it regularly, e.g. every hour. */
    public TaskDeadlineScanner taskScanner() {
        return tasks.scanner();
    }

    /** What waits for each person among the tasks alone (R-TIME-6); {@link #workQueue()} adds the documents. */
    public TaskWorkQueue taskQueue() {
        return tasks.queue();
    }

    /** The R-TASK-10 reports on each unit's tasks. */
    public TaskReports taskReports() {
        return tasks.reports();
    }

    /** Inspections of task execution (kiểm tra, R-TIME-7). */
    public InspectionService inspections() {
        return inspections;
    }

    /** Work files (hồ sơ công việc). */
    public WorkFileService workFiles() {
        return workFiles;
    }

    /** Outages and what was handled on paper meanwhile (R-OPS-2). */
    public OutageService outages() {
        return outages;
    }

    /** Account administration (R-ACC-2). */
    public AccountService accounts() {
        return accounts;
    }

    /** What waits for each person, documents and tasks together (R-TIME-6). */
    public WorkQueue workQueue() {
        return workQueue;
    }

    /** The registers (sổ văn bản): lines, periods, printing. */
    public RegisterService registers() {
        return context.registerService();
    }

    /** Where the domain events go after each commit; listeners may also subscribe later. */
    public EventPublisher events() {
        return events;
    }

    /** The signature verifier given to the builder, for the receipt check (R-IN-1). */
    public java.util.Optional<SignatureVerifier> verifier() {
        return verifier;
    }

    /** The parts the flows work with. */
    public RoutingContext context() {
        return context;
    }

    /** Gathers the parts of an engine; {@link #build()} wires them. Not thread-safe. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private TimeRules timeRules = TimeRules.defaults();
        private Stores stores;
        private Transport transport;
        private DocumentSigner signer;
        private SignatureVerifier verifier;
        private Notifier notifier = (person, subject, message) -> { };
        private IncomingRoutes routes = IncomingRoutes.direct();
        private final List<EventListener> listeners = new ArrayList<>();
        private List<Authorisation> authorisations = List.of();
        private java.util.Set<vn.edoc.id.OrganCode> remoteSystems = java.util.Set.of();
        private java.time.Duration signingReservation = OutgoingFlow.DEFAULT_RESERVATION_TIME;

        private Builder() {
        }

        /** The source of every time (default: the system clock). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Holidays, office hours and deadlines (default: {@link TimeRules#defaults()}). */
        public Builder timeRules(TimeRules value) {
            this.timeRules = Objects.requireNonNull(value, "timeRules");
            return this;
        }

        /** The storage adapter (required), e.g. {@code MemoryStores.create(directory)}. */
        public Builder stores(Stores value) {
            this.stores = Objects.requireNonNull(value, "stores");
            return this;
        }

        /** How documents and status messages reach other organisations (required). */
        public Builder transport(Transport value) {
            this.transport = Objects.requireNonNull(value, "transport");
            return this;
        }

        /**
         * How long a signed step (approval, issue) holds its record against other desks while the signer works
         * (default {@link OutgoingFlow#DEFAULT_RESERVATION_TIME}); see {@link OutgoingFlow#issue}.
         */
        public Builder signingReservation(java.time.Duration value) {
            this.signingReservation = Objects.requireNonNull(value, "signingReservation");
            return this;
        }

        /** The organisation's signature on issued documents (required to issue). */
        public Builder signer(DocumentSigner value) {
            this.signer = Objects.requireNonNull(value, "signer");
            return this;
        }

        /**
         * The verifier of received signatures (optional): with it the {@link TransportInbox} verifies the main file
         * of every new document before taking it in and quarantines one whose signature fails (R-IN-1).
         */
        public Builder verifier(SignatureVerifier value) {
            this.verifier = Objects.requireNonNull(value, "verifier");
            return this;
        }

        /** How people are told that something waits for them (default: nobody is told). */
        public Builder notifier(Notifier value) {
            this.notifier = Objects.requireNonNull(value, "notifier");
            return this;
        }

        /** Each organisation's incoming route (default: {@link IncomingRoutes#direct()}). */
        public Builder incomingRoutes(IncomingRoutes value) {
            this.routes = Objects.requireNonNull(value, "incomingRoutes");
            return this;
        }

        /** The written "TUQ." authorisations the outgoing flow accepts (default: none). */
        public Builder authorisations(List<Authorisation> value) {
            this.authorisations = List.copyOf(value);
            return this;
        }

        /**
         * The organisations that work on systems of their own (not this deployment's task tracking): the tasks
         * assigned to their units follow the status messages their systems send back (R-IN-9; see
         * {@link vn.edoc.task.RemoteTaskProgress}). None by default.
         */
        public Builder remoteSystems(java.util.Set<vn.edoc.id.OrganCode> value) {
            remoteSystems = java.util.Set.copyOf(value);
            return this;
        }

        /** A listener of the domain events, called after each commit; may be called several times. */
        public Builder listener(EventListener value) {
            listeners.add(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /**
         * The engine.
         *
         * @throws NullPointerException naming the first required part missing (stores, transport, signer)
         */
        public Edoc build() {
            Objects.requireNonNull(transport, "transport: call transport(...) before build()");
            Objects.requireNonNull(signer, "signer: call signer(...) before build()");
            return new Edoc(this);
        }
    }
}
