package vn.edoc.store.file;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;

/**
 * A second process for {@link FileContentStoreTest}: stores the same generated contents as the test into the same
 * directory at the same time, then prints {@code done}.
 */
public final class ContentWriterProcess {

    private ContentWriterProcess() {
    }

    /** {@code args}: the store's root directory and how many contents to store. */
    public static void main(String[] args) {
        FileContentStore store = new FileContentStore(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < count; i++) {
                store.put(new ByteArrayInputStream(FileContentStoreTest.content(i)));
            }
        }
        System.out.println("done");
    }
}
