package vn.edoc.routing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One party's part of an incoming document after the leader's assignment (phân công, R-IN-5, R-IN-8): a unit that
 * leads, cooperates or is informed, or a person who is informed (the vice-chair in charge of the field, the office
 * leader who follows up, TP Đ3.1c), with its deadline, its state ({@link AssignmentState}), the specialist handling
 * it once the head chose one, and the number the unit's clerk gave it in the unit's own register (TP Đ3.2a).
 *
 * <p>Those who handle (lead, cooperate) have a deadline; those informed have none (R-IN-5), although records written
 * before this rule may still carry one and are read as they are.
 *
 * @param unitId     the unit; for a person informed, the unit the person works in
 * @param personId   the person informed, or {@code ""} when the party is a unit
 * @param kind       lead (chủ trì), cooperate (phối hợp) or inform (để biết)
 * @param deadline   the deadline (hạn xử lý); empty for a party informed
 * @param state      where the party's part stands
 * @param handlerId  the specialist handling it, or {@code ""} before the head chose one
 * @param unitNumber the number in the unit's own incoming register (số đến của phòng), 0 when none was given
 */
public record Assignment(String unitId, String personId, AssignmentKind kind, Optional<Instant> deadline,
                         AssignmentState state, String handlerId, long unitNumber) {

    /** Refuses missing parts and a handling party without a deadline; reads a {@code null} handler as none. */
    public Assignment {
        Objects.requireNonNull(unitId, "unitId");
        personId = personId == null ? "" : personId.strip();
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(state, "state");
        handlerId = handlerId == null ? "" : handlerId;
        if (kind != AssignmentKind.INFORM && deadline.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " assignment needs a deadline (R-IN-5)");
        }
        if (!personId.isEmpty() && kind != AssignmentKind.INFORM) {
            throw new IllegalArgumentException("only an informed party may be a person, not a " + kind);
        }
        if (unitNumber < 0) {
            throw new IllegalArgumentException("unitNumber " + unitNumber);
        }
    }

    /** A unit's assignment with a deadline and no number in the unit's register yet. */
    public Assignment(String unitId, AssignmentKind kind, Instant deadline, AssignmentState state, String handlerId) {
        this(unitId, "", kind, Optional.of(Objects.requireNonNull(deadline, "deadline")), state, handlerId, 0);
    }

    /** True when the party is a person informed rather than a unit. */
    public boolean isPerson() {
        return !personId.isEmpty();
    }

    /** The key that names the party once in a record: the unit's id, or {@code "person:" + personId}. */
    public String party() {
        return isPerson() ? "person:" + personId : unitId;
    }

    /** This assignment in {@code next}, the legality of the move checked by {@link AssignmentTransition}. */
    Assignment moveTo(AssignmentState next) {
        AssignmentTransition.transitionBetween(state, next, kind);
        return new Assignment(unitId, personId, kind, deadline, next, handlerId, unitNumber);
    }

    /** This assignment handled by {@code personId}. */
    Assignment handledBy(String handler) {
        return new Assignment(unitId, personId, kind, deadline, state, handler, unitNumber);
    }

    /** This assignment with its number in the unit's own register. */
    Assignment numbered(long number) {
        return new Assignment(unitId, personId, kind, deadline, state, handlerId, number);
    }

    /** True while the party still has something to do. */
    public boolean open() {
        return !state.isFinal();
    }
}
