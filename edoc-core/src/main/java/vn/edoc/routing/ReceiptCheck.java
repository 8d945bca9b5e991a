package vn.edoc.routing;

/**
 * What the clerk found when checking a received document (kết quả kiểm tra văn bản đến, R-IN-1, BS Đ12.1a, LA
 * Đ8.1): the pages counted and, for an electronic document, whether its digital signature verified. The number and
 * notation are checked by {@link IncomingFlow} itself on the document.
 *
 * @param pagesCounted   the pages the clerk counted
 * @param signatureValid whether the signature verified; ignored for a document scanned from paper (R-IN-2)
 */
public record ReceiptCheck(int pagesCounted, boolean signatureValid) {

    /**
     * The check of a clerk who counted {@code pages} and had the signatures verified: valid only when every
     * signature of the report passed ({@link vn.edoc.routing.IncomingFlow#verifySignatures}).
     */
    public static ReceiptCheck of(int pages, vn.edoc.spi.VerificationReport report) {
        return new ReceiptCheck(pages, java.util.Objects.requireNonNull(report, "report").allPassed());
    }

    /** A check that found the {@code pages} declared and a valid signature. */
    public static ReceiptCheck passed(int pages) {
        return new ReceiptCheck(pages, true);
    }
}
