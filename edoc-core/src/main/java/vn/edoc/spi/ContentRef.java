package vn.edoc.spi;

import java.util.Objects;
import vn.edoc.document.Attachment;

/**
 * A reference to stored content (tham chiếu nội dung tệp): the SHA-256 of the bytes and their length. Content is
 * addressed by its digest, so the same bytes always have the same reference and a reference can never point at
 * other bytes without the store noticing.
 *
 * @param sha256 the SHA-256 digest, 64 lower-case hexadecimal digits
 * @param size   the length in bytes, zero or more
 */
public record ContentRef(String sha256, long size) {

    /** Refuses a digest that is not 64 lower-case hexadecimal digits and a negative size. */
    public ContentRef {
        Objects.requireNonNull(sha256, "sha256");
        if (!isSha256(sha256)) {
            throw new IllegalArgumentException("not a SHA-256 digest (64 lower-case hexadecimal digits)");
        }
        if (size < 0) {
            throw new IllegalArgumentException("negative size: " + size);
        }
    }

    /** True when {@code text} is 64 lower-case hexadecimal digits (the one rule: {@link Attachment#isSha256}). */
    public static boolean isSha256(String text) {
        return Attachment.isSha256(text);
    }

    @Override
    public String toString() {
        return "sha256:" + sha256 + " (" + size + " bytes)";
    }
}
