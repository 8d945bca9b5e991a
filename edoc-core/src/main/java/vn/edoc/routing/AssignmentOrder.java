package vn.edoc.routing;

import java.time.Instant;

/**
 * What the leader writes when assigning (bút phê phân công): a unit, its part and its deadline (R-IN-5, BS Đ12.2b).
 * Checked by {@link IncomingFlow#assign}: exactly one lead unit, no unit twice, no deadline in the past.
 *
 * @param unitId   the unit
 * @param kind     lead, cooperate or inform
 * @param deadline the unit's deadline
 */
public record AssignmentOrder(String unitId, AssignmentKind kind, Instant deadline) {

    /** The lead unit (chủ trì). */
    public static AssignmentOrder lead(String unitId, Instant deadline) {
        return new AssignmentOrder(unitId, AssignmentKind.LEAD, deadline);
    }

    /** A cooperating unit (phối hợp). */
    public static AssignmentOrder cooperate(String unitId, Instant deadline) {
        return new AssignmentOrder(unitId, AssignmentKind.COOPERATE, deadline);
    }

    /** A unit informed (để biết). */
    public static AssignmentOrder inform(String unitId, Instant deadline) {
        return new AssignmentOrder(unitId, AssignmentKind.INFORM, deadline);
    }
}
