package vn.edoc.id;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * The document identifier of LS Đ8.3 (mã định danh văn bản): the issuing organisation's code, the year of issue
 * and the sequence number of the document within that year (rule R-ID-2). Written
 * {@code {organCode},{yyyy},{sequence}}, e.g. {@code 000.00.00.H37,2020,123}; that text form is this library's
 * choice, since no regulation defines one.
 *
 * @param organCode the issuing organisation
 * @param year      the year of issue, 1900-2999
 * @param sequence  the sequence within the year, at least 1
 */
public record SeedDocumentId(OrganCode organCode, int year, int sequence) implements DocumentId {

    /** Refuses a missing organisation, a year outside 1900-2999 or a sequence below 1. */
    public SeedDocumentId {
        List<Violation> found = new ArrayList<>();
        if (organCode == null) {
            found.add(IdViolation.DOCID_MISSING.at("organCode", "organisation code"));
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            found.add(IdViolation.DOCID_YEAR.at("year", year));
        }
        if (sequence < 1) {
            found.add(IdViolation.DOCID_SEQUENCE.at("sequence", sequence));
        }
        if (!found.isEmpty()) {
            throw new EdocRuleException(ValidationResult.of(found));
        }
    }

    @Override
    public String format() {
        return organCode.value() + "," + year + "," + sequence;
    }

    /**
     * The edXML identifier of the same document, given its promulgation date and number and notation.
     *
     * @throws EdocRuleException when the date's year is not {@link #year()} or the notation's number is not
     *                           {@link #sequence()}, or either is missing
     */
    public EdxmlDocumentId toEdxml(LocalDate promulgationDate, Notation notation) {
        if (promulgationDate == null || notation == null) {
            throw EdocRuleException.of(IdViolation.DOCID_MISSING, promulgationDate == null ? "date" : "notation",
                    promulgationDate == null ? "promulgation date" : "number and notation");
        }
        if (promulgationDate.getYear() != year || notation.number() != sequence) {
            throw EdocRuleException.of(IdViolation.DOCID_MISMATCH, "", EdxmlDocumentId.formatDate(promulgationDate),
                    notation.format(), format(), year, sequence);
        }
        return new EdxmlDocumentId(organCode, promulgationDate, notation);
    }

    @Override
    public String toString() {
        return format();
    }
}
