package vn.edoc.id;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * The document identifier of LS Đ8.3 (mã định danh văn bản): the issuing organisation's code, the year of issue
 * and the sequence number of the document within that year (rule R-ID-2), plus the number series when the document
 * is numbered outside the organisation's common series.
 *
 * <p>An organisation numbers its administrative documents in one series per year, but legal normative documents
 * (and every number that carries a year, {@code 12/2020/QĐ-UBND}) have their own series, one per type (Decree
 * 30/2020/NĐ-CP Điều 15; Luật ban hành VBQPPL 2015 Điều 10): {@code 12/2020/QĐ-UBND} and {@code 12/QĐ-UBND} of the
 * same organisation and year are two documents. The {@link #series()} keeps them apart: it is empty for the common
 * series and otherwise names the series, which is the type abbreviation ({@code QĐ}, {@code NQ}, {@code NĐ},
 * {@code TT}), or, for a numbered law that carries no type abbreviation ({@code 20/2023/QH15}), the issuer
 * abbreviation ({@code QH15}).
 *
 * <p>Written {@code {organCode},{yyyy},{sequence}} for the common series, e.g. {@code 000.00.00.H37,2020,123}, and
 * {@code {organCode},{yyyy},{sequence},{series}} otherwise, e.g. {@code 000.00.00.H37,2020,12,QĐ}; that text form is
 * this library's choice, since no regulation defines one. It reads back unambiguously: the edXML form has three
 * parts and a date, the seed form three or four parts and a four-digit year, and a series has no comma.
 *
 * @param organCode the issuing organisation
 * @param year      the year of issue, 1900-2999
 * @param sequence  the sequence within the year (and series), at least 1
 * @param series    the number series; empty for the organisation's common series
 */
public record SeedDocumentId(OrganCode organCode, int year, int sequence, Optional<String> series)
        implements DocumentId {

    /** The longest series. */
    public static final int MAX_SERIES = 20;

    /**
     * Refuses a missing organisation, a year outside 1900-2999, a sequence below 1 or a series that is not 1 to 20
     * letters and digits starting with a letter (a {@code null} series is the common one).
     */
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
        series = series == null ? Optional.empty() : series;
        series.ifPresent(s -> checkSeries(s, found));
        if (!found.isEmpty()) {
            throw new EdocRuleException(ValidationResult.of(found));
        }
    }

    /** An identifier in the organisation's common series. */
    public SeedDocumentId(OrganCode organCode, int year, int sequence) {
        this(organCode, year, sequence, Optional.empty());
    }

    @Override
    public String format() {
        return organCode.value() + "," + year + "," + sequence + series.map(s -> "," + s).orElse("");
    }

    /**
     * The edXML identifier of the same document, given its promulgation date and number and notation.
     *
     * @throws EdocRuleException when the date's year is not {@link #year()}, the notation's number is not
     *                           {@link #sequence()} or its series is not {@link #series()}, or either is missing
     */
    public EdxmlDocumentId toEdxml(LocalDate promulgationDate, Notation notation) {
        if (promulgationDate == null || notation == null) {
            throw EdocRuleException.of(IdViolation.DOCID_MISSING, promulgationDate == null ? "date" : "notation",
                    promulgationDate == null ? "promulgation date" : "number and notation");
        }
        if (promulgationDate.getYear() != year || notation.number() != sequence
                || !seriesOf(notation).equals(series)) {
            throw EdocRuleException.of(IdViolation.DOCID_MISMATCH, "", EdxmlDocumentId.formatDate(promulgationDate),
                    notation.format(), format(), year, sequence);
        }
        return new EdxmlDocumentId(organCode, promulgationDate, notation);
    }

    @Override
    public String toString() {
        return format();
    }

    /** The number series of a notation: empty without a year, else the type (or, for a law, issuer) abbreviation. */
    static Optional<String> seriesOf(Notation notation) {
        if (notation.year().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(notation.typeAbbreviation().orElse(notation.issuerAbbreviation()));
    }

    static void checkSeries(String series, List<Violation> found) {
        boolean ok = !series.isEmpty() && series.length() <= MAX_SERIES
                && Texts.isVietnameseLetter(series.codePointAt(0))
                && series.codePoints().allMatch(cp -> Texts.isVietnameseLetter(cp) || cp >= '0' && cp <= '9');
        if (!ok) {
            found.add(IdViolation.DOCID_SERIES.at("series", Texts.shorten(series)));
        }
    }
}
