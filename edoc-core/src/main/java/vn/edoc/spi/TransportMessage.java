package vn.edoc.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.document.Document;
import vn.edoc.id.OrganCode;

/**
 * A message between organisations' systems (thông điệp liên thông): a new document or a status message about one
 * (Decision 28/2018; the edXML form is built in {@code edoc-interconnect}).
 *
 * @param kind        what it says
 * @param from        the sending organisation
 * @param to          the receiving organisation
 * @param documentRef the sender's reference of the document concerned (its outgoing record id); for a status
 *                    message, the reference the original sender gave
 * @param document    the document itself, for {@link Kind#NEW_DOCUMENT}
 * @param tasks       the tasks a new document carries, each to become its own row at the receiver (R-IN-9)
 * @param reason      the reason of a refusal or recall, or the text of a status; {@code ""} when none
 * @param time        when the message was made
 */
public record TransportMessage(Kind kind, OrganCode from, OrganCode to, String documentRef,
                               Optional<Document> document, List<String> tasks, String reason, Instant time) {

    /** What a message says. */
    public enum Kind {
        /** A new document (văn bản mới). */
        NEW_DOCUMENT,
        /** The sender recalls a document (thu hồi, R-IN-7). */
        RECALL,
        /** The receiver refuses a document, with its reason (từ chối, R-IN-6). */
        REFUSAL,
        /** The receiver acknowledges receipt (báo nhận, R-IN-1, R-TIME-3). */
        RECEIPT_ACK,
        /** Another status, such as the acknowledgement of a recall (R-IN-7). */
        STATUS,
        /** The receiving system has the document; the clerk has not handled it yet (edXML status 01, đã đến). */
        ARRIVED,
        /** The receiver assigned the document for handling (edXML status 04, phân công, R-IN-5). */
        ASSIGNED,
        /** The receiver is handling the document (edXML status 05, đang xử lý). */
        IN_PROGRESS,
        /** The receiver completed the handling (edXML status 06, hoàn thành). */
        COMPLETED,
        /** The receiver agrees to a recall or update (edXML status 15, đồng ý lấy lại/cập nhật, R-IN-7). */
        RECALL_ACCEPTED,
        /** The receiver refuses a recall or update, with its reason (edXML status 16, từ chối lấy lại/cập nhật). */
        RECALL_REFUSED,
        /** The sender updates a document it sent (edXML BussinessDocType 2, cập nhật); carries the document. */
        UPDATE,
        /** The sender replaces a document it sent (edXML BussinessDocType 3, thay thế); carries the document. */
        REPLACEMENT
    }

    /**
     * Refuses missing parts, a new document, update or replacement without its document and a refusal or recall
     * without reason.
     */
    public TransportMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(documentRef, "documentRef");
        Objects.requireNonNull(document, "document");
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(time, "time");
        if ((kind == Kind.NEW_DOCUMENT || kind == Kind.UPDATE || kind == Kind.REPLACEMENT) && document.isEmpty()) {
            throw new IllegalArgumentException(kind + " carries the document");
        }
        if ((kind == Kind.REFUSAL || kind == Kind.RECALL) && reason.isBlank()) {
            throw new IllegalArgumentException(kind + " carries its reason");
        }
    }

    /** A new document sent from {@code from} to {@code to} under {@code ref}, carrying {@code tasks}. */
    public static TransportMessage newDocument(OrganCode from, OrganCode to, String ref, Document document,
                                               List<String> tasks, Instant time) {
        return new TransportMessage(Kind.NEW_DOCUMENT, from, to, ref, Optional.of(document), tasks, "", time);
    }

    /** A status message of {@code kind} about {@code ref}. */
    public static TransportMessage status(Kind kind, OrganCode from, OrganCode to, String ref, String reason,
                                          Instant time) {
        return new TransportMessage(kind, from, to, ref, Optional.empty(), List.of(), reason, time);
    }
}
