package vn.edoc.store.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.internal.content.Sha256;
import vn.edoc.spi.ContentException;
import vn.edoc.spi.ContentRef;

/** What only the filesystem store shows: its layout, no temporary file left behind, and a second process writing. */
class FileContentStoreTest {

    @TempDir
    Path dir;

    /** The {@code i}-th content both processes store: 20-60 KB, the same in both. */
    static byte[] content(int i) {
        Random random = new Random(1000 + i);
        byte[] b = new byte[20_000 + random.nextInt(40_000)];
        random.nextBytes(b);
        return b;
    }

    @Test
    void contentLivesUnderItsDigestFannedOutByPrefix() throws IOException {
        FileContentStore store = new FileContentStore(dir);
        ContentRef ref = store.put(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)));
        Path expected = dir.resolve("ba").resolve("78").resolve(ref.sha256());
        assertThat(store.pathOf(ref)).isEqualTo(expected.toAbsolutePath());
        assertThat(Files.readString(expected)).isEqualTo("abc");
        assertThat(temporaryFiles(store)).isZero();
    }

    @Test
    void refusedAndFailedPutsLeaveNoTemporaryFile() throws IOException {
        FileContentStore store = new FileContentStore(dir, 100);
        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[101])))
                .isInstanceOf(ContentException.class);
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk unplugged");
            }
        };
        assertThatThrownBy(() -> store.put(broken)).isInstanceOf(ContentException.class);
        assertThat(temporaryFiles(store)).isZero();
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void anotherProcessStoringTheSameContentAtTheSameTimeLeavesEveryFileWhole() throws Exception {
        int count = 12;
        Path root = dir.resolve("shared");
        FileContentStore store = new FileContentStore(root);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ContentWriterProcess.class.getName(), root.toString(), Integer.toString(count))
                .redirectErrorStream(true).start();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < count; i++) {
                store.put(new ByteArrayInputStream(content(i)));
            }
        }
        assertThat(other.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(other.exitValue()).as(output).isZero();
        assertThat(output).contains("done");
        FileContentStore fresh = new FileContentStore(root);
        for (int i = 0; i < count; i++) {
            byte[] b = content(i);
            ContentRef ref = new ContentRef(Sha256.of(b), b.length);
            try (InputStream in = fresh.open(ref)) {
                assertThat(in.readAllBytes()).isEqualTo(b);
            }
        }
        assertThat(temporaryFiles(fresh)).isZero();
    }

    private static long temporaryFiles(FileContentStore store) throws IOException {
        try (Stream<Path> files = Files.list(store.temporaryDirectory())) {
            return files.count();
        }
    }
}
