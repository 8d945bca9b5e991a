package vn.edoc.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.edoc.document.Attachment;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.Urgency;
import vn.edoc.id.DocumentType;
import vn.edoc.id.OrganCode;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterKind;
import vn.edoc.register.RegisterService;
import vn.edoc.register.RegistrationRequest;
import vn.edoc.routing.HistoryStep;
import vn.edoc.routing.IncomingRecord;
import vn.edoc.routing.IncomingState;
import vn.edoc.routing.Origin;
import vn.edoc.spi.ContentRef;

/**
 * Failover on PostgreSQL's own replication (chuyển đổi dự phòng): registrations run from 4 threads through a
 * multi-host URL ({@code targetServerType=primary}) against a primary with a synchronous standby; the primary is
 * killed with SIGKILL (the postmaster and every process it started) and the standby promoted with
 * {@code pg_ctl promote}. The same adapter and pool go on registering on the promoted standby without being told;
 * afterwards every acknowledged registration is there with its document, file and audit entry, the register runs
 * 1..N without gap or duplicate across the failover, and {@link JdbcVerifier} finds the database intact.
 */
class JdbcFailoverTest {

    private static final OrganCode ORGAN = OrganCode.parse("000.00.00.H37");
    private static final RegisterKey KEY = new RegisterKey(ORGAN, RegisterKind.INCOMING, "", 2025);
    private static final Instant NOW = Instant.parse("2025-03-10T02:00:00Z");
    private static final int THREADS = 4;
    private static final int BEFORE_KILL = 100;
    private static final int AFTER_PROMOTION = 100;

