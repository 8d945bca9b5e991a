package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** One in-process run of the tool, with what it wrote (decoded as UTF-8) and its exit code. */
record CliRun(int exit, String out, String err) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = EdocCli.run(args, out, err);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Stdout parsed as one JSON object. */
    JsonNode json() {
        try {
            JsonNode node = MAPPER.readTree(out);
            assertThat(node).as("stdout JSON of %s", this).isNotNull();
            assertThat(node.isObject()).as("stdout is a JSON object: %s", out).isTrue();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("stdout is not JSON: " + out, e);
        }
    }

    /** The codes of the violations in the answer. */
    java.util.List<String> codes() {
        java.util.List<String> codes = new java.util.ArrayList<>();
        json().path("violations").forEach(v -> codes.add(v.path("code").asText()));
        return codes;
    }

    /** Asserts stderr holds no Java stack trace. */
    CliRun noStackTrace() {
        assertThat(err).doesNotContain("\tat ").doesNotContain("Exception in thread");
        return this;
    }
}
