package vn.edoc.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.tck.ContentStoreCompatibilityKit;
import vn.edoc.store.jdbc.TestDatabase.Target;

/** The JDBC content store passes the content store conformance kit on H2 in memory, H2 in a file and PostgreSQL. */
class JdbcContentStoreCompatibilityTest {

    abstract static class OnJdbc extends ContentStoreCompatibilityKit {
        private final List<TestDatabase> databases = new ArrayList<>();
        private final Map<ContentStore, TestDatabase> where = new WeakHashMap<>();

        abstract Target target();

        @Override
        protected ContentStore create(long maxSize) {
            TestDatabase db = TestDatabase.migrated(target());
            databases.add(db);
            ContentStore store = new JdbcContentStore(new JdbcTransactions(db.dataSource()), maxSize,
                    Clock.systemUTC());
            where.put(store, db);
            return store;
        }

        @Override
        protected ContentStore sameStorage(ContentStore store) {
            TestDatabase db = where.get(store);
            JdbcContentStore other = new JdbcContentStore(new JdbcTransactions(db.dataSource()),
                    ((JdbcContentStore) store).maxSize(), Clock.systemUTC());
            where.put(other, db);
            return other;
        }

        @Override
        protected void tamper(ContentStore store, ContentRef ref, byte[] bytes) {
            TestDatabase db = where.get(store);
            try (Connection c = db.dataSource().getConnection()) {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM edoc_content_chunk WHERE content_key = ?")) {
                    p.setString(1, ref.sha256());
                    p.executeUpdate();
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO edoc_content_chunk (content_key, chunk_no, bytes) VALUES (?, ?, ?)")) {
                    for (int i = 0, n = 0; i < bytes.length || n == 0 && bytes.length > 0; i += JdbcContentStore.CHUNK_SIZE) {
                        p.setString(1, ref.sha256());
                        p.setInt(2, n++);
                        p.setBytes(3, Arrays.copyOfRange(bytes, i, Math.min(bytes.length,
                                i + JdbcContentStore.CHUNK_SIZE)));
                        p.executeUpdate();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @AfterEach
        void closeDatabases() {
            databases.forEach(TestDatabase::close);
            databases.clear();
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
