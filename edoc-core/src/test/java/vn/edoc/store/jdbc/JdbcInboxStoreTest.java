package vn.edoc.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.InboxEntry;
import vn.edoc.spi.QuarantinedMessage;
import vn.edoc.spi.TransportMessage;
import vn.edoc.store.jdbc.TestDatabase.Target;

/**
 * The JDBC inbox: an entry is recorded once per (receiver, sender, message id), a repeat is a
 * {@link ConcurrentChangeException} that changes nothing, lists are paged oldest first, and quarantined messages are
 * versioned.
 */
class JdbcInboxStoreTest {

    private static final OrganCode UBND = OrganCode.parse("000.00.00.H37");
    private static final OrganCode SO = OrganCode.parse("000.00.13.H37");
    private static final Instant T = Instant.parse("2025-03-10T02:00:00.123456789Z");

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void entriesAreTakenInOnceAndPaged(Target target) {
        try (TestDatabase db = TestDatabase.migrated(target)) {
            JdbcStores stores = JdbcStores.of(db.dataSource());
            JdbcInboxStore inbox = stores.inbox();
            TransportMessage first = TransportMessage.status(TransportMessage.Kind.RECEIPT_ACK, SO, UBND, "out-1", "",
                    T);
            InboxEntry entry = InboxEntry.of(first, T.plusSeconds(5));
            stores.transactions().run(uow -> {
                assertThat(inbox.find(uow, UBND, SO, first.id())).isEmpty();
                inbox.add(uow, entry);
                assertThat(inbox.find(uow, UBND, SO, first.id())).contains(entry);
            });
            assertThatThrownBy(() -> stores.transactions().run(uow -> inbox.add(uow, entry)))
                    .isInstanceOf(ConcurrentChangeException.class);
            stores.transactions().run(uow -> assertThat(inbox.find(uow, UBND, SO, first.id())).contains(entry));
            for (int i = 2; i <= 5; i++) {
                TransportMessage m = TransportMessage.status(TransportMessage.Kind.RECEIPT_ACK, SO, UBND, "out-" + i,
                        "", T.plusSeconds(i));
                stores.transactions().run(uow -> inbox.add(uow, InboxEntry.of(m, T.plusSeconds(60))));
            }
            assertThat(inbox.entries(UBND, TransportMessage.Kind.RECEIPT_ACK, 1, 2))
                    .extracting(InboxEntry::documentRef).containsExactly("out-2", "out-3");
            assertThat(inbox.entries(UBND, TransportMessage.Kind.RECALL, 0, 10)).isEmpty();
            assertThat(inbox.entries(SO, TransportMessage.Kind.RECEIPT_ACK, 0, 10)).isEmpty();
            assertThatThrownBy(() -> inbox.entries(UBND, TransportMessage.Kind.RECALL, -1, 10))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"H2_MEMORY", "POSTGRESQL"})
    void quarantinedMessagesAreVersioned(Target target) {
        try (TestDatabase db = TestDatabase.migrated(target)) {
            JdbcStores stores = JdbcStores.of(db.dataSource());
            JdbcInboxStore inbox = stores.inbox();
            TransportMessage m = TransportMessage.status(TransportMessage.Kind.RECALL, SO, UBND, "out-9",
                    "Văn bản ban hành sai thẩm quyền", T);
            QuarantinedMessage held = stores.transactions().inTransaction(uow -> {
                QuarantinedMessage q = new QuarantinedMessage(inbox.newQuarantineId(uow), UBND, m,
                        "UNKNOWN_DOCUMENT", "", T, T, 1, QuarantinedMessage.State.HELD, "", 1);
                inbox.saveQuarantined(uow, q);
                return q;
            });
            assertThat(held.id()).startsWith("cl-");
            assertThat(inbox.quarantined(held.id())).contains(held);
            QuarantinedMessage dismissed = new QuarantinedMessage(held.id(), UBND, m, held.failure(), "đã xử lý",
                    T, T.plusSeconds(9), 2, QuarantinedMessage.State.DISMISSED, "vanthu.ubnd", 2);
            stores.transactions().run(uow -> inbox.saveQuarantined(uow, dismissed));
            assertThatThrownBy(() -> stores.transactions().run(uow -> inbox.saveQuarantined(uow, dismissed)))
                    .isInstanceOf(ConcurrentChangeException.class);
            assertThat(inbox.quarantined(held.id())).contains(dismissed);
            assertThat(inbox.quarantinedOf(UBND, QuarantinedMessage.State.DISMISSED, 0, 5)).containsExactly(dismissed);
            assertThat(inbox.quarantinedOf(UBND, QuarantinedMessage.State.HELD, 0, 5)).isEmpty();
            stores.transactions().run(uow -> assertThat(inbox.quarantinedFor(uow, UBND, SO, m.id()))
                    .containsExactly(dismissed));
        }
    }
}
