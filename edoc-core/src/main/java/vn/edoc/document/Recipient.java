package vn.edoc.document;

import java.util.Objects;
import java.util.Optional;
import vn.edoc.id.OrganCode;

/**
 * One entry of a document's recipients (nơi nhận): a name as printed ("UBND các huyện, thành phố", "Lưu: VT") and,
 * when the recipient is an organisation connected to the system, its identifier code.
 *
 * @param name the recipient as printed
 * @param code the recipient organisation's identifier code, when it has one
 */
public record Recipient(String name, Optional<OrganCode> code) {

    public Recipient {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
    }

    /** A recipient without identifier code. */
    public static Recipient of(String name) {
        return new Recipient(name, Optional.empty());
    }

    /** A recipient with its identifier code. */
    public static Recipient of(String name, OrganCode code) {
        return new Recipient(name, Optional.of(code));
    }
}
