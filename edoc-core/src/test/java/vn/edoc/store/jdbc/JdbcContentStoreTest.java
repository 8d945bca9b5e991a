package vn.edoc.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.edoc.internal.content.Sha256;
import vn.edoc.spi.ContentException;
import vn.edoc.spi.ContentRef;
import vn.edoc.store.jdbc.TestDatabase.Target;

/**
 * The JDBC content store on the three databases: chunked round trip, deduplication, limits that leave nothing,
 * missing and damaged content, release, and concurrent puts of the same bytes.
 */
class JdbcContentStoreTest {

    private static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static long count(TestDatabase db, String table) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM " + table);
             var rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void roundTripAcrossChunksAndDeduplication(Target target) throws Exception {
        try (TestDatabase db = TestDatabase.migrated(target)) {
            JdbcContentStore store = new JdbcContentStore(new JdbcTransactions(db.dataSource()));
            byte[] data = bytes(JdbcContentStore.CHUNK_SIZE * 3 + 17, 1);
            ContentRef ref = store.put(new ByteArrayInputStream(data));
            assertThat(ref).isEqualTo(new ContentRef(Sha256.of(data), data.length));
            try (InputStream in = store.open(ref)) {
                assertThat(in.readAllBytes()).isEqualTo(data);
            }
            assertThat(store.put(new ByteArrayInputStream(data))).isEqualTo(ref);
            assertThat(count(db, "edoc_content")).isEqualTo(1);
            assertThat(count(db, "edoc_content_chunk")).isEqualTo(4);
            assertThat(store.exists(ref)).isTrue();
            assertThat(store.exists(new ContentRef(ref.sha256(), ref.size() + 1))).isFalse();

            ContentRef empty = store.put(new ByteArrayInputStream(new byte[0]));
            assertThat(empty.size()).isZero();
            try (InputStream in = store.open(empty)) {
                assertThat(in.readAllBytes()).isEmpty();
            }
            byte[] exact = bytes(JdbcContentStore.CHUNK_SIZE * 2, 2);
            try (InputStream in = store.open(store.put(new ByteArrayInputStream(exact)))) {
                assertThat(in.readAllBytes()).isEqualTo(exact);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void tooLargeAndFailingInputLeaveNothing(Target target) throws Exception {
        try (TestDatabase db = TestDatabase.migrated(target)) {
            JdbcContentStore store = new JdbcContentStore(new JdbcTransactions(db.dataSource()), 100_000,
                    Clock.systemUTC());
            assertThatThrownBy(() -> store.put(new ByteArrayInputStream(bytes(100_001, 3))))
                    .isInstanceOfSatisfying(ContentException.class,
                            e -> assertThat(e.reason()).isEqualTo(ContentException.Reason.TOO_LARGE));
            InputStream failing = new InputStream() {
                private int left = 70_000;

                @Override
                public int read() throws IOException {
                    if (left-- <= 0) {
                        throw new IOException("disk gone");
                    }
                    return 7;
                }
            };
            assertThatThrownBy(() -> store.put(failing)).isInstanceOfSatisfying(ContentException.class,
                    e -> assertThat(e.reason()).isEqualTo(ContentException.Reason.IO));
            assertThat(count(db, "edoc_content")).isZero();
            assertThat(count(db, "edoc_content_chunk")).isZero();
            assertThat(store.put(new ByteArrayInputStream(bytes(100_000, 3))).size()).isEqualTo(100_000);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void missingAndDamagedContentAndRelease(Target target) throws Exception {
        try (TestDatabase db = TestDatabase.migrated(target)) {
            JdbcContentStore store = new JdbcContentStore(new JdbcTransactions(db.dataSource()));
            ContentRef unknown = new ContentRef("ab".repeat(32), 3);
            assertThatThrownBy(() -> store.open(unknown)).isInstanceOfSatisfying(ContentException.class,
                    e -> assertThat(e.reason()).isEqualTo(ContentException.Reason.NOT_FOUND));

            byte[] data = bytes(JdbcContentStore.CHUNK_SIZE + 10, 4);
            ContentRef ref = store.put(new ByteArrayInputStream(data));
            try (Connection c = db.dataSource().getConnection();
                 PreparedStatement p = c.prepareStatement(
                         "UPDATE edoc_content_chunk SET bytes = ? WHERE content_key = ? AND chunk_no = 1")) {
                p.setBytes(1, bytes(10, 99));
                p.setString(2, ref.sha256());
                assertThat(p.executeUpdate()).isEqualTo(1);
            }
            try (InputStream in = store.open(ref)) {
                assertThatThrownBy(in::readAllBytes).isInstanceOfSatisfying(ContentException.class,
                        e -> assertThat(e.reason()).isEqualTo(ContentException.Reason.CORRUPT));
            }
            assertThat(store.release(ref, "hết thời hạn bảo quản, quyết định 12/QĐ-VP")).isTrue();
            assertThat(store.exists(ref)).isFalse();
            assertThat(store.release(ref, "again")).isFalse();
            assertThat(count(db, "edoc_content_chunk")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void concurrentPutsOfTheSameBytes(Target target) throws Exception {
        try (TestDatabase db = TestDatabase.migrated(target)) {
            JdbcContentStore store = new JdbcContentStore(new JdbcTransactions(db.dataSource()));
            byte[] data = bytes(JdbcContentStore.CHUNK_SIZE * 2 + 5, 5);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<ContentRef>> refs = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    refs.add(pool.submit(() -> store.put(new ByteArrayInputStream(data))));
                }
                for (Future<ContentRef> f : refs) {
                    assertThat(f.get()).isEqualTo(new ContentRef(Sha256.of(data), data.length));
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(count(db, "edoc_content")).isEqualTo(1);
            assertThat(count(db, "edoc_content_chunk")).isEqualTo(3);
        }
    }
}
