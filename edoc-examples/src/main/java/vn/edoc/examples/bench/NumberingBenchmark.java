package vn.edoc.examples.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import vn.edoc.document.Urgency;
import vn.edoc.id.DocumentType;
import vn.edoc.id.OrganCode;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterKind;
import vn.edoc.register.RegisterService;
import vn.edoc.register.RegistrationRequest;
import vn.edoc.register.SequenceAllocator;
import vn.edoc.spi.Transactions;
import vn.edoc.store.memory.MemoryStores;

/**
 * Registrations per second on the in-memory adapter (cấp số và đăng ký văn bản đến):
 * <ul>
 *   <li>{@code numbering*}: numbering alone, one {@link SequenceAllocator#next} in its own unit of work;</li>
 *   <li>{@code register*}: the whole registration of an incoming document through {@link RegisterService}: checks,
 *       number, register line, entry digest and one SHA-256 chained audit entry, in one unit of work.</li>
 * </ul>
 * Each runs on one thread and on two threads sharing one register (the contended case: every unit of work of the
 * memory adapter is serialised). The stores are fresh for every iteration so memory stays bounded.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package} then
 * {@code java -cp edoc-examples/target/edoc.jar org.openjdk.jmh.Main Numbering -f 1 -wi 2 -i 3 -w 1s -r 1s}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class NumberingBenchmark {

    private static final OrganCode ORGAN = OrganCode.parse("000.00.00.H37");

    /** Fresh in-memory stores and a register service, shared by the benchmark threads. */
    @State(Scope.Benchmark)
    public static class Stores {
        Transactions transactions;
        SequenceAllocator sequences;
        RegisterService service;
        RegisterKey key;
        RegistrationRequest template;
        final AtomicLong documents = new AtomicLong();

        /** New, empty stores for each iteration. */
        @Setup(Level.Iteration)
        public void setUp() {
            MemoryStores stores = MemoryStores.create();
            transactions = stores.transactions();
            sequences = stores.sequences();
            Clock clock = Clock.fixed(Instant.parse("2025-03-10T02:00:00Z"), ZoneOffset.UTC);
            service = stores.registerService(clock);
            key = RegisterKey.of(ORGAN, RegisterKind.INCOMING, 2025);
            template = RegistrationRequest.incoming(ORGAN)
                    .notation("12/QĐ-UBND")
                    .documentDate(LocalDate.of(2025, 3, 7))
                    .type(DocumentType.QUYET_DINH)
                    .summary("Về việc ban hành Quy chế tiếp nhận, xử lý, phát hành văn bản điện tử")
                    .issuer("Ủy ban nhân dân tỉnh Lạng Sơn")
                    .pageCount(4)
                    .urgency(Urgency.KHAN)
                    .actorId("vanthu.ubnd")
                    .documentId("placeholder")
                    .build();
        }

        RegistrationRequest nextRequest() {
            return template.toBuilder().documentId("doc-" + documents.incrementAndGet()).build();
        }
    }

    /** Numbering alone, one thread. */
    @Benchmark
    @Threads(1)
    public long numberingOneThread(Stores s) {
        return s.transactions.inTransaction(uow -> s.sequences.next(uow, s.key));
    }

    /** Numbering alone, two threads on one register. */
    @Benchmark
    @Threads(2)
    public long numberingTwoThreads(Stores s) {
        return s.transactions.inTransaction(uow -> s.sequences.next(uow, s.key));
    }

    /** The whole registration with audit hashing, one thread. */
    @Benchmark
    @Threads(1)
    public RegisterEntry registerOneThread(Stores s) {
        return s.service.register(s.nextRequest());
    }

    /** The whole registration with audit hashing, two threads on one register. */
    @Benchmark
    @Threads(2)
    public RegisterEntry registerTwoThreads(Stores s) {
        return s.service.register(s.nextRequest());
    }
}
