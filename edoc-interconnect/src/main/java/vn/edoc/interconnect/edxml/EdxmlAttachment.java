package vn.edoc.interconnect.edxml;

import java.util.Objects;
import vn.edoc.spi.ContentRef;

/**
 * A file carried by a package (tệp đính kèm): its manifest entry and the reference of its bytes in the
 * {@link vn.edoc.spi.ContentStore}. The bytes are never held here: the reader decodes them into the store, the
 * writer streams them from it.
 *
 * @param contentId   the link between manifest and content ({@code ContentId}, {@code cid:…})
 * @param name        the file name ({@code AttachmentName})
 * @param contentType the media type ({@code ContentType})
 * @param description {@code Description}; {@code ""} when absent
 * @param content     the stored bytes: SHA-256 and size
 */
public record EdxmlAttachment(String contentId, String name, String contentType, String description,
                              ContentRef content) {

    /** Refuses a missing content id or content; other {@code null} texts become {@code ""}. */
    public EdxmlAttachment {
        contentId = Texts.text(contentId);
        if (contentId.isEmpty()) {
            throw new IllegalArgumentException("an attachment needs its ContentId");
        }
        name = Texts.text(name);
        contentType = Texts.text(contentType);
        description = Texts.text(description);
        Objects.requireNonNull(content, "content");
    }
}
