package vn.edoc.id;

import vn.edoc.text.UnicodeForms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.edoc.text.Diacritics;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * The short name of a unit in addresses (tên miền, tên viết liền không dấu của đơn vị), rule R-ID-5 (SL Đ7.1): the
 * unit's abbreviation or full name, without diacritics, without spaces, in lower case: {@code GTVT} gives
 * {@code gtvt}, UBND huyện Mai Sơn gives {@code maison}, UBND thành phố Sơn La gives {@code tpsonla}.
 *
 * <p>The rule applied (the seed gives only those three examples; the rest is this library's reading of them):
 * <ol>
 *   <li>a leading "UBND" or "Ủy ban nhân dân" (any case, any tone placement) is dropped;</li>
 *   <li>then a leading "thành phố" becomes {@code tp}, "thị xã" {@code tx}, "quận" {@code q}; a leading "huyện",
 *       "tỉnh", "xã", "phường" or "thị trấn" is dropped;</li>
 *   <li>diacritics are removed (đ becomes d), letters lower-cased, and everything but ASCII letters and digits left
 *       out (other characters than spaces and dots with a warning).</li>
 * </ol>
 * Words are separated by any Unicode space, the no-break and ideographic ones included, so that
 * "UBND" + U+00A0 + "huyện Mai Sơn" gives {@code maison} like "UBND huyện Mai Sơn". A name that folds to nothing
 * is refused; so is a slug longer than 63 characters (the length of a DNS label, as slugs are used in addresses).
 */
public final class UnitSlug {

    /** The longest slug. */
    public static final int MAX_LENGTH = 63;

    private static final int MAX_INPUT = 512;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+");

    private UnitSlug() {
    }

    /**
     * The slug of a unit name or abbreviation.
     *
     * @throws EdocRuleException when nothing is left or the slug is too long
     */
    public static String of(String unitNameOrAbbreviation) {
        return check(unitNameOrAbbreviation).orThrow();
    }

    /** The slug of a unit name or abbreviation, with the violations found. Never throws. */
    public static Parsed<String> check(String unitNameOrAbbreviation) {
        String shown = Texts.shorten(unitNameOrAbbreviation);
        if (unitNameOrAbbreviation == null || unitNameOrAbbreviation.isBlank()) {
            return Parsed.refused(IdViolation.SLUG_EMPTY.at("", shown));
        }
        if (unitNameOrAbbreviation.length() > MAX_INPUT) {
            return Parsed.refused(IdViolation.SLUG_TOO_LONG.at("", unitNameOrAbbreviation.length(), MAX_LENGTH));
        }
        String nfc = UnicodeForms.nfc(unitNameOrAbbreviation);
        List<String> words = Texts.words(nfc);
        dropLeading(words);
        List<Violation> found = new ArrayList<>();
        Set<String> dropped = new LinkedHashSet<>();
        StringBuilder slug = new StringBuilder();
        for (String word : words) {
            String folded = Diacritics.fold(word).toLowerCase(Locale.ROOT);
            for (int i = 0; i < folded.length(); ) {
                int cp = folded.codePointAt(i);
                i += Character.charCount(cp);
                if (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9') {
                    slug.append((char) cp);
                } else if (cp != '.' && dropped.size() < 5) {
                    dropped.add(Texts.describe(cp));
                }
            }
        }
        dropped.forEach(c -> found.add(IdViolation.SLUG_DROPPED.at("", c)));
        if (slug.length() == 0) {
            found.add(IdViolation.SLUG_EMPTY.at("", shown));
        } else if (slug.length() > MAX_LENGTH) {
            found.add(IdViolation.SLUG_TOO_LONG.at("", slug.length(), MAX_LENGTH));
        }
        ValidationResult result = ValidationResult.of(found);
        return result.isValid() ? Parsed.ok(slug.toString(), result) : Parsed.refused(result);
    }

    /** True when {@code text} already is a slug: lower-case ASCII letters and digits, at most 63. */
    public static boolean isSlug(String text) {
        return text != null && text.length() <= MAX_LENGTH && SLUG.matcher(text).matches();
    }

    private static void dropLeading(List<String> words) {
        if (startsWith(words, "ubnd")) {
            words.remove(0);
        } else if (startsWith(words, "uy", "ban", "nhan", "dan")) {
            words.subList(0, 4).clear();
        }
        if (startsWith(words, "thanh", "pho")) {
            words.subList(0, 2).clear();
            words.add(0, "tp");
        } else if (startsWith(words, "thi", "xa")) {
            words.subList(0, 2).clear();
            words.add(0, "tx");
        } else if (startsWith(words, "thi", "tran")) {
            words.subList(0, 2).clear();
        } else if (startsWith(words, "quan") && words.size() > 1) {
            words.set(0, "q");
        } else if ((startsWith(words, "huyen") || startsWith(words, "tinh") || startsWith(words, "xa")
                || startsWith(words, "phuong")) && words.size() > 1) {
            words.remove(0);
        }
    }

    private static boolean startsWith(List<String> words, String... folded) {
        if (words.size() < folded.length) {
            return false;
        }
        for (int i = 0; i < folded.length; i++) {
            if (!Diacritics.fold(words.get(i)).toLowerCase(Locale.ROOT).equals(folded[i])) {
                return false;
            }
        }
        return true;
    }
}
