package vn.edoc.interconnect.edxml;

import java.util.Objects;
import vn.edoc.validation.ValidationResult;

/**
 * What {@link EdxmlReader} read: the message, the warnings about the variants it met (every one a warning; a fault
 * that prevents reading is an {@link EdxmlException} instead), and what was found about the package signature.
 *
 * @param message   the package or status message
 * @param warnings  the variants met, with their paths
 * @param signature the package signature's check
 */
public record EdxmlRead(EdxmlMessage message, ValidationResult warnings, SignatureCheck signature) {

    /** Refuses missing parts. */
    public EdxmlRead {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(warnings, "warnings");
        Objects.requireNonNull(signature, "signature");
    }

    /** The document package; {@link EdxmlException} ({@link EdxmlViolation#NOT_A_PACKAGE}) for a status. */
    public EdxmlPackage documentPackage() {
        if (message instanceof EdxmlPackage p) {
            return p;
        }
        throw new EdxmlException(EdxmlViolation.NOT_A_PACKAGE, "", "status message", "document package");
    }

    /** The status message; {@link EdxmlException} ({@link EdxmlViolation#NOT_A_PACKAGE}) for a package. */
    public EdxmlStatus status() {
        if (message instanceof EdxmlStatus s) {
            return s;
        }
        throw new EdxmlException(EdxmlViolation.NOT_A_PACKAGE, "", "document package", "status message");
    }

    /** The document package, or {@code null} for a status message. */
    public EdxmlPackage documentPackageOrNull() {
        return message instanceof EdxmlPackage p ? p : null;
    }

    /** The warnings and the signature's problems together. */
    public ValidationResult allWarnings() {
        return warnings.and(ValidationResult.of(signature.problems()));
    }
}
