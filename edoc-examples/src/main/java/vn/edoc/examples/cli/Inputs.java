package vn.edoc.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import vn.edoc.text.ByteSource;
import vn.edoc.text.Excerpt;
import vn.edoc.text.VietnameseText;
import vn.edoc.validation.ValidationResult;

/**
 * Reading the files named on the command line, with every I/O problem turned into a {@link CliFailure}.
 *
 * <p>Only regular files are read: a FIFO, a device or a socket is refused by name before it is opened (opening a
 * FIFO waits for a writer, and a device may never end). Inputs are bounded: at most {@value #MAX_BYTES} bytes, and a
 * command that holds its whole input in memory (a document or a schedule, read as JSON) takes at most
 * {@link #maxInMemoryBytes()}, an eighth of the heap, so that a large file is refused with a message rather than
 * ending in an {@link OutOfMemoryError}. Text is checked and converted as a stream and only the first bound applies.
 * File names in messages are quoted by {@link Excerpt}: cut short, control characters escaped.
 */
final class Inputs {

    /** The largest input read at all. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final int MIB = 1024 * 1024;

    private Inputs() {
    }

    /**
     * The largest input a command may hold in memory whole: {@value #MAX_BYTES} bytes or an eighth of the heap,
     * whichever is smaller (the bytes, the decoded text and the JSON tree read from it together take several times
     * the size of the file).
     */
    static long maxInMemoryBytes() {
        return Math.min(MAX_BYTES, Runtime.getRuntime().maxMemory() / 8);
    }

    /** A file name as messages show it. */
    static String shown(String name) {
        // longer than other excerpts: a path is mostly folders, and the file name is at its end
        return Excerpt.of(name, 160);
    }

