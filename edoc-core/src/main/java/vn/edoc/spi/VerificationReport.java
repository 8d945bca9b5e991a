package vn.edoc.spi;

import java.util.List;
import java.util.Objects;
import vn.edoc.validation.Violation;

/**
 * The result of verifying one PDF (biên bản kiểm tra chữ ký số của tệp): one report per signature and document
 * timestamp, in the order they were applied, and what prevented reading the file at all. This is the data behind
 * {@code edoc verify}'s JSON, and what the incoming flow records before registration (R-IN-1).
 *
 * @param file       the name or reference of the file verified
 * @param signatures one report per signature and document timestamp, earliest first
 * @param reasons    problems of the file as a whole (unreadable, too large, not signed); empty when it was read
 *                   and signed
 */
public record VerificationReport(String file, List<SignatureReport> signatures, List<Violation> reasons) {

    /** Copies the lists; a file without signatures must say why. */
    public VerificationReport {
        Objects.requireNonNull(file, "file");
        signatures = List.copyOf(signatures);
        reasons = List.copyOf(reasons);
        if (signatures.isEmpty() && reasons.isEmpty()) {
            throw new IllegalArgumentException("a report without signatures must give a reason");
        }
    }

    /** A report for a file that could not be verified at all, for {@code reason}. */
    public static VerificationReport failed(String file, Violation reason) {
        return new VerificationReport(file, List.of(), List.of(reason));
    }

    /** The worst indication over the signatures; {@link SignatureIndication#TOTAL_FAILED} for a file with none. */
    public SignatureIndication indication() {
        SignatureIndication result = signatures.isEmpty() || !reasons.isEmpty()
                ? SignatureIndication.TOTAL_FAILED : SignatureIndication.TOTAL_PASSED;
        for (SignatureReport s : signatures) {
            result = result.worst(s.indication());
        }
        return result;
    }

    /** True when the file was read, is signed, and every signature and timestamp passed. */
    public boolean allPassed() {
        return indication() == SignatureIndication.TOTAL_PASSED;
    }
}
