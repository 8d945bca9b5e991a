package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EdocCliTest {

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.json().path("violations").isEmpty()).isTrue(); // the contract's {"error","violations":[]}
        assertThat(run.err()).contains("missing command").contains("edoc --help");
        run.noStackTrace();
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = CliRun.of("frobnicate");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.json().path("violations").isEmpty()).isTrue(); // the contract's {"error","violations":[]}
        assertThat(run.err()).contains("frobnicate");
        run.noStackTrace();
    }

    @Test
    void groupWithoutSubcommandIsAUsageError() {
        CliRun run = CliRun.of("id");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("missing subcommand").contains("organ");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("id", "organ", "--frob", "000.00.00.G22");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.json().path("violations").isEmpty()).isTrue(); // the contract's {"error","violations":[]}
        assertThat(run.err()).contains("--frob");
        run.noStackTrace();
    }

    @Test
    void missingArgumentIsAUsageError() {
        CliRun run = CliRun.of("id", "organ");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("<code>");
        run.noStackTrace();
    }

    @Test
    void badLanguageIsAUsageError() {
        CliRun run = CliRun.of("--lang", "fr", "id", "organ", "000.00.00.G22");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--lang").contains("fr");
    }

    @Test
    void usageErrorsSpeakVietnameseOnRequest() {
        CliRun run = CliRun.of("--lang", "vi", "id");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("thiếu lệnh con");
    }

    @Test
    void helpAndVersionSucceed() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: edoc").contains("id");
        CliRun subHelp = CliRun.of("id", "organ", "--help");
        assertThat(subHelp.exit()).isZero();
        assertThat(subHelp.out()).contains("edoc id organ").contains("--lang");
        CliRun version = CliRun.of("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("edoc ");
    }

    @Test
    void globalOptionsAreAcceptedBeforeOrAfterTheCommand() {
        CliRun before = CliRun.of("--pretty", "--lang", "vi", "id", "organ", "x");
        CliRun after = CliRun.of("id", "organ", "x", "--pretty", "--lang=vi");
        assertThat(before.exit()).isEqualTo(1);
        assertThat(after.exit()).isEqualTo(1);
        assertThat(before.out()).isEqualTo(after.out()).contains("\n  \"valid\"");
        assertThat(after.json().path("violations").get(0).path("message").asText()).contains("chữ thường");
    }

    @Test
    void compactJsonByDefaultOnOneLine() {
        CliRun run = CliRun.of("id", "organ", "000.00.00.G22");
        assertThat(run.out()).startsWith("{\"valid\":true,").endsWith("}\n");
        assertThat(run.out().strip()).doesNotContain("\n");
    }

    @Test
    void textOutputIsHumanReadable() {
        CliRun run = CliRun.of("--text", "id", "organ", "000.00.11.h53");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("valid: false\n").contains("violations:\n  - ERROR EDOC-ID-003 [R-ID-1");
    }

    @Test
    void debugOnUsageErrorMayShowAStackTraceOnStderrOnly() {
        CliRun run = CliRun.of("--debug", "id", "organ");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.json().path("violations").isEmpty()).isTrue(); // the contract's {"error","violations":[]}
        assertThat(run.err()).contains("MissingParameterException");
    }

    @Test
    void loggingIsConfiguredToStderrAtWarnLevel() throws Exception {
        java.util.Properties p = new java.util.Properties();
        try (var in = EdocCli.class.getResourceAsStream("/simplelogger.properties")) {
            assertThat(in).isNotNull();
            p.load(in);
        }
        assertThat(p.getProperty("org.slf4j.simpleLogger.logFile")).isEqualTo("System.err");
        assertThat(p.getProperty("org.slf4j.simpleLogger.defaultLogLevel")).isEqualTo("warn");
    }
}
