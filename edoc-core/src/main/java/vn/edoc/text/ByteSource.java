package vn.edoc.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Bytes that can be read more than once (nguồn dữ liệu đọc lại được), such as a file: the streaming text checks read
 * their input twice, once to learn its encoding and once to check or convert it, holding only a few hundred
 * kilobytes at a time whatever the size of the input.
 */
@FunctionalInterface
public interface ByteSource {

    /** A new stream over the bytes, from the first; the caller closes it. */
    InputStream open() throws IOException;

    /** The bytes of {@code bytes} (not copied: do not change the array while it is read). */
    static ByteSource of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return () -> new ByteArrayInputStream(bytes);
    }
}
