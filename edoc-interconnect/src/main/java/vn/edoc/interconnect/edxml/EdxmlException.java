package vn.edoc.interconnect.edxml;

import java.util.Objects;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * An edXML package or status message was refused (gói tin bị từ chối): it is hostile, malformed, over a limit, or
 * cannot be written. It names what is wrong ({@link #kind()}, an {@link EdxmlViolation} of severity error) and where
 * ({@link #where()}: the element path such as {@code edXML/AttachmentEncoded/Attachment[2]/ContentTransferEncoded},
 * with line and column when the input gave them). Reading that fails stores no partial attachment.
 */
public final class EdxmlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final EdxmlViolation kind;
    private final String where;
    private final transient Violation violation;

    /** A refusal of {@code kind} at {@code where}, the message filled with {@code args}. */
    public EdxmlException(EdxmlViolation kind, String where, Throwable cause, Object... args) {
        super(message(kind, where, args), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.where = where == null ? "" : where;
        this.violation = kind.at(this.where, args);
    }

    /** A refusal of {@code kind} at {@code where}, without cause. */
    public EdxmlException(EdxmlViolation kind, String where, Object... args) {
        this(kind, where, (Throwable) null, args);
    }

    private static String message(EdxmlViolation kind, String where, Object... args) {
        String text = kind.at(where, args).messageEn();
        return kind.code() + ": " + text + (where == null || where.isEmpty() ? "" : " (at " + where + ")");
    }

    /** What is wrong. */
    public EdxmlViolation kind() {
        return kind;
    }

    /** Where: the element path, with line and column when known; {@code ""} for the whole input. */
    public String where() {
        return where;
    }

    /** The refusal as a violation (its path is {@link #where()}). */
    public Violation violation() {
        return violation;
    }

    /** The refusal as a validation result holding one error. */
    public ValidationResult result() {
        return ValidationResult.of(violation);
    }
}
