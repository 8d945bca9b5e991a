package vn.edoc.id;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * The {@code DocumentId} of an edXML package (mã định danh văn bản trong gói tin edXML, QCVN 102:2016):
 * {@code {OrganId},{yyyy/MM/dd},{số}/{ký hiệu}}, e.g. {@code 000.00.00.G22,2015/09/30,7816/VPCP-TTĐT} (format
 * confirmed from the official VPCP/VNPT SDK example). Its {@link #year()} is the year of the promulgation date and
 * its {@link #sequence()} the document number.
 *
 * @param organCode        the issuing organisation
 * @param promulgationDate the date of issue (ngày ban hành), in 1900-2999
 * @param notation         the number and notation (số, ký hiệu)
 */
public record EdxmlDocumentId(OrganCode organCode, LocalDate promulgationDate, Notation notation)
        implements DocumentId {

    /** Refuses missing parts and a date outside 1900-2999. */
    public EdxmlDocumentId {
        List<Violation> found = new ArrayList<>();
        if (organCode == null) {
            found.add(IdViolation.DOCID_MISSING.at("organCode", "organisation code"));
        }
        if (promulgationDate == null) {
            found.add(IdViolation.DOCID_MISSING.at("date", "promulgation date"));
        } else if (promulgationDate.getYear() < MIN_YEAR || promulgationDate.getYear() > MAX_YEAR) {
            found.add(IdViolation.DOCID_YEAR.at("date", promulgationDate));
        }
        if (notation == null) {
            found.add(IdViolation.DOCID_MISSING.at("notation", "number and notation"));
        }
        if (!found.isEmpty()) {
            throw new EdocRuleException(ValidationResult.of(found));
        }
    }

    @Override
    public int year() {
        return promulgationDate.getYear();
    }

    @Override
    public int sequence() {
        return notation.number();
    }

    @Override
    public String format() {
        return organCode.value() + "," + formatDate(promulgationDate) + "," + notation.format();
    }

    /**
     * The seed identifier of the same document: organisation, year of the date, number and number series. A number
     * that carries a year ({@code 12/2020/QĐ-UBND}) is in its type's own series, so it keeps that series
     * ({@code …,2020,12,QĐ}) and never equals the seed id of {@code 12/QĐ-UBND} ({@code …,2020,12}).
     */
    public SeedDocumentId toSeed() {
        return new SeedDocumentId(organCode, year(), sequence(), SeedDocumentId.seriesOf(notation));
    }

    @Override
    public String toString() {
        return format();
    }

    /** {@code yyyy/MM/dd}, the edXML date form. */
    static String formatDate(LocalDate date) {
        return String.format(Locale.ROOT, "%04d/%02d/%02d", date.getYear(), date.getMonthValue(),
                date.getDayOfMonth());
    }
}
