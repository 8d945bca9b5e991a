package vn.edoc.id;

import vn.edoc.text.UnicodeForms;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * A list of known level-1 organisation codes (danh mục mã định danh cấp 1): the letter groups ({@code A} Đảng,
 * {@code G} Chính phủ, {@code H} địa phương) and the level-1 organisations ({@code G22} Văn phòng Chính phủ,
 * {@code H37} Ủy ban nhân dân tỉnh Lạng Sơn).
 *
 * <p>The lists are data, not code, because they change (ministries and provinces merged in 2025). The built-in list
 * is the classpath resource {@code /vn/edoc/id/organ-codes.properties}; its header says which parts are confirmed
 * and which are inferred (the province numbers H01-H63 are the 63 pre-2025 provinces in alphabetical order without
 * diacritics, an inference consistent with every confirmed code; see {@code docs/decisions.md}, "Identifiers"). A user can
 * load an up-to-date list in the same format with {@link #load(Reader)}:
 * <pre>
 * # comment
 * G = Chính phủ
 * G22 = Văn phòng Chính phủ
 * </pre>
 * Instances are immutable.
 */
public final class OrganCodeDirectory {

    private static final Pattern LETTER = Pattern.compile("[A-Z]");
    private static final String RESOURCE = "/vn/edoc/id/organ-codes.properties";

    private final Map<String, String> letters;
    private final Map<String, String> levelOne;

    private OrganCodeDirectory(Map<String, String> letters, Map<String, String> levelOne) {
        this.letters = Collections.unmodifiableMap(new LinkedHashMap<>(letters));
        this.levelOne = Collections.unmodifiableMap(new LinkedHashMap<>(levelOne));
    }

    /** The list shipped with the library (a snapshot; see the class comment for its status). */
    public static OrganCodeDirectory builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * Reads a list of {@code KEY = name} lines ({@code #} starts a comment). A key is one capital letter (a letter
     * group) or a capital letter and two digits (a level-1 organisation).
     *
     * @throws EdocRuleException listing every bad line (unknown key shape, missing name, duplicate key)
     * @throws IOException       when the reader fails
     */
    public static OrganCodeDirectory load(Reader reader) throws IOException {
        if (reader == null) {
            throw EdocRuleException.of(IdViolation.ORGAN_DIRECTORY_ENTRY, "", 0, "no list given");
        }
        Map<String, String> letters = new LinkedHashMap<>();
        Map<String, String> levelOne = new LinkedHashMap<>();
        List<Violation> problems = new ArrayList<>();
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = line.strip();
            if (number == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1).strip();
            }
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int eq = text.indexOf('=');
            if (eq < 0) {
                problems.add(IdViolation.ORGAN_DIRECTORY_ENTRY.at("line " + number, number,
                        "expected KEY = name"));
                continue;
            }
            String key = text.substring(0, eq).strip();
            String name = UnicodeForms.nfc(text.substring(eq + 1).strip());
            Map<String, String> target = LETTER.matcher(key).matches() ? letters
                    : OrganCode.LEVEL_ONE.matcher(key).matches() ? levelOne : null;
            if (target == null) {
                problems.add(IdViolation.ORGAN_DIRECTORY_ENTRY.at("line " + number, number,
                        "key '" + key + "' is neither a capital letter nor a letter and two digits"));
            } else if (name.isEmpty()) {
                problems.add(IdViolation.ORGAN_DIRECTORY_ENTRY.at("line " + number, number,
                        "no name for '" + key + "'"));
            } else if (target.putIfAbsent(key, name) != null) {
                problems.add(IdViolation.ORGAN_DIRECTORY_ENTRY.at("line " + number, number,
                        "duplicate key '" + key + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new EdocRuleException(ValidationResult.of(problems));
        }
        return new OrganCodeDirectory(letters, levelOne);
    }

    /** The name of the level-1 organisation {@code levelOneGroup} (such as {@code "G22"}), if listed. */
    public Optional<String> nameOf(String levelOneGroup) {
        return levelOneGroup == null ? Optional.empty() : Optional.ofNullable(levelOne.get(levelOneGroup));
    }

    /** The name of the group of organisations the level-1 letter stands for (such as 'G'), if listed. */
    public Optional<String> groupOf(char letter) {
        return Optional.ofNullable(letters.get(String.valueOf(letter)));
    }

    /** All listed level-1 organisations, code to name, in the order of the list. */
    public Map<String, String> levelOneCodes() {
        return levelOne;
    }

    /** All listed letter groups, letter to name, in the order of the list. */
    public Map<String, String> letterGroups() {
        return letters;
    }

    @Override
    public String toString() {
        return "OrganCodeDirectory[" + letters.size() + " letters, " + levelOne.size() + " level-1 codes]";
    }

    private static final class BuiltIn {
        static final OrganCodeDirectory INSTANCE = read();

        private static OrganCodeDirectory read() {
            try (InputStream in = OrganCodeDirectory.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath resource " + RESOURCE);
                }
                return load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
