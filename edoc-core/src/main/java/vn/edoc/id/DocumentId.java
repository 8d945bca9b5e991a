package vn.edoc.id;

import vn.edoc.validation.Parsed;

/**
 * A document identifier (mã định danh văn bản), rule R-ID-2. Two identifiers are in use, and both name the issuing
 * organisation, a year and the document's sequence within that year:
 * <ul>
 *   <li>{@link SeedDocumentId}: the identifier of LS Đ8.3 (organisation code, year of issue, sequence number within
 *       the year). No regulation gives it a text form, so this library writes it
 *       {@code {organCode},{yyyy},{sequence}}, e.g. {@code 000.00.00.H37,2020,123}, in the style of the edXML
 *       identifier;</li>
 *   <li>{@link EdxmlDocumentId}: the {@code DocumentId} of an edXML package (QCVN 102:2016, confirmed from the
 *       official SDK example): {@code {OrganId},{yyyy/MM/dd},{số}/{ký hiệu}}, e.g.
 *       {@code 000.00.00.G22,2015/09/30,7816/VPCP-TTĐT}. Its year is the year of the promulgation date and its
 *       sequence the document number.</li>
 * </ul>
 * Decree 30/2020 itself defines no format (Phụ lục VI only asks the system to create one and to warn on
 * duplicates).
 *
 * <p>{@link #check(String)} tells the two apart by the second part: four digits are a year (seed form), a date
 * makes the edXML form. Dates written {@code dd/MM/yyyy} or {@code yyyy-MM-dd}, as seen in wild packages, are read
 * with a warning; {@link #format()} always writes {@code yyyy/MM/dd}. Years run from 1900 to 2999.
 */
public sealed interface DocumentId permits SeedDocumentId, EdxmlDocumentId {

    /** The issuing organisation (cơ quan ban hành). */
    OrganCode organCode();

    /** The year of issue (năm ban hành). */
    int year();

    /** The sequence number within the year (số thứ tự văn bản trong năm), at least 1. */
    int sequence();

    /** The canonical text form. */
    String format();

    /** The earliest year accepted. */
    int MIN_YEAR = 1900;
    /** The latest year accepted. */
    int MAX_YEAR = 2999;

    /** Reads either form. Never throws. */
    static Parsed<DocumentId> check(String text) {
        return DocumentIdReader.read(text);
    }

    /**
     * The identifier written in {@code text}, in either form.
     *
     * @throws vn.edoc.validation.EdocRuleException when it cannot be read
     */
    static DocumentId parse(String text) {
        return check(text).orThrow();
    }
}
