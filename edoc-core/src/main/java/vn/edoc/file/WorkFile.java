package vn.edoc.file;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.audit.Canonical;
import vn.edoc.id.OrganCode;

/**
 * A work file (hồ sơ công việc, R-FILE-1, BS Đ2.5, BS Đ13.1): the related documents of one matter, opened from the
 * incoming document that starts the work and gathering the incoming documents, drafts and issued replies that
 * follow, until it is closed.
 *
 * @param id                the file's id in the store
 * @param organisation      the organisation
 * @param title             the matter (tiêu đề hồ sơ)
 * @param ownerId           the person who opened it and keeps it
 * @param openingIncomingId the incoming record that started the work
 * @param documentIds       the incoming and outgoing record ids gathered, the opening one first
 * @param open              true until closed
 * @param openedAt          when it was opened
 * @param closedAt          when it was closed
 * @param version           1 when first stored, plus one at each change
 */
public record WorkFile(String id, OrganCode organisation, String title, String ownerId, String openingIncomingId,
                       List<String> documentIds, boolean open, Instant openedAt, Optional<Instant> closedAt,
                       long version) {

    /** Refuses missing parts; copies the list. */
    public WorkFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(openingIncomingId, "openingIncomingId");
        documentIds = List.copyOf(documentIds);
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(closedAt, "closedAt");
    }

    /** The SHA-256 digest of this state for the audit trail (label {@code "edoc.workfile/1"}). */
    public String digest() {
        return Canonical.of("edoc.workfile/1").text(id).text(organisation.value()).text(title).text(ownerId)
                .texts(documentIds).bool(open).number(version).sha256Hex();
    }
}
