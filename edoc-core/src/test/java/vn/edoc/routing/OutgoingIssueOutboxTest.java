package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE_HEAD;
import static vn.edoc.org.OrgFixtures.SO_TU_PHAP;
import static vn.edoc.org.OrgFixtures.SPECIALIST;
import static vn.edoc.org.OrgFixtures.TUY_PHUOC;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.event.EventPublisher;
import vn.edoc.id.OrganCode;
import vn.edoc.id.RecordId;
import vn.edoc.spi.DeliveryToken;
import vn.edoc.spi.LeasedMessage;
import vn.edoc.spi.OutboxEntry;
import vn.edoc.spi.OutboxStore;
import vn.edoc.spi.Transport;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.store.jdbc.JdbcMigrator;
import vn.edoc.store.jdbc.JdbcStores;
import vn.edoc.store.memory.MemoryOutboxStore;
import vn.edoc.time.TimeRules;

/**
 * The flows send inside the unit of work of their change ({@link Transport#send(UnitOfWork, TransportMessage)}): with
 * a transport that queues into the outbox, issuing a document and queuing its package commit together, and an issue
 * refused while it is written queues nothing; on the memory stores and on the JDBC stores (H2; the JDBC outbox
 * store passes its kit on PostgreSQL too).
 */
class OutgoingIssueOutboxTest {

    // Monday 2 March 2026, 08:00 in Vietnam
    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));
    private OutboxStore outbox;
    private DocumentStore documents;
    private RoutingContext ctx;
    private HikariDataSource pool;

    @org.junit.jupiter.api.AfterEach
    void closePool() {
        if (pool != null) {
            pool.close();
        }
    }

    /** Queues into the outbox in the caller's unit of work; sending outside one is a mistake here. */
    private final Transport queueing = new Transport() {
        @Override
        public void send(UnitOfWork uow, TransportMessage message) {
            outbox.add(uow, OutboxEntry.queued(message, w.clock.instant()));
        }

        @Override
        public void send(TransportMessage message) {
            throw new AssertionError("the flows send inside their unit of work");
        }

        @Override
        public List<LeasedMessage> receive(OrganCode organisation, int max) {
            return List.of();
        }

        @Override
        public boolean acknowledge(DeliveryToken token) {
            return false;
        }
    };

    private void on(String storage) {
        if (storage.equals("memory")) {
            outbox = new MemoryOutboxStore(w.tx);
            documents = w.documents;
            ctx = new RoutingContext(w.tx, w.documents, w.contents, w.sequences, w.registers, w.audit, w.events,
                    queueing, (p, s, m) -> { }, TimeRules.defaults(), w.clock, w.current::get, w.inbox);
            return;
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:issue-outbox-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(4);
        HikariDataSource ds = new HikariDataSource(config);
        pool = ds;
        new JdbcMigrator(ds).migrate();
        JdbcStores stores = JdbcStores.of(ds);
        stores.content().put(new ByteArrayInputStream(FlowWorld.PDF));
        outbox = stores.outbox();
        documents = stores.documents();
        ctx = new RoutingContext(stores.transactions(), stores.documents(), stores.content(), stores.sequences(),
                stores.registers(), stores.audit(), new EventPublisher(), queueing, (p, s, m) -> { },
                TimeRules.defaults(), w.clock, w.current::get, stores.inbox());
    }

    private String registered(OutgoingFlow flow) {
        OutgoingRecord d = flow.draft(w.as(SPECIALIST), FlowWorld.replyDraft("Báo cáo kết quả",
                Recipient.of("Sở Tư pháp tỉnh Bình Định", SO_TU_PHAP)), DraftOptions.none());
        flow.submit(w.as(SPECIALIST), RecordId.of(d.id()));
        flow.review(w.as(FINANCE_HEAD), RecordId.of(d.id()), "");
        flow.approveAndSign(w.as(CHAIR), RecordId.of(d.id()), SigningCompetence.TM, "Chủ tịch", "");
        flow.register(w.as(CLERK), RecordId.of(d.id()), "UBND", "TCKH");
        return d.id();
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void issuingQueuesThePackageInTheSameUnitOfWork(String storage) {
        on(storage);
        OutgoingFlow flow = new OutgoingFlow(ctx, w.signer, List.of(), List.of());
        String id = registered(flow);
        assertThat(outbox.due(w.clock.instant(), 10)).isEmpty();

        OutgoingRecord issued = flow.issue(w.as(CLERK), RecordId.of(id));

        assertThat(issued.state()).isEqualTo(OutgoingState.ISSUED);
        List<OutboxEntry> queued = outbox.inState(TUY_PHUOC, OutboxEntry.State.PENDING, 0, 10);
        assertThat(queued).singleElement().satisfies(e -> {
            assertThat(e.message().kind()).isEqualTo(TransportMessage.Kind.NEW_DOCUMENT);
            assertThat(e.message().to()).isEqualTo(SO_TU_PHAP);
            assertThat(e.message().documentRef()).isEqualTo(id);
            assertThat(e.message().document().orElseThrow()).isEqualTo(issued.document());
        });
        assertThat(w.take(SO_TU_PHAP)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void anIssueRefusedWhileWrittenQueuesNothing(String storage) {
        on(storage);
        IssueParticipant failing = new IssueParticipant() {
            @Override
            public void check(UnitOfWork uow, IssuedDocument issued) {
                // passes the checks before signing
            }

            @Override
            public void onIssue(UnitOfWork uow, IssuedDocument issued) {
                throw new IllegalStateException("the task store failed while the issue was written");
            }
        };
        OutgoingFlow flow = new OutgoingFlow(ctx, w.signer, List.of(), List.of(failing));
        String id = registered(flow);
        OutgoingRecord before = documents.outgoing(id).orElseThrow();

        assertThatThrownBy(() -> flow.issue(w.as(CLERK), RecordId.of(id))).isInstanceOf(IllegalStateException.class);

        // the signing reservation was taken and released (two versions); nothing else of the record changed
        OutgoingRecord after = documents.outgoing(id).orElseThrow();
        assertThat(after).usingRecursiveComparison().ignoringFields("version").isEqualTo(before);
        assertThat(after.version()).isEqualTo(before.version() + 2);
        assertThat(outbox.due(w.clock.instant().plusSeconds(3600), 10)).isEmpty();
    }
}
