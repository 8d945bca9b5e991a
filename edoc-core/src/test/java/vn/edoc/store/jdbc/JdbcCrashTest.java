package vn.edoc.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.edoc.id.OrganCode;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterKind;
import vn.edoc.spi.ContentRef;
import vn.edoc.store.jdbc.TestDatabase.Target;

/**
 * A process registering from 8 threads on PostgreSQL is killed with SIGKILL in the middle of its work. Afterwards
 * every registration it acknowledged is there with its file and its audit entry, the register is numbered 1..N
 * without gap or duplicate, and the whole database verifies.
 */
class JdbcCrashTest {

    @Test
    void sigkillMidRunLosesNothingAcknowledgedAndLeavesNoGap() throws Exception {
        try (TestDatabase db = TestDatabase.migrated(Target.POSTGRESQL)) {
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                    CrashChild.class.getName(), db.url(), TestDatabase.env("EDOC_TEST_PG_USER"),
                    System.getenv().getOrDefault("EDOC_TEST_PG_PASSWORD", ""));
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process child = builder.start();
            Map<Long, String> acknowledged = new HashMap<>();
            List<String> other = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        String[] parts = line.split(" ", 3);
                        assertThat(acknowledged.put(Long.parseLong(parts[1]), parts[2])).as("duplicate number")
                                .isNull();
                    } else {
                        other.add(line);
                    }
                    if (acknowledged.size() == 300) {
                        // SIGKILL: no shutdown hook, no rollback by the JVM, transactions cut where they are; sent
                        // with kill(1) so that what the child printed before dying can still be read to the end
                        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(child.pid())).start();
                        assertThat(kill.waitFor()).isZero();
                    }
                }
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(child.exitValue()).as("killed, output: %s", other).isEqualTo(137);
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(300);

            JdbcStores after = JdbcStores.of(db.dataSource());
            RegisterKey key = new RegisterKey(OrganCode.parse("000.00.00.H37"), RegisterKind.INCOMING, "", 2025);
            List<RegisterEntry> lines = after.registers().entries(key);
            assertThat(lines).extracting(RegisterEntry::number).as("1..N without gap or duplicate")
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, lines.size()).boxed()
                            .toList());
            assertThat(after.sequences().current(key)).isEqualTo(lines.size());
            assertThat(acknowledged.keySet().stream().filter(n -> n > lines.size()).sorted().toList())
                    .as("acknowledged beyond the %s lines found", lines.size()).isEmpty();
            acknowledged.forEach((number, documentId) -> assertThat(after.registers().find(key, number))
                    .as("acknowledged %s", number).hasValueSatisfying(e -> assertThat(e.documentId())
                            .isEqualTo(documentId)));
            for (RegisterEntry e : lines) {
                String[] parts = e.summary().split(" ");
                assertThat(after.content().exists(new ContentRef(parts[1], Long.parseLong(parts[2]))))
                        .as("file of line %s", e.number()).isTrue();
            }
            assertThat(after.audit().verify().intact()).isTrue();
            assertThat(after.audit().size()).isEqualTo(lines.size());
            JdbcVerifier.Report report = new JdbcVerifier(after).verify();
            assertThat(report.violations()).isEmpty();
            assertThat(report.registers()).singleElement().satisfies(r -> assertThat(r.gapFree()).isTrue());
        }
    }
}
