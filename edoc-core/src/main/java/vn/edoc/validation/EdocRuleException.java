package vn.edoc.validation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when an operation is refused because it would break a rule (thao tác bị từ chối). The
 * operation changed nothing. It carries every violation that caused the refusal.
 */
public class EdocRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Kept through serialisation: {@link ValidationResult} and {@link Violation} are serialisable records. */
    private final ValidationResult result;

    public EdocRuleException(ValidationResult result) {
        super(describe(result));
        if (result.isValid()) {
            throw new IllegalArgumentException("an EdocRuleException needs at least one error");
        }
        this.result = result;
    }

    public EdocRuleException(Violation violation) {
        this(ValidationResult.of(violation));
    }

    /** Refuses with one violation of {@code type} at {@code path}. */
    public static EdocRuleException of(ViolationType type, String path, Object... args) {
        return new EdocRuleException(type.at(path, args));
    }

    /** The result holding the violations. */
    public ValidationResult result() {
        return result;
    }

    /** The violations. */
    public List<Violation> violations() {
        return result.violations();
    }

    /** The rule ids of the errors, such as {@code [R-SEC-1]}. */
    public List<String> ruleIds() {
        return result.errors().stream().map(Violation::ruleId).distinct().toList();
    }

    private static String describe(ValidationResult result) {
        Objects.requireNonNull(result, "result");
        return result.errors().stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
