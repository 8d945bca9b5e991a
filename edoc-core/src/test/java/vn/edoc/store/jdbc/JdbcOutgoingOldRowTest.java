package vn.edoc.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import vn.edoc.id.OrganCode;
import vn.edoc.routing.Delivery;
import vn.edoc.routing.OutgoingRecord;
import vn.edoc.spi.tck.DocumentStoreCompatibilityKit;
import vn.edoc.store.jdbc.TestDatabase.Target;

/**
 * An outgoing record saved before deliveries followed their tasks (its body has no {@code tasks} or {@code changes} field) still loads:
 * its deliveries come back with no task and no change, the rest unchanged. No migration is needed for the new field.
 */
class JdbcOutgoingOldRowTest {

    @Test
    void aDeliveryStoredWithoutTasksLoadsWithNone() throws SQLException {
        OrganCode org = OrganCode.parse("000.00.12.H08");
        OutgoingRecord saved = DocumentStoreCompatibilityKit.outgoing("out-old", org, 2);
        assertThat(saved.deliveries().get(0).tasks()).hasSize(2);
        try (TestDatabase db = TestDatabase.migrated(Target.H2_MEMORY)) {
            JdbcStores stores = JdbcStores.of(db.dataSource());
            stores.transactions().run(uow -> stores.documents().saveOutgoing(uow,
                    DocumentStoreCompatibilityKit.outgoing("out-old", org, 1)));
            stores.transactions().run(uow -> stores.documents().saveOutgoing(uow, saved));
            try (Connection c = db.dataSource().getConnection()) {
                String body;
                try (PreparedStatement s = c.prepareStatement("SELECT body FROM edoc_outgoing WHERE id = ?")) {
                    s.setString(1, "out-old");
                    try (ResultSet rs = s.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        body = rs.getString(1);
                    }
                }
                String old = body.replaceAll(",\"tasks\":\\[[^\\]]*\\]", "")
                        .replaceAll(",\"changes\":\\[[^\\]]*\\]", "");
                assertThat(old).isNotEqualTo(body).doesNotContain("\"tasks\"").doesNotContain("\"changes\"");
                try (PreparedStatement s = c.prepareStatement("UPDATE edoc_outgoing SET body = ? WHERE id = ?")) {
                    s.setString(1, old);
                    s.setString(2, "out-old");
                    assertThat(s.executeUpdate()).isEqualTo(1);
                }
            }
            OutgoingRecord loaded = JdbcStores.of(db.dataSource()).documents().outgoing("out-old").orElseThrow();
            assertThat(loaded.deliveries()).singleElement().satisfies(d -> {
                assertThat(d.tasks()).isEmpty();
                assertThat(d.changes()).isEmpty();
                Delivery was = saved.deliveries().get(0);
                assertThat(d).isEqualTo(new Delivery(was.recipient(), was.channel(), was.state(), was.at(),
                        was.reason()));
            });
            assertThat(loaded.history()).isEqualTo(saved.history());
        }
    }
}
