package vn.edoc.task;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.edoc.id.Notation;
import vn.edoc.routing.IssuedDocument;
import vn.edoc.routing.OutgoingRecord;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * A reference to an issued document (văn bản đã ban hành) attached to a task action: the assigning document, the
 * reply that reports the result, an extension request or approval (R-TASK-8), a written refusal to cooperate
 * (R-TASK-9), an inspection notice or report (R-TIME-7).
 *
 * @param recordId the document's record in the document store
 * @param notation its number and notation as written (số, ký hiệu), such as {@code "45/UBND-TH"}
 * @param issuedAt when it was issued (to the microsecond)
 */
public record DocumentRef(String recordId, String notation, Instant issuedAt) {

    /** Refuses missing parts, all at once, naming {@code R-TASK-8}'s "issued document" rule. */
    public DocumentRef {
        List<Violation> found = new ArrayList<>();
        if (recordId == null || recordId.isBlank()) {
            found.add(TaskViolation.DOCUMENT_REQUIRED.at("recordId", "document (recordId)"));
        }
        if (notation == null || notation.isBlank()) {
            found.add(TaskViolation.DOCUMENT_REQUIRED.at("notation", "document (số, ký hiệu)"));
        }
        if (issuedAt == null) {
            found.add(TaskViolation.DOCUMENT_REQUIRED.at("issuedAt", "document (issue time)"));
        }
        ValidationResult.of(found).orThrow();
        recordId = recordId.strip();
        notation = notation.strip();
        issuedAt = issuedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** A reference. */
    public static DocumentRef of(String recordId, String notation, Instant issuedAt) {
        return new DocumentRef(recordId, notation, issuedAt);
    }

    /**
     * The reference of an issued outgoing record (văn bản đi đã phát hành), to attach to a task action: an extension
     * request or approval, a cooperation answer, an inspection notice.
     *
     * @throws EdocRuleException ({@link TaskViolation#NOT_ISSUED}) when the record is not issued
     */
    public static DocumentRef of(OutgoingRecord record) {
        java.util.Objects.requireNonNull(record, "record");
        if (record.issuedAt().isEmpty() || record.document().notation().isEmpty()) {
            throw EdocRuleException.of(TaskViolation.NOT_ISSUED, "record", record.id());
        }
        return new DocumentRef(record.id(), record.document().notation().get().format(), record.issuedAt().get());
    }

    /**
     * The reference of a document as it is issued: its record, its "số, ký hiệu" in the notation's one canonical form
     * ({@link Notation#format()}: {@code 01/UBND-VP}, never {@code 1/UBND-VP}; Decree 30/2020 Phụ lục I) and the
     * issue instant.
     */
    public static DocumentRef of(IssuedDocument issued) {
        String notation = issued.document().notation().map(Notation::format)
                .orElseGet(() -> issued.registration().notation());
        return new DocumentRef(issued.recordId(), notation, issued.issuedAt());
    }
}