    static Path path(String name) {
        if (name == null || name.isEmpty()) {
            throw new CliFailure("empty file name", "tên tệp rỗng");
        }
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new CliFailure("invalid file name: " + shown(name), "tên tệp không hợp lệ: " + shown(name), e);
        }
    }

    /** The attributes of the regular file {@code name}; anything else is refused, never opened. */
    static BasicFileAttributes regularFile(String name) {
        Path path = path(name);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new CliFailure("file not found: " + shown(name), "không tìm thấy tệp: " + shown(name), e);
        } catch (AccessDeniedException e) {
            throw new CliFailure("permission denied: " + shown(name), "không có quyền đọc tệp: " + shown(name), e);
        } catch (IOException e) {
            throw cannotRead(name, e);
        }
        if (attributes.isDirectory()) {
            throw new CliFailure("not a file but a directory: " + shown(name),
                    "không phải tệp mà là thư mục: " + shown(name));
        }
        if (!attributes.isRegularFile()) {
            String[] kind = kind(path);
            throw new CliFailure("not a regular file but " + kind[0] + ", refused: " + shown(name),
                    "không phải tệp thông thường mà là " + kind[1] + ", không đọc: " + shown(name));
        }
        return attributes;
    }

    /** What a file that is not a regular file is, in English and Vietnamese. */
    private static String[] kind(Path path) {
        try {
            // the "unix" view exists on Linux and macOS; elsewhere the generic words below are used
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            switch (mode & 0170000) {
                case 0010000:
                    return new String[] {"a FIFO (named pipe)", "một FIFO (đường ống có tên)"};
                case 0020000:
                    return new String[] {"a character device", "một thiết bị ký tự"};
                case 0060000:
                    return new String[] {"a block device", "một thiết bị khối"};
                case 0140000:
                    return new String[] {"a socket", "một socket"};
                default:
                    break;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // fall through to the generic answer
        }
        return new String[] {"a device, FIFO or socket", "một thiết bị, FIFO hoặc socket"};
    }

    /** All bytes of the file {@code name} ({@code "-"}: standard input), at most {@link #maxInMemoryBytes()}. */
    static byte[] read(String name) {
        long max = maxInMemoryBytes();
        if ("-".equals(name)) {
            return readStdin(max);
        }
        BasicFileAttributes attributes = regularFile(name);
        if (attributes.size() > max) {
            throw tooLarge(name, attributes.size(), max);
        }
        try (InputStream in = Files.newInputStream(path(name))) {
            return readBounded(in, (int) attributes.size(), max, name);
        } catch (NoSuchFileException e) {
            throw new CliFailure("file not found: " + shown(name), "không tìm thấy tệp: " + shown(name), e);
        } catch (IOException e) {
            throw cannotRead(name, e);
        }
    }

    /**
     * A document's JSON text and what its encoding check found: JSON is UTF-8 (RFC 8259), so a file in another
     * encoding is a negative answer naming that encoding (the text check's violations), read as far as it can be,
     * the same way for every command that reads a document.
     *
     * @param json     the text, malformed bytes replaced when the file is not UTF-8
     * @param encoding the text check's violations when the file is not UTF-8, otherwise valid
     */
    record DocumentText(String json, ValidationResult encoding) {
    }

    /** The document file {@code name} (see {@link DocumentText}), at most {@link #maxInMemoryBytes()}. */
    static DocumentText readDocument(String name) {
        byte[] bytes = read(name);
        try {
            return new DocumentText(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString(), ValidationResult.ok());
        } catch (CharacterCodingException e) {
            return new DocumentText(new String(bytes, StandardCharsets.UTF_8), VietnameseText.check(bytes).result());
        }
    }

    /**
     * The file {@code name} as bytes that can be read twice, for the streaming text commands; standard input
     * ({@code "-"}) is read into memory first, at most {@link #maxInMemoryBytes()}.
     */
    static ByteSource source(String name) {
        if ("-".equals(name)) {
            return ByteSource.of(readStdin(maxInMemoryBytes()));
        }
        BasicFileAttributes attributes = regularFile(name);
        if (attributes.size() > MAX_BYTES) {
            throw tooLarge(name, attributes.size(), MAX_BYTES);
        }
        Path path = path(name);
        return () -> Files.newInputStream(path);
    }

    /** Reads to the end, into an array of the expected size when the size is known, refusing more than {@code max}. */
    private static byte[] readBounded(InputStream in, int expected, long max, String name) throws IOException {
        byte[] buffer = new byte[(int) Math.min(max, Math.max(expected, 8192))];
        int n = 0;
        while (true) {
            if (n == buffer.length) {
                // full: one more byte says whether the input ends here, without growing the array for nothing
                int b = in.read();
                if (b < 0) {
                    break;
                }
                if (n >= max) {
                    throw tooLarge(name, max + 1, max);
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(max, Math.max(2L * n, 8192)));
                buffer[n++] = (byte) b;
                continue;
            }
            int r = in.read(buffer, n, buffer.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n == buffer.length ? buffer : Arrays.copyOf(buffer, n);
    }

    private static byte[] readStdin(long max) {
        try {
            return readBounded(System.in, 0, max, "-");
        } catch (IOException e) {
            throw new CliFailure("cannot read standard input: " + shown(e.getMessage()),
                    "không đọc được đầu vào chuẩn: " + shown(e.getMessage()), e);
        }
    }

    private static CliFailure tooLarge(String name, long size, long max) {
        String what = "-".equals(name) ? "standard input" : shown(name);
        String whatVi = "-".equals(name) ? "đầu vào chuẩn" : shown(name);
        String limit = max >= MIB ? max / MIB + " MiB" : max + " bytes";
        String limitVi = max >= MIB ? max / MIB + " MiB" : max + " byte";
        String why = max < MAX_BYTES ? " with this heap (an eighth of it; raise -Xmx to read more)" : "";
        String whyVi = max < MAX_BYTES ? " với bộ nhớ heap hiện có (một phần tám; tăng -Xmx để đọc tệp lớn hơn)" : "";
        return new CliFailure("file too large (over " + limit + why + "): " + what,
                "tệp quá lớn (trên " + limitVi + whyVi + "): " + whatVi);
    }

    private static CliFailure cannotRead(String name, IOException e) {
        return new CliFailure("cannot read " + shown(name) + ": " + shown(e.getMessage()),
                "không đọc được tệp " + shown(name) + ": " + shown(e.getMessage()), e);
    }
}
