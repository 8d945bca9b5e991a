package vn.edoc.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.edoc.store.jdbc.JdbcMigrator;
import vn.edoc.store.jdbc.JdbcStores;
import vn.edoc.store.jdbc.JdbcVerifier;
import vn.edoc.store.jdbc.StorageViolation;
import vn.edoc.validation.ValidationResult;

/** {@code edoc db migrate|verify}: the JDBC adapter's schema and the operator's check after an incident. */
@Command(name = "db", description = "The database of the JDBC adapter (cơ sở dữ liệu): migrate its schema, verify it.",
        subcommands = {DbCommand.Migrate.class, DbCommand.Verify.class})
final class DbCommand extends Group {

    /** True for the URLs the commands accept: PostgreSQL and H2. */
    static boolean supported(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:postgresql:") || lower.startsWith("jdbc:h2:");
    }

    /** A command that connects to a database given by URL. */
    abstract static class Connected extends Leaf {

        @Option(names = "--jdbc-url", required = true, paramLabel = "<url>",
                description = "jdbc:postgresql://host:5432/edoc or jdbc:h2:file:/path/edoc")
        String url;

        @Option(names = "--user", paramLabel = "<u>", description = "Database user.")
        String user;

        @Option(names = "--password", paramLabel = "<p>", description = "Database password.")
        String password;

        HikariDataSource open() {
            if (!supported(url)) {
                throw usage("--jdbc-url must start with jdbc:postgresql: or jdbc:h2:",
                        "--jdbc-url phải bắt đầu bằng jdbc:postgresql: hoặc jdbc:h2:");
            }
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
            config.setMaximumPoolSize(4);
            config.setMinimumIdle(0);
            config.setInitializationFailTimeout(10_000);
            config.setPoolName("edoc-cli");
            try {
                return new HikariDataSource(config);
            } catch (RuntimeException e) {
                throw new CliFailure("cannot connect to the database: " + rootMessage(e),
                        "không kết nối được cơ sở dữ liệu: " + rootMessage(e), e);
            }
        }

        private static String rootMessage(Throwable e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        }
    }

    /** {@code edoc db migrate}. */
    @Command(name = "migrate", description = {
        "Apply the pending schema migrations (db/migration/{h2,postgresql}) and print what was applied.",
        "Refuses (exit 1) when an applied migration was modified or is unknown to this edoc."})
    static final class Migrate extends Connected {
        @Override
        public Integer call() {
            Console c = console();
            try (HikariDataSource ds = open()) {
                JdbcMigrator migrator = new JdbcMigrator(ds);
                JdbcMigrator.Result result;
                try {
                    result = migrator.migrate();
                } catch (JdbcMigrator.MigrationException e) {
                    throw new Refusal("migration refused", "không nâng cấp được lược đồ", ValidationResult.of(
                            java.util.List.of(StorageViolation.SCHEMA_MISMATCH.at("schema", e.getMessage()))));
                }
                ObjectNode answer = c.object();
                ArrayNode applied = answer.putArray("applied");
                result.applied().forEach(applied::add);
                answer.put("current", result.current());
                return c.emit(answer, EdocCli.OK);
            }
        }
    }

    /** {@code edoc db verify}. */
    @Command(name = "verify", description = {
        "Verify the database after an incident: registers numbered 1..N without gap and matching the audit trail,",
        "the audit chain, the stored content and the files documents reference (R-ID-3, R-ARC-1).",
        "Exit code 0 only when everything is intact, 1 otherwise."})
    static final class Verify extends Connected {
        @Override
        public Integer call() {
            Console c = console();
            try (HikariDataSource ds = open()) {
                JdbcMigrator migrator = new JdbcMigrator(ds);
                if ("0".equals(migrator.current())) {
                    throw new Refusal("the database holds no edoc schema (run edoc db migrate)",
                            "cơ sở dữ liệu chưa có lược đồ edoc (chạy edoc db migrate)", ValidationResult.of(
                            java.util.List.of(StorageViolation.SCHEMA_MISMATCH.at("schema", "no edoc schema"))));
                }
                JdbcVerifier.Report report = new JdbcVerifier(JdbcStores.of(ds)).verify();
                ObjectNode answer = c.object();
                answer.put("intact", report.intact());
                ArrayNode registers = answer.putArray("registers");
                for (JdbcVerifier.RegisterCheck r : report.registers()) {
                    ObjectNode o = registers.addObject();
                    o.put("organisation", r.organisation());
                    o.put("register", r.register());
                    o.put("year", r.year());
                    o.put("count", r.count());
                    o.put("gapFree", r.gapFree());
                }
                ObjectNode audit = answer.putObject("audit");
                audit.put("entries", report.auditEntries());
                audit.put("intact", report.auditIntact());
                ObjectNode content = answer.putObject("content");
                content.put("checked", report.contentChecked());
                content.put("missing", report.contentMissing());
                content.put("corrupt", report.contentCorrupt());
                answer.set("violations", c.violations(report.violations()));
                return c.emit(answer, report.intact() ? EdocCli.OK : EdocCli.NEGATIVE);
            }
        }
    }
}
