package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code bin/edoc} script on the jar built in the package phase, in a POSIX locale
 * ({@code LC_ALL=C}, no {@code LANG}), to prove that Vietnamese arguments and output survive the trip.
 *
 * <p>The command line is written as UTF-8 bytes into a small shell script: passed through
 * {@link ProcessBuilder} arguments, the Vietnamese text would be encoded by this test JVM's own locale, which is not
 * what is being tested.
 */
class EdocScriptIT {

    private static final Path EDOC = Path.of("..", "bin", "edoc").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private Result edoc(String commandLine) throws IOException, InterruptedException {
        return edoc(commandLine, Map.of());
    }

    private Result edoc(String commandLine, Map<String, String> extraEnv) throws IOException, InterruptedException {
        Path script = dir.resolve("run.sh");
        Files.writeString(script, "exec '" + EDOC + "' " + commandLine + "\n", StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_") || k.equals("LANGUAGE"));
        env.put("LC_ALL", "C");
        env.putAll(extraEnv);
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void accountNameOfAVietnameseFullNameInAPosixLocale() throws Exception {
        Result r = edoc("id account \"Nguyễn Văn Chiến\"");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("{\"account\":\"chiennv\"}\n");
        assertThat(r.exit()).isZero();
    }

    @Test
    void vietnameseOutputIsUtf8InAPosixLocale() throws Exception {
        Result r = edoc("id organ 000.00.00.G22");
        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("knownName").asText()).isEqualTo("Văn phòng Chính phủ");
    }

    @Test
    void negativeAnswerAndUsageErrorExitCodes() throws Exception {
        Result invalid = edoc("id organ 000.11.00.H53 --lang vi");
        assertThat(invalid.exit()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(invalid.out()).path("violations").get(0).path("message").asText())
                .startsWith("Mã định danh");
        Result usage = edoc("id nonsense");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(new ObjectMapper().readTree(usage.out()).path("error").asText()).contains("nonsense");
        assertThat(usage.err()).doesNotContain("\tat ");
    }

    @Test
    void missingFileIsAnIoError() throws Exception {
        Result r = edoc("text check no-such-file.txt");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(new ObjectMapper().readTree(r.out()).path("error").asText()).contains("no-such-file.txt");
        assertThat(r.err()).doesNotContain("\tat ");
        assertThat(List.of(r.err().split("\n"))).hasSizeLessThanOrEqualTo(2);
    }

    /** Issue 11: a FIFO given as the input hung for ever. */
    @Test
    void aFifoIsRefusedNotWaitedOn() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe").toString()).start();
        assertThat(mkfifo.waitFor(20, TimeUnit.SECONDS)).isTrue();
        for (String command : List.of("text check pipe", "validate pipe", "time receipt 2025-01-24T18:05:00+07:00 "
                + "--schedule pipe")) {
            Result r = edoc(command);
            assertThat(r.exit()).as(command).isEqualTo(3);
            assertThat(new ObjectMapper().readTree(r.out()).path("error").asText()).contains("FIFO");
            assertThat(r.err()).doesNotContain("\tat ");
        }
    }

    /**
     * Issue 11: under a 64 MB heap, a file of about 20 MB ended in an OutOfMemoryError, a stack trace and exit 1.
     * Text is now checked and converted as a stream; a document, held whole, is refused by the heap-sized limit.
     */
    @Test
    void aThirtyMegabyteFileUnderA64MegabyteHeap() throws Exception {
        Path big = dir.resolve("big.txt");
        byte[] line = "Ủy ban nhân dân tỉnh Lạng Sơn giao Sở Thông tin và Truyền thông\n".getBytes(StandardCharsets.UTF_8);
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(big))) {
            for (long written = 0; written < 30L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        Map<String, String> small = Map.of("JAVA_TOOL_OPTIONS", "-Xmx64m");
        Result check = edoc("text check big.txt", small);
        assertThat(check.exit()).as(check.err()).isZero();
        JsonNode answer = new ObjectMapper().readTree(check.out());
        assertThat(answer.path("encoding").asText()).isEqualTo("utf-8-nfc");
        assertThat(answer.path("tcvn6909").asBoolean()).isTrue();

        Result convert = edoc("text convert big.txt", small);
        assertThat(convert.exit()).as(convert.err()).isZero();
        assertThat((long) convert.out().getBytes(StandardCharsets.UTF_8).length).isEqualTo(Files.size(big));

        Result validate = edoc("validate big.txt", small);
        assertThat(validate.exit()).isEqualTo(3);
        assertThat(new ObjectMapper().readTree(validate.out()).path("error").asText())
                .startsWith("file too large").contains("heap");
        assertThat(validate.err()).doesNotContain("\tat ").doesNotContain("OutOfMemoryError");

        Result zero = edoc("validate /dev/zero", small);
        assertThat(zero.exit()).isEqualTo(3);
        assertThat(new ObjectMapper().readTree(zero.out()).path("error").asText()).contains("character device");
    }

    @Test
    void theDemoIsTheMainJobAndLeavesWhatItSignedAndSent() throws Exception {
        // exactly as a user runs it: embedded H2 in the kept folder, in-process axis, PKI generated on the fly
        Result r = edoc("demo --keep kept");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Step 9/9").contains("== Summary")
                .contains("stored in an embedded H2 file database").contains("TOTAL_PASSED")
                .contains("every step as expected").contains("every answer as expected").doesNotContain("!!");
        Path day = dir.resolve("kept").resolve("working-day");
        try (var files = Files.list(day)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).toList())
                    .hasSize(4);
        }
        try (var packages = Files.list(day.resolve("packages"))) {
            assertThat(packages.count()).isGreaterThanOrEqualTo(4);
        }
        assertThat(day.resolve("demo-root-ca.pem")).exists();
        assertThat(dir.resolve("kept").resolve("database")).isDirectory();
    }

    @Test
    void timesAreWrittenInVietnamTime() throws Exception {
        Result r = edoc("time receipt 2025-01-24T11:05:00Z");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(
                "{\"received\":\"2025-01-24T18:05:00+07:00\",\"effective\":\"2025-02-03T07:30:00+07:00\"}\n");
    }

    @Test
    void legacyTextIsConvertedToUtf8OnStdout() throws Exception {
        String sentence = "văn bản điện tử gửi đi phải được ký số\n";
        Files.write(dir.resolve("old.txt"), vn.edoc.text.LegacyCodecs.tcvn3().encode(sentence));
        Result r = edoc("text convert old.txt");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(sentence);
    }

    @Test
    void notationWithVietnameseLettersInAPosixLocale() throws Exception {
        Result r = edoc("id notation \"31/2020/QĐ-UBND\" --text");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("typeAbbreviation: QĐ\n").contains("notation: 31/2020/QĐ-UBND\n");
    }

    @Test
    void outputIsUtf8WhateverThePlatformEncoding() throws Exception {
        Path jar = Path.of("target", "edoc.jar").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder("java", "-Dfile.encoding=ISO-8859-1", "-Dstdout.encoding=US-ASCII",
                "-Dsun.stdout.encoding=US-ASCII", "-jar", jar.toString(), "id", "organ", "000.00.00.G22");
        pb.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        JsonNode json = new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8));
        assertThat(json.path("knownName").asText()).isEqualTo("Văn phòng Chính phủ");
    }
}
