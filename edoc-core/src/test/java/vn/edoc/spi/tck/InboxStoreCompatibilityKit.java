package vn.edoc.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.InboxEntry;
import vn.edoc.spi.InboxStore;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.QuarantinedMessage;
import vn.edoc.spi.Transactions;
import vn.edoc.spi.TransportMessage;

/**
 * The conformance kit of {@link InboxStore} (bộ kiểm tra tương thích sổ thông điệp đến): extend it and give a
 * fresh, empty store with its {@link Transactions} in {@link #create()}.
 */
public abstract class InboxStoreCompatibilityKit {

    /** The parts under test. */
    public record Under(Transactions transactions, InboxStore store) {
    }

    /** A fresh, empty store with its transactions, for every test. */
    protected abstract Under create();

    private static final OrganCode RECEIVER = OrganCode.parse("000.00.12.H08");
    private static final OrganCode OTHER_RECEIVER = OrganCode.parse("000.00.13.H08");
    private static final OrganCode SENDER = OrganCode.parse("000.00.00.H08");
    private static final Instant T = Instant.parse("2026-03-02T02:00:00Z");

    private Transactions tx;
    private InboxStore store;

    @BeforeEach
    void setUpStore() {
        Under u = create();
        tx = u.transactions();
        store = u.store();
    }

    private static TransportMessage message(String id, TransportMessage.Kind kind, OrganCode to) {
        return TransportMessage.status(MessageId.of(id), kind, SENDER, to, "out-" + id, "lý do " + id, T);
    }

    private static InboxEntry entry(String id, TransportMessage.Kind kind, OrganCode to) {
        return InboxEntry.of(message(id, kind, to), T.plusSeconds(60));
    }

    @Test
    void anEntryIsSeenInItsUnitOfWorkAndListedAfterCommitOnly() {
        InboxEntry e = entry("m-1", TransportMessage.Kind.RECALL, RECEIVER);
        tx.run(uow -> {
            store.add(uow, e);
            assertThat(store.find(uow, RECEIVER, SENDER, MessageId.of("m-1"))).contains(e);
            assertThat(store.entries(RECEIVER, TransportMessage.Kind.RECALL, 0, 10)).isEmpty();
        });
        tx.run(uow -> {
            assertThat(store.find(uow, RECEIVER, SENDER, MessageId.of("m-1"))).contains(e);
            assertThat(store.find(uow, OTHER_RECEIVER, SENDER, MessageId.of("m-1"))).isEmpty();
            assertThat(store.find(uow, RECEIVER, OTHER_RECEIVER, MessageId.of("m-1"))).isEmpty();
        });
        assertThat(store.entries(RECEIVER, TransportMessage.Kind.RECALL, 0, 10)).containsExactly(e);
        assertThat(store.entries(RECEIVER, TransportMessage.Kind.STATUS, 0, 10)).isEmpty();
    }

    @Test
    void aRolledBackEntryLeavesNothing() {
        assertThatThrownBy(() -> tx.run(uow -> {
            store.add(uow, entry("m-2", TransportMessage.Kind.STATUS, RECEIVER));
            throw new IllegalArgumentException("refused");
        })).isInstanceOf(IllegalArgumentException.class);
        tx.run(uow -> assertThat(store.find(uow, RECEIVER, SENDER, MessageId.of("m-2"))).isEmpty());
        tx.run(uow -> store.add(uow, entry("m-2", TransportMessage.Kind.STATUS, RECEIVER)));
        assertThat(store.entries(RECEIVER, TransportMessage.Kind.STATUS, 0, 10)).hasSize(1);
    }

