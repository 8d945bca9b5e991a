package vn.edoc.task;

import java.util.Set;
import vn.edoc.internal.lifecycle.TransitionTable;
import vn.edoc.validation.IllegalTransitionException;

/**
 * Every legal move of an inspection (chuyển trạng thái đợt kiểm tra), R-TIME-7 (LS Đ16.4-5); anything else is refused
 * with {@link IllegalTransitionException} ({@link TaskViolation#INSPECTION_TRANSITION}).
 */
public enum InspectionTransition {
    /** The working group sends the notice. */
    PLANNED_TO_NOTICE_SENT(InspectionState.PLANNED, InspectionState.NOTICE_SENT),
    /** The inspected unit sends its report. */
    NOTICE_SENT_TO_UNIT_REPORTED(InspectionState.NOTICE_SENT, InspectionState.UNIT_REPORTED),
    /** The inspection is held and its minutes recorded. */
    UNIT_REPORTED_TO_MINUTES_RECORDED(InspectionState.UNIT_REPORTED, InspectionState.MINUTES_RECORDED),
    /** The inspection is held although the unit sent no report (the missing report stays flagged). */
    NOTICE_SENT_TO_MINUTES_RECORDED(InspectionState.NOTICE_SENT, InspectionState.MINUTES_RECORDED),
    /** The working group reports the result to the chair. */
    MINUTES_RECORDED_TO_RESULT_REPORTED(InspectionState.MINUTES_RECORDED, InspectionState.RESULT_REPORTED);

    private static final TransitionTable<InspectionState, InspectionTransition> TABLE = new TransitionTable<>(
            InspectionState.class, values(), InspectionTransition::from, InspectionTransition::to);

    private final InspectionState from;
    private final InspectionState to;

    InspectionTransition(InspectionState from, InspectionState to) {
        this.from = from;
        this.to = to;
    }

    /** The state left. */
    public InspectionState from() {
        return from;
    }

    /** The state reached. */
    public InspectionState to() {
        return to;
    }

    /** The rule of {@code rules.md} that allows this move: always R-TIME-7. */
    public String ruleId() {
        return "R-TIME-7";
    }

    /**
     * The transition from {@code from} to {@code to}.
     *
     * @throws IllegalTransitionException when it is not listed
     */
    public static InspectionTransition transitionBetween(InspectionState from, InspectionState to) {
        return TABLE.require(from, to, "InspectionState", TaskViolation.INSPECTION_TRANSITION);
    }

    /** The states reachable in one move from {@code from}. */
    public static Set<InspectionState> targetsFrom(InspectionState from) {
        return TABLE.targetsFrom(from);
    }
}
