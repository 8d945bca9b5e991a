package vn.edoc.id;

import vn.edoc.text.UnicodeForms;

import vn.edoc.text.Diacritics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.edoc.document.DocumentType;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * The number and notation of a document (số, ký hiệu văn bản), rule R-FMT-5, as laid down by Decree
 * 30/2020/NĐ-CP Phụ lục I Part I §3 and, for legal normative documents, Luật ban hành VBQPPL 2015 Điều 10:
 * <ul>
 *   <li>{@code 935/QĐ-UBND}: number / type abbreviation - issuer abbreviation;</li>
 *   <li>{@code 45/UBND-VX}: a công văn has no type abbreviation: issuer - drafting unit or field;</li>
 *   <li>{@code 12/2020/QĐ-UBND}, {@code 20/2020/QĐ-TTg}: a legal normative document carries its year;</li>
 *   <li>{@code 20/2023/QH15}: a law carries only the issuer and the legislature's term.</li>
 * </ul>
 * The number is the sequence within the year in Arabic digits, a number below 10 written with a leading 0
 * ("số nhỏ hơn 10 phải ghi thêm số 0 phía trước"); the notation is in capitals, its groups joined by hyphens,
 * without spaces. The type abbreviations of Decree 30 Phụ lục III keep their mixed case ({@code QyĐ}, {@code CTr},
 * {@code TTr}, {@code TrS}), and so does the issuer {@code TTg} (Thủ tướng Chính phủ).
 *
 * <p>{@link #check(String)} tolerates, with a warning, what people commonly type: spaces around the slash and
 * hyphens, en or em dashes and minus signs for the hyphen, a fullwidth slash, decomposed Unicode, the look-alike
 * Icelandic eth (Ð) for Đ, lower-case
 * groups, a type abbreviation in the wrong case or typed without Đ, a missing or superfluous leading zero, a
 * leading "Số:". It refuses
 * everything else with a violation naming the problem. {@link #format()} always writes the canonical form.
 *
 * <p>How the first group is read, when the notation has at least two groups:
 * <ol>
 *   <li>a type abbreviation as written is the type; ignoring case ({@code qđ}, {@code QYĐ}) it is the type with the
 *       warning {@link IdViolation#NOTATION_TYPE_CASE};</li>
 *   <li>a group that is a type abbreviation once Đ is read as D and case ignored ({@code QD}, {@code Qd},
 *       {@code ND}: the usual typing without a Vietnamese keyboard) is that type, with the warning
 *       {@link IdViolation#NOTATION_TYPE_FOLDED}, and is written back with its Đ ({@code 05/QD-UBND} gives
 *       {@code 05/QĐ-UBND}). {@code HD} and {@code DA} are themselves abbreviations (Hướng dẫn, Dự án), so they are
 *       never read as {@code HĐ} or {@code ĐA};</li>
 *   <li>{@code CV} (any case): a công văn has no type abbreviation, but people write one by habit. The group is
 *       left out with the warning {@link IdViolation#NOTATION_CONG_VAN_MARKER} and the notation read as that of a
 *       công văn ({@code 45/CV-UBND-VX} gives {@code 45/UBND-VX}, issuer {@code UBND}). Keeping {@code CV} as the
 *       issuer would name an organisation that does not exist, and refusing would reject a habit that carries no
 *       ambiguity;</li>
 *   <li>anything else ({@code GN}, {@code UBND}) is the issuer of a công văn or, with a year, of a law
 *       ({@code 20/2023/QH15}).</li>
 * </ol>
 * With a year, {@code QĐ} and {@code NQ} are read as the legal normative types
 * ({@link DocumentType#QUYET_DINH_QPPL}, {@link DocumentType#NGHI_QUYET_QPPL}); without one, as the administrative
 * ones. The number series and the type must agree (Luật ban hành VBQPPL 2015 Điều 10; Decree 30/2020 Phụ lục I):
 * a year on a type that has no legal normative counterpart ({@code 12/2025/CT-UBND}) is the error
 * {@link IdViolation#NOTATION_YEAR_NOT_LEGAL}, and a legal-normative-only type without year ({@code 05/NĐ-CP},
 * {@code TT}, {@code TTLT}, {@code NQLT}, {@code PL}, {@code L}) the error {@link IdViolation#NOTATION_LEGAL_WITHOUT_YEAR}.
 * This is the one place that rule is enforced; {@code DocumentValidator} only checks that the notation agrees with
 * the document's own type.
 *
 * <p>Groups hold only Vietnamese letters (ASCII letters, đ/Đ and the 134 precomposed Vietnamese letters) and digits;
 * other letters such as Ẁ, Ĉ or Å are refused with {@link IdViolation#NOTATION_ILLEGAL_CHARACTER}. A number below 10
 * written without its leading zero ({@code 5/QĐ-UBND}) is read with the warning
 * {@link IdViolation#NOTATION_NUMBER_PADDING} and written {@code 05}.
 *
 * <p>edXML carries the same text in two fields, {@code CodeNumber} and {@code CodeNotation}, joined by a slash in
 * the edXML {@code DocumentId}. This class splits at the first slash: {@link #codeNumber()} is the number
 * ({@code "12"}), {@link #codeNotation()} everything after it, the year included ({@code "2020/QĐ-UBND"}), so that
 * {@code codeNumber() + "/" + codeNotation()} is always {@link #format()}. The 30-character limit of
 * {@code CodeNotation} (Decree 30/2020 Phụ lục VI) applies to {@link #codeNotation()}.
 *
 * <p>Instances are immutable and compared by value.
 */
public final class Notation {

    /** The most abbreviation groups a notation may have: type, issuer and up to four units. */
    public static final int MAX_GROUPS = 6;
    /** The longest {@link #codeNotation()} (Decree 30/2020 Phụ lục VI, CodeNotation String 30). */
    public static final int MAX_NOTATION_LENGTH = 30;
    /** The largest number accepted. */
    public static final int MAX_NUMBER = 999_999_999;

    private static final int MAX_INPUT = 256;
    private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";
    private static final String SLASHES = "\uFF0F\u2215\u2044\u29F8";
    private static final String MIXED_CASE_ISSUER = "TTg";
    private static final Pattern PREFIX = Pattern.compile("^(?iu)(số|so)\\s*[:.]?\\s*(?=[0-9])");
    private static final Pattern SPACES_AROUND = Pattern.compile("(?U)\\s*([/-])\\s*");

    private final int number;
    private final Integer year;
    private final DocumentType type;
    private final String issuer;
    private final List<String> units;

    private Notation(int number, Integer year, DocumentType type, String issuer, List<String> units) {
        this.number = number;
        this.year = year;
        this.type = type;
        this.issuer = issuer;
        this.units = List.copyOf(units);
    }

    /**
     * Builds a notation from its parts and checks that they make a canonical one (the same parts come back from
     * {@link #parse(String)} of {@link #format()}). A type without abbreviation (Công văn, Thư công, Luật) is not
     * written in the notation, so it is not kept: {@code type()} is then empty.
     *
     * @param number the sequence number within the year, at least 1
     * @param year   the year, for legal normative documents; {@code null} otherwise
     * @param type   the document type, or {@code null} for a công văn
     * @param issuer the issuer abbreviation such as {@code "UBND"} or {@code "TTg"}
     * @param units  further groups: drafting unit, field
     * @throws EdocRuleException when the parts do not make a valid, canonical notation
     */
    public static Notation of(int number, Integer year, DocumentType type, String issuer, String... units) {
        List<String> unitList = new ArrayList<>();
        if (units != null) {
            for (String u : units) {
                unitList.add(u == null ? "" : u);
            }
        }
        DocumentType kept = type == null || type.abbreviation().isEmpty() ? null : type;
        String issuerText = issuer == null ? "" : issuer;
        StringBuilder text = new StringBuilder();
        text.append(pad(number));
        if (year != null) {
            text.append('/').append(year);
        }
        text.append('/');
        if (kept != null) {
            text.append(kept.abbreviation().orElseThrow()).append('-');
        }
        text.append(issuerText);
        unitList.forEach(u -> text.append('-').append(u));
        Parsed<Notation> parsed = check(text.toString());
        if (!parsed.isValid()) {
            throw new EdocRuleException(parsed.result());
        }
        Notation wanted = number < 1 ? null : new Notation(number, year, kept, issuerText, unitList);
        if (!parsed.value().equals(wanted)) {
            throw EdocRuleException.of(IdViolation.NOTATION_NOT_CANONICAL, "", Texts.shorten(text.toString()),
                    parsed.value().describe());
        }
        return parsed.value();
    }

    /**
     * The notation written in {@code text}.
     *
     * @throws EdocRuleException when it cannot be read
     */
    public static Notation parse(String text) {
        return check(text).orThrow();
    }

    /**
     * Reads the two edXML fields {@code CodeNumber} and {@code CodeNotation}. {@code CodeNumber} is a number in
     * edXML, so {@code "5"} is read as {@code 05} without the warning a typed notation gets. Never throws.
     */
    public static Parsed<Notation> fromEdxml(String codeNumber, String codeNotation) {
        String number = codeNumber == null ? "" : codeNumber.strip();
        String significant = Texts.withoutLeadingZeros(number);
        if (Texts.isDigits(number) && !significant.isEmpty() && significant.length() <= 9) {
            number = pad(Integer.parseInt(significant));
        }
        return check(number + "/" + (codeNotation == null ? "" : codeNotation));
    }

    /** Reads a number and notation, tolerating common variants with warnings. Never throws. */
    public static Parsed<Notation> check(String input) {
        if (input == null || input.isBlank()) {
            return Parsed.refused(IdViolation.NOTATION_EMPTY.at(""));
        }
        if (input.length() > MAX_INPUT) {
            return Parsed.refused(IdViolation.NOTATION_TOO_LONG.at("", input.length(), MAX_NOTATION_LENGTH));
        }
        List<Violation> found = new ArrayList<>();
        String text = input;
        String nfc = UnicodeForms.nfc(text);
        if (!nfc.equals(text)) {
            found.add(IdViolation.NOTATION_NOT_NFC.at(""));
            text = nfc;
        }
        text = replaceVariants(text, found);
        String shown = Texts.shorten(text);
        String stripped = text.strip();
        Matcher prefix = PREFIX.matcher(stripped);
        if (prefix.find()) {
            found.add(IdViolation.NOTATION_PREFIX.at("", prefix.group().strip()));
            stripped = stripped.substring(prefix.end());
        }
        String tight = SPACES_AROUND.matcher(stripped).replaceAll("$1");
        if (!text.equals(text.strip()) || !tight.equals(stripped)) {
            found.add(IdViolation.NOTATION_SPACES.at("", shown));
        }
        if (Texts.hasSpace(tight)) {
            found.add(IdViolation.NOTATION_SPACE_INSIDE.at("", shown));
            tight = Texts.withoutSpaces(tight);
        }
        if (tight.isEmpty()) {
            found.add(IdViolation.NOTATION_EMPTY.at(""));
            return Parsed.refused(ValidationResult.of(found));
        }
        String[] parts = tight.split("/", -1);
        if (parts.length == 1) {
            found.add(IdViolation.NOTATION_NO_SLASH.at("", shown));
            return Parsed.refused(ValidationResult.of(found));
        }
        if (parts.length > 3) {
            found.add(IdViolation.NOTATION_TOO_MANY_SLASHES.at("", shown));
            return Parsed.refused(ValidationResult.of(found));
        }
        int number = readNumber(parts[0], found);
        Integer year = parts.length == 3 ? readYear(parts[1], found) : null;
        String symbol = parts[parts.length - 1];
        Symbol read = readSymbol(symbol, year != null || parts.length == 3, found);
        if (read != null) {
            String codeNotation = (parts.length == 3 ? parts[1] + "/" : "") + read.write();
            if (codeNotation.length() > MAX_NOTATION_LENGTH) {
                found.add(IdViolation.NOTATION_TOO_LONG.at("", codeNotation.length(), MAX_NOTATION_LENGTH));
            }
        }
        ValidationResult result = ValidationResult.of(found);
        if (!result.isValid() || read == null || number < 1 || (parts.length == 3 && year == null)) {
            return Parsed.refused(result.isValid()
                    ? result.and(ValidationResult.of(IdViolation.NOTATION_EMPTY.at(""))) : result);
        }
        return Parsed.ok(new Notation(number, year, read.type, read.issuer, read.units), result);
    }

    // ----- accessors -----

    /** The number (số), the sequence within the year, at least 1. */
    public int number() {
        return number;
    }

    /** The year written in the number of a legal normative document ({@code 2020} in {@code 12/2020/QĐ-UBND}). */
    public Optional<Integer> year() {
        return Optional.ofNullable(year);
    }

    /** The document type named by the first group; empty for a công văn or a law. */
    public Optional<DocumentType> type() {
        return Optional.ofNullable(type);
    }

    /** The type abbreviation as written in the table ({@code "QĐ"}, {@code "QyĐ"}); empty without type. */
    public Optional<String> typeAbbreviation() {
        return type == null ? Optional.empty() : type.abbreviation();
    }

    /** The abbreviation of the issuing body or title ({@code "UBND"}, {@code "VPCP"}, {@code "TTg"}). */
    public String issuerAbbreviation() {
        return issuer;
    }

    /** The further groups after the issuer: drafting unit, field ({@code ["VX"]} in {@code 45/UBND-VX}). */
    public List<String> unitAbbreviations() {
        return units;
    }

    /** The number as written, with the leading zero below 10: {@code "05"}, {@code "935"}. */
    public String codeNumber() {
        return pad(number);
    }

    /**
     * Everything after the number: {@code "BGN-UBND"}, or with the year {@code "2020/QĐ-UBND"}; the edXML
     * {@code CodeNotation}.
     */
    public String codeNotation() {
        return (year == null ? "" : year + "/") + symbol();
    }

    /** The notation proper (ký hiệu), without number and year: {@code "QĐ-UBND"}, {@code "UBND-VX"}. */
    public String symbol() {
        StringBuilder b = new StringBuilder();
        if (type != null) {
            b.append(type.abbreviation().orElseThrow()).append('-');
        }
        b.append(issuer);
        units.forEach(u -> b.append('-').append(u));
        return b.toString();
    }

    /** The canonical text: {@code "05/BGN-UBND"}, {@code "12/2020/QĐ-UBND"}. */
    public String format() {
        return codeNumber() + "/" + codeNotation();
    }

    @Override
    public String toString() {
        return format();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Notation n && number == n.number && Objects.equals(year, n.year)
                && type == n.type && issuer.equals(n.issuer) && units.equals(n.units);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, year, type, issuer, units);
    }

    // ----- reading -----

    private String describe() {
        return "number=" + number + ", year=" + year + ", type=" + type + ", issuer=" + issuer + ", units=" + units;
    }

    private static String pad(int number) {
        return number >= 0 && number < 10 ? "0" + number : Integer.toString(number);
    }

    private static String replaceVariants(String text, List<Violation> found) {
        StringBuilder b = new StringBuilder(text.length());
        Set<String> dashes = new LinkedHashSet<>();
        Set<String> slashes = new LinkedHashSet<>();
        Set<String> eths = new LinkedHashSet<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (DASHES.indexOf(c) >= 0) {
                dashes.add(String.valueOf(c));
                b.append('-');
            } else if (SLASHES.indexOf(c) >= 0) {
                slashes.add(String.valueOf(c));
                b.append('/');
            } else if (Texts.isEth(c)) {
                eths.add(String.valueOf(c));
                b.append((char) Texts.ethToVietnamese(c));
            } else if (Texts.isSpace(c)) {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        dashes.forEach(d -> found.add(IdViolation.NOTATION_DASH_VARIANT.at("", Texts.describe(d.charAt(0)))));
        slashes.forEach(s -> found.add(IdViolation.NOTATION_SLASH_VARIANT.at("", Texts.describe(s.charAt(0)))));
        eths.forEach(e -> found.add(IdViolation.NOTATION_ETH.at("", e)));
        return b.toString();
    }

    private static int readNumber(String text, List<Violation> found) {
        if (text.isEmpty()) {
            found.add(IdViolation.NOTATION_NO_NUMBER.at(""));
            return -1;
        }
        if (!Texts.isDigits(text)) {
            found.add(IdViolation.NOTATION_NUMBER_NOT_DIGITS.at("", Texts.shorten(text)));
            return -1;
        }
        String significant = Texts.withoutLeadingZeros(text);
        if (significant.isEmpty()) {
            found.add(IdViolation.NOTATION_NUMBER_ZERO.at("", text));
            return -1;
        }
        if (significant.length() > 9) {
            found.add(IdViolation.NOTATION_NUMBER_TOO_LARGE.at("", Texts.shorten(text)));
            return -1;
        }
        int value = Integer.parseInt(significant);
        if (text.length() == 1) {
            found.add(IdViolation.NOTATION_NUMBER_PADDING.at("", text, pad(value)));
        } else if (!text.equals(pad(value))) {
            found.add(IdViolation.NOTATION_NUMBER_LEADING_ZEROS.at("", text, pad(value)));
        }
        return value;
    }

    private static Integer readYear(String text, List<Violation> found) {
        if (text.length() == 4 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int y = Integer.parseInt(text);
            if (y >= DocumentId.MIN_YEAR && y <= DocumentId.MAX_YEAR) {
                return y;
            }
        }
        found.add(IdViolation.NOTATION_YEAR.at("", Texts.shorten(text)));
        return null;
    }

    private record Symbol(DocumentType type, String issuer, List<String> units) {
        String write() {
            StringBuilder b = new StringBuilder();
            if (type != null) {
                b.append(type.abbreviation().orElseThrow()).append('-');
            }
            b.append(issuer);
            units.forEach(u -> b.append('-').append(u));
            return b.toString();
        }
    }

    private static Symbol readSymbol(String symbol, boolean withYear, List<Violation> found) {
        if (symbol.isEmpty()) {
            found.add(IdViolation.NOTATION_NO_SYMBOL.at(""));
            return null;
        }
        List<String> groups = Arrays.asList(symbol.split("-", -1));
        int before = found.size();
        if (groups.stream().anyMatch(String::isEmpty)) {
            found.add(IdViolation.NOTATION_EMPTY_GROUP.at("", Texts.shorten(symbol)));
        }
        if (groups.size() > MAX_GROUPS) {
            found.add(IdViolation.NOTATION_TOO_MANY_GROUPS.at("", groups.size(), MAX_GROUPS));
        }
        Set<String> illegal = new LinkedHashSet<>();
        for (String g : groups) {
            for (int i = 0; i < g.length() && illegal.size() < 3; ) {
                int cp = g.codePointAt(i);
                i += Character.charCount(cp);
                if (!Texts.isVietnameseLetter(cp) && !(cp >= '0' && cp <= '9')) {
                    illegal.add(Texts.describe(cp));
                }
            }
        }
        illegal.forEach(c -> found.add(IdViolation.NOTATION_ILLEGAL_CHARACTER.at("", c)));
        if (found.size() > before) {
            return null;
        }
        DocumentType type = null;
        int issuerAt = 0;
        if (groups.size() >= 2 && isCongVanMarker(groups.get(0))) {
            found.add(IdViolation.NOTATION_CONG_VAN_MARKER.at("", groups.get(0)));
            issuerAt = 1;
        } else if (groups.size() >= 2) {
            type = typeOf(groups.get(0), withYear, found);
            if (type != null) {
                issuerAt = 1;
                if (type.legalNormative() && !withYear) {
                    found.add(IdViolation.NOTATION_LEGAL_WITHOUT_YEAR.at("", type.vietnameseName()));
                } else if (!type.legalNormative() && withYear) {
                    found.add(IdViolation.NOTATION_YEAR_NOT_LEGAL.at("", type.vietnameseName()));
                }
            }
        } else if (DocumentType.byAbbreviationIgnoringCase(groups.get(0)).isPresent()) {
            found.add(IdViolation.NOTATION_TYPE_WITHOUT_ISSUER.at("", groups.get(0)));
        }
        String issuer = capitals(groups.get(issuerAt), found);
        List<String> units = new ArrayList<>();
        for (int i = issuerAt + 1; i < groups.size(); i++) {
            units.add(capitals(groups.get(i), found));
        }
        return new Symbol(type, issuer, units);
    }

    private static DocumentType typeOf(String group, boolean withYear, List<Violation> found) {
        Optional<DocumentType> exact = withYear
                ? DocumentType.legalNormativeByAbbreviation(group).or(() -> DocumentType.byAbbreviation(group))
                : DocumentType.byAbbreviation(group);
        if (exact.isPresent()) {
            return exact.get();
        }
        Optional<DocumentType> loose = Optional.empty();
        if (withYear) {
            loose = Arrays.stream(DocumentType.values())
                    .filter(t -> t.legalNormative() && t.abbreviation().isPresent()
                            && t.abbreviation().get().toUpperCase(Locale.ROOT)
                            .equals(group.toUpperCase(Locale.ROOT)))
                    .findFirst();
        }
        if (loose.isEmpty()) {
            loose = DocumentType.byAbbreviationIgnoringCase(group);
        }
        if (loose.isPresent()) {
            DocumentType t = loose.get();
            found.add(IdViolation.NOTATION_TYPE_CASE.at("", group, t.abbreviation().orElseThrow(),
                    t.vietnameseName()));
            return t;
        }
        DocumentType folded = foldedType(group, withYear);
        if (folded != null) {
            found.add(IdViolation.NOTATION_TYPE_FOLDED.at("", group, folded.abbreviation().orElseThrow(),
                    folded.vietnameseName()));
        }
        return folded;
    }

    /**
     * The type whose abbreviation {@code group} is once Đ is read as D and case ignored ({@code QD} for
     * {@code QĐ}); with a year the legal normative type is preferred, as for an exact match.
     */
    private static DocumentType foldedType(String group, boolean withYear) {
        String key = foldKey(group);
        DocumentType found = null;
        for (DocumentType t : DocumentType.values()) {
            if (t.abbreviation().isPresent() && foldKey(t.abbreviation().get()).equals(key)
                    && (found == null || withYear && t.legalNormative() && !found.legalNormative()
                    || !withYear && !t.legalNormative() && found.legalNormative())) {
                found = t;
            }
        }
        return found;
    }

    private static String foldKey(String text) {
        return Diacritics.fold(text).toUpperCase(Locale.ROOT);
    }

    /** {@code CV}, written by habit as if "công văn" had a type abbreviation (it has none). */
    private static boolean isCongVanMarker(String group) {
        return foldKey(group).equals("CV");
    }

    private static String capitals(String group, List<Violation> found) {
        if (group.equals(MIXED_CASE_ISSUER)) {
            return group;
        }
        String upper = group.equalsIgnoreCase(MIXED_CASE_ISSUER) ? MIXED_CASE_ISSUER
                : group.toUpperCase(Locale.ROOT);
        if (!upper.equals(group)) {
            found.add(IdViolation.NOTATION_LOWERCASE.at("", group, upper));
        }
        return upper;
    }
}
