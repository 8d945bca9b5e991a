package vn.edoc.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.document.Signer;
import vn.edoc.id.OrganCode;

/**
 * What a {@link DocumentSigner} is asked to sign (yêu cầu ký số): a file held in the {@link ContentStore}, in a role
 * (the person who signs the document, the organisation that issues it, an attachment or an electronic copy), with the
 * data the visible signature shows.
 *
 * @param content      the file to sign, a PDF in the content store
 * @param role         who signs, and so which appearance (R-SIG-1, R-OUT-3)
 * @param organisation the issuing organisation
 * @param signer       the person in the signature block (competence, title, name); for the organisation's own
 *                     signature, the person under whose authority it is applied
 * @param notation     the document's number and notation (số, ký hiệu) once registered; empty before
 * @param time         the signing time the appearance and the signature carry
 */
public record SigningRequest(ContentRef content, SignatureRole role, OrganCode organisation, Signer signer,
                             Optional<String> notation, Instant time) {

    /** Refuses missing parts. */
    public SigningRequest {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(notation, "notation");
        Objects.requireNonNull(time, "time");
    }
}