    @Test
    void killedPrimaryLosesNoAcknowledgedRegistrationAndNumberingContinuesOnThePromotedStandby() throws Exception {
        try (ReplicatedPostgres pg = ReplicatedPostgres.start(); HikariDataSource pool = pool(pg.multiHostUrl())) {
            JdbcStores stores = JdbcStores.migrated(pool);
            RegisterService service = new RegisterService(stores.transactions(), stores.sequences(),
                    stores.registers(), stores.audit(), Clock.fixed(NOW, ZoneOffset.UTC));
            Map<Long, String> acknowledged = new ConcurrentHashMap<>();
            AtomicInteger duplicates = new AtomicInteger();
            AtomicInteger failures = new AtomicInteger();
            AtomicReference<Throwable> lastFailure = new AtomicReference<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int seed = t;
                Thread worker = new Thread(() -> {
                    Random random = new Random(seed);
                    while (!stop.get()) {
                        try {
                            RegisterEntry entry = registerOne(stores, service, random);
                            if (acknowledged.put(entry.number(), entry.documentId()) != null) {
                                duplicates.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            // the primary is gone or the standby not yet promoted: what a clerk sees, then retries
                            failures.incrementAndGet();
                            lastFailure.set(e);
                            sleep(100);
                        }
                    }
                }, "registrar-" + t);
                worker.start();
                workers.add(worker);
            }
            try {
                await(acknowledged::size, BEFORE_KILL, "acknowledged before the kill", lastFailure, pg);
                pg.killPrimary();
                int atKill = acknowledged.size();
                long highestAtKill = acknowledged.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
                pg.promoteStandby();
                await(acknowledged::size, atKill + AFTER_PROMOTION, "acknowledged after the promotion", lastFailure,
                        pg);
                stop.set(true);
                for (Thread w : workers) {
                    w.join(TimeUnit.SECONDS.toMillis(60));
                    assertThat(w.isAlive()).as("worker %s stopped", w.getName()).isFalse();
                }
                assertThat(failures.get()).as("the kill was felt by the clients").isPositive();
                assertThat(acknowledged.keySet().stream().mapToLong(Long::longValue).max().orElseThrow())
                        .as("numbering went on after the failover").isGreaterThan(highestAtKill);
            } finally {
                stop.set(true);
                for (Thread w : workers) {
                    w.join(TimeUnit.SECONDS.toMillis(60));
                }
            }
            assertThat(duplicates.get()).as("a number acknowledged twice").isZero();

            // the pool now reaches the promoted standby, a primary
            try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT inet_server_port(), pg_is_in_recovery()")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(pg.standbyPort());
                assertThat(rs.getBoolean(2)).isFalse();
            }
            List<RegisterEntry> lines = stores.registers().entries(KEY);
            assertThat(lines).extracting(RegisterEntry::number).as("1..N without gap or duplicate")
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, lines.size()).boxed().toList());
            assertThat(stores.sequences().current(KEY)).isEqualTo(lines.size());
            assertThat(acknowledged.keySet().stream().filter(n -> n > lines.size()).sorted().toList())
                    .as("acknowledged beyond the %s lines found", lines.size()).isEmpty();
            acknowledged.forEach((number, documentId) -> {
                assertThat(stores.registers().find(KEY, number)).as("acknowledged line %s", number)
                        .hasValueSatisfying(e -> assertThat(e.documentId()).isEqualTo(documentId));
                assertThat(stores.documents().incoming(documentId)).as("document of line %s", number)
                        .hasValueSatisfying(r -> {
                            assertThat(r.number()).isEqualTo(number);
                            Attachment file = r.document().attachments().get(0);
                            assertThat(stores.content().exists(new ContentRef(file.sha256(), file.size())))
                                    .as("file of line %s", number).isTrue();
                        });
            });
            assertThat(stores.audit().verify().intact()).isTrue();
            assertThat(stores.audit().size()).as("one audit entry per line").isEqualTo(lines.size());
            JdbcVerifier.Report report = new JdbcVerifier(stores).verify();
            assertThat(report.violations()).isEmpty();
            assertThat(report.intact()).isTrue();
            assertThat(report.registers()).singleElement().satisfies(r -> {
                assertThat(r.gapFree()).isTrue();
                assertThat(r.count()).isEqualTo(lines.size());
            });
        }
    }

    /** What registering a received file costs: the file stored, then record, number, line and audit entry. */
    private static RegisterEntry registerOne(JdbcStores stores, RegisterService service, Random random) {
        byte[] bytes = new byte[512 + random.nextInt(2048)];
        random.nextBytes(bytes);
        ContentRef ref = stores.content().put(new ByteArrayInputStream(bytes));
        Document document = Document.builder().direction(Direction.INCOMING).type(DocumentType.CONG_VAN)
                .subject("Công văn về việc báo cáo định kỳ").pageCount(1)
                .addAttachment(new Attachment("cv.pdf", "application/pdf", ref.size(), ref.sha256(),
                        Attachment.Role.MAIN))
                .build();
        return stores.transactions().inTransaction(uow -> {
            String id = stores.documents().newId(uow, "in");
            RegisterEntry entry = service.register(uow, RegistrationRequest.incoming(ORGAN).documentId(id)
                    .notation("15/VPCP-TTĐT").documentDate(LocalDate.of(2025, 3, 10)).type(DocumentType.CONG_VAN)
                    .summary("Công văn về việc báo cáo định kỳ").issuer("Văn phòng Chính phủ").pageCount(1)
                    .urgency(Urgency.NORMAL).actorId("vanthu.ubnd").build());
            stores.documents().saveIncoming(uow, new IncomingRecord(id, id, ORGAN, Origin.TRANSPORT,
                    Optional.empty(), "", document, "", IncomingState.REGISTERED, NOW, NOW, NOW.plusSeconds(86_400),
                    NOW.plusSeconds(3_600), entry.number(), Optional.empty(), List.of(),
                    List.of(new HistoryStep(NOW, "vanthu.ubnd", "incoming.register", "", "REGISTERED", "")), "",
                    false, 1));
            return entry;
        });
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setPassword("");
        config.setMaximumPoolSize(THREADS + 1);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(10_000);
        config.setValidationTimeout(1_000);
        config.setPoolName("edoc-failover");
        return new HikariDataSource(config);
    }

    private static void await(IntSupplier count, int target, String what, AtomicReference<Throwable> lastFailure,
                              ReplicatedPostgres pg) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count.getAsInt() < target) {
            if (System.nanoTime() > deadline) {
                Throwable last = lastFailure.get();
                throw new AssertionError(what + ": " + count.getAsInt() + " of " + target + " within 60 s; last"
                        + " failure: " + last + "\n" + pg.logs(), last);
            }
            Thread.sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
