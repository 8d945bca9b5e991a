package vn.edoc.signature.sign;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.edoc.document.Signer;
import vn.edoc.id.OrganCode;
import vn.edoc.signature.appearance.PersonAppearance;
import vn.edoc.signature.appearance.Placement;
import vn.edoc.signature.appearance.SealAppearance;
import vn.edoc.signature.appearance.SignatureAppearance;
import vn.edoc.signature.appearance.TextAppearance;
import vn.edoc.spi.SigningRequest;
import vn.edoc.validation.EdocRuleException;

/**
 * The visible signatures of Decree 30/2020 Phụ lục I for each {@link vn.edoc.spi.SignatureRole} (R-SIG-1):
 * <ul>
 *   <li>PERSON: the signer's image, at {@code personPlacement} (a placeholder in the template, or a place);</li>
 *   <li>ORGANISATION: the organisation's seal over the left third of the person's image;</li>
 *   <li>ATTACHMENT: "Số: …; time" top right of the first page, no image;</li>
 *   <li>COPY: the copy form, the copying organisation's name and the time, top right, no image.</li>
 * </ul>
 * A signer without an image or an organisation without a seal is refused (the regulation shows them).
 *
 * @param signerImages      the PNG of each signer's handwritten signature
 * @param seals             the PNG of each organisation's seal
 * @param organisationNames the name of each organisation, for copies
 * @param personPlacement   where the person's signature goes
 * @param copyForm          the copy form of COPY signatures
 */
public record RegulationAppearances(Function<Signer, Optional<byte[]>> signerImages,
                                    Function<OrganCode, Optional<byte[]>> seals,
                                    Function<OrganCode, String> organisationNames, Placement personPlacement,
                                    TextAppearance.CopyForm copyForm) implements AppearancePolicy {

    /** Refuses missing parts. */
    public RegulationAppearances {
        Objects.requireNonNull(signerImages, "signerImages");
        Objects.requireNonNull(seals, "seals");
        Objects.requireNonNull(organisationNames, "organisationNames");
        Objects.requireNonNull(personPlacement, "personPlacement");
        Objects.requireNonNull(copyForm, "copyForm");
    }

    @Override
    public Optional<SignatureAppearance> appearanceFor(SigningRequest request) {
        return Optional.of(switch (request.role()) {
            case PERSON -> PersonAppearance.image(signerImages.apply(request.signer()).orElseThrow(() ->
                    EdocRuleException.of(SigningViolation.IMAGE_INVALID, "signer", "chữ ký (signer)",
                            "no image recorded for " + request.signer().fullName())), personPlacement);
            case ORGANISATION -> SealAppearance.overPersonSignature(seals.apply(request.organisation()).orElseThrow(
                    () -> EdocRuleException.of(SigningViolation.IMAGE_INVALID, "organisation", "dấu (seal)",
                            "no seal recorded for " + request.organisation())));
            case ATTACHMENT -> TextAppearance.attachment(request.notation().orElse(null), request.time());
            case COPY -> TextAppearance.copy(copyForm, organisationNames.apply(request.organisation()),
                    request.time());
        });
    }
}
