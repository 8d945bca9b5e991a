package vn.edoc.store.jdbc;

import java.util.Objects;
import javax.sql.DataSource;

/**
 * The JDBC storage adapter wired together (bộ lưu trữ JDBC) over a {@link DataSource} the application provides,
 * usually a pool such as HikariCP: every store shares one {@link JdbcTransactions}, so one unit of work is one
 * database transaction across all of them.
 *
 * <pre>{@code
 * HikariDataSource pool = new HikariDataSource(config);      // jdbc:postgresql://db/edoc or jdbc:h2:file:...
 * new JdbcMigrator(pool).migrate();                          // or let Flyway apply db/migration/{h2,postgresql}
 * JdbcStores stores = JdbcStores.of(pool);
 * RegisterService registers = new RegisterService(stores.transactions(), stores.sequences(),
 *         stores.registers(), stores.audit(), clock);
 * }</pre>
 * The schema must be migrated first ({@link JdbcMigrator}, or Flyway on the same scripts).
 */
public final class JdbcStores {

    private final JdbcTransactions transactions;
    private final JdbcSequenceAllocator sequences;
    private final JdbcRegisterStore registers;
    private final JdbcAuditLog audit;
    private final JdbcContentStore content;
    private final JdbcDocumentStore documents;
    private final JdbcTaskStore tasks;
    private final JdbcInspectionStore inspections;
    private final JdbcWorkFileStore workFiles;
    private final JdbcOutageLog outages;
    private final JdbcInboxStore inbox;
    private final JdbcOutboxStore outbox;

    private JdbcStores(JdbcTransactions transactions) {
        this.transactions = transactions;
        this.sequences = new JdbcSequenceAllocator(transactions);
        this.registers = new JdbcRegisterStore(transactions);
        this.audit = new JdbcAuditLog(transactions);
        this.content = new JdbcContentStore(transactions);
        this.documents = new JdbcDocumentStore(transactions);
        this.tasks = new JdbcTaskStore(transactions);
        this.inspections = new JdbcInspectionStore(transactions);
        this.workFiles = new JdbcWorkFileStore(transactions);
        this.outages = new JdbcOutageLog(transactions);
        this.inbox = new JdbcInboxStore(transactions);
        this.outbox = new JdbcOutboxStore(transactions);
    }

    /** The stores over {@code dataSource}, whose schema is already migrated. */
    public static JdbcStores of(DataSource dataSource) {
        return new JdbcStores(new JdbcTransactions(Objects.requireNonNull(dataSource, "dataSource")));
    }

    /** The stores over {@code dataSource}, after applying the pending migrations with {@link JdbcMigrator}. */
    public static JdbcStores migrated(DataSource dataSource) {
        new JdbcMigrator(dataSource).migrate();
        return of(dataSource);
    }

    /** The units of work shared by every store. */
    public JdbcTransactions transactions() {
        return transactions;
    }

    /** Register numbering. */
    public JdbcSequenceAllocator sequences() {
        return sequences;
    }

    /** Register lines. */
    public JdbcRegisterStore registers() {
        return registers;
    }

    /** Content in the database, chunked (for small installations; a filesystem content store also fits). */
    public JdbcContentStore content() {
        return content;
    }

    /** Incoming and outgoing documents. */
    public JdbcDocumentStore documents() {
        return documents;
    }

    /** Tasks. */
    public JdbcTaskStore tasks() {
        return tasks;
    }

    /** Inspections of task execution. */
    public JdbcInspectionStore inspections() {
        return inspections;
    }

    /** Work files. */
    public JdbcWorkFileStore workFiles() {
        return workFiles;
    }

    /** The outbox of the exchange, for a transport that queues messages with the changes causing them. */
    public JdbcOutboxStore outbox() {
        return outbox;
    }

    /** The inbox dedupe table and the quarantine of the exchange. */
    public JdbcInboxStore inbox() {
        return inbox;
    }

    /** Recorded outages. */
    public JdbcOutageLog outages() {
        return outages;
    }

    /** The directory store, with {@code initial} current until the first replacement is committed. */
    public JdbcDirectoryStore directory(vn.edoc.org.Directory initial) {
        return new JdbcDirectoryStore(transactions, initial);
    }

    /** The audit trail. */
    public JdbcAuditLog audit() {
        return audit;
    }
}
