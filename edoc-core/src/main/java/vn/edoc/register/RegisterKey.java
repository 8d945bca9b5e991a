package vn.edoc.register;

import vn.edoc.text.UnicodeForms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.edoc.id.OrganCode;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * Which register (sổ văn bản) a number belongs to: the organisation, the kind (đến / đi), the number series and the
 * year. Numbers are unique and gap-free per key and start again at 1 every 1 January, Vietnam time (R-ID-3, LS
 * Đ12.2; Decree 30/2020 Điều 15: "bắt đầu liên tiếp từ số 01 vào ngày 01 tháng 01 và kết thúc vào ngày 31 tháng 12").
 *
 * <p>The series (hệ thống số) is empty for the organisation's main register of that kind. Decree 30/2020 Điều 15
 * gives legal normative documents one series per type, so an organisation that issues them keeps, for example,
 * a series {@code "QĐ QPPL"} beside its main outgoing register. A series name is at most {@value #MAX_SERIES}
 * characters of letters, digits, spaces and {@code - . ( )}; it is kept in Unicode NFC with single spaces.
 *
 * <p>The year is the calendar year in Vietnam time ({@link #VIETNAM}, UTC+07:00 all year round, R-TIME-5): a
 * document registered at 2024-12-31T17:30Z goes into the 2025 register.
 *
 * @param organ  the organisation keeping the register (mã định danh cơ quan)
 * @param kind   incoming or outgoing
 * @param series the number series; {@code ""} for the main register
 * @param year   the calendar year, Vietnam time
 */
public record RegisterKey(OrganCode organ, RegisterKind kind, String series, int year)
        implements Comparable<RegisterKey> {

    /** Vietnam time: UTC+07:00 without daylight saving (R-TIME-5, LS Đ11.3). */
    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    /** The series of the main register. */
    public static final String MAIN_SERIES = "";
    /** Longest series name. */
    public static final int MAX_SERIES = 50;
    /** Earliest year of a register. */
    public static final int MIN_YEAR = 1945;
    /** Latest year of a register. */
    public static final int MAX_YEAR = 9999;

    /**
     * Refuses an invalid key with {@link EdocRuleException} naming every fault.
     */
    public RegisterKey {
        series = normaliseSeries(series);
        ValidationResult result = check(organ, kind, series, year);
        if (!result.isValid()) {
            throw new EdocRuleException(result);
        }
    }

    /** The main register of {@code kind} of {@code organ} for {@code year}. */
    public static RegisterKey of(OrganCode organ, RegisterKind kind, int year) {
        return new RegisterKey(organ, kind, MAIN_SERIES, year);
    }

    /** The register of {@code series} of {@code kind} of {@code organ} for {@code year}. */
    public static RegisterKey of(OrganCode organ, RegisterKind kind, String series, int year) {
        return new RegisterKey(organ, kind, series, year);
    }

    /** The register a registration at {@code instant} goes into: the year is taken in Vietnam time. */
    public static RegisterKey at(OrganCode organ, RegisterKind kind, String series, Instant instant) {
        if (instant == null) {
            throw EdocRuleException.of(RegisterViolation.KEY_PART_MISSING, "year", "year");
        }
        return new RegisterKey(organ, kind, series, yearOf(instant));
    }

    /**
     * The series a document of {@code type} is numbered in by default: for an outgoing legal normative document
     * (văn bản quy phạm pháp luật) the type's own series, named by its Vietnamese name such as
     * {@code "Quyết định (quy phạm pháp luật)"}, since Decree 30/2020 Điều 15 numbers each such type separately;
     * otherwise the main series {@code ""}. An organisation may name its series otherwise; this is a default.
     */
    public static String defaultSeries(RegisterKind kind, vn.edoc.id.DocumentType type) {
        return kind == RegisterKind.OUTGOING && type != null && type.legalNormative() ? type.vietnameseName()
                : MAIN_SERIES;
    }

    /** The calendar year of {@code instant} in Vietnam time. */
    public static int yearOf(Instant instant) {
        return dayOf(instant).getYear();
    }

    /** The calendar day of {@code instant} in Vietnam time. */
    public static LocalDate dayOf(Instant instant) {
        // the fixed offset's arithmetic, as LocalDate.ofInstant does it, without the ZoneRules object (and its
        // cache map) that ZoneOffset.getRules() builds anew on every call, once or twice per registration
        long local = Math.addExact(instant.getEpochSecond(), VIETNAM.getTotalSeconds());
        return LocalDate.ofEpochDay(Math.floorDiv(local, 86_400L));
    }

    /** The first instant of {@code day} in Vietnam time (00:00+07:00). */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(VIETNAM).toInstant();
    }

    /** Every fault of the given parts at once. */
    public static ValidationResult check(OrganCode organ, RegisterKind kind, String series, int year) {
        List<Violation> found = new ArrayList<>();
        if (organ == null) {
            found.add(RegisterViolation.KEY_PART_MISSING.at("organ", "organ"));
        }
        if (kind == null) {
            found.add(RegisterViolation.KEY_PART_MISSING.at("kind", "kind"));
        }
        String s = normaliseSeries(series);
        if (s.length() > MAX_SERIES) {
            found.add(RegisterViolation.SERIES_INVALID.at("series", shorten(s),
                    "longer than " + MAX_SERIES + " characters"));
        } else {
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (!(Character.isLetterOrDigit(cp) || cp == ' ' || cp == '-' || cp == '.' || cp == '('
                        || cp == ')' || Character.getType(cp) == Character.NON_SPACING_MARK)) {
                    found.add(RegisterViolation.SERIES_INVALID.at("series", shorten(s),
                            "only letters, digits, spaces and - . ( ) are allowed"));
                    break;
                }
            }
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            found.add(RegisterViolation.YEAR_INVALID.at("year", MIN_YEAR, MAX_YEAR, year));
        }
        return ValidationResult.of(found);
    }

    /** True for the organisation's main register of this kind. */
    public boolean isMainSeries() {
        return series.isEmpty();
    }

    /** The same register one year later or earlier ({@code delta} years away). */
    public RegisterKey plusYears(int delta) {
        return new RegisterKey(organ, kind, series, year + delta);
    }

    @Override
    public int compareTo(RegisterKey other) {
        int c = organ.compareTo(other.organ);
        if (c == 0) {
            c = kind.compareTo(other.kind);
        }
        if (c == 0) {
            c = series.compareTo(other.series);
        }
        return c != 0 ? c : Integer.compare(year, other.year);
    }

    /**
     * A stable text form such as {@code "000.00.00.H37/incoming/2025"} or
     * {@code "000.00.00.H37/outgoing/QĐ QPPL/2025"}, used as the object identifier in the audit trail.
     */
    @Override
    public String toString() {
        return organ + "/" + kind.code() + (series.isEmpty() ? "" : "/" + series) + "/" + year;
    }

    private static String normaliseSeries(String series) {
        if (series == null || series.isEmpty()) {
            return MAIN_SERIES;
        }
        String nfc = UnicodeForms.nfc(series.strip());
        return nfc.replaceAll("\\s+", " ");
    }

    private static String shorten(String s) {
        return vn.edoc.text.Excerpt.of(s);
    }
}
