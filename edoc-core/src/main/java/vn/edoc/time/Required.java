package vn.edoc.time;

import vn.edoc.validation.EdocRuleException;

/**
 * Argument checks of the public time API: a missing value is refused as {@link TimeViolation#MISSING_VALUE} naming
 * the argument, never as a bare NullPointerException.
 */
final class Required {

    private Required() {
    }

    static <T> T value(T value, String name) {
        if (value == null) {
            throw EdocRuleException.of(TimeViolation.MISSING_VALUE, name, name);
        }
        return value;
    }
}
