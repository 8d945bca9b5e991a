package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.edoc.id.IdViolation;
import vn.edoc.validation.EdocRuleException;

/** How failures that escape a command end: exit codes 1 and 3, a JSON answer, no stack trace without --debug. */
class FailureHandlingTest {

    /** A command failing in the way asked for. */
    @Command(name = "fail")
    static final class Fail extends Leaf {
        @Parameters
        String how;

        @Override
        public Integer call() throws IOException {
            switch (how) {
                case "bug" -> throw new IllegalStateException("kaput");
                case "io" -> throw new UncheckedIOException(new IOException("disk on fire"));
                case "rule" -> throw EdocRuleException.of(IdViolation.ORGAN_EMPTY, "code");
                case "oom" -> throw new OutOfMemoryError("Java heap space");
                default -> throw new IOException("checked " + how);
            }
        }
    }

    private static CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = EdocCli.run(args, out, err, List.of(new Fail()));
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Issue 11: an OutOfMemoryError ended in a JVM stack trace and exit 1. */
    @Test
    void outOfMemoryIsExitThreeWithTheContractsAnswer() {
        CliRun run = run("fail", "oom");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.json().path("error").asText()).startsWith("out of memory");
        assertThat(run.json().path("violations").isArray()).isTrue();
        assertThat(run.err()).startsWith("edoc: out of memory").hasLineCount(1);
        run.noStackTrace();
    }

    @Test
    void unexpectedExceptionIsAnInternalErrorWithoutStackTrace() {
        CliRun run = run("fail", "bug");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.json().path("error").asText()).isEqualTo("internal error: IllegalStateException: kaput");
        assertThat(run.json().path("violations").isArray()).isTrue();
        assertThat(run.err()).contains("kaput").contains("--debug");
        run.noStackTrace();
    }

    @Test
    void debugShowsTheStackTraceOnStderr() {
        CliRun run = run("fail", "bug", "--debug");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("java.lang.IllegalStateException: kaput").contains("\tat ");
        assertThat(run.json().path("error").asText()).contains("kaput");
    }

    @Test
    void ioExceptionsAreExitCodeThree() {
        assertThat(run("fail", "io").exit()).isEqualTo(3);
        assertThat(run("fail", "io").json().path("error").asText()).contains("disk on fire");
        CliRun checked = run("fail", "x");
        assertThat(checked.exit()).isEqualTo(3);
        assertThat(checked.json().path("error").asText()).startsWith("I/O error").contains("checked x");
    }

    @Test
    void aRefusalEscapingACommandIsANegativeAnswerWithItsViolations() throws Exception {
        CliRun run = run("fail", "rule", "--lang", "vi");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("violations").get(0).path("code").asText()).isEqualTo("EDOC-ID-001");
        assertThat(json.path("violations").get(0).path("path").asText()).isEqualTo("code");
        assertThat(json.path("error").asText()).isEqualTo("bị từ chối");
        run.noStackTrace();
    }

    @Test
    void textModeAppliesToErrorsToo() {
        CliRun run = run("fail", "bug", "--text");
        assertThat(run.out()).startsWith("error: internal error: IllegalStateException: kaput\n");
    }
}
