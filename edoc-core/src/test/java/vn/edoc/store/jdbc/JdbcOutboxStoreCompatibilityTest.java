package vn.edoc.store.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import vn.edoc.spi.tck.OutboxStoreCompatibilityKit;
import vn.edoc.store.jdbc.TestDatabase.Target;

/** The JDBC adapter passes the outbox store conformance kit on H2 in memory, H2 in a file and PostgreSQL. */
class JdbcOutboxStoreCompatibilityTest {

    abstract static class OnJdbc extends OutboxStoreCompatibilityKit {
        private TestDatabase db;

        abstract Target target();

        @Override
        protected Under create() {
            db = TestDatabase.migrated(target());
            JdbcStores s = JdbcStores.of(db.dataSource());
            return new Under(s.transactions(), s.outbox());
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