    @Test
    void theKeyIsUniqueAcrossUnitsOfWorkAndInsideOne() {
        tx.run(uow -> store.add(uow, entry("m-3", TransportMessage.Kind.STATUS, RECEIVER)));
        assertThatThrownBy(() -> tx.run(uow -> store.add(uow, entry("m-3", TransportMessage.Kind.STATUS,
                RECEIVER)))).isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> tx.run(uow -> {
            store.add(uow, entry("m-4", TransportMessage.Kind.STATUS, RECEIVER));
            store.add(uow, entry("m-4", TransportMessage.Kind.STATUS, RECEIVER));
        })).isInstanceOf(ConcurrentChangeException.class);
        // the same id from the same sender to another receiver is another key
        tx.run(uow -> store.add(uow, entry("m-3", TransportMessage.Kind.STATUS, OTHER_RECEIVER)));
        assertThat(store.entries(RECEIVER, TransportMessage.Kind.STATUS, 0, 10)).hasSize(1);
        assertThat(store.entries(OTHER_RECEIVER, TransportMessage.Kind.STATUS, 0, 10)).hasSize(1);
    }

    @Test
    void entriesArePagedOldestFirst() {
        List<InboxEntry> added = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            InboxEntry e = entry("p-" + i, TransportMessage.Kind.RECALL, RECEIVER);
            added.add(e);
            tx.run(uow -> store.add(uow, e));
        }
        assertThat(store.entries(RECEIVER, TransportMessage.Kind.RECALL, 0, 3)).containsExactlyElementsOf(
                added.subList(0, 3));
        assertThat(store.entries(RECEIVER, TransportMessage.Kind.RECALL, 3, 3)).containsExactlyElementsOf(
                added.subList(3, 6));
        assertThat(store.entries(RECEIVER, TransportMessage.Kind.RECALL, 6, 3)).containsExactly(added.get(6));
        assertThat(store.entries(RECEIVER, TransportMessage.Kind.RECALL, 9, 3)).isEmpty();
    }

    @Test
    void quarantinedMessagesFollowTheVersionRuleAndAreListedByState() {
        TransportMessage m = message("q-1", TransportMessage.Kind.RECEIPT_ACK, RECEIVER);
        Set<String> ids = new HashSet<>();
        QuarantinedMessage held = tx.inTransaction(uow -> {
            String id = store.newQuarantineId(uow);
            ids.add(id);
            ids.add(store.newQuarantineId(uow));
            QuarantinedMessage q = new QuarantinedMessage(id, RECEIVER, m, "java.lang.IllegalStateException",
                    "database connection lost", T, T, 1, QuarantinedMessage.State.HELD, "", 1);
            store.saveQuarantined(uow, q);
            assertThat(store.quarantined(uow, id)).contains(q);
            assertThat(store.quarantined(id)).isEmpty();
            return q;
        });
        assertThat(ids).hasSize(2);
        assertThat(store.quarantined(held.id())).contains(held);
        assertThat(store.quarantinedOf(RECEIVER, QuarantinedMessage.State.HELD, 0, 10)).containsExactly(held);
        tx.run(uow -> assertThat(store.quarantinedFor(uow, RECEIVER, SENDER, m.id())).containsExactly(held));

        QuarantinedMessage again = held.failedAgain("EDOC-FLW-011", "file missing", T.plusSeconds(5));
        tx.run(uow -> store.saveQuarantined(uow, again));
        // a second writer still holding version 1 loses
        assertThatThrownBy(() -> tx.run(uow -> store.saveQuarantined(uow, held.failedAgain("x", "y", T))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> tx.run(uow -> store.saveQuarantined(uow, held)))
                .isInstanceOf(ConcurrentChangeException.class);
        QuarantinedMessage released = again.decided(QuarantinedMessage.State.RELEASED, "clerk", "",
                T.plusSeconds(9));
        tx.run(uow -> store.saveQuarantined(uow, released));
        assertThat(store.quarantined(held.id())).contains(released);
        assertThat(store.quarantinedOf(RECEIVER, QuarantinedMessage.State.HELD, 0, 10)).isEmpty();
        assertThat(store.quarantinedOf(RECEIVER, QuarantinedMessage.State.RELEASED, 0, 10))
                .containsExactly(released);
        assertThat(store.quarantinedOf(OTHER_RECEIVER, QuarantinedMessage.State.RELEASED, 0, 10)).isEmpty();
    }
}
