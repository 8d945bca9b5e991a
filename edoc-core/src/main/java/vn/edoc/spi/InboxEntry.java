package vn.edoc.spi;

import java.time.Instant;
import java.util.Objects;
import vn.edoc.id.OrganCode;

/**
 * A message an organisation took in (thông điệp đã nhận): written by the receiving unit of work together with what
 * the message changed, so that a message delivered again is recognised and ignored. Its key is the receiver, the
 * sender and the message id; the digest tells a true repeat from a sender reusing an id. A stored recall notice
 * (R-IN-7) is an entry of kind {@link TransportMessage.Kind#RECALL}.
 *
 * @param receiver    the organisation that took it in
 * @param sender      the organisation that sent it
 * @param messageId   the sender's message id
 * @param digest      {@link TransportMessage#digest()} of the message
 * @param kind        what it said
 * @param documentRef the sender's reference of the document concerned
 * @param reason      the reason or status text it carried, {@code ""} when none
 * @param sentAt      when the sender made it
 * @param takenAt     when the receiver took it in
 */
public record InboxEntry(OrganCode receiver, OrganCode sender, MessageId messageId, String digest,
                         TransportMessage.Kind kind, String documentRef, String reason, Instant sentAt,
                         Instant takenAt) {

    /** Refuses missing parts and a malformed digest. */
    public InboxEntry {
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(documentRef, "documentRef");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(takenAt, "takenAt");
        if (!ContentRef.isSha256(digest)) {
            throw new IllegalArgumentException("digest is not a SHA-256");
        }
    }

    /** The entry recording that the addressee took in {@code message} at {@code takenAt}. */
    public static InboxEntry of(TransportMessage message, Instant takenAt) {
        return new InboxEntry(message.to(), message.from(), message.id(), message.digest(), message.kind(),
                message.documentRef(), message.reason(), message.time(), takenAt);
    }

    /** The recall notice this entry stores, as the message it came in ({@link TransportMessage.Kind#RECALL} only). */
    public TransportMessage asRecall() {
        if (kind != TransportMessage.Kind.RECALL) {
            throw new IllegalStateException("not a recall notice: " + kind);
        }
        return TransportMessage.status(messageId, kind, sender, receiver, documentRef, reason, sentAt);
    }
}
