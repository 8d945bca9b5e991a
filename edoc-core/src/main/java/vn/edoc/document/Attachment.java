package vn.edoc.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A file attached to a document (tệp đính kèm): its name, media type, size in bytes, SHA-256 digest and role.
 * The constructor only refuses {@code null}s; whether the name, type, size and digest are acceptable is checked by
 * {@link FormatPolicy} and {@link DocumentValidator}, so that a wrong attachment can be represented and reported.
 *
 * @param name      the file name, such as {@code "qd-123.pdf"}
 * @param mediaType the media type (kiểu MIME), such as {@code "application/pdf"}
 * @param size      the size in bytes
 * @param sha256    the SHA-256 digest of the content, 64 lower-case hexadecimal digits
 * @param role      whether this is the document itself or an appendix
 */
public record Attachment(String name, String mediaType, long size, String sha256, Role role) {

    /**
     * The role of an attachment: the main file (tệp văn bản chính), which is the signed document itself and must be a
     * PDF when signed (R-FMT-2), or an appendix (phụ lục, tài liệu kèm theo).
     */
    public enum Role {
        /** The document itself; the signed file. */
        MAIN("main"),
        /** An appendix or accompanying material. */
        APPENDIX("appendix");

        private final String jsonName;

        Role(String jsonName) {
            this.jsonName = jsonName;
        }

        /** Name used in JSON: {@code main} or {@code appendix}. */
        public String jsonName() {
            return jsonName;
        }

        /** Reads a JSON name (case-insensitive). */
        public static Optional<Role> fromJsonName(String name) {
            if (name == null) {
                return Optional.empty();
            }
            String n = name.trim().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(r -> r.jsonName.equals(n)).findFirst();
        }
    }

    public Attachment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(role, "role");
    }

    /** True when this is the main (signed) file. */
    public boolean isMain() {
        return role == Role.MAIN;
    }

    /** The extension in lower case without its dot ({@code "pdf"}), empty when the name has none. */
    public Optional<String> extension() {
        return FormatPolicy.extensionOf(name);
    }

    /** True when {@code text} is a well-formed digest: 64 lower-case hexadecimal digits. */
    public static boolean isSha256(String text) {
        if (text == null || text.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
