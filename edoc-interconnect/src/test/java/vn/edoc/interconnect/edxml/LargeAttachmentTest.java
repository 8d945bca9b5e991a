package vn.edoc.interconnect.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 500 MB attachment is written and read with a 32 MB heap: the writer streams it from the store, the reader
 * decodes it into the store while parsing (the reader runs in a child JVM started with {@code -Xmx32m}).
 */
class LargeAttachmentTest {

    private static final long SIZE = 500L * 1024 * 1024;

    @Test
    void fiveHundredMegabytesStreamThroughA32MegabyteHeap(@TempDir Path dir) throws Exception {
        GeneratedContent content = new GeneratedContent(SIZE, 20250314L);
        EdxmlPackage sample = Fixtures.sample(new vn.edoc.store.memory.MemoryContentStore());
        EdxmlPackage big = new EdxmlPackage(sample.header(), sample.trace(), List.of(new EdxmlAttachment(
                "cid:big", "ho-so.zip", "application/zip", "", content.ref())));
        Path file = dir.resolve("big.edxml");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            EdxmlWriter.of(content).write(big, out);
        }
        assertThat(Files.size(file)).isGreaterThan(SIZE * 4 / 3);
        Path store = Files.createDirectory(dir.resolve("store"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx32m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), BigPackageMain.class.getName(), file.toString(),
                store.toString()).redirectErrorStream(true).start();
        String output;
        boolean ended = child.waitFor(150, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ended).as("child finished: %s", output).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).startsWith(content.ref().sha256() + " " + SIZE);
        assertThat(Files.size(store.resolve(content.ref().sha256()))).isEqualTo(SIZE);
        long heap = Long.parseLong(output.lines().filter(l -> l.startsWith("heap ")).findFirst().orElseThrow()
                .substring(5));
        assertThat(heap).isLessThanOrEqualTo(32L * 1024 * 1024);
    }
}
