package vn.edoc.interconnect.edxml;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.edoc.document.Direction;
import vn.edoc.document.DocumentValidator;
import vn.edoc.document.Stage;
import vn.edoc.id.OrganCode;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * The receiving clerk's checks of a package (kiểm tra văn bản đến, R-IN-1: number, notation, page count, the
 * digital signature): the package's document mapped with {@link EdxmlDocuments#toDocument} and validated by the
 * core {@link DocumentValidator} at the stage an issued document must have reached (identifiers, notation, required
 * fields, formats, state secrets refused by R-SEC-1), plus what only the package shows: identifier codes of the
 * addressees and whether the package is addressed to the receiver. Every rule is the core's; nothing is checked
 * twice.
 */
public final class ReceiptChecks {

    private final DocumentValidator validator;

    private ReceiptChecks(DocumentValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** Checks with the default document validator, today from {@code clock}. */
    public static ReceiptChecks of(Clock clock) {
        return new ReceiptChecks(DocumentValidator.of(clock));
    }

    /** Checks with {@code validator} (its format and security policies). */
    public static ReceiptChecks with(DocumentValidator validator) {
        return new ReceiptChecks(validator);
    }

    /**
     * Every violation of the package's document as an issued incoming document, and of the package's own codes;
     * {@code receiver} is the organisation receiving it ({@code null}: not checked).
     */
    public ValidationResult check(EdxmlPackage pkg, OrganCode receiver) {
        Objects.requireNonNull(pkg, "pkg");
        EdxmlDocuments.Mapped mapped = EdxmlDocuments.toDocument(pkg, Direction.INCOMING);
        List<Violation> found = new ArrayList<>(mapped.result().violations());
        List<Organization> to = pkg.header().to();
        for (int i = 0; i < to.size(); i++) {
            String id = to.get(i).organId();
            if (!id.isEmpty()) {
                found.addAll(OrganCode.check(id).result()
                        .under("MessageHeader/To" + (i > 0 ? "[" + (i + 1) + "]" : "") + "/OrganId").violations());
            }
        }
        if (receiver != null && !to.isEmpty() && to.stream().noneMatch(o -> o.organId().equals(receiver.value()))) {
            found.add(EdxmlViolation.NOT_ADDRESSED.at("MessageHeader/To", receiver.value()));
        }
        ValidationResult own = ValidationResult.of(found);
        // the document as received: issued by its sender, so every presentation field is due
        ValidationResult rules = validator.validate(mapped.document(), Stage.ISSUED);
        return own.and(rules);
    }

    /** Like {@link #check(EdxmlPackage, OrganCode)}, with the reader's warnings and the signature's problems first. */
    public ValidationResult check(EdxmlRead read, OrganCode receiver) {
        Objects.requireNonNull(read, "read");
        return read.allWarnings().and(check(read.documentPackage(), receiver));
    }
}
