package vn.edoc.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import vn.edoc.audit.AuditEntry;
import vn.edoc.id.DocumentType;
import vn.edoc.id.OrganCode;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterKind;
import vn.edoc.register.RegisterService;
import vn.edoc.register.RegistrationRequest;
import vn.edoc.spi.ConcurrentChangeException;

/**
 * The memory adapter's lock-free commits under real threads: nothing lost, nothing doubled, every chain intact,
 * counts that only grow, and a lock table that empties again. Threads outnumber the cores on purpose.
 */
class MemoryConcurrencyProperties {

    private static final Instant NOW = Instant.parse("2025-03-10T02:00:00Z");

    private static OrganCode organ(int n) {
        return OrganCode.parse(String.format("000.00.%02d.H37", n + 1));
    }

    private static RegistrationRequest request(OrganCode organ, String documentId) {
        return RegistrationRequest.incoming(organ).documentId(documentId).notation("1/TB")
                .documentDate(LocalDate.of(2025, 3, 1)).type(DocumentType.THONG_BAO).summary("Thông báo")
                .issuer("Sở Nội vụ").actorId("vanthu").build();
    }

    /** Runs {@code task} on {@code threads} threads started together; their results in thread order. */
    private static <T> List<T> together(int threads, IntTask<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit((Callable<T>) () -> {
                    start.await();
                    return task.run(thread);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface IntTask<T> {
        T run(int thread) throws Exception;
    }

    @Property(tries = 12)
    void organisationsRegisteringAtOnceLoseNothingAndKeepEveryChainIntact(
            @ForAll @IntRange(min = 2, max = 12) int threads, @ForAll @IntRange(min = 1, max = 5) int organisations,
            @ForAll @IntRange(min = 5, max = 60) int each) throws Exception {
        MemoryStores s = MemoryStores.create();
        RegisterService service = s.registerService(Clock.fixed(NOW, ZoneOffset.UTC));
        // several threads share an organisation when there are fewer organisations than threads: they wait for its
        // register and chain, while the others go on
        List<List<RegisterEntry>> done = together(threads, t -> {
            List<RegisterEntry> mine = new ArrayList<>();
            OrganCode organ = organ(t % organisations);
            for (int i = 0; i < each; i++) {
                String id = "t" + t + "-" + i;
                mine.add(service.register(request(organ, id)));
            }
            return mine;
        });
        long[] expected = new long[organisations];
        for (int t = 0; t < threads; t++) {
            expected[t % organisations] += each;
        }
        for (int o = 0; o < organisations; o++) {
            OrganCode organ = organ(o);
            RegisterKey key = RegisterKey.of(organ, RegisterKind.INCOMING, 2025);
            if (expected[o] == 0) {
                continue;
            }
            // gap-free, unique numbers, one line and one audit entry per registration, each chain intact
            assertThat(s.sequences().current(key)).isEqualTo(expected[o]);
            assertThat(s.registers().entries(key)).extracting(RegisterEntry::number)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, expected[o]).boxed().toList());
            assertThat(s.audit().size(organ)).isEqualTo(expected[o]);
            assertThat(s.audit().verify(organ).intact()).isTrue();
            Set<String> documents = new HashSet<>();
            s.audit().scan(organ, e -> documents.add(e.comment()));
            assertThat(documents).hasSize((int) expected[o]);
        }
        assertThat(done.stream().mapToLong(List::size).sum()).isEqualTo((long) threads * each);
        assertThat(s.audit().verify().intact()).isTrue();
        assertThat(((MemoryTransactions) s.transactions()).lockTableSize()).isZero();
    }

    /** A versioned row for the table property. */
    private record Counter(String id, long version) {
    }

    @Property(tries = 8)
    void aTableLosesNoUpdateAndListsEachRowOnce(@ForAll @IntRange(min = 2, max = 12) int threads,
                                                @ForAll @IntRange(min = 10, max = 80) int each) throws Exception {
        MemoryTransactions tx = new MemoryTransactions();
        MemoryTable<Counter> table = new MemoryTable<>(tx, "counter", Counter::version);
        tx.inTransaction(uow -> {
            table.save(uow, "shared", new Counter("shared", 1));
            return null;
        });
        together(threads, t -> {
            for (int i = 0; i < each; i++) {
                // each thread adds rows of its own and bumps the shared one, retrying on a concurrent change
                String own = "row-" + t + "-" + i;
                tx.inTransaction(uow -> {
                    table.save(uow, own, new Counter(own, 1));
                    return null;
                });
                while (true) {
                    try {
                        tx.inTransaction(uow -> {
                            table.lockForUpdate(uow, "shared");
                            Counter c = table.find(uow, "shared").orElseThrow();
                            table.save(uow, "shared", new Counter("shared", c.version() + 1));
                            return null;
                        });
                        break;
                    } catch (ConcurrentChangeException e) {
                        // another thread held the row past the lock timeout: try again
                    }
                }
            }
            return null;
        });
        assertThat(table.find("shared")).map(Counter::version).contains(1L + (long) threads * each);
        List<Counter> rows = table.committed(c -> true);
        assertThat(rows).hasSize(threads * each + 1);
        assertThat(rows.stream().map(Counter::id).distinct().count()).isEqualTo(threads * each + 1L);
        assertThat(rows.get(0).id()).isEqualTo("shared");
        assertThat(tx.lockTableSize()).isZero();
    }

    @Property(tries = 8)
    void concurrentAddersLoseNoElementAndReadersSeeOnlyWholeOnes(@ForAll @IntRange(min = 2, max = 8) int threads,
                                                                  @ForAll @IntRange(min = 1, max = 3000) int each)
            throws Exception {
        AppendOnlyList<long[]> list = new AppendOnlyList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<Long> torn = reader.submit(() -> {
                long bad = 0;
                while (writing.get()) {
                    for (int i = 0, n = list.size(); i < n; i++) {
                        long[] e = list.get(i);
                        // an element is whole once seen: its two halves agree
                        if (e != null && e[0] != -e[1]) {
                            bad++;
                        }
                    }
                }
                return bad;
            });
            together(threads, t -> {
                for (int i = 0; i < each; i++) {
                    long v = (long) t * 1_000_000 + i + 1;
                    list.add(new long[] {v, -v});
                }
                return null;
            });
            writing.set(false);
            assertThat(torn.get(1, TimeUnit.MINUTES)).isZero();
        } finally {
            reader.shutdownNow();
        }
        assertThat(list.size()).isEqualTo(threads * each);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            assertThat(list.get(i)).isNotNull();
            seen.add(list.get(i)[0]);
        }
        assertThat(seen).hasSize(threads * each);
    }

    @Property(tries = 5)
    void theLockTableKeepsOnlyLocksInUse(@ForAll @IntRange(min = 1, max = 40) int rows) throws Exception {
        MemoryTransactions tx = new MemoryTransactions(Duration.ofMillis(50));
        MemoryTable<Counter> table = new MemoryTable<>(tx, "counter", Counter::version);
        for (int i = 0; i < rows; i++) {
            String id = "r" + i;
            tx.inTransaction(uow -> {
                table.save(uow, id, new Counter(id, 1));
                return null;
            });
            // refused at once (stale version), rolled back, and marked rollback-only: no lock stays behind
            try {
                tx.inTransaction(uow -> {
                    table.save(uow, id, new Counter(id, 5));
                    return null;
                });
            } catch (ConcurrentChangeException expected) {
                // the stale version
            }
            tx.inTransaction(uow -> {
                table.lockForUpdate(uow, id);
                uow.setRollbackOnly();
                return null;
            });
        }
        assertThat(tx.lockTableSize()).isZero();
        // a lock held by one unit of work and waited for in vain by another: counted while in use, gone after
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = other.submit(() -> tx.inTransaction(uow -> {
                table.lockForUpdate(uow, "r0");
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            held.await();
            assertThat(tx.lockTableSize()).isEqualTo(1);
            boolean timedOut = false;
            try {
                tx.inTransaction(uow -> {
                    table.lockForUpdate(uow, "r0");
                    return null;
                });
            } catch (ConcurrentChangeException e) {
                timedOut = true;
            }
            assertThat(timedOut).isTrue();
            assertThat(tx.lockTableSize()).isEqualTo(1);
            release.countDown();
            holder.get(1, TimeUnit.MINUTES);
        } finally {
            other.shutdownNow();
        }
        assertThat(tx.lockTableSize()).isZero();
    }

    @Property(tries = 6)
    void aChainReadWhileOthersAppendOnlyGrowsAndStaysIntact(@ForAll @IntRange(min = 2, max = 8) int threads,
                                                            @ForAll @IntRange(min = 10, max = 80) int each)
            throws Exception {
        MemoryStores s = MemoryStores.create();
        RegisterService service = s.registerService(Clock.fixed(NOW, ZoneOffset.UTC));
        OrganCode watched = organ(0);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<Long> bad = reader.submit(() -> {
                long wrong = 0;
                long last = 0;
                while (writing.get()) {
                    List<AuditEntry> chain = s.audit().read(watched, 1, Integer.MAX_VALUE);
                    // a prefix of the chain, in sequence, never shorter than before
                    for (int i = 0; i < chain.size(); i++) {
                        if (chain.get(i).sequence() != i + 1) {
                            wrong++;
                        }
                    }
                    // and what a later look counts includes what this one saw
                    if (chain.size() < last || s.audit().size(watched) < chain.size()) {
                        wrong++;
                    }
                    last = chain.size();
                }
                return wrong;
            });
            together(threads, t -> {
                for (int i = 0; i < each; i++) {
                    service.register(request(organ(t % 2), "t" + t + "-" + i));
                }
                return null;
            });
            writing.set(false);
            assertThat(bad.get(1, TimeUnit.MINUTES)).isZero();
        } finally {
            reader.shutdownNow();
        }
        assertThat(s.audit().verify().intact()).isTrue();
        assertThat(s.audit().size(organ(0)) + s.audit().size(organ(1))).isEqualTo((long) threads * each);
    }
}
