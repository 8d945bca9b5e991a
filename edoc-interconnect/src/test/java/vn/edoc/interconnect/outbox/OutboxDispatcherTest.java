package vn.edoc.interconnect.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import vn.edoc.id.OrganCode;
import vn.edoc.interconnect.mail.MailException;
import vn.edoc.spi.DeliveryToken;
import vn.edoc.spi.LeasedMessage;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.OutboxEntry;
import vn.edoc.spi.Transport;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.tck.MutableClock;
import vn.edoc.store.memory.MemoryOutboxStore;
import vn.edoc.store.memory.MemoryTransactions;

/**
 * The dispatcher over the memory outbox and a transport that fails on demand: retries with exponential backoff and
 * jitter on the injected clock and random generator, every attempt recorded, dead letters after the last attempt or
 * a permanent failure, retried by a person, carried on by a new dispatcher after a crash, and never two dispatchers
 * sending one entry.
 */
class OutboxDispatcherTest {

    private static final OrganCode FROM = OrganCode.parse("000.00.00.H37");
    private static final OrganCode TO = OrganCode.parse("000.00.12.H37");
    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final MemoryTransactions tx = new MemoryTransactions();
    private final MemoryOutboxStore store = new MemoryOutboxStore(tx);
    private final Flaky transport = new Flaky();
    private final OutboxTransport outbox = OutboxTransport.of(tx, store, transport, clock);
    /** Always 0.75: the jitter factor is then 1 + 0.2 × (2 × 0.75 − 1) = 1.1. */
    private final RandomGenerator fixed = () -> (long) (0.75 * (1L << 53)) << 11;
    private final OutboxDispatcher.Policy policy = OutboxDispatcher.Policy.defaults()
            .withRetries(4, Duration.ofSeconds(30), Duration.ofSeconds(100));

    /** Sends into a list, or fails with the failure set. */
    static final class Flaky implements Transport {
        final List<TransportMessage> sent = Collections.synchronizedList(new ArrayList<>());
        volatile RuntimeException failure;

        @Override
        public void send(TransportMessage message) {
            RuntimeException f = failure;
            if (f != null) {
                throw f;
            }
            sent.add(message);
        }

        @Override
        public List<LeasedMessage> receive(OrganCode organisation, int max) {
            return List.of();
        }

        @Override
        public boolean acknowledge(DeliveryToken token) {
            return false;
        }
    }

    private TransportMessage message(String id) {
        return TransportMessage.status(MessageId.of(id), TransportMessage.Kind.RECEIPT_ACK, FROM, TO, "out-" + id,
                "", clock.instant());
    }

    private OutboxDispatcher dispatcher() {
        return OutboxDispatcher.of(tx, store, transport, clock, fixed, policy);
    }

    private OutboxEntry entry(String id) {
        return store.find(FROM, MessageId.of(id)).orElseThrow();
    }

    @Test
    void aQueuedMessageIsSentOnceAndRecorded() {
        outbox.send(message("m-1"));
        assertThat(transport.sent).isEmpty();
        OutboxDispatcher.Result r = dispatcher().dispatchDue();
        assertThat(r).isEqualTo(new OutboxDispatcher.Result(1, 0, 0, 0));
        assertThat(transport.sent).extracting(TransportMessage::id).containsExactly(MessageId.of("m-1"));
        OutboxEntry e = entry("m-1");
        assertThat(e.state()).isEqualTo(OutboxEntry.State.SENT);
        assertThat(e.attempts()).singleElement().satisfies(a -> {
            assertThat(a.ok()).isTrue();
            assertThat(a.at()).isEqualTo(T0);
        });
        assertThat(dispatcher().dispatchDue()).isEqualTo(new OutboxDispatcher.Result(0, 0, 0, 0));
        assertThat(transport.sent).hasSize(1);
    }

