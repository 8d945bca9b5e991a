package vn.edoc.org;

import java.util.ArrayList;
import java.util.List;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/** Collects the faults of one value, so that a factory refuses with all of them at once. */
final class Checks {

    private final List<Violation> found = new ArrayList<>();

    Checks text(String value, String field) {
        if (value == null) {
            found.add(OrgViolation.MISSING_FIELD.at(field, field));
        } else if (value.isBlank()) {
            found.add(OrgViolation.EMPTY_FIELD.at(field, field));
        }
        return this;
    }

    Checks present(Object value, String field) {
        if (value == null) {
            found.add(OrgViolation.MISSING_FIELD.at(field, field));
        }
        return this;
    }

    Checks add(Violation violation) {
        found.add(violation);
        return this;
    }

    /** True when {@code values} holds a null; immutable collections refuse to be asked, so walk them. */
    static boolean hasNull(java.util.Collection<?> values) {
        for (Object v : values) {
            if (v == null) {
                return true;
            }
        }
        return false;
    }

    ValidationResult result() {
        return ValidationResult.of(found);
    }

    void orThrow() {
        result().orThrow();
    }
}
