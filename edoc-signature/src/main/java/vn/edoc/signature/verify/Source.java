package vn.edoc.signature.verify;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The bytes being verified, opened as many independent readers as needed (the parser of each revision and the
 * hashing each need their own position). A file is read through a small buffer, so its size does not matter.
 */
interface Source {

    /** A new reader positioned at the start; the caller closes it. */
    RandomAccessRead open() throws IOException;

    /** The length in bytes. */
    long length() throws IOException;

    static Source of(Path file) {
        return new Source() {
            @Override
            public RandomAccessRead open() throws IOException {
                return new RandomAccessReadBufferedFile(file);
            }

            @Override
            public long length() throws IOException {
                return java.nio.file.Files.size(file);
            }
        };
    }

    static Source of(byte[] bytes) {
        return new Source() {
            @Override
            public RandomAccessRead open() {
                return new RandomAccessReadBuffer(bytes);
            }

            @Override
            public long length() {
                return bytes.length;
            }
        };
    }
}
