package vn.edoc;

import vn.edoc.file.WorkFileStore;
import vn.edoc.register.RegisterStore;
import vn.edoc.register.SequenceAllocator;
import vn.edoc.routing.DocumentStore;
import vn.edoc.routing.OutageLog;
import vn.edoc.spi.AuditLog;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.DirectoryStore;
import vn.edoc.spi.InboxStore;
import vn.edoc.spi.Transactions;
import vn.edoc.task.InspectionStore;
import vn.edoc.task.TaskStore;

/**
 * One storage adapter's parts, sharing one {@link Transactions} (bộ lưu trữ): what {@link Edoc#builder()} needs to
 * build the services. {@code vn.edoc.store.memory.MemoryStores} and {@code vn.edoc.store.jdbc.JdbcStores} are such
 * adapters; an integrator's own adapter implements this interface over its stores, each of which passes its kit of
 * the test-jar ({@code vn.edoc.spi.tck}).
 */
public interface Stores {

    /** The units of work every store below takes part in. */
    Transactions transactions();

    /** The incoming and outgoing document records. */
    DocumentStore documents();

    /** The bytes of the documents' files. */
    ContentStore content();

    /** The register number allocator. */
    SequenceAllocator sequences();

    /** The register lines. */
    RegisterStore registers();

    /** The audit trail. */
    AuditLog audit();

    /** The tasks followed. */
    TaskStore tasks();

    /** The inspections of task execution. */
    InspectionStore inspections();

    /** The work files. */
    WorkFileStore workFiles();

    /** The outages recorded. */
    OutageLog outages();

    /** The directory of organisations, units, people and accounts. */
    DirectoryStore directory();

    /** The transport messages taken in and those held in quarantine. */
    InboxStore inbox();
}
