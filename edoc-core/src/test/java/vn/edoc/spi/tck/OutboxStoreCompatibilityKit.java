package vn.edoc.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.OutboxEntry;
import vn.edoc.spi.OutboxStore;
import vn.edoc.spi.Transactions;
import vn.edoc.spi.TransportMessage;

/**
 * The conformance kit of {@link OutboxStore} (bộ kiểm tra tương thích hộp thư đi): queuing inside a unit of work,
 * rollback, the key, the version rule that lets one dispatcher only claim an entry, the order of due entries,
 * listing by state, and an entry surviving whole (attempts included). Extend it and give a fresh, empty store with
 * its {@link Transactions} in {@link #create()}.
 */
public abstract class OutboxStoreCompatibilityKit {

    /** The parts under test. */
    public record Under(Transactions transactions, OutboxStore store) {
    }

    /** A fresh, empty store with its transactions, for every test. */
    protected abstract Under create();

    private static final OrganCode SENDER = OrganCode.parse("000.00.00.H08");
    private static final OrganCode OTHER_SENDER = OrganCode.parse("000.00.01.H08");
    private static final OrganCode RECEIVER = OrganCode.parse("000.00.12.H08");
    private static final Instant T = Instant.parse("2026-03-02T02:00:00Z");

    private Transactions tx;
    private OutboxStore store;

    @BeforeEach
    void setUpStore() {
        Under u = create();
        tx = u.transactions();
        store = u.store();
    }

    private static TransportMessage message(OrganCode from, String id) {
        return TransportMessage.status(MessageId.of(id), TransportMessage.Kind.RECEIPT_ACK, from, RECEIVER,
                "out-" + id, "đã tiếp nhận " + id, T);
    }

    private OutboxEntry queue(OrganCode from, String id, Instant at) {
        OutboxEntry e = OutboxEntry.queued(message(from, id), at);
        tx.run(uow -> store.add(uow, e));
        return e;
    }

    @Test
    void aQueuedEntryIsSeenInItsUnitOfWorkAndDueAfterCommitOnly() {
        OutboxEntry e = OutboxEntry.queued(message(SENDER, "m-1"), T);
        tx.run(uow -> {
            store.add(uow, e);
            assertThat(store.find(uow, SENDER, MessageId.of("m-1"))).contains(e);
            assertThat(store.find(SENDER, MessageId.of("m-1"))).isEmpty();
            assertThat(store.due(T, 10)).isEmpty();
        });
        assertThat(store.find(SENDER, MessageId.of("m-1"))).contains(e);
        assertThat(store.find(OTHER_SENDER, MessageId.of("m-1"))).isEmpty();
        assertThat(store.due(T, 10)).containsExactly(e);
        assertThat(store.due(T.minusSeconds(1), 10)).isEmpty();
    }

