package vn.edoc.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.edoc.audit.AuditAnchor;
import vn.edoc.audit.AuditChain;
import vn.edoc.audit.AuditEntry;
import vn.edoc.audit.AuditEvent;
import vn.edoc.audit.AuditFlag;
import vn.edoc.audit.AuditReport;
import vn.edoc.audit.AuditVerification;
import vn.edoc.audit.AuditViolation;
import vn.edoc.document.Confidentiality;
import vn.edoc.document.Urgency;
import vn.edoc.id.DocumentType;
import vn.edoc.id.OrganCode;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterKind;
import vn.edoc.register.RegisterService;
import vn.edoc.register.RegisterViolation;
import vn.edoc.register.RegistrationRequest;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.validation.EdocRuleException;

/**
 * The storage conformance kit (bộ kiểm tra tương thích lưu trữ): what every adapter of {@link vn.edoc.spi.Transactions},
 * {@link vn.edoc.register.SequenceAllocator}, {@link vn.edoc.register.RegisterStore} and {@link vn.edoc.spi.AuditLog} must pass,
 * in the style of Micrometer's {@code MeterRegistryCompatibilityKit}: gap-free numbering per register, the yearly
 * restart on 1 January Vietnam time, rollback consuming nothing, registers independent of each other, refused
 * registrations changing nothing, the audit chain verifying and every kind of tampering detected, and numbering
 * under concurrency.
 *
 * <h2>Running it against your storage</h2>
 * Add edoc-core's test-jar and the test libraries to your test classpath:
 * <pre>{@code
 * <dependency>
 *   <groupId>vn.edoc</groupId>
 *   <artifactId>edoc-core</artifactId>
 *   <version>${edoc.version}</version>
 *   <type>test-jar</type>
 *   <scope>test</scope>
 * </dependency>
 * <!-- plus org.junit.jupiter:junit-jupiter and org.assertj:assertj-core, test scope -->
 * }</pre>
 * and extend this class (the name must match your Surefire includes, e.g. end in {@code Test}):
 * <pre>{@code
 * class MyStorageCompatibilityTest extends StorageCompatibilityKit {
 *     protected StoresUnderTest createStores() {
 *         MyStores s = new MyStores(freshEmptyDatabase());
 *         return new StoresUnderTest(s.transactions(), s.sequences(), s.registers(), s.audit());
 *     }
 *     protected void rewriteStoredAudit(StoresUnderTest stores, OrganCode organisation,
 *                                       UnaryOperator<List<AuditEntry>> edit) {
 *         // load the stored entries of that organisation's chain in storage order, apply edit, and store the
 *         // result as it is (no re-linking): DELETE the chain's rows, INSERT the edited list
 *     }
 * }
 * }</pre>
 * {@link #createStores()} must give empty storage for every test. {@link #rewriteStoredAudit} plays the attacker
 * who edits the storage directly. Override {@link #registrationsPerThread()} to run the concurrency test harder
 * (the memory adapter runs 16 × 10,000). The tests sit in {@code @Nested} classes by concern (numbering, registers,
 * units of work, audit trail); build tools report them under those nested class names.
 */
public abstract class StorageCompatibilityKit {

    /** An organisation code from the QCVN 102:2016 examples (Văn phòng Chính phủ). */
    protected static final OrganCode ORGAN = OrganCode.parse("000.00.00.G22");
    /** A second organisation, to show that registers of different organisations are independent. */
    protected static final OrganCode OTHER_ORGAN = OrganCode.parse("000.00.00.H37");
    /** 09:00 on 10 March 2025, Vietnam time. */
    protected static final Instant MORNING = Instant.parse("2025-03-10T02:00:00Z");

    /** Fresh, empty storage; called before every test. */
    protected abstract StoresUnderTest createStores();

    /**
     * Replaces the audit entries stored in the chain of {@code organisation} in {@code stores} by {@code edit}
     * applied to them (in storage order), bypassing the chain, as an attacker with direct access to the storage
     * would. The entries returned are stored in that chain as they are, whatever organisation they name.
     */
    protected abstract void rewriteStoredAudit(StoresUnderTest stores, OrganCode organisation,
                                               UnaryOperator<List<AuditEntry>> edit);

    /** Threads of the concurrency test. */
    protected int concurrentThreads() {
        return 16;
    }

    /** Registrations per thread in the concurrency test; kept small by default so the kit runs fast. */
    protected int registrationsPerThread() {
        return 250;
    }

    protected StoresUnderTest stores;
    protected MutableClock clock;
    protected RegisterService service;

    @BeforeEach
    void setUpStores() {
        stores = createStores();
        clock = new MutableClock(MORNING);
        service = stores.registerService(clock);
    }

    /** A valid request to the incoming register of {@link #ORGAN} for document {@code documentId}. */
    protected static RegistrationRequest incoming(String documentId) {
        return RegistrationRequest.incoming(ORGAN)
                .documentId(documentId)
                .notation("12/QĐ-UBND")
                .documentDate(LocalDate.of(2024, 12, 20))
                .type(DocumentType.QUYET_DINH)
                .summary("Về việc ban hành Quy chế quản lý văn bản điện tử")
                .issuer("Ủy ban nhân dân tỉnh Lạng Sơn")
                .pageCount(3)
                .urgency(Urgency.KHAN)
                .actorId("vanthu.vpcp")
                .build();
    }

    /** A valid request to the outgoing register of {@link #ORGAN} for document {@code documentId}. */
    protected static RegistrationRequest outgoing(String documentId) {
        return RegistrationRequest.outgoing(ORGAN)
                .documentId(documentId)
                .notation("VPCP-VP")
                .documentDate(LocalDate.of(2024, 12, 20))
                .type(DocumentType.CONG_VAN)
                .summary("V/v triển khai hệ thống quản lý văn bản")
                .recipients("Bộ Nội vụ", "Ủy ban nhân dân tỉnh Sơn La")
                .actorId("vanthu.vpcp")
                .build();
    }

