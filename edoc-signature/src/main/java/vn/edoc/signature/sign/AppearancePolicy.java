package vn.edoc.signature.sign;

import java.util.Optional;
import vn.edoc.signature.appearance.SignatureAppearance;
import vn.edoc.spi.SigningRequest;

/**
 * Which visible signature a {@link SigningRequest} gets (chọn hình thức chữ ký): the images of the signer and the
 * seal come from the integrator's records, so this is theirs to provide. {@link RegulationAppearances} is the
 * ready-made policy of Decree 30/2020 Phụ lục I.
 */
@FunctionalInterface
public interface AppearancePolicy {

    /** The appearance of the signature asked for, or empty for an invisible signature. */
    Optional<SignatureAppearance> appearanceFor(SigningRequest request);
}