    @Test
    void aRolledBackQueueLeavesNothing() {
        assertThatThrownBy(() -> tx.run(uow -> {
            store.add(uow, OutboxEntry.queued(message(SENDER, "m-2"), T));
            throw new IllegalArgumentException("the change was refused");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.find(SENDER, MessageId.of("m-2"))).isEmpty();
        assertThat(store.due(T.plusSeconds(3600), 10)).isEmpty();
    }

    @Test
    void theKeyIsTheSenderAndTheMessageId() {
        queue(SENDER, "m-3", T);
        assertThatThrownBy(() -> tx.run(uow -> store.add(uow, OutboxEntry.queued(message(SENDER, "m-3"), T))))
                .isInstanceOf(ConcurrentChangeException.class);
        queue(OTHER_SENDER, "m-3", T);
        assertThat(store.due(T, 10)).hasSize(2);
    }

    @Test
    void onlyOneOfTwoClaimsOfOneVersionWins() {
        OutboxEntry e = queue(SENDER, "m-4", T);
        tx.run(uow -> store.save(uow, e.claimed(T.plusSeconds(60))));
        assertThatThrownBy(() -> tx.run(uow -> store.save(uow, e.claimed(T.plusSeconds(90)))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(store.find(SENDER, MessageId.of("m-4")).orElseThrow().nextAttemptAt())
                .isEqualTo(T.plusSeconds(60));
    }

    @Test
    void concurrentClaimsLeaveExactlyOneWinner() throws Exception {
        OutboxEntry e = queue(SENDER, "m-5", T);
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        tx.run(uow -> store.save(uow, e.claimed(T.plusSeconds(60 + n))));
                        return true;
                    } catch (ConcurrentChangeException lost) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> f : results) {
                won += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.find(SENDER, MessageId.of("m-5")).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void dueListsPendingAndExpiredClaimsEarliestFirstAndNeverSentOrDead() {
        OutboxEntry late = queue(SENDER, "m-6", T.plusSeconds(30));
        OutboxEntry early = queue(SENDER, "m-7", T);
        OutboxEntry sent = queue(SENDER, "m-8", T);
        OutboxEntry dead = queue(SENDER, "m-9", T);
        OutboxEntry claimed = queue(SENDER, "m-10", T);
        tx.run(uow -> {
            OutboxEntry sending = sent.claimed(T.plusSeconds(5));
            store.save(uow, sending);
            store.save(uow, sending.sent(T.plusSeconds(1)));
            store.save(uow, dead.dead(T.plusSeconds(1), "unknown recipient"));
            store.save(uow, claimed.claimed(T.plusSeconds(20)));
        });
        Instant now = T.plusSeconds(25);
        assertThat(store.due(now, 10)).extracting(OutboxEntry::messageId)
                .containsExactly(MessageId.of("m-7"), MessageId.of("m-10"));
        assertThat(store.due(T.plusSeconds(40), 10)).extracting(OutboxEntry::messageId)
                .containsExactly(MessageId.of("m-7"), MessageId.of("m-10"), MessageId.of("m-6"));
        assertThat(store.due(T.plusSeconds(40), 1)).extracting(OutboxEntry::messageId)
                .containsExactly(MessageId.of("m-7"));
        assertThat(late.version()).isEqualTo(1);
        assertThat(early.version()).isEqualTo(1);
    }

    @Test
    void entriesAreListedBySenderAndStateInTheOrderQueuedAndPaged() {
        for (int i = 0; i < 5; i++) {
            OutboxEntry e = queue(SENDER, "d-" + i, T.plusSeconds(i));
            tx.run(uow -> store.save(uow, e.dead(T.plusSeconds(100), "gave up")));
        }
        queue(SENDER, "p-1", T);
        OutboxEntry other = queue(OTHER_SENDER, "d-x", T);
        tx.run(uow -> store.save(uow, other.dead(T.plusSeconds(100), "gave up")));
        assertThat(store.inState(SENDER, OutboxEntry.State.DEAD, 0, 10)).extracting(e -> e.messageId().value())
                .containsExactly("d-0", "d-1", "d-2", "d-3", "d-4");
        assertThat(store.inState(SENDER, OutboxEntry.State.DEAD, 1, 2)).extracting(e -> e.messageId().value())
                .containsExactly("d-1", "d-2");
        assertThat(store.inState(SENDER, OutboxEntry.State.PENDING, 0, 10)).extracting(e -> e.messageId().value())
                .containsExactly("p-1");
        assertThat(store.inState(OTHER_SENDER, OutboxEntry.State.DEAD, 0, 10)).hasSize(1);
    }

    @Test
    void anEntryComesBackWholeWithEveryAttempt() {
        TransportMessage m = TransportMessage.status(MessageId.of("m-11"), TransportMessage.Kind.REFUSAL, SENDER,
                RECEIVER, "000.00.00.H08,2026/03/02,12/UBND-VP", "Sai thể thức: thiếu chữ ký số", T);
        OutboxEntry e = OutboxEntry.queued(m, T);
        tx.run(uow -> store.add(uow, e));
        OutboxEntry claim = e.claimed(T.plus(Duration.ofMinutes(1)));
        tx.run(uow -> store.save(uow, claim));
        OutboxEntry failed = claim.failed(T.plusSeconds(1), "SMTP down", T.plusSeconds(3));
        tx.run(uow -> store.save(uow, failed));
        OutboxEntry again = failed.claimed(T.plusSeconds(70));
        tx.run(uow -> store.save(uow, again));
        OutboxEntry dead = again.dead(T.plusSeconds(4), "SMTP still down");
        tx.run(uow -> store.save(uow, dead));
        OutboxEntry retried = dead.retried("vanthu.h08", "máy chủ thư đã chạy lại", T.plusSeconds(600));
        tx.run(uow -> store.save(uow, retried));
        OutboxEntry back = store.find(SENDER, MessageId.of("m-11")).orElseThrow();
        assertThat(back).isEqualTo(retried);
        assertThat(back.message().digest()).isEqualTo(m.digest());
        assertThat(back.attempts()).extracting(OutboxEntry.Attempt::error)
                .containsExactly("SMTP down", "SMTP still down");
        assertThat(back.failures()).isZero();
        assertThat(back.decidedBy()).isEqualTo("vanthu.h08");
        assertThat(store.due(T.plusSeconds(600), 10)).containsExactly(back);
    }
}
