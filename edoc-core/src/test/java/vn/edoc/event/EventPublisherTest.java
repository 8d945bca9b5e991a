package vn.edoc.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.edoc.document.Direction;
import vn.edoc.event.DomainEvent.AccountLocked;
import vn.edoc.event.DomainEvent.DocumentRegistered;

class EventPublisherTest {

    private static final Instant AT = Instant.parse("2026-03-02T01:30:00Z");
    private static final DomainEvent REGISTERED = new DocumentRegistered(AT, "clerk", "doc-1", Direction.INCOMING, 1);
    private static final DomainEvent LOCKED = new AccountLocked(AT, "admin", "lanpt.tuyphuoc");

    private final EventPublisher publisher = new EventPublisher();

    @Test
    void aFailingListenerStopsNeitherTheOthersNorThePublisher() {
        List<String> seen = new ArrayList<>();
        publisher.subscribe(e -> seen.add("first:" + e.objectId()));
        publisher.subscribe(e -> {
            throw new IllegalStateException("mail server down");
        });
        publisher.subscribe(e -> {
            throw new AssertionError("a broken listener");
        });
        publisher.subscribe(e -> seen.add("last:" + e.objectId()));
        int failed = publisher.publish(REGISTERED);
        assertThat(failed).isEqualTo(2);
        assertThat(seen).containsExactly("first:doc-1", "last:doc-1");
        assertThat(publisher.publish(LOCKED)).isEqualTo(2);
        assertThat(seen).hasSize(4);
    }

    @Test
    void errorsOfTheVirtualMachineItselfPassThrough() {
        publisher.subscribe(e -> {
            throw new OutOfMemoryError("simulated");
        });
        assertThatThrownBy(() -> publisher.publish(REGISTERED)).isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void listenersReceiveInSubscriptionOrderUntilTheyUnsubscribe() {
        List<Integer> order = new ArrayList<>();
        EventPublisher.Subscription one = publisher.subscribe(e -> order.add(1));
        publisher.subscribe(e -> order.add(2));
        publisher.publish(REGISTERED);
        one.close();
        one.close();
        publisher.publish(REGISTERED);
        assertThat(order).containsExactly(1, 2, 2);
        assertThat(publisher.listenerCount()).isEqualTo(1);
        assertThat(publisher.publish(REGISTERED)).isZero();
    }

    @Test
    void typedSubscriptionsSeeOnlyTheirType() {
        List<AccountLocked> locked = new ArrayList<>();
        publisher.subscribe(AccountLocked.class, locked::add);
        publisher.publish(REGISTERED);
        publisher.publish(LOCKED);
        assertThat(locked).containsExactly((AccountLocked) LOCKED);
    }

    @Test
    void aListenerSubscribedDuringDeliveryGetsOnlyLaterEvents() {
        AtomicInteger late = new AtomicInteger();
        publisher.subscribe(e -> {
            if (e == REGISTERED) {
                publisher.subscribe(x -> late.incrementAndGet());
            }
        });
        publisher.publish(REGISTERED);
        assertThat(late).hasValue(0);
        publisher.publish(LOCKED);
        assertThat(late).hasValue(1);
    }

    @Test
    void nullsAreRefusedPlainly() {
        assertThatThrownBy(() -> publisher.publish(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> publisher.subscribe(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> publisher.subscribe(AccountLocked.class, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentPublishingAndSubscribingLosesNothing() throws Exception {
        AtomicInteger stable = new AtomicInteger();
        publisher.subscribe(e -> stable.incrementAndGet());
        publisher.subscribe(e -> {
            throw new IllegalStateException("always fails");
        });
        int threads = 4;
        int perThread = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> publishers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                publishers.add(pool.submit(() -> {
                    start.await();
                    int failures = 0;
                    for (int i = 0; i < perThread; i++) {
                        failures += publisher.publish(REGISTERED);
                    }
                    return failures;
                }));
            }
            List<Integer> churn = Collections.synchronizedList(new ArrayList<>());
            Future<?> churner = pool.submit(() -> {
                start.await();
                for (int i = 0; i < 500; i++) {
                    EventPublisher.Subscription s = publisher.subscribe(e -> churn.add(1));
                    s.close();
                }
                return null;
            });
            start.countDown();
            int failures = 0;
            for (Future<Integer> f : publishers) {
                failures += f.get(60, TimeUnit.SECONDS);
            }
            churner.get(60, TimeUnit.SECONDS);
            assertThat(stable).hasValue(threads * perThread);
            assertThat(failures).isEqualTo(threads * perThread);
            assertThat(publisher.listenerCount()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }
}
