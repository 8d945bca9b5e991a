package vn.edoc.routing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.document.Document;
import vn.edoc.register.RegisterEntry;

/**
 * An outgoing document at the moment it is issued (văn bản đi được phát hành), as told to the
 * {@link IssueParticipant}s inside the issuing unit of work.
 *
 * @param recordId      the outgoing record's id in the document store
 * @param document      the issued document, with its number and notation; with the organisation's signature
 *                      except when handed to an {@link IssueParticipant}, which is asked before the signing
 * @param registration  its line in the outgoing register (sổ văn bản đi)
 * @param issuedAt      the issue instant; for a task's reply this is the completion instant (R-TASK-7)
 * @param actorPersonId the clerk who issued it
 * @param answersTaskId the task this document answers (R-TASK-4), if it was created from a task
 */
public record IssuedDocument(String recordId, Document document, RegisterEntry registration, Instant issuedAt,
                             String actorPersonId, Optional<String> answersTaskId) {

    public IssuedDocument {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(actorPersonId, "actorPersonId");
        Objects.requireNonNull(answersTaskId, "answersTaskId");
    }
}