    @Test
    void queuingTheSameMessageAgainDoesNothingAndAnotherContentUnderItsIdIsRefused() {
        TransportMessage m = message("m-2");
        outbox.send(m);
        outbox.send(m);
        dispatcher().dispatchDue();
        assertThat(transport.sent).hasSize(1);
        TransportMessage other = TransportMessage.status(MessageId.of("m-2"), TransportMessage.Kind.REFUSAL, FROM,
                TO, "out-m-2", "Sai thể thức", clock.instant());
        assertThatThrownBy(() -> outbox.send(other)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another content");
    }

    @Test
    void failuresAreRetriedWithExponentialBackoffAndJitterUntilTheTransportIsBack() {
        outbox.send(message("m-3"));
        transport.failure = new MailException(MailException.Reason.UNAVAILABLE, "SMTP down");
        OutboxDispatcher d = dispatcher();
        assertThat(d.dispatchDue()).isEqualTo(new OutboxDispatcher.Result(0, 1, 0, 0));
        // 30 s × 1.1
        assertThat(entry("m-3").nextAttemptAt()).isEqualTo(T0.plusSeconds(33));
        clock.advance(Duration.ofSeconds(32));
        assertThat(d.dispatchDue()).isEqualTo(new OutboxDispatcher.Result(0, 0, 0, 0));
        clock.advance(Duration.ofSeconds(1));
        assertThat(d.dispatchDue().retried()).isEqualTo(1);
        // 60 s × 1.1 after the second failure
        assertThat(entry("m-3").nextAttemptAt()).isEqualTo(T0.plusSeconds(33 + 66));
        clock.set(entry("m-3").nextAttemptAt());
        transport.failure = null;
        assertThat(d.dispatchDue().sent()).isEqualTo(1);
        OutboxEntry e = entry("m-3");
        assertThat(e.state()).isEqualTo(OutboxEntry.State.SENT);
        assertThat(e.attempts()).extracting(OutboxEntry.Attempt::ok).containsExactly(false, false, true);
        assertThat(e.attempts().get(0).error()).contains("SMTP down");
        assertThat(e.failures()).isZero();
        assertThat(transport.sent).hasSize(1);
    }

    @Test
    void theBackoffDoublesUpToItsCeiling() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(100));
        assertThat(policy.delayAfter(40)).isEqualTo(Duration.ofSeconds(100));
    }

    @Test
    void afterTheLastAttemptTheMessageIsDeadUntilAPersonRetriesIt() {
        outbox.send(message("m-4"));
        transport.failure = new MailException(MailException.Reason.UNAVAILABLE, "SMTP down");
        OutboxDispatcher d = dispatcher();
        for (int i = 0; i < policy.maxAttempts(); i++) {
            clock.set(entry("m-4").nextAttemptAt());
            d.dispatchDue();
        }
        OutboxEntry dead = entry("m-4");
        assertThat(dead.state()).isEqualTo(OutboxEntry.State.DEAD);
        assertThat(dead.attempts()).hasSize(policy.maxAttempts()).noneMatch(OutboxEntry.Attempt::ok);
        assertThat(d.deadLetters(FROM, 0, 10)).containsExactly(dead);
        clock.advance(Duration.ofDays(1));
        assertThat(d.dispatchDue()).isEqualTo(new OutboxDispatcher.Result(0, 0, 0, 0));

        transport.failure = null;
        assertThatThrownBy(() -> d.retry(FROM, MessageId.of("m-4"), " ", "")).isInstanceOf(
                IllegalArgumentException.class);
        OutboxEntry back = d.retry(FROM, MessageId.of("m-4"), "thaolt.stp", "máy chủ thư đã hoạt động lại");
        assertThat(back.state()).isEqualTo(OutboxEntry.State.PENDING);
        assertThat(back.decidedBy()).isEqualTo("thaolt.stp");
        assertThat(d.deadLetters(FROM, 0, 10)).isEmpty();
        assertThat(d.dispatchDue().sent()).isEqualTo(1);
        assertThat(entry("m-4").attempts()).hasSize(policy.maxAttempts() + 1);
        assertThatThrownBy(() -> d.retry(FROM, MessageId.of("m-4"), "thaolt.stp", ""))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPermanentFailureGoesDeadAtOnce() {
        outbox.send(message("m-5"));
        transport.failure = new MailException(MailException.Reason.UNKNOWN_ADDRESS, "no address for " + TO);
        assertThat(dispatcher().dispatchDue()).isEqualTo(new OutboxDispatcher.Result(0, 0, 1, 0));
        assertThat(entry("m-5").state()).isEqualTo(OutboxEntry.State.DEAD);
        assertThat(entry("m-5").note()).contains("UNKNOWN_ADDRESS");
    }

    @Test
    void aDispatcherThatDiedWhileSendingIsTakenOverWhenItsClaimEnds() {
        outbox.send(message("m-6"));
        // the first dispatcher claims the entry, then its process dies before sending
        OutboxEntry claimed = entry("m-6").claimed(clock.instant().plus(policy.claim()));
        tx.run(uow -> store.save(uow, claimed));
        OutboxDispatcher restarted = dispatcher();
        assertThat(restarted.dispatchDue()).isEqualTo(new OutboxDispatcher.Result(0, 0, 0, 0));
        clock.advance(policy.claim());
        assertThat(restarted.dispatchDue().sent()).isEqualTo(1);
        assertThat(transport.sent).hasSize(1);
        assertThat(entry("m-6").state()).isEqualTo(OutboxEntry.State.SENT);
    }

    @Test
    void twoDispatchersNeverSendOneEntryTwice() throws Exception {
        int count = 60;
        for (int i = 0; i < count; i++) {
            outbox.send(message("c-" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<OutboxDispatcher.Result>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                OutboxDispatcher d = dispatcher();
                runs.add(pool.submit(() -> {
                    start.await();
                    return d.dispatchDue();
                }));
            }
            start.countDown();
            int sent = 0;
            for (Future<OutboxDispatcher.Result> f : runs) {
                sent += f.get(60, TimeUnit.SECONDS).sent();
            }
            assertThat(sent).isEqualTo(count);
        } finally {
            pool.shutdownNow();
        }
        assertThat(transport.sent).hasSize(count);
        assertThat(transport.sent.stream().map(TransportMessage::id).distinct()).hasSize(count);
    }

    @Test
    void theDispatcherIsNeverGivenTheOutboxAsItsDelivery() {
        assertThatThrownBy(() -> OutboxDispatcher.of(tx, store, outbox, clock, fixed, policy))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
