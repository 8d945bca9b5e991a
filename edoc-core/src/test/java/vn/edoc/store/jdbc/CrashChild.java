package vn.edoc.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import vn.edoc.audit.AuditEvent;
import vn.edoc.document.DocumentType;
import vn.edoc.document.Urgency;
import vn.edoc.id.OrganCode;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterService;
import vn.edoc.register.RegistrationRequest;
import vn.edoc.spi.ContentRef;

/**
 * The process {@link JdbcCrashTest} kills: registers documents from 8 threads without end, each with a file stored
 * first and named in the abstract, and prints {@code ACK <number> <documentId>} once the registration committed.
 * Arguments: JDBC URL, user, password.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[0]);
        config.setUsername(args[1]);
        config.setPassword(args.length > 2 ? args[2] : "");
        config.setMaximumPoolSize(10);
        HikariDataSource ds = new HikariDataSource(config);
        JdbcStores stores = JdbcStores.of(ds);
        RegisterService service = new RegisterService(stores.transactions(), stores.sequences(), stores.registers(),
                stores.audit(), Clock.fixed(java.time.Instant.parse("2025-03-10T02:00:00Z"), java.time.ZoneOffset.UTC));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        AtomicLong counter = new AtomicLong();
        OrganCode organ = OrganCode.parse("000.00.00.H37");
        for (int t = 0; t < 8; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                Random random = new Random(thread);
                while (true) {
                    long n = counter.incrementAndGet();
                    byte[] file = new byte[1024 + random.nextInt(4096)];
                    random.nextBytes(file);
                    ContentRef ref = stores.content().put(new ByteArrayInputStream(file));
                    String documentId = "000.00.00.G22,2025/03/10," + n + "/VPCP-TTĐT";
                    RegisterEntry entry = service.register(RegistrationRequest.incoming(organ).documentId(documentId)
                            .notation(n + "/VPCP-TTĐT").documentDate(LocalDate.of(2025, 3, 10))
                            .type(DocumentType.CONG_VAN).summary("Tệp " + ref.sha256() + " " + ref.size())
                            .issuer("Văn phòng Chính phủ").pageCount(1).urgency(Urgency.NORMAL)
                            .actorId("vanthu.ubnd").build());
                    synchronized (out) {
                        out.println("ACK " + entry.number() + " " + documentId);
                    }
                }
            }, "registrar-" + t);
            worker.start();
        }
        AuditEvent.class.getName(); // keep the audit classes loaded before the kill
        Thread.currentThread().join();
    }
}
