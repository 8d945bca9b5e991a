package vn.edoc.routing;

import java.time.Instant;
import java.util.Optional;
import vn.edoc.validation.EdocRuleException;

/**
 * What the leader writes when assigning (bút phê phân công, R-IN-5, BS Đ12.2b): a unit that leads or cooperates, with
 * its deadline, or a unit or person informed, without one (R-IN-5 gives deadlines to those who handle; TP Đ3.1c
 * informs the vice-chair in charge of the field, a person). Checked further by {@link IncomingFlow#assign}: exactly
 * one lead unit, no party twice, no deadline in the past.
 *
 * @param unitId   the unit; {@code ""} when a person is informed
 * @param personId the person informed, {@code ""} when the party is a unit
 * @param kind     lead, cooperate or inform
 * @param deadline the deadline of a lead or cooperating unit; empty for a party informed
 */
public record AssignmentOrder(String unitId, String personId, AssignmentKind kind, Optional<Instant> deadline) {

    /**
     * Refuses a missing party, kind or deadline, a deadline given to a party informed, and a person asked to lead or
     * cooperate, with {@link FlowViolation#BAD_ASSIGNMENT}.
     */
    public AssignmentOrder {
        unitId = unitId == null ? "" : unitId.strip();
        personId = personId == null ? "" : personId.strip();
        if (kind == null || deadline == null || unitId.isEmpty() == personId.isEmpty()) {
            throw EdocRuleException.of(FlowViolation.BAD_ASSIGNMENT, "orders",
                    "a unit or a person, and a kind, are needed");
        }
        if (kind == AssignmentKind.INFORM && deadline.isPresent()) {
            throw EdocRuleException.of(FlowViolation.BAD_ASSIGNMENT, "orders",
                    "a party informed (để biết) gets no deadline: " + (unitId.isEmpty() ? personId : unitId));
        }
        if (kind != AssignmentKind.INFORM && deadline.isEmpty()) {
            throw EdocRuleException.of(FlowViolation.BAD_ASSIGNMENT, "orders",
                    "the deadline of " + unitId + " is missing");
        }
        if (kind != AssignmentKind.INFORM && !personId.isEmpty()) {
            throw EdocRuleException.of(FlowViolation.BAD_ASSIGNMENT, "orders",
                    "only units lead or cooperate; person " + personId + " can only be informed");
        }
    }

    /** The lead unit (chủ trì) with its deadline. */
    public static AssignmentOrder lead(String unitId, Instant deadline) {
        return new AssignmentOrder(unitId, "", AssignmentKind.LEAD, Optional.ofNullable(deadline));
    }

    /** A cooperating unit (phối hợp) with its deadline. */
    public static AssignmentOrder cooperate(String unitId, Instant deadline) {
        return new AssignmentOrder(unitId, "", AssignmentKind.COOPERATE, Optional.ofNullable(deadline));
    }

    /** A unit informed (để biết), without a deadline. */
    public static AssignmentOrder inform(String unitId) {
        return new AssignmentOrder(unitId, "", AssignmentKind.INFORM, Optional.empty());
    }

    /** A person informed (để biết), such as the vice-chair in charge of the field, without a deadline. */
    public static AssignmentOrder informPerson(String personId) {
        return new AssignmentOrder("", personId, AssignmentKind.INFORM, Optional.empty());
    }
}
