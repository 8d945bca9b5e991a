package vn.edoc.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import vn.edoc.id.DocumentType;
import vn.edoc.id.OrganCode;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterKind;
import vn.edoc.register.RegisterService;
import vn.edoc.register.RegistrationRequest;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.tck.DocumentStoreCompatibilityKit;
import vn.edoc.store.jdbc.TestDatabase.Target;

/**
 * The registration path of the JDBC adapter as it is sent to the database: the number taken and the document looked
 * for in one request, the register line, the audit entry and a new record travelling with later statements and with
 * the commit. What this saves is counted (requests to PostgreSQL per registration); what it must not cost is shown
 * too: a line or a record that can no longer be written fails the whole unit of work and leaves nothing.
 */
class JdbcRegistrationPathTest {

    private static final OrganCode ORG = OrganCode.parse("000.00.21.H37");
    private static final Instant NOW = Instant.parse("2025-03-10T02:00:00Z");
    private static final RegisterKey KEY = RegisterKey.of(ORG, RegisterKind.INCOMING, 2025);

    private static RegistrationRequest request(String documentId) {
        return RegistrationRequest.incoming(ORG).notation("12/QĐ-UBND").documentDate(LocalDate.of(2025, 3, 7))
                .type(DocumentType.QUYET_DINH).summary("Về việc ban hành Quy chế văn bản điện tử")
                .issuer("Ủy ban nhân dân tỉnh Lạng Sơn").pageCount(4).actorId("vanthu.ubnd").documentId(documentId)
                .build();
    }

    private static RegisterService service(JdbcStores stores) {
        return new RegisterService(stores.transactions(), stores.sequences(), stores.registers(), stores.audit(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** One received document registered as the engine does it: a new id, the register line, the record. */
    private static RegisterEntry registerReceived(JdbcStores stores, RegisterService service) {
        return stores.transactions().inTransaction(uow -> {
            String id = stores.documents().newId(uow, "in");
            RegisterEntry entry = service.register(uow, request(id));
            stores.documents().saveIncoming(uow, DocumentStoreCompatibilityKit.incoming(id, ORG, "ref-" + id, 1));
            return entry;
        });
    }

    @Test
    void aRegistrationCostsFourRequestsToPostgresql() {
        try (TestDatabase db = TestDatabase.migrated(Target.POSTGRESQL)) {
            AtomicInteger requests = new AtomicInteger();
            JdbcStores stores = JdbcStores.of(counting(db.dataSource(), requests));
            RegisterService service = service(stores);
            // the register's first line of the year creates its counter and its audit chain: more requests, once
            registerReceived(stores, service);
            requests.set(0);
            RegisterEntry second = registerReceived(stores, service);
            // a new id; the number and the look-up of the document; the line with the lock and read of the audit
            // head; the audit entry and the record with the commit
            assertThat(requests.get()).isEqualTo(4);
            assertThat(second.number()).isEqualTo(2);
            assertThat(stores.registers().entries(KEY)).extracting(RegisterEntry::number).containsExactly(1L, 2L);
            assertThat(stores.documents().incoming(second.documentId())).isPresent();
            assertThat(stores.audit().size(ORG)).isEqualTo(2);
            assertThat(stores.audit().verify(ORG).intact()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void aLineWhoseNumberWasTakenBehindTheCountersBackFailsTheRegistrationAndLeavesNothing(Target target)
            throws SQLException {
        try (TestDatabase db = TestDatabase.migrated(target)) {
            JdbcStores stores = JdbcStores.of(db.dataSource());
            RegisterService service = service(stores);
            registerReceived(stores, service);
            // the counter set back by hand: the next number is one the register already holds
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE edoc_register_counter SET last_number = 0");
            }
            assertThatThrownBy(() -> registerReceived(stores, service)).isInstanceOf(RuntimeException.class);
            assertThat(stores.registers().entries(KEY)).hasSize(1);
            assertThat(stores.documents().incomingOf(ORG)).hasSize(1);
            assertThat(stores.audit().size(ORG)).isEqualTo(1);
            assertThat(stores.audit().verify(ORG).intact()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void aNewIdTakenByAnotherWriterBeforeTheCommitFailsTheUnitOfWorkAsAConcurrentChange(Target target) {
        try (TestDatabase db = TestDatabase.migrated(target)) {
            JdbcStores stores = JdbcStores.of(db.dataSource());
            RegisterService service = service(stores);
            registerReceived(stores, service);
            assertThatThrownBy(() -> stores.transactions().inTransaction(uow -> {
                String id = stores.documents().newId(uow, "in");
                service.register(uow, request(id));
                // another writer stores a record under the same id and commits first
                Thread other = new Thread(() -> stores.transactions().run(w -> stores.documents().saveIncoming(w,
                        DocumentStoreCompatibilityKit.incoming(id, ORG, "by hand", 1))));
                other.start();
                try {
                    other.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                stores.documents().saveIncoming(uow, DocumentStoreCompatibilityKit.incoming(id, ORG, "ref", 1));
                return id;
            })).isInstanceOf(ConcurrentChangeException.class);
            assertThat(stores.registers().entries(KEY)).hasSize(1);
            assertThat(stores.documents().incomingOf(ORG)).hasSize(2)
                    .noneMatch(r -> r.senderRef().equals("ref"));
            assertThat(stores.audit().size(ORG)).isEqualTo(1);
        }
    }

    /** {@code source} counting every request its connections send: statements run, and commits of open work. */
    private static DataSource counting(DataSource source, AtomicInteger requests) {
        InvocationHandler sourceHandler = (proxy, method, args) -> {
            Object result = invoke(source, method, args);
            return result instanceof Connection c ? countingConnection(c, requests) : result;
        };
        return (DataSource) Proxy.newProxyInstance(JdbcRegistrationPathTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, sourceHandler);
    }

    private static Connection countingConnection(Connection connection, AtomicInteger requests) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("commit")
                    && connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE) {
                requests.incrementAndGet();
            }
            Object result = invoke(connection, method, args);
            if (result instanceof PreparedStatement p) {
                return countingStatement(p, requests);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(JdbcRegistrationPathTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private static PreparedStatement countingStatement(PreparedStatement statement, AtomicInteger requests) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                requests.incrementAndGet();
            }
            return invoke(statement, method, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(JdbcRegistrationPathTest.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
