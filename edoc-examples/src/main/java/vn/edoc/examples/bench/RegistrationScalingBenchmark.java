package vn.edoc.examples.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.edoc.document.Attachment;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.id.DocumentType;
import vn.edoc.document.Urgency;
import vn.edoc.id.OrganCode;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterService;
import vn.edoc.register.RegistrationRequest;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.routing.DocumentStore;
import vn.edoc.spi.Transactions;
import vn.edoc.store.memory.MemoryStores;

/**
 * Full registrations per second across organisations on the in-memory adapter (đăng ký văn bản đến, nhiều cơ quan):
 * each benchmark thread is one organisation, and one operation is what registering a received document costs: the
 * file put in the content store (read in chunks, SHA-256 over 8 KiB; only the digest is kept), then in one committed unit of work a new incoming record, the
 * next number of the organisation's incoming register, the register line and one entry of the organisation's own
 * hash-chained audit trail. With one audit chain and one register per organisation, units of work of different
 * organisations share no lock, so the throughput should grow with the cores and not fall with more threads than
 * cores (the goal: with as many threads as cores at least 0.7 × cores × the one-thread figure).
 *
 * <p>Run: the build command of {@code docs/benchmarks.md}, then
 * {@code java -cp edoc-examples/target/edoc.jar org.openjdk.jmh.Main RegistrationScaling -prof gc}
 * (all three thread counts in one run; {@code -prof gc} shows the allocation per registration and the time spent
 * collecting). {@code -p content=memory} puts the files in the adapter's own {@link vn.edoc.store.memory.MemoryContentStore},
 * which keeps their bytes, instead of the digest-only store.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// three JVMs: one JVM's figure for sixteen threads depends on how its JIT compiler settled (82,000 to 105,000 ops/s
// between single-fork runs of one jar); over three forks the 99.9 % interval is within 7 %
@Fork(value = 3, jvmArgsAppend = {"-Xmx2g"})
// 36 s of warm-up: with sixteen busy threads on two cores the JIT compiler's threads get a sixteenth of the CPU they
// get beside one thread, and the sixteen-thread figure was still rising after 18 s (31,000 -> 105,000 ops/s over
// twelve iterations of 3 s, then flat)
@Warmup(iterations = 12, time = 3)
@Measurement(iterations = 5, time = 3)
public class RegistrationScalingBenchmark {

    private static final int FILE_SIZE = 8 * 1024;
    private static final Instant NOW = Instant.parse("2025-03-10T02:00:00Z");

    /**
     * The shared stores, fresh for every iteration so memory stays bounded (every record, line and audit entry of the
     * iteration is kept in them); by default the content store keeps digests only ({@link DigestOnlyContentStore}),
     * so 8 KiB per registration do not pile up during an iteration and the figure is not the garbage collector's.
     */
    @State(Scope.Benchmark)
    public static class Platform {
        /** {@code digest-only}: the file is read and hashed, its bytes dropped; {@code memory}: the adapter's own. */
        @Param({"digest-only"})
        public String content;

        Transactions transactions;
        DocumentStore documents;
        ContentStore contents;
        RegisterService registers;
        final AtomicInteger organisations = new AtomicInteger();

        /** New, empty stores. */
        @Setup(Level.Iteration)
        public void setUp() {
            MemoryStores stores = MemoryStores.create();
            transactions = stores.transactions();
            documents = stores.documents();
            contents = switch (content) {
                case "digest-only" -> new DigestOnlyContentStore();
                case "memory" -> stores.content();
                default -> throw new IllegalArgumentException("content is digest-only or memory, not " + content);
            };
            registers = stores.registerService(Clock.fixed(NOW, ZoneOffset.UTC));
        }

        /** Organisations are handed out again from the first for each trial. */
        @TearDown(Level.Trial)
        public void reset() {
            organisations.set(0);
        }
    }

    /** One benchmark thread's organisation and its file bytes. */
    @State(Scope.Thread)
    public static class Organisation {
        OrganCode code;
        byte[] file;
        long sequence;
        RegistrationRequest template;
        Document document;

        /** Takes the next organisation code ({@code 000.00.01.H37}, {@code 000.00.02.H37}, …). */
        @Setup(Level.Trial)
        public void setUp(Platform platform) {
            int n = platform.organisations.incrementAndGet();
            code = OrganCode.parse(String.format("000.00.%02d.H37", n));
            file = new byte[FILE_SIZE];
            byte[] text = ("%PDF-1.4 công văn của " + code.value() + " ").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < FILE_SIZE; i++) {
                file[i] = text[i % text.length];
            }
            template = RegistrationRequest.incoming(code)
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
            document = Document.builder().direction(Direction.INCOMING).type(DocumentType.QUYET_DINH)
                    .subject("Quy chế tiếp nhận văn bản điện tử").pageCount(4).build();
        }
    }

    /** One full registration of the next file of {@code o}; also used by {@link RegistrationFootprint}. */
    static RegisterEntry registerOne(Platform p, Organisation o) {
        // a different file every time, as in life: the sequence goes into the last 8 bytes
        long n = ++o.sequence;
        for (int i = 0; i < 8; i++) {
            o.file[FILE_SIZE - 1 - i] = (byte) (n >>> (8 * i));
        }
        ContentRef ref = p.contents.put(new ByteArrayInputStream(o.file));
        Document withFile = o.document.toBuilder().addAttachment(new Attachment("qd.pdf", "application/pdf",
                ref.size(), ref.sha256(), Attachment.Role.MAIN)).build();
        return p.transactions.inTransaction(uow -> {
            String id = p.documents.newId(uow, "in");
            RegisterEntry entry = p.registers.register(uow, o.template.toBuilder().documentId(id).build());
            p.documents.saveIncoming(uow, RegisteredIncoming.of(id, o.code, withFile, entry.number(), NOW));
            return entry;
        });
    }

    /** One organisation on one thread. */
    @Benchmark
    @Threads(1)
    public RegisterEntry oneThread(Platform p, Organisation o) {
        return registerOne(p, o);
    }

    /** Two organisations on two threads (as many as the measuring machine's cores). */
    @Benchmark
    @Threads(2)
    public RegisterEntry twoThreads(Platform p, Organisation o) {
        return registerOne(p, o);
    }

    /** Sixteen organisations on sixteen threads. */
    @Benchmark
    @Threads(16)
    public RegisterEntry sixteenThreads(Platform p, Organisation o) {
        return registerOne(p, o);
    }
}
