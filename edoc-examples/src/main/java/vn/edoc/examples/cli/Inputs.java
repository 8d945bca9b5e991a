package vn.edoc.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;

/** Reading the files named on the command line, with every I/O problem turned into a {@link CliFailure}. */
final class Inputs {

    /** Larger inputs are refused rather than risking running out of memory on a wrong argument. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private Inputs() {
    }

    static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new CliFailure("invalid file name: " + name, "tên tệp không hợp lệ: " + name, e);
        }
    }

    /** All bytes of the file {@code name}; {@code "-"} is standard input. */
    static byte[] read(String name) {
        if ("-".equals(name)) {
            return readStdin();
        }
        Path path = path(name);
        if (Files.isDirectory(path)) {
            throw new CliFailure("not a file but a directory: " + name, "không phải tệp mà là thư mục: " + name);
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new CliFailure("file too large (over " + MAX_BYTES / (1024 * 1024) + " MiB): " + name,
                        "tệp quá lớn (trên " + MAX_BYTES / (1024 * 1024) + " MiB): " + name);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new CliFailure("file not found: " + name, "không tìm thấy tệp: " + name, e);
        } catch (AccessDeniedException e) {
            throw new CliFailure("permission denied: " + name, "không có quyền đọc tệp: " + name, e);
        } catch (IOException e) {
            throw new CliFailure("cannot read " + name + ": " + e.getMessage(),
                    "không đọc được tệp " + name + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readStdin() {
        try {
            byte[] bytes = System.in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new CliFailure("standard input too large (over " + MAX_BYTES / (1024 * 1024) + " MiB)",
                        "đầu vào chuẩn quá lớn (trên " + MAX_BYTES / (1024 * 1024) + " MiB)");
            }
            return bytes;
        } catch (IOException e) {
            throw new CliFailure("cannot read standard input: " + e.getMessage(),
                    "không đọc được đầu vào chuẩn: " + e.getMessage(), e);
        }
    }

    /**
     * The file {@code name} as UTF-8 text (JSON files). Bytes that are not UTF-8 are refused here, with exit code
     * 3, rather than silently replaced.
     */
    static String readUtf8(String name) {
        byte[] bytes = read(name);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CliFailure("not UTF-8 text: " + name, "không phải văn bản UTF-8: " + name, e);
        }
    }
}
