package vn.edoc.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.audit.Canonical;
import vn.edoc.document.Document;
import vn.edoc.id.OrganCode;
import vn.edoc.id.RecordId;

/**
 * An outgoing document at the issuing organisation (hồ sơ văn bản đi): its draft versions and the comments on each,
 * its state ({@link OutgoingState}), its number, its signing and issue times with the issue deadline of R-TIME-1,
 * its deliveries per recipient (R-OUT-6) and the history of every step. Immutable; {@link OutgoingFlow} makes the
 * changed copies and a {@link vn.edoc.routing.DocumentStore} keeps them.
 *
 * @param id                 the record's id in the store; also the reference sent to recipients
 * @param organisation       the issuing organisation
 * @param unitId             the drafting unit
 * @param drafterId          the specialist who drafts it
 * @param state              where it stands
 * @param document           the current document: the last version, then numbered and signed
 * @param versions           the draft versions, oldest first
 * @param comments           every comment, each tied to a version
 * @param cooperatingUnits   the units whose comments are gathered before submission (BS Đ7.2)
 * @param replyToIncomingId  the incoming record this document answers (R-OUT-5)
 * @param answersTaskId      the task this document answers (R-TASK-4)
 * @param number             the number in the outgoing register, 0 before registration
 * @param signedAt           when the leader signed
 * @param issueDeadline      when it must be issued (R-TIME-1), set at signing
 * @param issuedAt           when the clerk issued it
 * @param issuedLate         true when issued after {@code issueDeadline}
 * @param deliveries         one per recipient and channel
 * @param history            every step, oldest first
 * @param reservation        the signing reservation standing on it while a signed step is under way
 *                           ({@link SigningReservation}); empty otherwise, and in records stored before it existed
 * @param version            1 when first stored, plus one at each change
 */
public record OutgoingRecord(String id, OrganCode organisation, String unitId, String drafterId,
                             OutgoingState state, Document document, List<DraftVersion> versions,
                             List<ReviewComment> comments, List<String> cooperatingUnits,
                             Optional<String> replyToIncomingId, Optional<String> answersTaskId, long number,
                             Optional<Instant> signedAt, Optional<Instant> issueDeadline, Optional<Instant> issuedAt,
                             boolean issuedLate, List<Delivery> deliveries, List<HistoryStep> history,
                             Optional<SigningReservation> reservation, long version) {

    /** Refuses missing parts; copies the lists. */
    public OutgoingRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(drafterId, "drafterId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(document, "document");
        versions = List.copyOf(versions);
        comments = List.copyOf(comments);
        cooperatingUnits = List.copyOf(cooperatingUnits);
        Objects.requireNonNull(replyToIncomingId, "replyToIncomingId");
        Objects.requireNonNull(answersTaskId, "answersTaskId");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(issueDeadline, "issueDeadline");
        Objects.requireNonNull(issuedAt, "issuedAt");
        deliveries = List.copyOf(deliveries);
        history = List.copyOf(history);
        // a record stored before reservations existed, or built by hand, holds none
        reservation = reservation == null ? Optional.empty() : reservation;
    }

    /** A record with no signing reservation (as every record outside a signed step). */
    public OutgoingRecord(String id, OrganCode organisation, String unitId, String drafterId,
                          OutgoingState state, Document document, List<DraftVersion> versions,
                          List<ReviewComment> comments, List<String> cooperatingUnits,
                          Optional<String> replyToIncomingId, Optional<String> answersTaskId, long number,
                          Optional<Instant> signedAt, Optional<Instant> issueDeadline, Optional<Instant> issuedAt,
                          boolean issuedLate, List<Delivery> deliveries, List<HistoryStep> history, long version) {
        this(id, organisation, unitId, drafterId, state, document, versions, comments, cooperatingUnits,
                replyToIncomingId, answersTaskId, number, signedAt, issueDeadline, issuedAt, issuedLate, deliveries,
                history, Optional.empty(), version);
    }

    /** The number of the current draft version. */
    public int currentVersion() {
        return versions.isEmpty() ? 0 : versions.get(versions.size() - 1).number();
    }

    /** The comments on version {@code number}. */
    public List<ReviewComment> commentsOn(int number) {
        return comments.stream().filter(c -> c.version() == number).toList();
    }

    /** The deliveries to {@code recipient}. */
    public List<Delivery> deliveriesTo(OrganCode recipient) {
        return deliveries.stream().filter(d -> d.recipient().equals(recipient)).toList();
    }

    /** This record's id, typed for the flows' methods. */
    public RecordId recordId() {
        return RecordId.of(id);
    }

    /**
     * The SHA-256 digest of this state for the audit trail ({@link Canonical}, label {@code "edoc.outgoing/1"}): id,
     * organisation, state, number, version, draft version count, comments, deliveries and the current document's
     * text form; the progress of each task a delivery carried, when there are such tasks; the signing reservation,
     * while one stands.
     */
    public String digest() {
        List<String> parts = new ArrayList<>();
        comments.forEach(c -> parts.add("c|" + c.version() + "|" + c.kind() + "|" + c.authorId() + "|" + c.text()));
        deliveries.forEach(d -> parts.add("d|" + d.recipient() + "|" + d.channel() + "|" + d.state()));
        // only when tasks are followed, so the digest of a record without them is what it always was
        deliveries.forEach(d -> d.tasks().forEach(t -> parts.add("t|" + d.recipient() + "|" + t.task() + "|"
                + t.state())));
        // likewise only while a signing reservation stands
        reservation.ifPresent(v -> parts.add("r|" + v.holderId() + "|" + v.action() + "|" + v.expiresAt()));
        return Canonical.of("edoc.outgoing/1").text(id).text(organisation.value()).text(state.name()).number(number)
                .number(version).number(versions.size()).bool(issuedLate).texts(parts).text(document.toString())
                .sha256Hex();
    }

    Edit edit() {
        return new Edit(this);
    }

    /** A changed copy in the making; {@link #build} adds one to the version. */
    static final class Edit {
        private final OutgoingRecord r;
        OutgoingState state;
        Document document;
        final List<DraftVersion> versions;
        final List<ReviewComment> comments;
        long number;
        Optional<Instant> signedAt;
        Optional<Instant> issueDeadline;
        Optional<Instant> issuedAt;
        boolean issuedLate;
        List<Delivery> deliveries;
        final List<HistoryStep> history;
        Optional<SigningReservation> reservation;

        Edit(OutgoingRecord r) {
            this.r = r;
            state = r.state;
            document = r.document;
            versions = new ArrayList<>(r.versions);
            comments = new ArrayList<>(r.comments);
            number = r.number;
            signedAt = r.signedAt;
            issueDeadline = r.issueDeadline;
            issuedAt = r.issuedAt;
            issuedLate = r.issuedLate;
            deliveries = new ArrayList<>(r.deliveries);
            history = new ArrayList<>(r.history);
            reservation = r.reservation;
        }

        OutgoingRecord build() {
            return new OutgoingRecord(r.id, r.organisation, r.unitId, r.drafterId, state, document, versions,
                    comments, r.cooperatingUnits, r.replyToIncomingId, r.answersTaskId, number, signedAt,
                    issueDeadline, issuedAt, issuedLate, deliveries, history, reservation, r.version + 1);
        }
    }
}
