package vn.edoc.id;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * An organisation identifier code (mã định danh cơ quan, tổ chức), rule R-ID-1 (LS Đ8.2, LA Đ7.2a). Two forms are
 * in use and both are accepted:
 * <ul>
 *   <li>{@link Form#QCVN_102_2016}: exactly 13 characters {@code NNN.NN.NN.XNN}, levels read <em>right to
 *       left</em>: level 1 is the last group, a capital letter and two digits ({@code G22}, {@code H37}); level 2
 *       the two digits before it; level 3 the next two digits; level 4 the leading three digits. A group of zeros
 *       means "no such level": {@code 000.00.00.G22} (Văn phòng Chính phủ) has depth 1, {@code 000.00.11.H53}
 *       depth 2, {@code 000.12.34.H53} depth 3. A non-zero level under a zero level above it ({@code 000.11.00.H53})
 *       is a hole and is refused. Source: QCVN 102:2016/BTTTT as described in QĐ 3739/QĐ-UBND 2016 of Quảng Ninh
 *       ("V1V2V3.Z1Z2.Y1Y2.H49 … H49 là mã cấp 1"); length 13 confirmed by Decree 30/2020 Phụ lục VI
 *       ({@code OrganId}, String 13).</li>
 *   <li>{@link Form#QD_20_2020}: dotted groups of {@code A-Z} and {@code 0-9}, at most 35 characters, levels read
 *       <em>left to right</em> with the level-1 group first ({@code H37.02.02}). Source: QĐ 20/2020/QĐ-TTg Điều
 *       4-6 as summarised in secondary sources (the primary text was not read). This library requires the first
 *       group to be a letter and two digits, like the level-1 group of the older form; enterprise codes made of a
 *       tax number are therefore not accepted.</li>
 * </ul>
 *
 * <p>Telling them apart: a code whose first group starts with a digit and whose last group starts with a letter is
 * read as the QCVN 102 form (and must then be exactly {@code NNN.NN.NN.XNN}); anything else as the QĐ 20 form.
 *
 * <p>The level-1 letter and group are checked against a {@link OrganCodeDirectory}; an unknown one is only a
 * warning, since the lists change. Codes are compared in their natural order: form, then level 1, level 2 and so
 * on, so that an organisation sorts just before the units under it.
 *
 * <p>Instances are immutable and compared by {@link #value()}. The form and the levels are worked out once, when the
 * code is read, so that the accessors, {@link #compareTo} and {@link #isAncestorOf} cost no parsing.
 */
public final class OrganCode implements Comparable<OrganCode> {

    /** Which of the two standard forms a code is written in (dạng mã). */
    public enum Form {
        /** {@code NNN.NN.NN.XNN}, 13 characters, QCVN 102:2016/BTTTT. */
        QCVN_102_2016,
        /** Dotted groups, at most 35 characters, level 1 first, QĐ 20/2020/QĐ-TTg. */
        QD_20_2020
    }

    /** Maximum length of the QĐ 20/2020 form. */
    public static final int MAX_LENGTH = 35;

    /** A level-1 group: a capital letter and two digits; shared with {@link OrganCodeDirectory}. */
    static final Pattern LEVEL_ONE = Pattern.compile("[A-Z][0-9]{2}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final String SEPARATORS = ",-/\\_:;|\u2013\u2014\u2212\u00B7";

    private final String value;
    private final Form form;
    private final List<String> levels;

    /** What reading a code found: the violations and, when valid, its form and levels. */
    private record Analysis(ValidationResult result, Form form, List<String> levels) {
    }

    /**
     * The code written {@code value}; use {@link #parse} or {@link #check} to get the violations as a result.
     *
     * @param value the code as written, such as {@code "000.00.00.G22"}
     * @throws EdocRuleException when it is not a valid code
     */
    public OrganCode(String value) {
        this(value, valid(analyse(value, OrganCodeDirectory.builtIn())));
    }

    private OrganCode(String value, Analysis analysis) {
        this(value, analysis.form(), analysis.levels());
    }

    private OrganCode(String value, Form form, List<String> levels) {
        this.value = value;
        this.form = form;
        this.levels = levels;
    }

    private static Analysis valid(Analysis analysis) {
        if (!analysis.result().isValid()) {
            throw new EdocRuleException(analysis.result());
        }
        return analysis;
    }

    /** Reads a code, checking the level-1 group against the built-in code list. Never throws. */
    public static Parsed<OrganCode> check(String text) {
        return check(text, OrganCodeDirectory.builtIn());
    }

    /** Reads a code, checking the level-1 group against {@code directory}. Never throws. */
    public static Parsed<OrganCode> check(String text, OrganCodeDirectory directory) {
        Analysis analysis = analyse(text, directory == null ? OrganCodeDirectory.builtIn() : directory);
        return analysis.result().isValid() ? Parsed.ok(new OrganCode(text, analysis), analysis.result())
                : Parsed.refused(analysis.result());
    }

    /**
     * The code written in {@code text}.
     *
     * @throws EdocRuleException when it is not a valid code
     */
    public static OrganCode parse(String text) {
        return check(text).orThrow();
    }

    /** The code as written, such as {@code "000.00.00.G22"}. */
    public String value() {
        return value;
    }

    /** The form the code is written in. */
    public Form form() {
        return form;
    }

    /**
     * The significant levels, level 1 first: {@code ["H53", "11"]} for {@code 000.00.11.H53}, {@code ["H37", "02",
     * "02"]} for {@code H37.02.02}. Empty (all-zero) levels of the 13-character form are left out.
     */
    public List<String> levels() {
        return levels;
    }

    /** The number of significant levels (1 for the organisation at the top, such as {@code 000.00.00.G22}). */
    public int depth() {
        return levels.size();
    }

    /** The level-1 group, such as {@code "G22"}. */
    public String levelOneGroup() {
        return levels.get(0);
    }

    /** The level-1 letter, such as {@code 'G'} (Chính phủ) or {@code 'H'} (địa phương). */
    public char levelOneLetter() {
        return levelOneGroup().charAt(0);
    }

    /**
     * The organisation one level up ({@code 000.00.00.H53} for {@code 000.00.11.H53}, {@code H37.02} for
     * {@code H37.02.02}), in the same form; empty at level 1.
     */
    public Optional<OrganCode> parent() {
        if (levels.size() == 1) {
            return Optional.empty();
        }
        // the parent of a valid code is valid: same form, one level fewer, no hole
        List<String> up = List.copyOf(levels.subList(0, levels.size() - 1));
        return Optional.of(new OrganCode(write(form, up), form, up));
    }

    /** True when {@code other} is below this organisation (a strict descendant, in the same form). */
    public boolean isAncestorOf(OrganCode other) {
        if (other == null || other.form != form) {
            return false;
        }
        return levels.size() < other.levels.size() && other.levels.subList(0, levels.size()).equals(levels);
    }

    /** The name of this organisation in the built-in code list; known only for level-1 organisations. */
    public Optional<String> knownName() {
        return knownName(OrganCodeDirectory.builtIn());
    }

    /** The name of this organisation in {@code directory}; known only for level-1 organisations. */
    public Optional<String> knownName(OrganCodeDirectory directory) {
        return depth() == 1 && directory != null ? directory.nameOf(levelOneGroup()) : Optional.empty();
    }

    @Override
    public int compareTo(OrganCode other) {
        int byForm = form.compareTo(other.form);
        if (byForm != 0) {
            return byForm;
        }
        List<String> a = levels;
        List<String> b = other.levels;
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof OrganCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static List<String> levelsOf(String[] groups, boolean qcvn) {
        List<String> levels = new ArrayList<>(4);
        if (qcvn) {
            levels.add(groups[3]);
            for (int i = 2; i >= 0 && !isZero(groups[i]); i--) {
                levels.add(groups[i]);
            }
        } else {
            levels.addAll(List.of(groups));
        }
        return List.copyOf(levels);
    }

    private static String write(Form form, List<String> levels) {
        if (form == Form.QD_20_2020) {
            return String.join(".", levels);
        }
        String l2 = levels.size() > 1 ? levels.get(1) : "00";
        String l3 = levels.size() > 2 ? levels.get(2) : "00";
        String l4 = levels.size() > 3 ? levels.get(3) : "000";
        return l4 + "." + l3 + "." + l2 + "." + levels.get(0);
    }

    private static boolean isZero(String group) {
        return group.chars().allMatch(c -> c == '0');
    }

    private static Analysis analyse(String text, OrganCodeDirectory directory) {
        if (text == null || text.isBlank()) {
            return refused(ValidationResult.of(IdViolation.ORGAN_EMPTY.at("")));
        }
        String shown = Texts.shorten(text);
        List<Violation> found = new ArrayList<>();
        StringBuilder cleaned = new StringBuilder(Math.min(text.length(), 64));
        boolean whitespace = false;
        boolean lower = false;
        Set<String> separators = new LinkedHashSet<>();
        Set<String> illegal = new LinkedHashSet<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Texts.isSpace(cp)) {
                whitespace = true;
            } else if (cp >= 'a' && cp <= 'z') {
                lower = true;
                cleaned.append((char) (cp - 'a' + 'A'));
            } else if ((cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '.') {
                cleaned.append((char) cp);
            } else if (SEPARATORS.indexOf(cp) >= 0) {
                separators.add(new String(Character.toChars(cp)));
                cleaned.append('.');
            } else if (illegal.size() < 3) {
                illegal.add(Texts.describe(cp));
            } else {
                // three distinct examples are enough to explain the refusal; huge inputs stay cheap
                illegal.add("…");
                break;
            }
        }
        if (whitespace) {
            found.add(IdViolation.ORGAN_WHITESPACE.at("", shown));
        }
        if (lower) {
            found.add(IdViolation.ORGAN_LOWERCASE.at("", shown));
        }
        separators.forEach(s -> found.add(IdViolation.ORGAN_BAD_SEPARATOR.at("", s)));
        illegal.stream().filter(s -> !s.equals("…"))
                .forEach(s -> found.add(IdViolation.ORGAN_ILLEGAL_CHARACTER.at("", s)));
        if (!illegal.isEmpty() || cleaned.length() == 0) {
            if (cleaned.length() == 0 && illegal.isEmpty()) {
                found.add(IdViolation.ORGAN_EMPTY.at(""));
            }
            return refused(ValidationResult.of(found));
        }
        String code = cleaned.toString();
        String[] groups = code.split("\\.", -1);
        for (String g : groups) {
            if (g.isEmpty()) {
                found.add(IdViolation.ORGAN_EMPTY_GROUP.at("", shown));
                return refused(ValidationResult.of(found));
            }
        }
        boolean qcvn = Character.isDigit(groups[0].charAt(0))
                && Character.isLetter(groups[groups.length - 1].charAt(0));
        String levelOne = null;
        if (qcvn) {
            if (code.length() != 13) {
                found.add(IdViolation.ORGAN_LENGTH.at("", code.length()));
            }
            if (groups.length != 4) {
                found.add(IdViolation.ORGAN_GROUP_COUNT.at("", groups.length));
            } else {
                int[] sizes = {3, 2, 2};
                boolean numeric = true;
                for (int i = 0; i < 3; i++) {
                    if (groups[i].length() != sizes[i] || !DIGITS.matcher(groups[i]).matches()) {
                        found.add(IdViolation.ORGAN_GROUP_DIGITS.at("", Texts.shorten(groups[i]), sizes[i]));
                        numeric = false;
                    }
                }
                if (LEVEL_ONE.matcher(groups[3]).matches()) {
                    levelOne = groups[3];
                } else {
                    found.add(IdViolation.ORGAN_LEVEL_ONE_SHAPE.at("", Texts.shorten(groups[3])));
                }
                if (numeric) {
                    // levels 2, 3, 4 are groups 2, 1, 0; a level may be set only when the one above it is
                    for (int level = 3; level <= 4; level++) {
                        if (!isZero(groups[4 - level]) && isZero(groups[5 - level])) {
                            found.add(IdViolation.ORGAN_HOLE.at("", shown, level, level - 1));
                        }
                    }
                }
            }
        } else {
            if (code.length() > MAX_LENGTH) {
                found.add(IdViolation.ORGAN_TOO_LONG.at("", code.length()));
            }
            if (LEVEL_ONE.matcher(groups[0]).matches()) {
                levelOne = groups[0];
            } else {
                found.add(IdViolation.ORGAN_LEVEL_ONE_SHAPE.at("", Texts.shorten(groups[0])));
            }
        }
        if (levelOne != null) {
            if (directory.groupOf(levelOne.charAt(0)).isEmpty()) {
                found.add(IdViolation.ORGAN_UNKNOWN_LETTER.at("", levelOne.charAt(0)));
            }
            if (directory.nameOf(levelOne).isEmpty()) {
                found.add(IdViolation.ORGAN_UNKNOWN_LEVEL_ONE.at("", levelOne));
            }
        }
        ValidationResult result = ValidationResult.of(found);
        if (!result.isValid()) {
            return refused(result);
        }
        return new Analysis(result, qcvn ? Form.QCVN_102_2016 : Form.QD_20_2020,
                List.copyOf(levelsOf(groups, qcvn)));
    }

    private static Analysis refused(ValidationResult result) {
        return new Analysis(result, null, List.of());
    }
}
