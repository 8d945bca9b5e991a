package vn.edoc.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.audit.Canonical;
import vn.edoc.document.AssignmentKind;
import vn.edoc.document.Document;
import vn.edoc.id.OrganCode;
import vn.edoc.id.RecordId;

/**
 * An incoming document at the receiving organisation (hồ sơ văn bản đến): the document, where it came from, its
 * state ({@link IncomingState}), its register number, its deadlines, the units assigned to it and the history of
 * every step. Immutable; {@link IncomingFlow} makes the changed copies and a {@link vn.edoc.routing.DocumentStore}
 * keeps them.
 *
 * <p>A document carrying several tasks is received as one record per task (R-IN-9, LS Đ13.3a), sharing a
 * {@code groupId}: they are registered together under one number and routed each on its own.
 *
 * @param id                 the record's id in the store
 * @param groupId            the id shared by the rows of one received document (its own id when it has one row)
 * @param organisation       the receiving organisation
 * @param origin             electronic or scanned from paper
 * @param sender             the sending organisation, when known (always for a transport)
 * @param senderRef          the sender's reference of the document, used by recalls and status messages; {@code ""}
 *                           for paper
 * @param document           the document as received
 * @param task               the task this row carries (R-IN-9), {@code ""} for the whole document
 * @param state              where it stands
 * @param receivedAt         when it entered the system
 * @param effectiveReceipt   the receiving time of R-TIME-4 (next office hours when received outside them)
 * @param handlingDeadline   when the clerk must have handled it (R-TIME-2: 2 office hours, urgent ones sooner)
 * @param assignmentDeadline when it must be assigned (R-TIME-2: the same day)
 * @param number             the number in the incoming register (số đến), 0 before registration
 * @param handledAt          when the clerk registered or refused it
 * @param assignments        the units assigned, one each
 * @param history            every step, oldest first
 * @param reason             the reason of a refusal or recall, {@code ""} otherwise
 * @param enteredAfterOutage true when it was handled on paper during an outage and entered afterwards (R-OPS-2)
 * @param version            1 when first stored, plus one at each change (optimistic check of the store)
 */
public record IncomingRecord(String id, String groupId, OrganCode organisation, Origin origin,
                             Optional<OrganCode> sender, String senderRef, Document document, String task,
                             IncomingState state, Instant receivedAt, Instant effectiveReceipt,
                             Instant handlingDeadline, Instant assignmentDeadline, long number,
                             Optional<Instant> handledAt, List<Assignment> assignments, List<HistoryStep> history,
                             String reason, boolean enteredAfterOutage, long version) {

    /** Refuses missing parts; copies the lists. */
    public IncomingRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(senderRef, "senderRef");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(effectiveReceipt, "effectiveReceipt");
        Objects.requireNonNull(handlingDeadline, "handlingDeadline");
        Objects.requireNonNull(assignmentDeadline, "assignmentDeadline");
        Objects.requireNonNull(handledAt, "handledAt");
        assignments = List.copyOf(assignments);
        history = List.copyOf(history);
        Objects.requireNonNull(reason, "reason");
    }

    /** The assignment of {@code unitId}, if the unit has one (persons informed are not units' assignments). */
    public Optional<Assignment> assignment(String unitId) {
        return assignments.stream().filter(a -> !a.isPerson() && a.unitId().equals(unitId)).findFirst();
    }

    /** The part of {@code personId} when the person was informed of the document (TP Đ3.1c). */
    public Optional<Assignment> informed(String personId) {
        return assignments.stream().filter(a -> a.isPerson() && a.personId().equals(personId)).findFirst();
    }

    /** The lead unit's assignment, once assigned. */
    public Optional<Assignment> lead() {
        return assignments.stream().filter(a -> a.kind() == AssignmentKind.LEAD).findFirst();
    }

    /** The answer the sender asks for, by its deadline day, when the document requests one (R-OUT-4). */
    public Optional<java.time.LocalDate> replyDeadline() {
        return document.reply().flatMap(vn.edoc.document.ReplyRequirement::deadline);
    }

    /** Whether the clerk handled it within {@link #handlingDeadline()} (R-TIME-2); empty while not handled. */
    public Optional<Boolean> handledInTime() {
        return handledAt.map(t -> vn.edoc.time.Deadlines.isWithin(handlingDeadline, t));
    }

    /** This record's id, typed for the flows' methods. */
    public RecordId recordId() {
        return RecordId.of(id);
    }

    /**
     * The SHA-256 digest of this state for the audit trail ({@link Canonical}, label {@code "edoc.incoming/1"}):
     * id, group, organisation, sender reference, task, state, number, version, reason, the assignments (unit, kind,
     * deadline, state, handler) and the document's own text form.
     */
    public String digest() {
        List<String> units = new ArrayList<>();
        for (Assignment a : assignments) {
            // the form of a unit's part with a deadline and no unit number is the one digests had before persons
            // informed and unit registers existed, so earlier digests still verify
            units.add(a.unitId() + "|" + a.kind() + "|" + a.deadline().map(String::valueOf).orElse("-") + "|"
                    + a.state() + "|" + a.handlerId()
                    + (a.isPerson() || a.unitNumber() > 0 ? "|" + a.personId() + "|" + a.unitNumber() : ""));
        }
        return Canonical.of("edoc.incoming/1").text(id).text(groupId).text(organisation.value()).text(senderRef)
                .text(task).text(state.name()).number(number).number(version).text(reason).texts(units)
                .text(document.toString()).sha256Hex();
    }

    IncomingRecord with(IncomingState newState, List<Assignment> newAssignments, HistoryStep step) {
        List<HistoryStep> steps = new ArrayList<>(history);
        steps.add(step);
        return new IncomingRecord(id, groupId, organisation, origin, sender, senderRef, document, task, newState,
                receivedAt, effectiveReceipt, handlingDeadline, assignmentDeadline, number, handledAt,
                newAssignments, steps, reason, enteredAfterOutage, version + 1);
    }

    /** This record with the document the sender updated (cập nhật văn bản, BussinessDocType 2). */
    IncomingRecord updated(Document newDocument, HistoryStep step) {
        List<HistoryStep> steps = new ArrayList<>(history);
        steps.add(step);
        return new IncomingRecord(id, groupId, organisation, origin, sender, senderRef, newDocument, task, state,
                receivedAt, effectiveReceipt, handlingDeadline, assignmentDeadline, number, handledAt, assignments,
                steps, reason, enteredAfterOutage, version + 1);
    }

    IncomingRecord registered(long newNumber, Instant at, boolean afterOutage, HistoryStep step) {
        List<HistoryStep> steps = new ArrayList<>(history);
        steps.add(step);
        return new IncomingRecord(id, groupId, organisation, origin, sender, senderRef, document, task,
                IncomingState.REGISTERED, receivedAt, effectiveReceipt, handlingDeadline, assignmentDeadline,
                newNumber, Optional.of(at), assignments, steps, reason, afterOutage, version + 1);
    }

    IncomingRecord closed(IncomingState newState, Optional<Instant> handled, String why, List<Assignment> newAssignments,
                          HistoryStep step) {
        List<HistoryStep> steps = new ArrayList<>(history);
        steps.add(step);
        return new IncomingRecord(id, groupId, organisation, origin, sender, senderRef, document, task, newState,
                receivedAt, effectiveReceipt, handlingDeadline, assignmentDeadline, number, handled, newAssignments,
                steps, why, enteredAfterOutage, version + 1);
    }
}
