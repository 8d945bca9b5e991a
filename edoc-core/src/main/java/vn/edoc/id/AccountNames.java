package vn.edoc.id;

import vn.edoc.text.UnicodeForms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.edoc.text.Diacritics;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * Account names of users (tên tài khoản người dùng), rule R-ID-4 (BS Đ3.2, SL Đ7.2):
 * {@code <given name><initials of family and middle names>[.<unit suffix>]}, lower-case ASCII without diacritics
 * (đ becomes d): Nguyễn Văn Chiến gives {@code chiennv}, or {@code chiennv.bimson} with the suffix of Bỉm Sơn;
 * Đặng Thị Ngọc Trâm gives {@code tramdtn}; Trương Ưng Đức gives {@code ductu}.
 *
 * <p>Same name in the same unit (BS Đ3.2 §2.2): "ưu tiên người có cấp bậc, chức vụ lãnh đạo được giữ nguyên định
 * dạng tên tài khoản … Các trường hợp khác thì áp dụng thêm số thứ tự 1, 2, 3... phía sau tên tài khoản": the
 * leader keeps the plain name, the others get {@code chiennv1}, {@code chiennv2}, … (before the suffix:
 * {@code chiennv1.bimson}). {@link #assign} gives one person a name against the names already taken;
 * {@link #assignAll} serves a whole list and applies the leaders' priority.
 *
 * <p>Names are read as Unicode NFC, trimmed, with runs of spaces collapsed; every Unicode space counts, the
 * no-break (U+00A0, U+2007, U+202F) and ideographic (U+3000) spaces of copied text included. A one-word name gives the given name
 * alone (with a warning): a person known by one name has no family or middle name to abbreviate. Apostrophes and
 * hyphens inside names (found in some names of ethnic minorities) are left out with a warning; digits, other
 * symbols and letters that are not Vietnamese or Latin are refused. The look-alike Icelandic eth (Ð, ð), which text
 * once decoded as Latin-1 shows for Đ, is read as d.
 *
 * <p>Taken names are compared ignoring case, with or without the suffix: with suffix {@code bimson}, both
 * {@code chiennv} and {@code chiennv.bimson} in the taken set make {@code chiennv} unavailable; a name with
 * another unit's suffix ({@code chiennv.sonla}) does not, since the rule applies within one unit. Without a suffix
 * of its own, every taken name counts by its part before the first dot.
 *
 * <p>The convention is widespread but the seeds are its only normative source (no national standard was found).
 */
public final class AccountNames {

    /** The longest full name accepted. */
    public static final int MAX_NAME_LENGTH = 100;

    private static final String PUNCTUATION = "'’‘ʼ-‐";

    private AccountNames() {
    }

    /** A person to give an account to, and whether he or she holds a leading position (chức vụ lãnh đạo). */
    public record AccountRequest(String fullName, boolean leader) {
    }

    /**
     * The two shared accounts of a commune (tài khoản dùng chung của UBND xã, phường), BS Đ3.2:
     * {@code <unit>ct.<suffix>} for the chair (Chủ tịch) and {@code <unit>vp.<suffix>} for the office (Văn phòng).
     *
     * @param chair  the chair's account
     * @param office the office's account
     */
    public record CommuneAccounts(String chair, String office) {
    }

    /**
     * The plain account name of {@code fullName}, without suffix or number ({@code "chiennv"}). Never throws.
     */
    public static Parsed<String> base(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return Parsed.refused(IdViolation.ACCOUNT_NAME_EMPTY.at(""));
        }
        if (fullName.length() > MAX_NAME_LENGTH) {
            return Parsed.refused(IdViolation.ACCOUNT_NAME_TOO_LONG.at("", fullName.length(), MAX_NAME_LENGTH));
        }
        String name = Texts.strip(UnicodeForms.nfc(fullName));
        List<Violation> found = new ArrayList<>();
        Set<String> punctuation = new LinkedHashSet<>();
        Set<String> illegal = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        for (String raw : Texts.words(name)) {
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < raw.length(); ) {
                int cp = raw.codePointAt(i);
                i += Character.charCount(cp);
                if (PUNCTUATION.indexOf(cp) >= 0) {
                    punctuation.add(new String(Character.toChars(cp)));
                    continue;
                }
                String folded = foldLetter(cp);
                if (folded == null) {
                    illegal.add(Texts.describe(cp));
                } else {
                    word.append(folded);
                }
            }
            if (word.length() > 0) {
                words.add(word.toString());
            }
        }
        illegal.forEach(c -> found.add(IdViolation.ACCOUNT_NAME_CHARACTER.at("", c)));
        punctuation.forEach(c -> found.add(IdViolation.ACCOUNT_NAME_PUNCTUATION.at("", c)));
        if (illegal.isEmpty() && words.isEmpty()) {
            found.add(IdViolation.ACCOUNT_NAME_EMPTY.at(""));
        }
        if (illegal.isEmpty() && words.size() == 1) {
            found.add(IdViolation.ACCOUNT_NAME_ONE_WORD.at("", Texts.shorten(name)));
        }
        ValidationResult result = ValidationResult.of(found);
        if (!result.isValid()) {
            return Parsed.refused(result);
        }
        StringBuilder account = new StringBuilder(words.get(words.size() - 1));
        for (int i = 0; i < words.size() - 1; i++) {
            account.append(words.get(i).charAt(0));
        }
        return Parsed.ok(account.toString(), result);
    }

    /**
     * Proposes an account name for one person: the plain name ({@code chiennv[.suffix]}) if it is free, otherwise
     * the lowest free numbered one ({@code chiennv1[.suffix]}, {@code chiennv2[.suffix]}, …). Never throws.
     *
     * <p>A single proposal cannot take a name away from the person who holds it. When a leader's plain name is
     * already held by someone else, the leader gets the next number too, with the warning
     * {@link IdViolation#ACCOUNT_LEADER_NAME_TAKEN} (BS Đ3.2 §2.2: the leader keeps the plain name): the
     * administrator should rename the current holder and give the plain name to the leader. {@link #assignAll}
     * applies the priority itself for a whole list, serving leaders first.
     *
     * @param fullName the person's full name
     * @param suffix   the unit suffix such as {@code "bimson"} (a {@link UnitSlug}), or {@code null} for none
     * @param taken    names already in use, compared ignoring case, with or without the suffix; may be {@code null}
     * @param leader   whether the person holds a leading position (chức vụ lãnh đạo)
     * @return the name with the warnings, or refused when the name or the suffix is refused
     */
    public static Parsed<String> propose(String fullName, String suffix, Set<String> taken, boolean leader) {
        if (suffix != null && !UnitSlug.isSlug(suffix)) {
            return Parsed.refused(IdViolation.ACCOUNT_SUFFIX.at("suffix", Texts.shorten(suffix)));
        }
        Parsed<String> plain = base(fullName);
        if (!plain.isValid()) {
            return plain;
        }
        Set<String> names = normalise(taken, suffix);
        boolean plainTaken = names.contains(plain.value());
        String given = pick(plain.value(), suffix, names);
        ValidationResult result = plain.result();
        if (leader && plainTaken) {
            String tail = suffix == null ? "" : "." + suffix;
            result = result.and(ValidationResult.of(IdViolation.ACCOUNT_LEADER_NAME_TAKEN.at("",
                    plain.value() + tail, given)));
        }
        return Parsed.ok(given, result);
    }

    /**
     * The account name {@link #propose} gives, without its warnings: a leader whose plain name is held by someone
     * else also gets the next number here (call {@link #propose} to learn that the holder should be renamed).
     *
     * @throws EdocRuleException when the name or the suffix is refused
     */
    public static String assign(String fullName, String suffix, Set<String> taken, boolean leader) {
        return propose(fullName, suffix, taken, leader).orThrow();
    }

    /**
     * Account names for a list of people of one unit, in the order given. Leaders are served first, so a leader
     * keeps the plain name even when listed after a namesake; the others get the next free numbers, in list order.
     * Names in {@code alreadyTaken} (or given earlier in the list) are never given again.
     *
     * @throws EdocRuleException listing every refused name (path {@code [i].fullName}) or a refused suffix; no
     *                           name is given then
     */
    public static List<String> assignAll(List<AccountRequest> people, String suffix, Set<String> alreadyTaken) {
        checkSuffix(suffix);
        if (people == null || people.isEmpty()) {
            return List.of();
        }
        List<String> plain = new ArrayList<>(people.size());
        ValidationResult problems = ValidationResult.ok();
        for (int i = 0; i < people.size(); i++) {
            AccountRequest p = people.get(i);
            Parsed<String> b = base(p == null ? null : p.fullName());
            plain.add(b.value());
            if (!b.isValid()) {
                problems = problems.and(b.result().under("[" + i + "].fullName"));
            }
        }
        problems.orThrow();
        Set<String> taken = normalise(alreadyTaken, suffix);
        String[] result = new String[people.size()];
        for (boolean leaders : new boolean[] {true, false}) {
            for (int i = 0; i < people.size(); i++) {
                if (people.get(i).leader() == leaders) {
                    result[i] = pick(plain.get(i), suffix, taken);
                }
            }
        }
        return List.of(result);
    }

    /**
     * The shared accounts of a commune: {@code <unit>ct.<suffix>} (chair) and {@code <unit>vp.<suffix>} (office),
     * e.g. {@code quangtrungct.bimson} and {@code quangtrungvp.bimson}.
     *
     * @param unitSlug the commune's slug (see {@link UnitSlug#of(String)})
     * @param suffix   the suffix of the town or district, or {@code null} for none
     * @throws EdocRuleException when either is not a slug
     */
    public static CommuneAccounts communeAccounts(String unitSlug, String suffix) {
        if (!UnitSlug.isSlug(unitSlug)) {
            throw EdocRuleException.of(IdViolation.ACCOUNT_UNIT, "unit", Texts.shorten(unitSlug));
        }
        checkSuffix(suffix);
        String tail = suffix == null ? "" : "." + suffix;
        return new CommuneAccounts(unitSlug + "ct" + tail, unitSlug + "vp" + tail);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void checkSuffix(String suffix) {
        if (suffix != null && !UnitSlug.isSlug(suffix)) {
            throw EdocRuleException.of(IdViolation.ACCOUNT_SUFFIX, "suffix", Texts.shorten(suffix));
        }
    }

    private static String pick(String plain, String suffix, Set<String> taken) {
        String tail = suffix == null ? "" : "." + suffix;
        String candidate = plain;
        for (int n = 1; taken.contains(candidate); n++) {
            candidate = plain + n;
        }
        taken.add(candidate);
        return candidate + tail;
    }

    /** The taken names as bare lower-case local names, keeping only those of this unit. */
    private static Set<String> normalise(Collection<String> taken, String suffix) {
        Set<String> names = new HashSet<>();
        if (taken == null) {
            return names;
        }
        String tail = suffix == null ? null : "." + suffix;
        for (String t : taken) {
            if (t == null) {
                continue;
            }
            String name = t.strip().toLowerCase(Locale.ROOT);
            if (tail != null && name.endsWith(tail)) {
                names.add(name.substring(0, name.length() - tail.length()));
            } else if (tail == null && name.indexOf('.') >= 0) {
                // without a suffix of our own, any suffixed name may be ours: keep the safe side
                names.add(name.substring(0, name.indexOf('.')));
            } else if (name.indexOf('.') < 0) {
                names.add(name);
            }
        }
        return names;
    }

    /** The lower-case ASCII letter a letter of a name folds to, or {@code null} when it is no such letter. */
    private static String foldLetter(int cp) {
        if (!Character.isLetter(cp)) {
            return null;
        }
        // Diacritics.fold also reads the Icelandic eth (Ð, ð) as D, d: the one definition of that look-alike
        String folded = Diacritics.fold(new String(Character.toChars(cp))).toLowerCase(Locale.ROOT);
        return folded.length() == 1 && folded.charAt(0) >= 'a' && folded.charAt(0) <= 'z' ? folded : null;
    }
}
