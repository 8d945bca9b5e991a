package vn.edoc.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.edoc.audit.Canonical;
import vn.edoc.document.Attachment;
import vn.edoc.document.Document;
import vn.edoc.id.OrganCode;

/**
 * A message between organisations' systems (thông điệp liên thông): a new document or a status message about one
 * (Decision 28/2018; the edXML form is built in {@code edoc-interconnect}). A new document's files travel as
 * references ({@link #contents()}) to the content store: the transport makes their bytes readable in the receiver's
 * {@link ContentStore} (see {@link Transport}).
 *
 * @param id          the message id, unique per sender; the same when the same message is sent again
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
public record TransportMessage(MessageId id, Kind kind, OrganCode from, OrganCode to, String documentRef,
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
     * Refuses missing parts, a new document, update or replacement without its document or with a file whose SHA-256
     * is malformed, and a refusal or recall without reason.
     */
    public TransportMessage {
        Objects.requireNonNull(id, "id");
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
        for (Attachment a : document.map(Document::attachments).orElse(List.of())) {
            if (!ContentRef.isSha256(a.sha256()) || a.size() < 0) {
                throw new IllegalArgumentException("file " + a.name() + " has no valid SHA-256 and size to travel by");
            }
        }
    }

    /**
     * A new document sent from {@code from} to {@code to} under {@code ref}, carrying {@code tasks}; its id is
     * derived from the reference and the recipient ({@code ref/new/to}), since a document is issued to a recipient
     * once.
     */
    public static TransportMessage newDocument(OrganCode from, OrganCode to, String ref, Document document,
                                               List<String> tasks, Instant time) {
        return new TransportMessage(derivedId(ref, Kind.NEW_DOCUMENT, to), Kind.NEW_DOCUMENT, from, to, ref,
                Optional.of(document), tasks, "", time);
    }

    /**
     * A message of any kind with an id derived from the reference, the kind and the recipient ({@code ref/kind/to}),
     * for a reader of another format that has no message id of its own to give.
     */
    public static TransportMessage of(Kind kind, OrganCode from, OrganCode to, String ref, Optional<Document> document,
                                      List<String> tasks, String reason, Instant time) {
        return new TransportMessage(derivedId(ref, kind, to), kind, from, to, ref, document, tasks, reason, time);
    }

    /**
     * A status message of {@code kind} about {@code ref}, with an id derived from the reference, the kind and the
     * recipient: right for a message sent once per document and recipient (a recall). A sender that may send
     * several messages of one kind about one document gives the id itself.
     */
    public static TransportMessage status(Kind kind, OrganCode from, OrganCode to, String ref, String reason,
                                          Instant time) {
        return status(derivedId(ref, kind, to), kind, from, to, ref, reason, time);
    }

    /** A status message of {@code kind} about {@code ref} with the id {@code id}. */
    public static TransportMessage status(MessageId id, Kind kind, OrganCode from, OrganCode to, String ref,
                                          String reason, Instant time) {
        return new TransportMessage(id, kind, from, to, ref, Optional.empty(), List.of(), reason, time);
    }

    private static MessageId derivedId(String ref, Kind kind, OrganCode to) {
        String safe = Objects.requireNonNull(ref, "ref").replaceAll("[^A-Za-z0-9._:@+=-]", "_");
        String id = safe + "/" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "/"
                + to.value();
        // an over-long reference is shortened to a digest of itself so that the id stays unique and in bounds
        return new MessageId(id.length() <= MessageId.MAX_LENGTH ? id
                : vn.edoc.internal.content.Sha256.of(id.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * The references of the document's files in the content store (tham chiếu tệp), each once, in the order of the
     * attachments; empty for a status message.
     */
    public List<ContentRef> contents() {
        Set<ContentRef> refs = new LinkedHashSet<>();
        for (Attachment a : document.map(Document::attachments).orElse(List.of())) {
            refs.add(new ContentRef(a.sha256(), a.size()));
        }
        return List.copyOf(new ArrayList<>(refs));
    }

    /**
     * The SHA-256 of what the message says (kind, both ends, reference, document with its file digests, tasks and
     * reason), the time excepted: the receiver compares it to tell the same message delivered again (same sender,
     * id and digest) from a sender reusing an id for something else.
     */
    public String digest() {
        return Canonical.of("edoc.message/1").text(kind.name()).text(from.value()).text(to.value()).text(documentRef)
                .text(document.map(Document::toString).orElse("")).texts(tasks).text(reason).sha256Hex();
    }
}
