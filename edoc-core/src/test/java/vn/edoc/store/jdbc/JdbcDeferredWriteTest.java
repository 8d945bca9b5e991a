package vn.edoc.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.edoc.audit.AuditEntry;
import vn.edoc.audit.AuditEvent;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.tck.DocumentStoreCompatibilityKit;
import vn.edoc.store.jdbc.TestDatabase.Target;

/**
 * The round-trip savings of the registration path keep their meaning: a deferred write (the audit entry) is seen by
 * every later statement of its unit of work and fails the commit when it fails; a record id held by another
 * organisation is still refused although the insert no longer looks it up first.
 */
class JdbcDeferredWriteTest {

    private static final OrganCode ORG = OrganCode.parse("000.00.12.H08");
    private static final OrganCode OTHER = OrganCode.parse("000.00.13.H08");
    private static final Instant T = Instant.parse("2026-03-02T03:30:00Z");

    private static AuditEvent event(String object) {
        return new AuditEvent("vanthu", "register.incoming", T, "register-entry", object, null, null, "", Set.of());
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void anAppendedAuditEntryIsSeenByTheNextStatementOfItsUnitOfWork(Target target) {
        try (TestDatabase db = TestDatabase.migrated(target)) {
            JdbcStores stores = JdbcStores.of(db.dataSource());
            // a second log over the same units of work reads the chain from the database, not from the first's cache
            JdbcAuditLog other = new JdbcAuditLog(stores.transactions());
            AuditEntry seen = stores.transactions().inTransaction(uow -> {
                AuditEntry first = stores.audit().append(uow, ORG, event("1"));
                assertThat(other.head(uow, ORG)).contains(first);
                return other.append(uow, ORG, event("2"));
            });
            assertThat(seen.sequence()).isEqualTo(2);
            assertThat(stores.audit().size(ORG)).isEqualTo(2);
            assertThat(stores.audit().verify(ORG).intact()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void aFailingDeferredWriteFailsTheUnitOfWorkAndLeavesNothing(Target target) {
        try (TestDatabase db = TestDatabase.migrated(target)) {
            JdbcStores stores = JdbcStores.of(db.dataSource());
            JdbcTransactions tx = stores.transactions();
            tx.run(uow -> stores.audit().append(uow, ORG, event("0")));
            assertThatThrownBy(() -> tx.run(uow -> {
                stores.audit().append(uow, ORG, event("1"));
                // the chain's row exists: this write fails wherever it is sent
                tx.defer(uow, new JdbcTransactions.Deferred("a second row for the chain",
                        "INSERT INTO edoc_audit_chain (chain) VALUES (?)", (p, from) -> {
                            p.setString(from, ORG.value());
                            return from + 1;
                        }));
            })).isInstanceOf(JdbcStoreException.class).hasMessageContaining("a second row for the chain");
            assertThat(stores.audit().size(ORG)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void aRecordIdHeldByAnotherOrganisationIsRefusedAndNothingIsStored(Target target) {
        try (TestDatabase db = TestDatabase.migrated(target)) {
            JdbcStores stores = JdbcStores.of(db.dataSource());
            stores.transactions().run(uow -> stores.documents().saveIncoming(uow,
                    DocumentStoreCompatibilityKit.incoming("in-7", OTHER, "ref", 1)));
            assertThatThrownBy(() -> stores.transactions().run(uow -> {
                stores.audit().append(uow, ORG, event("in-7"));
                stores.documents().saveIncoming(uow, DocumentStoreCompatibilityKit.incoming("in-7", ORG, "ref", 1));
            })).isInstanceOf(ConcurrentChangeException.class);
            assertThat(stores.documents().incomingOf(ORG)).isEmpty();
            assertThat(stores.documents().incoming("in-7")).hasValueSatisfying(r ->
                    assertThat(r.organisation()).isEqualTo(OTHER));
            assertThat(stores.audit().size(ORG)).isZero();
            // the same id again in the same organisation is refused as well
            assertThatThrownBy(() -> stores.transactions().run(uow -> stores.documents().saveIncoming(uow,
                    DocumentStoreCompatibilityKit.incoming("in-7", OTHER, "ref", 1))))
                    .isInstanceOf(ConcurrentChangeException.class);
        }
    }
}
