package vn.edoc.store.jdbc;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import vn.edoc.audit.AuditEntry;
import vn.edoc.spi.tck.StorageCompatibilityKit;
import vn.edoc.spi.tck.StoresUnderTest;
import vn.edoc.store.jdbc.TestDatabase.Target;

/** The JDBC adapter passes the storage conformance kit on H2 in memory, H2 in a file and PostgreSQL. */
class JdbcStorageCompatibilityTest {

    abstract static class OnJdbc extends StorageCompatibilityKit {
        private TestDatabase db;
        private JdbcAuditLog audit;

        abstract Target target();

        @Override
        protected StoresUnderTest createStores() {
            db = TestDatabase.migrated(target());
            JdbcStores stores = JdbcStores.of(db.dataSource());
            audit = stores.audit();
            return new StoresUnderTest(stores.transactions(), stores.sequences(), stores.registers(), audit);
        }

        @Override
        protected void rewriteStoredAudit(StoresUnderTest stores, vn.edoc.id.OrganCode organisation,
                                          UnaryOperator<List<AuditEntry>> edit) {
            audit.rewriteStoredEntries(organisation, edit);
        }

        @Override
        protected int registrationsPerThread() {
            // 16 x 60 real transactions per database keeps the three databases under half a minute on two cores;
            // the crash test and the benchmark run harder
            return 60;
        }

        @AfterEach
        void closeDatabase() {
            db.close();
        }
    }

    @Nested
    class H2Memory extends OnJdbc {
        @Override
        Target target() {
            return Target.H2_MEMORY;
        }
    }

    @Nested
    class H2File extends OnJdbc {
        @Override
        Target target() {
            return Target.H2_FILE;
        }
    }

    @Nested
    class PostgreSql extends OnJdbc {
        @Override
        Target target() {
            return Target.POSTGRESQL;
        }
    }
}
