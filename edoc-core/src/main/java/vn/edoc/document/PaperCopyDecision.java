package vn.edoc.document;

import java.util.List;
import java.util.Objects;

/**
 * Whether a document must travel with a paper copy (gửi kèm văn bản giấy), and why (R-PAPER-1).
 *
 * @param paperCopyRequired true when a paper copy must accompany the e-document
 * @param reasons           the rule and article behind the answer, one line per reason, such as
 *                          {@code "R-PAPER-1: legal normative document (BS Đ6)"}
 */
public record PaperCopyDecision(boolean paperCopyRequired, List<String> reasons) {

    public PaperCopyDecision {
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    }
}