    private RegisterKey incomingKey(int year) {
        return RegisterKey.of(ORGAN, RegisterKind.INCOMING, year);
    }

    private long allocate(RegisterKey key) {
        return stores.transactions().inTransaction(uow -> stores.sequences().next(uow, key));
    }

    private StorageSnapshot snapshot() {
        return StorageSnapshot.of(stores, List.of(incomingKey(2025)));
    }

    private List<AuditEntry> auditEntries() {
        List<AuditEntry> all = new ArrayList<>();
        stores.audit().scan(ORGAN, all::add);
        return all;
    }

    private void appendEvents(int count) {
        for (int i = 0; i < count; i++) {
            int n = i;
            stores.transactions().run(uow -> stores.audit().append(uow, ORGAN, AuditEvent.of("chiennv.ubnd",
                    "document.view", MORNING.plusSeconds(n), "document", "doc-" + n, null, null)));
        }
    }

    private void appendEvents(OrganCode organisation, int count) {
        for (int i = 0; i < count; i++) {
            int n = i;
            stores.transactions().run(uow -> stores.audit().append(uow, organisation, AuditEvent.of("thaolt.stp",
                    "document.view", MORNING.plusSeconds(n), "document", "doc-" + n, null, null)));
        }
    }

    // =====================================================================================================
    @Nested
    @DisplayName("numbering (R-ID-3)")
    class Numbering {

        @Test
        @DisplayName("numbers run 1, 2, 3… without gap; current and peek follow")
        void consecutive() {
            RegisterKey key = incomingKey(2025);
            assertThat(stores.sequences().current(key)).isZero();
            assertThat(stores.sequences().peek(key)).isEqualTo(1);
            List<Long> got = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                got.add(allocate(key));
            }
            assertThat(got).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(stores.sequences().current(key)).isEqualTo(5);
            assertThat(stores.sequences().peek(key)).isEqualTo(6);
            assertThat(stores.sequences().peek(key)).as("peek reserves nothing").isEqualTo(6);
        }

        @Test
        @DisplayName("several numbers in one unit of work follow each other and stay private until commit")
        void severalInOneUnitOfWork() {
            RegisterKey key = incomingKey(2025);
            List<Long> seen = stores.transactions().inTransaction(uow -> {
                long a = stores.sequences().next(uow, key);
                long b = stores.sequences().next(uow, key);
                return List.of(a, b, stores.sequences().current(uow, key), stores.sequences().current(key));
            });
            assertThat(seen).containsExactly(1L, 2L, 2L, 0L);
            assertThat(stores.sequences().current(key)).isEqualTo(2);
        }

        @Test
        @DisplayName("a unit of work that throws consumes no number")
        void rollbackOnException() {
            RegisterKey key = incomingKey(2025);
            allocate(key);
            IllegalStateException boom = new IllegalStateException("boom");
            assertThatThrownBy(() -> stores.transactions().inTransaction(uow -> {
                stores.sequences().next(uow, key);
                stores.sequences().next(uow, key);
                throw boom;
            })).as("the same exception comes back").isSameAs(boom);
            assertThat(stores.sequences().current(key)).isEqualTo(1);
            assertThat(allocate(key)).isEqualTo(2);
        }

        @Test
        @DisplayName("a unit of work marked rollback-only consumes no number")
        void rollbackOnly() {
            RegisterKey key = incomingKey(2025);
            long inside = stores.transactions().inTransaction(uow -> {
                long n = stores.sequences().next(uow, key);
                uow.setRollbackOnly();
                assertThat(uow.isRollbackOnly()).isTrue();
                return n;
            });
            assertThat(inside).isEqualTo(1);
            assertThat(stores.sequences().current(key)).isZero();
            assertThat(allocate(key)).isEqualTo(1);
        }

        @Test
        @DisplayName("each organisation, kind, series and year has its own numbers")
        void keysAreIndependent() {
            RegisterKey base = incomingKey(2025);
            List<RegisterKey> others = List.of(
                    RegisterKey.of(OTHER_ORGAN, RegisterKind.INCOMING, 2025),
                    RegisterKey.of(ORGAN, RegisterKind.OUTGOING, 2025),
                    RegisterKey.of(ORGAN, RegisterKind.OUTGOING, "QĐ QPPL", 2025),
                    RegisterKey.of(ORGAN, RegisterKind.INCOMING, 2026));
            for (int i = 0; i < 3; i++) {
                allocate(base);
            }
            for (RegisterKey other : others) {
                assertThat(allocate(other)).as(other.toString()).isEqualTo(1);
                assertThat(allocate(other)).as(other.toString()).isEqualTo(2);
            }
            assertThat(stores.sequences().current(base)).isEqualTo(3);
        }

