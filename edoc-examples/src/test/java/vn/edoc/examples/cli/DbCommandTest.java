package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;


import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.document.Urgency;
import vn.edoc.id.DocumentType;
import vn.edoc.id.OrganCode;
import vn.edoc.register.RegisterService;
import vn.edoc.register.RegistrationRequest;
import vn.edoc.store.jdbc.JdbcStores;

/** {@code edoc db migrate} and {@code edoc db verify} on an H2 file database, as the CLI contract states them. */
class DbCommandTest {

    @Test
    void migrateAppliesOnceThenNothing(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("edoc").toAbsolutePath();
        CliRun first = CliRun.of("db", "migrate", "--jdbc-url", url);
        assertThat(first.exit()).as(first.toString()).isZero();
        // the scripts shipped, read from the source tree: what a fresh database must get, in version order
        List<String> shipped = shippedH2Migrations();
        String current = shipped.get(shipped.size() - 1).replaceAll("^V(\\d+)__.*$", "$1");
        assertThat(shipped).startsWith("V1__registers_audit_content_records.sql",
                "V2__documents_tasks_outbox_inbox.sql", "V3__inbox_by_sender_and_quarantine.sql");
        assertThat(first.json().toString()).isEqualTo("{\"applied\":[" + shipped.stream()
                .map(n -> "\"" + n + "\"").collect(Collectors.joining(",")) + "],\"current\":\"" + current + "\"}");
        CliRun second = CliRun.of("db", "migrate", "--jdbc-url", url);
        assertThat(second.json().toString()).isEqualTo("{\"applied\":[],\"current\":\"" + current + "\"}");
    }

    private static List<String> shippedH2Migrations() {
        Path folder = Path.of("..", "edoc-core", "src", "main", "resources", "db", "migration", "h2");
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void verifySaysIntactThenNamesAnEditedRow(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("edoc").toAbsolutePath();
        assertThat(CliRun.of("db", "migrate", "--jdbc-url", url).exit()).isZero();
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        JdbcStores stores = JdbcStores.of(ds);
        RegisterService service = new RegisterService(stores.transactions(), stores.sequences(), stores.registers(),
                stores.audit(), Clock.fixed(Instant.parse("2025-03-10T02:00:00Z"), ZoneOffset.UTC));
        for (int i = 1; i <= 3; i++) {
            service.register(RegistrationRequest.incoming(OrganCode.parse("000.00.00.H37"))
                    .documentId("000.00.00.G22,2025/03/0" + i + ",1" + i + "/VPCP-TTĐT").notation("1" + i + "/VPCP-TTĐT")
                    .documentDate(LocalDate.of(2025, 3, i)).type(DocumentType.CONG_VAN).summary("V/v số " + i)
                    .issuer("Văn phòng Chính phủ").pageCount(1).urgency(Urgency.NORMAL).actorId("vanthu.ubnd")
                    .build());
        }

        CliRun ok = CliRun.of("db", "verify", "--jdbc-url", url);
        assertThat(ok.exit()).as(ok.toString()).isZero();
        assertThat(ok.json().toString()).isEqualTo("{\"intact\":true,\"registers\":[{\"organisation\":"
                + "\"000.00.00.H37\",\"register\":\"incoming\",\"year\":2025,\"count\":3,\"gapFree\":true}],"
                + "\"audit\":{\"entries\":3,\"intact\":true},\"content\":{\"checked\":0,\"missing\":0,\"corrupt\":0},"
                + "\"violations\":[]}");

        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("DELETE FROM edoc_register_entry WHERE reg_number = 2")).isEqualTo(1);
        }
        CliRun broken = CliRun.of("db", "verify", "--jdbc-url", url);
        assertThat(broken.exit()).isEqualTo(1);
        JsonNode json = broken.json();
        assertThat(json.path("intact").asBoolean()).isFalse();
        assertThat(json.path("registers").get(0).path("gapFree").asBoolean()).isFalse();
        assertThat(broken.codes()).containsExactly("EDOC-STO-001");
    }

    @Test
    void verifyOfAnEmptyDatabaseAndBadUrls(@TempDir Path dir) {
        CliRun empty = CliRun.of("db", "verify", "--jdbc-url", "jdbc:h2:file:" + dir.resolve("x").toAbsolutePath());
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.codes()).containsExactly("EDOC-STO-030");
        CliRun usage = CliRun.of("db", "verify", "--jdbc-url", "jdbc:mysql://x/y");
        assertThat(usage.exit()).isEqualTo(2);
        CliRun missing = CliRun.of("db", "migrate");
        assertThat(missing.exit()).isEqualTo(2);
        CliRun unreachable = CliRun.of("db", "migrate", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(unreachable.exit()).isEqualTo(3);
        assertThat(unreachable.err()).contains("cannot connect to the database").doesNotContain("at com.");
    }
}
