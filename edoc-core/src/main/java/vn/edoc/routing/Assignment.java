package vn.edoc.routing;

import java.time.Instant;
import java.util.Objects;

/**
 * One unit's part of an incoming document after the leader's assignment (phân công cho một đơn vị, R-IN-5): lead,
 * cooperating or informed, with its own deadline, its state ({@link AssignmentState}) and the specialist handling it
 * once the head gave it to one.
 *
 * @param unitId    the unit
 * @param kind      lead (chủ trì), cooperate (phối hợp) or inform (để biết)
 * @param deadline  the unit's deadline (hạn xử lý)
 * @param state     where the unit's work stands
 * @param handlerId the specialist handling it, or {@code ""} before the head chose one
 */
public record Assignment(String unitId, AssignmentKind kind, Instant deadline, AssignmentState state,
                         String handlerId) {

    /** Refuses missing parts; reads a {@code null} handler as none. */
    public Assignment {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(state, "state");
        handlerId = handlerId == null ? "" : handlerId;
    }

    /** This assignment in {@code next}, the legality of the move checked by {@link AssignmentTransition}. */
    Assignment moveTo(AssignmentState next) {
        AssignmentTransition.transitionBetween(state, next, kind);
        return new Assignment(unitId, kind, deadline, next, handlerId);
    }

    /** This assignment handled by {@code personId}. */
    Assignment handledBy(String personId) {
        return new Assignment(unitId, kind, deadline, state, personId);
    }

    /** True while the unit still has something to do. */
    public boolean open() {
        return !state.isFinal();
    }
}
