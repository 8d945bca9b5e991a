package vn.edoc.id;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/** Reads a {@link DocumentId} in either form; see there. */
final class DocumentIdReader {
    private static final int MAX_INPUT = 512;
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern CANONICAL_DATE = Pattern.compile("([0-9]{4})/([0-9]{2})/([0-9]{2})");
    private static final Pattern YEAR_FIRST = Pattern.compile("([0-9]{4})[/-]([0-9]{1,2})[/-]([0-9]{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("([0-9]{1,2})[/-]([0-9]{1,2})[/-]([0-9]{4})");

    private DocumentIdReader() {
    }

    static Parsed<DocumentId> read(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.refused(IdViolation.DOCID_EMPTY.at(""));
        }
        if (text.length() > MAX_INPUT) {
            return Parsed.refused(IdViolation.DOCID_TOO_LONG.at("", text.length()));
        }
        String shown = Texts.shorten(text);
        String[] raw = text.split(",", -1);
        if (raw.length != 3 && (raw.length != 4 || !YEAR.matcher(Texts.strip(raw[1])).matches())) {
            return Parsed.refused(IdViolation.DOCID_PARTS.at("", shown, raw.length));
        }
        List<Violation> found = new ArrayList<>();
        String[] parts = new String[raw.length];
        boolean spaces = false;
        for (int i = 0; i < raw.length; i++) {
            parts[i] = Texts.strip(raw[i]);
            spaces |= !parts[i].equals(raw[i]);
        }
        if (spaces) {
            found.add(IdViolation.DOCID_SPACES.at("", shown));
        }
        Parsed<OrganCode> organ = OrganCode.check(parts[0]);
        ValidationResult all = ValidationResult.of(found).and(organ.result().under("organCode"));
        if (YEAR.matcher(parts[1]).matches()) {
            return seed(organ, parts[1], parts[2], parts.length == 4 ? parts[3] : null, all);
        }
        return edxml(organ, parts[1], parts[2], all);
    }

    private static Parsed<DocumentId> seed(Parsed<OrganCode> organ, String yearText, String sequenceText,
                                           String seriesText, ValidationResult sofar) {
        List<Violation> found = new ArrayList<>();
        int year = Integer.parseInt(yearText);
        if (year < DocumentId.MIN_YEAR || year > DocumentId.MAX_YEAR) {
            found.add(IdViolation.DOCID_YEAR.at("year", yearText));
        }
        int sequence = -1;
        String significant = Texts.withoutLeadingZeros(sequenceText);
        if (!Texts.isDigits(sequenceText) || significant.isEmpty() || significant.length() > 10
                || Long.parseLong(significant) > Integer.MAX_VALUE) {
            found.add(IdViolation.DOCID_SEQUENCE.at("sequence", Texts.shorten(sequenceText)));
        } else {
            sequence = Integer.parseInt(significant);
            if (!significant.equals(sequenceText)) {
                found.add(IdViolation.DOCID_SEQUENCE_ZEROS.at("sequence", sequenceText, significant));
            }
        }
        if (seriesText != null) {
            SeedDocumentId.checkSeries(seriesText, found);
        }
        ValidationResult result = sofar.and(ValidationResult.of(found));
        if (!result.isValid()) {
            return Parsed.refused(result);
        }
        return Parsed.ok(new SeedDocumentId(organ.value(), year, sequence, Optional.ofNullable(seriesText)),
                result);
    }

    private static Parsed<DocumentId> edxml(Parsed<OrganCode> organ, String dateText, String notationText,
                                            ValidationResult sofar) {
        List<Violation> found = new ArrayList<>();
        LocalDate date = readDate(dateText, found);
        Parsed<Notation> notation = Notation.check(notationText);
        if (date != null && notation.isValid()) {
            notation.value().year().filter(y -> y != date.getYear()).ifPresent(y ->
                    found.add(IdViolation.DOCID_NOTATION_YEAR.at("notation", y, date)));
        }
        ValidationResult result = sofar.and(ValidationResult.of(found))
                .and(notation.result().under("notation"));
        if (!result.isValid()) {
            return Parsed.refused(result);
        }
        return Parsed.ok(new EdxmlDocumentId(organ.value(), date, notation.value()), result);
    }

    private static LocalDate readDate(String text, List<Violation> found) {
        Matcher m;
        int y;
        int mo;
        int d;
        boolean canonical = CANONICAL_DATE.matcher(text).matches();
        if ((m = YEAR_FIRST.matcher(text)).matches()) {
            y = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(2));
            d = Integer.parseInt(m.group(3));
        } else if ((m = DAY_FIRST.matcher(text)).matches()) {
            d = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(2));
            y = Integer.parseInt(m.group(3));
        } else {
            found.add(IdViolation.DOCID_YEAR.at("date", Texts.shorten(text)));
            return null;
        }
        if (y < DocumentId.MIN_YEAR || y > DocumentId.MAX_YEAR) {
            found.add(IdViolation.DOCID_YEAR.at("date", text));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(y, mo, d);
        } catch (DateTimeException e) {
            found.add(IdViolation.DOCID_DATE.at("date", text));
            return null;
        }
        if (!canonical) {
            found.add(IdViolation.DOCID_DATE_FORM.at("date", text, EdxmlDocumentId.formatDate(date)));
        }
        return date;
    }
}
