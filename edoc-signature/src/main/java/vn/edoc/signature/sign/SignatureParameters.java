package vn.edoc.signature.sign;

import java.util.Objects;
import java.util.Optional;
import vn.edoc.signature.appearance.SignatureAppearance;

/**
 * How one signature is made (tham số ký): PAdES level, digest algorithm, the visible appearance (none for an
 * invisible signature), the texts of the signature dictionary, an optional certification (DocMDP) and an optional
 * explicit size of the /Contents reservation. Immutable; start from {@link #of(PadesLevel)} and use the withers.
 *
 * @param level         the PAdES baseline level
 * @param digest        the digest algorithm
 * @param appearance    the visible signature, or empty for an invisible one
 * @param reason        /Reason, or empty
 * @param location      /Location, or empty
 * @param certification the DocMDP permission (1: no changes, 2: form filling and signing, 3: also annotations) of a
 *                      certification signature, or empty for an approval signature
 * @param reservedBytes the bytes reserved for the CMS in /Contents; 0 sizes it from the certificates, the
 *                      signature and the last time-stamp token seen
 */
public record SignatureParameters(PadesLevel level, DigestAlgorithm digest, Optional<SignatureAppearance> appearance,
                                  Optional<String> reason, Optional<String> location, Optional<Integer> certification,
                                  int reservedBytes) {

    /** The largest reservation accepted (a CMS with a long chain and time stamp fits in far less). */
    public static final int MAX_RESERVED_BYTES = 512 * 1024;

    /** Refuses missing parts, a DocMDP permission outside 1..3 and a reservation outside 0..512 KiB. */
    public SignatureParameters {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(appearance, "appearance");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(certification, "certification");
        if (certification.isPresent() && (certification.get() < 1 || certification.get() > 3)) {
            throw new IllegalArgumentException("DocMDP permission must be 1, 2 or 3: " + certification.get());
        }
        if (reservedBytes < 0 || reservedBytes > MAX_RESERVED_BYTES) {
            throw new IllegalArgumentException("reservedBytes must be within 0.." + MAX_RESERVED_BYTES);
        }
    }

    /** An invisible approval signature at {@code level} with SHA-256. */
    public static SignatureParameters of(PadesLevel level) {
        return new SignatureParameters(level, DigestAlgorithm.SHA256, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 0);
    }

    /** With another digest algorithm. */
    public SignatureParameters withDigest(DigestAlgorithm value) {
        return new SignatureParameters(level, value, appearance, reason, location, certification, reservedBytes);
    }

    /** With a visible appearance. */
    public SignatureParameters withAppearance(SignatureAppearance value) {
        return new SignatureParameters(level, digest, Optional.of(value), reason, location, certification,
                reservedBytes);
    }

    /** With a /Reason. */
    public SignatureParameters withReason(String value) {
        return new SignatureParameters(level, digest, appearance, Optional.of(value), location, certification,
                reservedBytes);
    }

    /** With a /Location. */
    public SignatureParameters withLocation(String value) {
        return new SignatureParameters(level, digest, appearance, reason, Optional.of(value), certification,
                reservedBytes);
    }

    /** As a certification signature with DocMDP permission {@code permission} (1, 2 or 3). */
    public SignatureParameters withCertification(int permission) {
        return new SignatureParameters(level, digest, appearance, reason, location, Optional.of(permission),
                reservedBytes);
    }

    /** With an explicit /Contents reservation. */
    public SignatureParameters withReservedBytes(int value) {
        return new SignatureParameters(level, digest, appearance, reason, location, certification, value);
    }

    /** At another level. */
    public SignatureParameters withLevel(PadesLevel value) {
        return new SignatureParameters(value, digest, appearance, reason, location, certification, reservedBytes);
    }
}
