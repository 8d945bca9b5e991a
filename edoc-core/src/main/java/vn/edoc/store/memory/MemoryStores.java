package vn.edoc.store.memory;

import java.time.Clock;
import vn.edoc.file.WorkFileStore;
import vn.edoc.register.RegisterService;
import vn.edoc.register.RegisterStore;
import vn.edoc.register.SequenceAllocator;
import vn.edoc.routing.DocumentStore;
import vn.edoc.routing.OutageLog;
import vn.edoc.spi.AuditLog;
import vn.edoc.spi.Transactions;
import vn.edoc.task.InspectionStore;
import vn.edoc.task.TaskStore;

/**
 * The in-memory storage adapter (lưu trữ trong bộ nhớ), wired together: one {@link MemoryTransactions} shared by
 * the sequence allocator, the register store, the audit log, the document, work-file, outage, task and inspection stores. Thread-safe. Nothing is kept after the JVM stops,
 * so it suits tests, demos and benchmarks.
 *
 * <pre>{@code
 * MemoryStores stores = MemoryStores.create();
 * RegisterService registers = stores.registerService(Clock.systemUTC());
 * }</pre>
 */
public final class MemoryStores implements vn.edoc.Stores {

    private final MemoryTransactions transactions;
    private final MemorySequenceAllocator sequences;
    private final MemoryRegisterStore registers;
    private final MemoryAuditLog audit;
    private final MemoryTaskStore tasks;
    private final MemoryInspectionStore inspections;
    private final MemoryDocumentStore documents;
    private final MemoryWorkFileStore workFiles;
    private final MemoryOutageLog outages;
    private final MemoryDirectoryStore directory;
    private final MemoryInboxStore inbox;
    private final MemoryOutboxStore outbox;
    private final MemoryContentStore content;

    /** New, empty stores with an empty directory. */
    public MemoryStores() {
        this(vn.edoc.org.Directory.builder().build());
    }

    /**
     * New stores whose directory starts as {@code directory} (the organisations, units, people and accounts of a
     * deployment), so that a test or a demo needs no {@link vn.edoc.routing.AccountService} round to set it up.
     */
    public MemoryStores(vn.edoc.org.Directory directory) {
        java.util.Objects.requireNonNull(directory, "directory");
        this.transactions = new MemoryTransactions();
        this.sequences = new MemorySequenceAllocator(transactions);
        this.registers = new MemoryRegisterStore(transactions);
        this.audit = new MemoryAuditLog(transactions);
        this.tasks = new MemoryTaskStore(transactions);
        this.inspections = new MemoryInspectionStore(transactions);
        this.documents = new MemoryDocumentStore(transactions);
        this.workFiles = new MemoryWorkFileStore(transactions);
        this.outages = new MemoryOutageLog(transactions);
        this.directory = new MemoryDirectoryStore(transactions, directory);
        this.inbox = new MemoryInboxStore(transactions);
        this.outbox = new MemoryOutboxStore(transactions);
        this.content = new MemoryContentStore();
    }

    /** New, empty stores. */
    public static MemoryStores create() {
        return new MemoryStores();
    }

    /** New stores whose directory starts as {@code directory}. */
    public static MemoryStores create(vn.edoc.org.Directory directory) {
        return new MemoryStores(directory);
    }

    /** The current directory: the one given at creation (empty by default) until replaced (see {@link vn.edoc.routing.AccountService}). */
    public MemoryDirectoryStore directory() {
        return directory;
    }

    /** The units of work shared by all the stores here. */
    public Transactions transactions() {
        return transactions;
    }

    /** The register number allocator. */
    public SequenceAllocator sequences() {
        return sequences;
    }

    /** The register lines. */
    public RegisterStore registers() {
        return registers;
    }

    /** The audit trail. */
    public AuditLog audit() {
        return audit;
    }

    /** The tasks followed (nhiệm vụ được giao). */
    public TaskStore tasks() {
        return tasks;
    }

    /** The inspections (kiểm tra) and their steps. */
    public InspectionStore inspections() {
        return inspections;
    }

    /** The incoming and outgoing document records (văn bản đến, đi). */
    public DocumentStore documents() {
        return documents;
    }

    /** The work files (hồ sơ công việc). */
    public WorkFileStore workFiles() {
        return workFiles;
    }

    /** The outages recorded (sự cố, R-OPS-2). */
    public OutageLog outages() {
        return outages;
    }

    /** The organisations' outbox, for a transport that queues messages with the changes causing them. */
    public MemoryOutboxStore outbox() {
        return outbox;
    }

    /** The messages taken in and quarantined by the organisations' inboxes. */
    public MemoryInboxStore inbox() {
        return inbox;
    }

    /** The bytes of the documents' files (16 MiB per file at most). */
    public MemoryContentStore content() {
        return content;
    }

    /** A register service over these stores, taking registration times from {@code clock}. */
    public RegisterService registerService(Clock clock) {
        return new RegisterService(transactions, sequences, registers, audit, clock);
    }

    /** The memory audit log itself, for the tamper hook of the compatibility tests in this package. */
    MemoryAuditLog memoryAudit() {
        return audit;
    }
}
