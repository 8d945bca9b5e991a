package vn.edoc.interconnect.edxml;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A document package (gói tin văn bản điện tử, QCVN 102:2016): the header, the trace with its business part (new,
 * recall, update, replacement) and the attachments, whose bytes live in a {@link vn.edoc.spi.ContentStore}.
 *
 * @param header      {@code MessageHeader}
 * @param trace       {@code TraceHeaderList}
 * @param attachments the files, in manifest order
 */
public record EdxmlPackage(EdxmlHeader header, TraceInfo trace, List<EdxmlAttachment> attachments)
        implements EdxmlMessage {

    /** Refuses missing parts and two attachments with one ContentId. */
    public EdxmlPackage {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(trace, "trace");
        attachments = Texts.list(attachments);
        Set<String> ids = new HashSet<>();
        for (EdxmlAttachment a : attachments) {
            if (!ids.add(a.contentId())) {
                throw new IllegalArgumentException("two attachments have the ContentId " + a.contentId());
            }
        }
    }

    @Override
    public Organization from() {
        return header.from();
    }

    /** What the package does: its business type, {@link BusinessDocType#NEW} when it has no business part. */
    public BusinessDocType businessType() {
        return trace.business().map(TraceInfo.Business::type).orElse(BusinessDocType.NEW);
    }
}
