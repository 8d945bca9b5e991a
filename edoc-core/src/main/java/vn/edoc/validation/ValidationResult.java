package vn.edoc.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every violation found in one input at once (kết quả kiểm tra). Valid means: no violation of
 * severity {@link Severity#ERROR}; warnings do not make an input invalid.
 *
 * @param violations all violations, in the order found
 */
public record ValidationResult(List<Violation> violations) implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final ValidationResult OK = new ValidationResult(List.of());

    public ValidationResult {
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
    }

    /** The result with no violation. */
    public static ValidationResult ok() {
        return OK;
    }

    /** A result holding {@code violations}. */
    public static ValidationResult of(Collection<Violation> violations) {
        return violations.isEmpty() ? OK : new ValidationResult(List.copyOf(violations));
    }

    /** A result holding {@code violations}; a {@code null} violation is a programming error (NPE "violation"). */
    public static ValidationResult of(Violation... violations) {
        for (Violation v : violations) {
            Objects.requireNonNull(v, "violation");
        }
        return of(List.of(violations));
    }

    /** True when no violation is an error. */
    public boolean isValid() {
        // a loop rather than a stream: asked for every event and request the engine checks, nearly always of none
        for (Violation v : violations) {
            if (v.isError()) {
                return false;
            }
        }
        return true;
    }

    /** The errors only. */
    public List<Violation> errors() {
        return violations.stream().filter(Violation::isError).collect(Collectors.toUnmodifiableList());
    }

    /** The warnings only. */
    public List<Violation> warnings() {
        return violations.stream().filter(v -> !v.isError()).collect(Collectors.toUnmodifiableList());
    }

    /** True when some violation has the given code. */
    public boolean has(String code) {
        return violations.stream().anyMatch(v -> v.code().equals(code));
    }

    /** True when some violation is of the given type. */
    public boolean has(ViolationType type) {
        return has(type.code());
    }

    /** This result followed by {@code other}'s violations. */
    public ValidationResult and(ValidationResult other) {
        if (other.violations.isEmpty()) {
            return this;
        }
        if (violations.isEmpty()) {
            return other;
        }
        List<Violation> all = new ArrayList<>(violations);
        all.addAll(other.violations);
        return new ValidationResult(all);
    }

    /** This result with every path prefixed by {@code prefix}. */
    public ValidationResult under(String prefix) {
        return violations.isEmpty() ? this
                : new ValidationResult(violations.stream().map(v -> v.under(prefix)).toList());
    }

    /** Throws {@link EdocRuleException} when this result is not valid; returns it otherwise. */
    public ValidationResult orThrow() {
        if (!isValid()) {
            throw new EdocRuleException(this);
        }
        return this;
    }
}