        @Test
        @DisplayName("concurrent numbering on two registers gives each its own 1..n")
        void concurrentNumberingOnTwoKeys() throws Exception {
            RegisterKey a = incomingKey(2025);
            RegisterKey b = RegisterKey.of(ORGAN, RegisterKind.OUTGOING, 2025);
            int threads = 4;
            int perThread = 500;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<List<long[]>>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(() -> {
                        List<long[]> got = new ArrayList<>();
                        for (int i = 0; i < perThread; i++) {
                            RegisterKey key = i % 2 == 0 ? a : b;
                            got.add(new long[] {key == a ? 0 : 1, allocate(key)});
                        }
                        return got;
                    }));
                }
                List<Long> onA = new ArrayList<>();
                List<Long> onB = new ArrayList<>();
                for (Future<List<long[]>> f : futures) {
                    for (long[] g : f.get(5, TimeUnit.MINUTES)) {
                        (g[0] == 0 ? onA : onB).add(g[1]);
                    }
                }
                Collections.sort(onA);
                Collections.sort(onB);
                long each = (long) threads * perThread / 2;
                assertThat(onA).isEqualTo(LongStream.rangeClosed(1, each).boxed().toList());
                assertThat(onB).isEqualTo(LongStream.rangeClosed(1, each).boxed().toList());
                assertThat(stores.sequences().current(a)).isEqualTo(each);
                assertThat(stores.sequences().current(b)).isEqualTo(each);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        @DisplayName("the register restarts at 1 on 1 January, Vietnam time (2024-12-31T17:30Z is already 2025)")
        void yearlyRestartInVietnamTime() {
            clock.set(Instant.parse("2024-12-31T16:59:59Z")); // 23:59:59 on 31 December in Hà Nội
            RegisterEntry late = service.register(incoming("doc-2024-a"));
            RegisterEntry later = service.register(incoming("doc-2024-b"));
            clock.set(Instant.parse("2024-12-31T17:30:00Z")); // 00:30 on 1 January 2025 in Hà Nội
            RegisterEntry first = service.register(incoming("doc-2025-a"));
            RegisterEntry second = service.register(incoming("doc-2025-b"));

            assertThat(late.key().year()).isEqualTo(2024);
            assertThat(List.of(late.number(), later.number())).containsExactly(1L, 2L);
            assertThat(first.key().year()).isEqualTo(2025);
            assertThat(first.registrationDay()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(List.of(first.number(), second.number())).containsExactly(1L, 2L);
            assertThat(stores.sequences().current(incomingKey(2024))).isEqualTo(2);
            assertThat(stores.sequences().current(incomingKey(2025))).isEqualTo(2);
        }

        @Test
        @DisplayName("concurrent registrations in one register give exactly 1..threads×n, each audited once")
        void concurrentRegistrations() throws Exception {
            int threads = concurrentThreads();
            int perThread = registrationsPerThread();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> futures = new ArrayList<>();
            try {
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        start.await();
                        List<Long> mine = new ArrayList<>(perThread);
                        for (int i = 0; i < perThread; i++) {
                            mine.add(service.register(incoming("t" + thread + "-" + i)).number());
                        }
                        return mine;
                    }));
                }
                start.countDown();
                List<Long> all = new ArrayList<>(threads * perThread);
                for (Future<List<Long>> f : futures) {
                    all.addAll(f.get(10, TimeUnit.MINUTES));
                }
                long total = (long) threads * perThread;
                Collections.sort(all);
                assertThat(all).hasSize((int) total);
                assertThat(all).isEqualTo(LongStream.rangeClosed(1, total).boxed().toList());
                for (Future<List<Long>> f : futures) {
                    List<Long> mine = f.get();
                    for (int i = 1; i < mine.size(); i++) {
                        assertThat(mine.get(i)).as("one thread's numbers rise").isGreaterThan(mine.get(i - 1));
                    }
                }
                RegisterKey key = incomingKey(2025);
                assertThat(stores.sequences().current(key)).isEqualTo(total);
                List<RegisterEntry> entries = stores.registers().entries(key);
                assertThat(entries).hasSize((int) total);
                assertThat(entries.get(entries.size() - 1).number()).isEqualTo(total);
                assertThat(stores.audit().size()).isEqualTo(total);
                Set<String> audited = new HashSet<>();
                stores.audit().scan(e -> audited.add(e.objectId()));
                assertThat(audited).hasSize((int) total);
                assertThat(stores.audit().verify().intact()).isTrue();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    // =====================================================================================================
    @Nested
    @DisplayName("registers (R-IN-3, R-OUT-3)")
    class Registers {

        @Test
        @DisplayName("a registration stores the line and one audit entry in one unit of work")
        void registerStoresAndAudits() {
            RegisterEntry entry = service.register(incoming("doc-1"));
            assertThat(entry.number()).isEqualTo(1);
            assertThat(entry.key()).isEqualTo(incomingKey(2025));
            assertThat(entry.registeredAt()).isEqualTo(MORNING);
            assertThat(entry.issuer()).contains("Ủy ban nhân dân tỉnh Lạng Sơn");
            assertThat(stores.registers().entries(entry.key())).containsExactly(entry);
            assertThat(stores.registers().find(entry.key(), 1)).contains(entry);
            assertThat(stores.registers().keys()).containsExactly(entry.key());

            List<AuditEntry> audit = auditEntries();
            assertThat(audit).hasSize(1);
            AuditEntry a = audit.get(0);
            assertThat(a.sequence()).isEqualTo(1);
            assertThat(a.actor()).isEqualTo("vanthu.vpcp");
            assertThat(a.action()).isEqualTo("register.incoming");
            assertThat(a.objectType()).isEqualTo(RegisterService.AUDIT_OBJECT_TYPE);
            assertThat(a.objectId()).isEqualTo("000.00.00.G22/incoming/2025#1");
            assertThat(a.beforeDigest()).isNull();
            assertThat(a.afterDigest()).isEqualTo(entry.digest());
            assertThat(a.time()).isEqualTo(MORNING);
        }

        @Test
        @DisplayName("incoming and outgoing registers number separately; outgoing lines keep their recipients")
        void incomingAndOutgoing() {
            RegisterEntry in = service.register(incoming("doc-1"));
            RegisterEntry out = service.register(outgoing("doc-2"));
            assertThat(in.number()).isEqualTo(1);
            assertThat(out.number()).isEqualTo(1);
            assertThat(out.key().kind()).isEqualTo(RegisterKind.OUTGOING);
            assertThat(out.recipients()).containsExactly("Bộ Nội vụ", "Ủy ban nhân dân tỉnh Sơn La");
            assertThat(auditEntries()).extracting(AuditEntry::action)
                    .containsExactly("register.incoming", "register.outgoing");
        }

        @Test
        @DisplayName("a document already in the register is refused and nothing changes")
        void duplicateDocumentRefused() {
            service.register(incoming("doc-1"));
            StorageSnapshot before = snapshot();
            assertThatThrownBy(() -> service.register(incoming("doc-1")))
                    .isInstanceOfSatisfying(EdocRuleException.class, e -> {
                        assertThat(e.result().has(RegisterViolation.DUPLICATE_DOCUMENT)).isTrue();
                        assertThat(e.ruleIds()).containsExactly("R-ID-3");
                    });
            assertThat(snapshot()).isEqualTo(before);
            assertThat(service.register(incoming("doc-2")).number()).as("no number was lost").isEqualTo(2);
        }

        @Test
        @DisplayName("a state-secret document is refused (R-SEC-1) and nothing changes")
        void stateSecretRefused() {
            service.register(incoming("doc-1"));
            StorageSnapshot before = snapshot();
            RegistrationRequest secret = incoming("doc-2").toBuilder().confidentiality(Confidentiality.MAT).build();
            assertThatThrownBy(() -> service.register(secret))
                    .isInstanceOfSatisfying(EdocRuleException.class,
                            e -> assertThat(e.ruleIds()).containsExactly("R-SEC-1"));
            assertThat(snapshot()).isEqualTo(before);
        }

        @Test
        @DisplayName("the same documents registered by several clerks at once: each registered once, the rest refused"
                + " as duplicates (R-ID-3), numbers without a gap")
        void sameDocumentsAtOnce() throws Exception {
            int clerks = Math.max(2, Math.min(4, concurrentThreads()));
            int documents = 12;
            ExecutorService pool = Executors.newFixedThreadPool(clerks);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<int[]>> futures = new ArrayList<>();
            try {
                for (int t = 0; t < clerks; t++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        int[] registeredAndRefused = new int[2];
                        for (int d = 0; d < documents; d++) {
                            try {
                                service.register(incoming("shared-" + d));
                                registeredAndRefused[0]++;
                            } catch (EdocRuleException e) {
                                assertThat(e.result().has(RegisterViolation.DUPLICATE_DOCUMENT)).as(e.getMessage())
                                        .isTrue();
                                registeredAndRefused[1]++;
                            }
                        }
                        return registeredAndRefused;
                    }));
                }
                start.countDown();
                int registered = 0;
                int refused = 0;
                for (Future<int[]> f : futures) {
                    int[] counts = f.get(5, TimeUnit.MINUTES);
                    registered += counts[0];
                    refused += counts[1];
                }
                assertThat(registered).isEqualTo(documents);
                assertThat(refused).isEqualTo(documents * (clerks - 1));
                RegisterKey key = incomingKey(2025);
                assertThat(stores.sequences().current(key)).as("no number lost to a refusal").isEqualTo(documents);
                assertThat(stores.registers().entries(key)).extracting(RegisterEntry::number)
                        .isEqualTo(LongStream.rangeClosed(1, documents).boxed().toList());
                assertThat(stores.registers().entries(key)).extracting(RegisterEntry::documentId).doesNotHaveDuplicates();
                assertThat(stores.audit().size()).isEqualTo(documents);
                assertThat(stores.audit().verify().intact()).isTrue();
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        @DisplayName("a request with missing fields is refused with every fault and nothing changes")
        void missingFieldsRefused() {
            StorageSnapshot before = snapshot();
            RegistrationRequest empty = RegistrationRequest.incoming(ORGAN).build();
            assertThatThrownBy(() -> service.register(empty))
                    .isInstanceOfSatisfying(EdocRuleException.class, e -> {
                        assertThat(e.result().has(RegisterViolation.INCOMING_FIELD_MISSING)).isTrue();
                        assertThat(e.result().has(RegisterViolation.ACTOR_MISSING)).isTrue();
                        assertThat(e.violations()).extracting(v -> v.path())
                                .contains("documentId", "notation", "summary", "type", "documentDate", "actorId");
                    });
            assertThat(snapshot()).isEqualTo(before);
            assertThat(stores.audit().size()).isZero();
        }

        @Test
        @DisplayName("a registration inside a unit of work that then fails leaves nothing behind")
        void registrationRolledBack() {
            StorageSnapshot before = snapshot();
            RuntimeException later = new RuntimeException("a later step failed");
            assertThatThrownBy(() -> stores.transactions().inTransaction(uow -> {
                RegisterEntry e = service.register(uow, incoming("doc-1"));
                assertThat(stores.registers().findByDocument(uow, e.key(), "doc-1")).contains(e);
                assertThat(stores.registers().find(uow, e.key(), 1)).contains(e);
                assertThat(stores.registers().entries(e.key())).as("not visible before commit").isEmpty();
                throw later;
            })).isSameAs(later);
            assertThat(snapshot()).isEqualTo(before);
            assertThat(service.register(incoming("doc-1")).number()).isEqualTo(1);
        }

        @Test
        @DisplayName("a refusal inside a caller's unit of work writes nothing there; the unit of work goes on")
        void refusalInsideUnitOfWork() {
            List<Long> numbers = stores.transactions().inTransaction(uow -> {
                long a = service.register(uow, incoming("doc-1")).number();
                assertThatThrownBy(() -> service.register(uow, incoming("doc-1")))
                        .isInstanceOf(EdocRuleException.class);
                assertThatThrownBy(() -> service.register(uow, incoming("doc-x").toBuilder().pageCount(0).build()))
                        .isInstanceOf(EdocRuleException.class);
                long b = service.register(uow, incoming("doc-2")).number();
                return List.of(a, b);
            });
            assertThat(numbers).containsExactly(1L, 2L);
            assertThat(stores.registers().entries(incomingKey(2025))).extracting(RegisterEntry::documentId)
                    .containsExactly("doc-1", "doc-2");
            assertThat(stores.audit().size()).isEqualTo(2);
            assertThat(stores.audit().verify().intact()).isTrue();
        }

        @Test
        @DisplayName("the store itself refuses a number or a document already in the register")
        void storeRefusesDuplicates() {
            RegisterEntry first = service.register(incoming("doc-1"));
            RegisterEntry sameNumber = new RegisterEntry(1, first.key(), MORNING, "doc-9", "1/TB-VP",
                    LocalDate.of(2025, 1, 1), DocumentType.THONG_BAO, "Thông báo", List.of("Văn phòng"), 1,
                    Urgency.NORMAL, "vanthu.vpcp");
            RegisterEntry sameDocument = new RegisterEntry(2, first.key(), MORNING, "doc-1", "1/TB-VP",
                    LocalDate.of(2025, 1, 1), DocumentType.THONG_BAO, "Thông báo", List.of("Văn phòng"), 1,
                    Urgency.NORMAL, "vanthu.vpcp");
            assertThatThrownBy(() -> stores.transactions().run(uow -> stores.registers().add(uow, sameNumber)))
                    .isInstanceOfSatisfying(EdocRuleException.class,
                            e -> assertThat(e.result().has(RegisterViolation.DUPLICATE_NUMBER)).isTrue());
            assertThatThrownBy(() -> stores.transactions().run(uow -> stores.registers().add(uow, sameDocument)))
                    .isInstanceOfSatisfying(EdocRuleException.class,
                            e -> assertThat(e.result().has(RegisterViolation.DUPLICATE_DOCUMENT)).isTrue());
            RegisterEntry third = new RegisterEntry(3, first.key(), MORNING, "doc-3", "1/TB-VP",
                    LocalDate.of(2025, 1, 1), DocumentType.THONG_BAO, "Thông báo", List.of("Văn phòng"), 1,
                    Urgency.NORMAL, "vanthu.vpcp");
            assertThatThrownBy(() -> stores.transactions().run(uow -> {
                stores.registers().add(uow, third);
                stores.registers().add(uow, third);
            })).as("also within one unit of work").isInstanceOf(EdocRuleException.class);
            assertThat(stores.registers().entries(first.key())).containsExactly(first);
        }

        @Test
        @DisplayName("a day's page follows Vietnam days: 16:59Z is still that day, 17:00Z the next")
        void entriesOnDay() {
            clock.set(Instant.parse("2025-03-10T01:00:00Z")); // 08:00 on the 10th
            RegisterEntry morning = service.register(incoming("a"));
            clock.set(Instant.parse("2025-03-10T16:59:59Z")); // 23:59:59 on the 10th
            RegisterEntry night = service.register(incoming("b"));
            clock.set(Instant.parse("2025-03-10T17:00:00Z")); // 00:00 on the 11th
            RegisterEntry nextDay = service.register(incoming("c"));

            RegisterKey key = incomingKey(2025);
            assertThat(service.entriesOn(key, LocalDate.of(2025, 3, 10))).containsExactly(morning, night);
            assertThat(service.entriesOn(ORGAN, RegisterKind.INCOMING, LocalDate.of(2025, 3, 11)))
                    .containsExactly(nextDay);
            assertThat(service.entriesOn(key, LocalDate.of(2025, 3, 9))).isEmpty();
            assertThat(service.entriesBetween(key, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)))
                    .containsExactly(morning, night, nextDay);
            assertThat(service.entries(key)).extracting(RegisterEntry::number).containsExactly(1L, 2L, 3L);
            assertThatThrownBy(() -> service.entriesBetween(key, LocalDate.of(2025, 3, 31),
                    LocalDate.of(2025, 3, 1))).isInstanceOfSatisfying(EdocRuleException.class,
                            e -> assertThat(e.result().has(RegisterViolation.PERIOD_INVALID)).isTrue());
        }
    }

    // =====================================================================================================
    @Nested
    @DisplayName("units of work")
    class UnitsOfWork {

        @Test
        @DisplayName("after-commit actions run after commit only")
        void afterCommit() {
            List<String> ran = new ArrayList<>();
            stores.transactions().run(uow -> uow.afterCommit(() -> ran.add("committed")));
            assertThatThrownBy(() -> stores.transactions().run(uow -> {
                uow.afterCommit(() -> ran.add("rolled back"));
                throw new IllegalArgumentException("no");
            })).isInstanceOf(IllegalArgumentException.class);
            stores.transactions().run(uow -> {
                uow.afterCommit(() -> ran.add("rollback-only"));
                uow.setRollbackOnly();
            });
            assertThat(ran).containsExactly("committed");
        }

        @Test
        @DisplayName("after-commit actions run in order, each isolated: a failing one stops nothing")
        void afterCommitActionsAreIsolated() {
            List<String> ran = new ArrayList<>();
            String result = stores.transactions().inTransaction(uow -> {
                stores.sequences().next(uow, incomingKey(2025));
                uow.afterCommit(() -> ran.add("first"));
                uow.afterCommit(() -> {
                    throw new IllegalStateException("the notifier is down");
                });
                uow.afterCommit(() -> ran.add("third"));
                return "done";
            });
            assertThat(result).as("inTransaction returns normally").isEqualTo("done");
            assertThat(ran).containsExactly("first", "third");
            assertThat(stores.sequences().current(incomingKey(2025))).as("the unit of work stays committed")
                    .isEqualTo(1);
        }

        @Test
        @DisplayName("after-commit actions run once every lock is released: they may start units of work")
        void afterCommitMayStartUnitsOfWork() {
            stores.transactions().run(uow -> {
                stores.sequences().next(uow, incomingKey(2025));
                stores.audit().append(uow, ORGAN, AuditEvent.of("a.b", "x.y", MORNING, "t", "1", null, null));
                uow.afterCommit(() -> stores.transactions().run(again -> {
                    stores.sequences().next(again, incomingKey(2025));
                    stores.audit().append(again, ORGAN, AuditEvent.of("a.b", "x.y", MORNING, "t", "2", null,
                            null));
                }));
            });
            assertThat(stores.sequences().current(incomingKey(2025))).isEqualTo(2);
            assertThat(stores.audit().size(ORGAN)).isEqualTo(2);
        }

        @Test
        @DisplayName("a unit of work cannot be used after it ended")
        void finishedUnitOfWorkRefused() {
            AtomicReference<UnitOfWork> kept = new AtomicReference<>();
            stores.transactions().run(uow -> {
                assertThat(uow.isActive()).isTrue();
                kept.set(uow);
            });
            assertThat(kept.get().isActive()).isFalse();
            assertThatThrownBy(() -> stores.sequences().next(kept.get(), incomingKey(2025)))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(stores.sequences().current(incomingKey(2025))).isZero();
        }

        @Test
        @DisplayName("units of work do not nest")
        void noNesting() {
            assertThatThrownBy(() -> stores.transactions().run(uow -> stores.transactions().run(inner -> {
            }))).isInstanceOf(IllegalStateException.class);
        }
    }

    // =====================================================================================================
    @Nested
    @DisplayName("audit trail")
    class Audit {

        @Test
        @DisplayName("entries are chained from the genesis hash and the chain verifies")
        void chainVerifies() {
            appendEvents(5);
            List<AuditEntry> all = auditEntries();
            assertThat(all).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(all.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
            for (int i = 1; i < all.size(); i++) {
                assertThat(all.get(i).previousHash()).isEqualTo(all.get(i - 1).hash());
                assertThat(AuditChain.hashOf(all.get(i))).isEqualTo(all.get(i).hash());
            }
            AuditVerification v = stores.audit().verify(ORGAN);
            assertThat(v.intact()).isTrue();
            assertThat(v.checked()).isEqualTo(5);
            assertThat(v.head()).isEqualTo(all.get(4).anchor());
            assertThat(stores.audit().verify(ORGAN, all.get(2).anchor()).intact()).isTrue();
            assertThat(stores.audit().checkpoint(ORGAN)).contains(all.get(4).anchor());
            assertThat(v.toResult().isValid()).isTrue();
        }

        @Test
        @DisplayName("an empty trail verifies")
        void emptyTrail() {
            AuditVerification v = stores.audit().verify(ORGAN);
            assertThat(v.intact()).isTrue();
            assertThat(v.checked()).isZero();
            assertThat(v.head()).isNull();
            assertThat(stores.audit().checkpoint(ORGAN)).isEmpty();
        }

        @Test
        @DisplayName("entries come back exactly as appended, flags and comment included; read pages by sequence")
        void roundTripAndRead() {
            AuditEntry appended = stores.transactions().inTransaction(uow -> stores.audit().append(uow, ORGAN,
                    AuditEvent.of("chiennv.ubnd", "document.enter", Instant.parse("2025-03-10T02:00:00.123456789Z"),
                            "document", "doc-1", null, "ab".repeat(32))
                            .withComment("nhập lại sau sự cố; thời điểm thật 2025-03-09T08:15+07:00")
                            .withFlag(AuditFlag.ENTERED_AFTER_OUTAGE)));
            appendEvents(4);
            assertThat(appended.time()).as("kept to the microsecond")
                    .isEqualTo(Instant.parse("2025-03-10T02:00:00.123456Z"));
            assertThat(stores.audit().read(ORGAN, 1, 1)).containsExactly(appended);
            assertThat(stores.audit().read(ORGAN, 1, 1).get(0).has(AuditFlag.ENTERED_AFTER_OUTAGE)).isTrue();
            assertThat(stores.audit().read(ORGAN, 3, 10)).extracting(AuditEntry::sequence).containsExactly(3L, 4L, 5L);
            assertThat(stores.audit().read(ORGAN, 2, 2)).extracting(AuditEntry::sequence).containsExactly(2L, 3L);
            assertThat(stores.audit().read(ORGAN, 9, 10)).isEmpty();
            assertThat(stores.audit().size()).isEqualTo(5);
        }

        @Test
        @DisplayName("appends of a rolled-back unit of work are gone")
        void appendRolledBack() {
            appendEvents(2);
            assertThatThrownBy(() -> stores.transactions().run(uow -> {
                AuditEntry e = stores.audit().append(uow, ORGAN, AuditEvent.of("a.b", "x.y", MORNING, "t", "1", null,
                        null));
                assertThat(e.sequence()).isEqualTo(3);
                assertThat(stores.audit().head(uow, ORGAN)).contains(e);
                throw new IllegalStateException("fail");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(stores.audit().size()).isEqualTo(2);
            appendEvents(1);
            assertThat(stores.audit().verify(ORGAN).intact()).isTrue();
            assertThat(stores.audit().size()).isEqualTo(3);
        }

        @Test
        @DisplayName("the store refuses an entry that does not follow the head")
        void storeRefusesOutOfSequence() {
            appendEvents(2);
            AuditEntry stray = AuditChain.link(ORGAN, null, AuditEvent.of("a.b", "x.y", MORNING, "t", "1", null, null));
            assertThatThrownBy(() -> stores.transactions().run(uow -> stores.audit().store(uow, stray)))
                    .isInstanceOf(IllegalStateException.class);
            AuditEntry first = stores.audit().read(ORGAN, 1, 1).get(0);
            AuditEntry wrongLink = AuditChain.link(ORGAN, first, AuditEvent.of("a.b", "x.y", MORNING, "t", "1", null,
                    null));
            AuditEntry third = new AuditEntry(ORGAN, 3, wrongLink.actor(), wrongLink.action(), wrongLink.time(),
                    wrongLink.objectType(), wrongLink.objectId(), null, null, null, Set.of(), first.hash(),
                    wrongLink.hash());
            assertThatThrownBy(() -> stores.transactions().run(uow -> stores.audit().store(uow, third)))
                    .as("sequence 3 but linked to entry 1").isInstanceOf(IllegalStateException.class);
            assertThat(stores.audit().size()).isEqualTo(2);
        }

        @Test
        @DisplayName("editing any field of a stored entry is found at that entry")
        void editDetected() {
            appendEvents(5);
            rewriteStoredAudit(stores, ORGAN, list -> {
                AuditEntry e = list.get(2);
                list.set(2, new AuditEntry(e.organisation(), e.sequence(), "someone.else", e.action(), e.time(), e.objectType(),
                        e.objectId(), e.beforeDigest(), e.afterDigest(), e.comment(), e.flags(), e.previousHash(),
                        e.hash()));
                return list;
            });
            AuditVerification v = stores.audit().verify(ORGAN);
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSequence()).hasValue(3);
            assertThat(v.failure().violation()).isEqualTo(AuditViolation.CHAIN_HASH);
            assertThat(v.toResult().has(AuditViolation.CHAIN_HASH)).isTrue();
        }

        @Test
        @DisplayName("editing a flag or the time is found too")
        void flagAndTimeEditDetected() {
            appendEvents(3);
            rewriteStoredAudit(stores, ORGAN, list -> {
                AuditEntry e = list.get(1);
                list.set(1, new AuditEntry(e.organisation(), e.sequence(), e.actor(), e.action(), e.time(), e.objectType(),
                        e.objectId(), e.beforeDigest(), e.afterDigest(), e.comment(),
                        Set.of(AuditFlag.ENTERED_AFTER_OUTAGE), e.previousHash(), e.hash()));
                return list;
            });
            assertThat(stores.audit().verify(ORGAN).firstBrokenSequence()).hasValue(2);
            rewriteStoredAudit(stores, ORGAN, list -> {
                AuditEntry e = list.get(1);
                list.set(1, new AuditEntry(e.organisation(), e.sequence(), e.actor(), e.action(), e.time(), e.objectType(),
                        e.objectId(), e.beforeDigest(), e.afterDigest(), e.comment(), Set.of(), e.previousHash(),
                        e.hash()));
                AuditEntry f = list.get(0);
                list.set(0, new AuditEntry(f.organisation(), f.sequence(), f.actor(), f.action(), f.time().plusSeconds(1),
                        f.objectType(), f.objectId(), f.beforeDigest(), f.afterDigest(), f.comment(), f.flags(),
                        f.previousHash(), f.hash()));
                return list;
            });
            assertThat(stores.audit().verify(ORGAN).firstBrokenSequence()).hasValue(1);
        }

        @Test
        @DisplayName("deleting an entry is found where it is missing")
        void deletionDetected() {
            appendEvents(5);
            rewriteStoredAudit(stores, ORGAN, list -> {
                list.remove(2);
                return list;
            });
            AuditVerification v = stores.audit().verify(ORGAN);
            assertThat(v.firstBrokenSequence()).hasValue(3);
            assertThat(v.failure().violation()).isEqualTo(AuditViolation.CHAIN_SEQUENCE);
        }

        @Test
        @DisplayName("deleting the first entry is found at sequence 1")
        void firstDeletionDetected() {
            appendEvents(3);
            rewriteStoredAudit(stores, ORGAN, list -> {
                list.remove(0);
                return list;
            });
            AuditVerification v = stores.audit().verify(ORGAN);
            assertThat(v.firstBrokenSequence()).hasValue(1);
            assertThat(v.failure().violation()).isEqualTo(AuditViolation.CHAIN_START);
        }

        @Test
        @DisplayName("inserting a well-formed, correctly linked entry is found")
        void insertionDetected() {
            appendEvents(5);
            rewriteStoredAudit(stores, ORGAN, list -> {
                AuditEntry forged = AuditChain.link(ORGAN, list.get(1), AuditEvent.of("chiennv.ubnd", "document.delete",
                        MORNING, "document", "doc-x", "cd".repeat(32), null));
                list.add(2, forged);
                return list;
            });
            AuditVerification v = stores.audit().verify(ORGAN);
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSequence()).as("the original entry 3 now stands where 4 belongs").hasValue(4);
        }

        @Test
        @DisplayName("swapping two entries is found at the first of them")
        void reorderDetected() {
            appendEvents(5);
            rewriteStoredAudit(stores, ORGAN, list -> {
                Collections.swap(list, 1, 2);
                return list;
            });
            AuditVerification v = stores.audit().verify(ORGAN);
            assertThat(v.firstBrokenSequence()).hasValue(2);
            assertThat(v.failure().violation()).isEqualTo(AuditViolation.CHAIN_SEQUENCE);
        }

        @Test
        @DisplayName("cutting entries off the end is found against a checkpoint")
        void truncationDetectedWithCheckpoint() {
            appendEvents(5);
            AuditAnchor checkpoint = stores.audit().checkpoint(ORGAN).orElseThrow();
            rewriteStoredAudit(stores, ORGAN, list -> new ArrayList<>(list.subList(0, 3)));
            assertThat(stores.audit().verify(ORGAN).intact()).as("a chain alone cannot see a cut end").isTrue();
            AuditVerification v = stores.audit().verify(ORGAN, checkpoint);
            assertThat(v.firstBrokenSequence()).hasValue(4);
            assertThat(v.failure().violation()).isEqualTo(AuditViolation.CHAIN_TRUNCATED);
        }

        @Test
        @DisplayName("rewriting the trail with fresh hashes is found against a checkpoint")
        void rehashedRewriteDetectedWithCheckpoint() {
            appendEvents(5);
            AuditAnchor checkpoint = auditEntries().get(4).anchor();
            rewriteStoredAudit(stores, ORGAN, list -> {
                List<AuditEntry> forged = new ArrayList<>(list.subList(0, 2));
                for (int i = 2; i < list.size(); i++) {
                    AuditEntry e = list.get(i);
                    forged.add(AuditChain.link(ORGAN, forged.get(forged.size() - 1), new AuditEvent(
                            i == 2 ? "attacker.x" : e.actor(), e.action(), e.time(), e.objectType(), e.objectId(),
                            e.beforeDigest(), e.afterDigest(), e.comment(), e.flags())));
                }
                return forged;
            });
            assertThat(stores.audit().verify(ORGAN).intact()).isTrue();
            AuditVerification v = stores.audit().verify(ORGAN, checkpoint);
            assertThat(v.firstBrokenSequence()).hasValue(5);
            assertThat(v.failure().violation()).isEqualTo(AuditViolation.CHAIN_ANCHOR);
        }

        @Test
        @DisplayName("tampering with the audit entry of a registration is found")
        void registrationAuditTamperDetected() {
            service.register(incoming("doc-1"));
            service.register(incoming("doc-2"));
            rewriteStoredAudit(stores, ORGAN, list -> {
                AuditEntry e = list.get(0);
                list.set(0, new AuditEntry(e.organisation(), e.sequence(), e.actor(), e.action(), e.time(), e.objectType(),
                        e.objectId(), e.beforeDigest(), "00".repeat(32), e.comment(), e.flags(), e.previousHash(),
                        e.hash()));
                return list;
            });
            assertThat(stores.audit().verify(ORGAN).firstBrokenSequence()).hasValue(1);
        }

        @Test
        @DisplayName("every organisation has its own chain, verified one by one and together")
        void oneChainPerOrganisation() {
            appendEvents(ORGAN, 3);
            appendEvents(OTHER_ORGAN, 2);
            assertThat(stores.audit().organisations()).containsExactly(ORGAN, OTHER_ORGAN);
            List<AuditEntry> other = new ArrayList<>();
            stores.audit().scan(OTHER_ORGAN, other::add);
            assertThat(other).extracting(AuditEntry::sequence).containsExactly(1L, 2L);
            assertThat(other).extracting(AuditEntry::organisation).containsOnly(OTHER_ORGAN);
            assertThat(other.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
            assertThat(auditEntries()).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
            assertThat(stores.audit().size(ORGAN)).isEqualTo(3);
            assertThat(stores.audit().size(OTHER_ORGAN)).isEqualTo(2);
            assertThat(stores.audit().size()).isEqualTo(5);
            assertThat(stores.audit().read(OTHER_ORGAN, 2, 5)).containsExactly(other.get(1));
            List<AuditEntry> everything = new ArrayList<>();
            stores.audit().scan(everything::add);
            assertThat(everything).hasSize(5);

            AuditReport report = stores.audit().verify();
            assertThat(report.intact()).isTrue();
            assertThat(report.checked()).isEqualTo(5);
            assertThat(report.chains()).containsOnlyKeys(ORGAN, OTHER_ORGAN);
            assertThat(report.chain(OTHER_ORGAN).orElseThrow().head()).isEqualTo(other.get(1).anchor());
            assertThat(stores.audit().checkpoints()).containsOnlyKeys(ORGAN, OTHER_ORGAN)
                    .containsEntry(OTHER_ORGAN, other.get(1).anchor());
            assertThat(stores.audit().verify(stores.audit().checkpoints()).intact()).isTrue();
        }

        @Test
        @DisplayName("tampering with one chain is reported for that organisation only")
        void tamperingIsReportedPerChain() {
            appendEvents(ORGAN, 3);
            appendEvents(OTHER_ORGAN, 3);
            java.util.Map<OrganCode, AuditAnchor> checkpoints = stores.audit().checkpoints();
            rewriteStoredAudit(stores, OTHER_ORGAN, list -> {
                list.remove(1);
                return list;
            });
            AuditReport report = stores.audit().verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.broken()).containsOnlyKeys(OTHER_ORGAN);
            assertThat(report.chain(ORGAN).orElseThrow().intact()).isTrue();
            assertThat(report.chain(OTHER_ORGAN).orElseThrow().firstBrokenSequence()).hasValue(2);
            assertThat(report.toResult().errors()).singleElement()
                    .satisfies(v -> assertThat(v.path()).startsWith(OTHER_ORGAN.value()));
            // a whole chain removed is found against its checkpoint
            rewriteStoredAudit(stores, ORGAN, list -> new ArrayList<>());
            AuditReport cut = stores.audit().verify(checkpoints);
            assertThat(cut.chain(ORGAN).orElseThrow().failure().violation())
                    .isEqualTo(AuditViolation.CHAIN_TRUNCATED);
        }

        @Test
        @DisplayName("an entry moved into another organisation's chain is found")
        void foreignEntryDetected() {
            appendEvents(ORGAN, 2);
            appendEvents(OTHER_ORGAN, 2);
            List<AuditEntry> other = new ArrayList<>();
            stores.audit().scan(OTHER_ORGAN, other::add);
            rewriteStoredAudit(stores, ORGAN, list -> {
                list.set(1, other.get(1));
                return list;
            });
            AuditVerification v = stores.audit().verify(ORGAN);
            assertThat(v.firstBrokenSequence()).hasValue(2);
            // an adapter that keeps the entry's organisation reports it foreign; one whose chain column is the
            // organisation reads it back as this chain's, and then its hash, which covers the organisation, fails
            assertThat(v.failure().violation()).isIn(AuditViolation.CHAIN_FOREIGN, AuditViolation.CHAIN_HASH);
        }

        @Test
        @DisplayName("appending to one organisation's chain never waits for another's")
        void chainsDoNotWaitOnEachOther() throws Exception {
            appendEvents(ORGAN, 1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch holding = new CountDownLatch(1);
                CountDownLatch release = new CountDownLatch(1);
                Future<?> slow = pool.submit(() -> stores.transactions().run(uow -> {
                    stores.audit().append(uow, ORGAN, AuditEvent.of("a.b", "x.y", MORNING, "t", "slow", null, null));
                    holding.countDown();
                    await(release);
                }));
                assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
                // the other organisation appends and commits while the first chain is held
                Future<?> other = pool.submit(() -> appendEvents(OTHER_ORGAN, 3));
                other.get(10, TimeUnit.SECONDS);
                assertThat(stores.audit().size(OTHER_ORGAN)).isEqualTo(3);
                assertThat(slow).isNotDone();
                release.countDown();
                slow.get(10, TimeUnit.SECONDS);
            } finally {
                release(pool);
            }
            assertThat(stores.audit().size(ORGAN)).isEqualTo(2);
            assertThat(stores.audit().verify().intact()).isTrue();
        }

        @Test
        @DisplayName("two units of work appending to the same chain never link to the same entry")
        void sameChainIsSerialised() throws Exception {
            int threads = 4;
            int each = 50;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(() -> appendEvents(ORGAN, each)));
                }
                for (Future<?> f : futures) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                release(pool);
            }
            assertThat(auditEntries()).extracting(AuditEntry::sequence)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, threads * each).boxed().toList());
            assertThat(stores.audit().verify(ORGAN).intact()).isTrue();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void release(ExecutorService pool) throws InterruptedException {
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
}
