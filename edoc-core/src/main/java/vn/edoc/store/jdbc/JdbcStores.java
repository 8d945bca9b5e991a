package vn.edoc.store.jdbc;

import java.util.Objects;
import javax.sql.DataSource;
import vn.edoc.Stores;
import vn.edoc.org.Directory;

/**
 * The JDBC storage adapter wired together (bộ lưu trữ JDBC) over a {@link DataSource} the application provides,
 * usually a pool such as HikariCP: every store shares one {@link JdbcTransactions}, so one unit of work is one
 * database transaction across all of them.
 *
 * <pre>{@code
 * HikariDataSource pool = new HikariDataSource(config);      // jdbc:postgresql://db/edoc or jdbc:h2:file:...
 * JdbcStores stores = JdbcStores.migrated(pool, directory);  // or Flyway on db/migration/{h2,postgresql}, then of
 * Edoc edoc = Edoc.builder().stores(stores).transport(transport).signer(signer).build();
 * }</pre>
 * The schema must be migrated first ({@link JdbcMigrator}, or Flyway on the same scripts). The directory given is
 * current until the first replacement is committed ({@link vn.edoc.routing.AccountService}); from then on the stored
 * one is, whatever is given at the next start.
 */
public final class JdbcStores implements Stores {

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
    private final JdbcDirectoryStore directory;

    private JdbcStores(JdbcTransactions transactions, Directory initial) {
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
        this.directory = new JdbcDirectoryStore(transactions, initial);
    }

    /** The stores over {@code dataSource}, whose schema is already migrated, with an empty initial directory. */
    public static JdbcStores of(DataSource dataSource) {
        return of(dataSource, Directory.builder().build());
    }

    /**
     * The stores over {@code dataSource}, whose schema is already migrated; {@code initialDirectory} is current until
     * a directory is stored.
     */
    public static JdbcStores of(DataSource dataSource, Directory initialDirectory) {
        return new JdbcStores(new JdbcTransactions(Objects.requireNonNull(dataSource, "dataSource")),
                Objects.requireNonNull(initialDirectory, "initialDirectory"));
    }

    /** The stores over {@code dataSource}, after applying the pending migrations with {@link JdbcMigrator}. */
    public static JdbcStores migrated(DataSource dataSource) {
        return migrated(dataSource, Directory.builder().build());
    }

    /**
     * The stores over {@code dataSource}, after applying the pending migrations with {@link JdbcMigrator};
     * {@code initialDirectory} is current until a directory is stored.
     */
    public static JdbcStores migrated(DataSource dataSource, Directory initialDirectory) {
        new JdbcMigrator(dataSource).migrate();
        return of(dataSource, initialDirectory);
    }

    /** The units of work shared by every store. */
    @Override
    public JdbcTransactions transactions() {
        return transactions;
    }

    /** Register numbering. */
    @Override
    public JdbcSequenceAllocator sequences() {
        return sequences;
    }

    /** Register lines. */
    @Override
    public JdbcRegisterStore registers() {
        return registers;
    }

    /** Content in the database, chunked (for small installations; a filesystem content store also fits). */
    @Override
    public JdbcContentStore content() {
        return content;
    }

    /** Incoming and outgoing documents. */
    @Override
    public JdbcDocumentStore documents() {
        return documents;
    }

    /** Tasks. */
    @Override
    public JdbcTaskStore tasks() {
        return tasks;
    }

    /** Inspections of task execution. */
    @Override
    public JdbcInspectionStore inspections() {
        return inspections;
    }

    /** Work files. */
    @Override
    public JdbcWorkFileStore workFiles() {
        return workFiles;
    }

    /** The outbox of the exchange, for a transport that queues messages with the changes causing them. */
    public JdbcOutboxStore outbox() {
        return outbox;
    }

    /** The inbox dedupe table and the quarantine of the exchange. */
    @Override
    public JdbcInboxStore inbox() {
        return inbox;
    }

    /** Recorded outages. */
    @Override
    public JdbcOutageLog outages() {
        return outages;
    }

    /** The directory, with the initial one given at construction current until the first replacement commits. */
    @Override
    public JdbcDirectoryStore directory() {
        return directory;
    }

    /** The audit trail. */
    @Override
    public JdbcAuditLog audit() {
        return audit;
    }
}
