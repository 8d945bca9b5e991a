package vn.edoc.time;

import java.time.Instant;

/**
 * The one definition of "late" against a deadline (quá hạn), used by every on-time/overdue comparison of the library
 * (R-TASK-10, R-TIME-1, R-TIME-2): a deadline is the last instant that still counts, so something done or asked
 * exactly at the deadline is within it, and only an instant after it is past it. {@link TimeRules#classifyCompleted}
 * and {@link TimeRules#classifyOpen} classify by this boundary.
 */
public final class Deadlines {

    private Deadlines() {
    }

    /**
     * True when {@code at} is after {@code deadline} (late, quá hạn); exactly at the deadline is not. Refuses a missing
     * argument with {@link TimeViolation#MISSING_VALUE}.
     */
    public static boolean isPast(Instant deadline, Instant at) {
        return Required.value(at, "at").isAfter(Required.value(deadline, "deadline"));
    }

    /** True when {@code at} is at or before {@code deadline} (trong hạn): the negation of {@link #isPast}. */
    public static boolean isWithin(Instant deadline, Instant at) {
        return !isPast(deadline, at);
    }
}
