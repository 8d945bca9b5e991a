package vn.edoc.validation;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of reading a value from untrusted text: the value when it could be read, and every
 * violation found on the way (warnings can come with a value; errors come without one).
 *
 * @param <T>    the type of value read
 * @param value  the value, or {@code null} when the text was refused
 * @param result all violations found
 */
public record Parsed<T>(T value, ValidationResult result) {

    public Parsed {
        Objects.requireNonNull(result, "result");
        if (value != null && !result.isValid()) {
            throw new IllegalArgumentException("a refused input has no value");
        }
        if (value == null && result.isValid()) {
            throw new IllegalArgumentException("an input without value needs an error");
        }
    }

    /** A value read without any remark. */
    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(Objects.requireNonNull(value, "value"), ValidationResult.ok());
    }

    /** A value read with warnings. */
    public static <T> Parsed<T> ok(T value, ValidationResult warnings) {
        return new Parsed<>(Objects.requireNonNull(value, "value"), warnings);
    }

    /** A refused input. */
    public static <T> Parsed<T> refused(ValidationResult errors) {
        return new Parsed<>(null, errors);
    }

    /** A refused input with one violation. */
    public static <T> Parsed<T> refused(Violation error) {
        return refused(ValidationResult.of(error));
    }

    /** True when a value was read. */
    public boolean isValid() {
        return value != null;
    }

    /** The value, if one was read. */
    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }

    /** The value, or an {@link EdocRuleException} carrying the violations. */
    public T orThrow() {
        if (value == null) {
            throw new EdocRuleException(result);
        }
        return value;
    }

    /** Maps the value, keeping the violations. */
    public <R> Parsed<R> map(Function<? super T, ? extends R> mapper) {
        return value == null ? new Parsed<>(null, result) : new Parsed<>(mapper.apply(value), result);
    }
}
