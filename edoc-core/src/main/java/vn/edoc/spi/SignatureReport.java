package vn.edoc.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.validation.Severity;
import vn.edoc.validation.Violation;

/**
 * What was found about one signature or document timestamp of a PDF (kết quả kiểm tra một chữ ký), the data
 * behind one element of {@code edoc verify}'s {@code signatures} array.
 *
 * @param kind                 an ordinary (approval or certification) signature, or a document timestamp
 * @param field                the name of the signature field
 * @param signer               the subject of the signer's certificate (or of the timestamping authority),
 *                             {@code ""} when no certificate could be read
 * @param signingTime          the time the signature claims (its {@code /M} entry), when present
 * @param intact               the signed bytes hash to the CMS message digest, and the byte range is well-formed
 * @param cryptoValid          the CMS signature verifies with the signer's public key
 * @param coversWholeDocument  the signed byte range ends at the end of the file
 * @param modifiedAfterSigning bytes after the signed revision change what the document shows or says
 * @param modifications        the changes after signing that are not allowed, one violation each
 * @param allowedUpdates       what later incremental updates added that is allowed (later signatures, DSS data,
 *                             document timestamps, permitted form filling), for the record
 * @param trusted              the signer's certificate chains to a trust anchor, was valid and not revoked at the
 *                             signing time, and may sign
 * @param timestamp            the timestamp on this signature (or, for a document timestamp, the token itself)
 * @param indication           the overall answer
 * @param reasons              why the answer is not {@link SignatureIndication#TOTAL_PASSED}; empty when it is
 */
public record SignatureReport(Kind kind, String field, String signer, Optional<Instant> signingTime, boolean intact,
                              boolean cryptoValid, boolean coversWholeDocument, boolean modifiedAfterSigning,
                              List<Violation> modifications, List<String> allowedUpdates, boolean trusted,
                              Optional<TimestampReport> timestamp, SignatureIndication indication,
                              List<Violation> reasons) {

    /** Which kind of signature this is. */
    public enum Kind {
        /** A signature by a person or an organisation (SubFilter ETSI.CAdES.detached or adbe.pkcs7.detached). */
        SIGNATURE,
        /** A document timestamp (SubFilter ETSI.RFC3161). */
        DOCUMENT_TIMESTAMP
    }

    /**
     * Copies the lists and checks that the indication agrees with the reasons: passed exactly when there is no
     * reason, failed exactly when a reason is an error. A report that says less than it found cannot be built.
     */
    public SignatureReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signingTime, "signingTime");
        modifications = List.copyOf(modifications);
        allowedUpdates = List.copyOf(allowedUpdates);
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(indication, "indication");
        reasons = List.copyOf(reasons);
        if (indication != indicationOf(reasons)) {
            throw new IllegalArgumentException("indication " + indication + " does not follow from the reasons "
                    + reasons);
        }
        if (modifiedAfterSigning != !modifications.isEmpty()) {
            throw new IllegalArgumentException("modifiedAfterSigning must be true exactly when modifications are listed");
        }
        if (indication == SignatureIndication.TOTAL_PASSED && !(intact && cryptoValid && trusted)) {
            throw new IllegalArgumentException("a passed signature must be intact, valid and trusted");
        }
    }

    /** The indication that {@code reasons} lead to: failed on any error, indeterminate on any warning. */
    public static SignatureIndication indicationOf(List<Violation> reasons) {
        SignatureIndication result = SignatureIndication.TOTAL_PASSED;
        for (Violation v : reasons) {
            result = result.worst(v.severity() == Severity.ERROR
                    ? SignatureIndication.TOTAL_FAILED : SignatureIndication.INDETERMINATE);
        }
        return result;
    }

    /** True for {@link SignatureIndication#TOTAL_PASSED}. */
    public boolean passed() {
        return indication == SignatureIndication.TOTAL_PASSED;
    }
}
