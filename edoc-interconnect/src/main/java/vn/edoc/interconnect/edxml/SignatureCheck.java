package vn.edoc.interconnect.edxml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.validation.Violation;

/**
 * What was found about a package's own XML signature ({@code Signature} in the header; kiểm tra chữ ký số của gói
 * tin, R-IN-1). {@link Status#VALID} means the digest covers the package as received (enveloped signature over the
 * whole document) and the {@code SignatureValue} verifies with the key of the certificate in {@code KeyInfo}.
 * Whether that certificate is trusted (a chain to a Vietnamese CA, revocation) is not assessed here.
 *
 * @param status             the outcome
 * @param signatureAlgorithm the {@code SignatureMethod} URI, {@code ""} when none
 * @param digestAlgorithm    the {@code DigestMethod} URI, {@code ""} when none
 * @param weak               true when SHA-1 is used (accepted, reported as weak)
 * @param signer             the certificate's subject, when one was found
 * @param problems           the warnings found, each naming what is wrong
 */
public record SignatureCheck(Status status, String signatureAlgorithm, String digestAlgorithm, boolean weak,
                             Optional<String> signer, List<Violation> problems) {

    /** The outcome of the check. */
    public enum Status {
        /** The package carries no signature. */
        ABSENT,
        /** The digest matches and the signature value verifies. */
        VALID,
        /** The signature is broken: unreadable, a digest that does not match, a value that does not verify. */
        INVALID
    }

    /** Refuses missing parts. */
    public SignatureCheck {
        Objects.requireNonNull(status, "status");
        signatureAlgorithm = Texts.text(signatureAlgorithm);
        digestAlgorithm = Texts.text(digestAlgorithm);
        Objects.requireNonNull(signer, "signer");
        problems = Texts.list(problems);
    }

    /** No signature. */
    public static SignatureCheck absent() {
        return new SignatureCheck(Status.ABSENT, "", "", false, Optional.empty(),
                List.of(EdxmlViolation.NOT_SIGNED.at("edXML/edXMLEnvelope/edXMLHeader/Signature")));
    }

    /** True for {@link Status#VALID}. */
    public boolean isValid() {
        return status == Status.VALID;
    }
}
