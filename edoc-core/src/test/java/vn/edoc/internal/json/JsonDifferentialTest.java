package vn.edoc.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.internal.json.JsonDifferentialProperties.agree;
import static vn.edoc.internal.json.JsonDifferentialProperties.edoc;
import static vn.edoc.internal.json.JsonDifferentialProperties.jackson;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The disagreements between edoc's JSON reader and Jackson that fuzzing ({@link JsonDifferentialProperties}) found,
 * and the edges of RFC 8259 where two readers often part, each pinned by name.
 */
class JsonDifferentialTest {

    /**
     * Found by fuzzing: edoc read {@code \u0663000} (an Arabic-Indic three) as a hex digit through
     * {@code Character.digit}; RFC 8259 allows only ASCII hex digits. Jackson 2.18 is wrong the other way: it masks
     * the character to its low byte, so U+0663 reads as 'c' and {@code "\u٣000"} as U+C000. edoc refuses both.
     */
    @Test
    void nonAsciiHexDigitsInAUnicodeEscapeAreRefused() {
        for (String text : new String[] {"\"\\u\u06630000\"", "\"\\u00\uff41\uff41\"", "\"\\u\u0966\u0966\u0966\u0966\"",
            "\"\\uFF\uff10\uff10\""}) {
            assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(JsonException.class)
                    .hasMessageContaining("not a hex digit")
                    .satisfies(e -> assertThat(((JsonException) e).limit()).isFalse());
        }
        // the disagreement itself, so that a Jackson that stops masking shows up here
        assertThat(jackson("\"\\u\u0663000\"").value()).isEqualTo("\uc000");
    }

    @Test
    void asciiHexDigitsOfBothCasesAreRead() {
        agree("\"\\u00e9\\u00E9\\uD83D\\uDE00\"");
        assertThat(Json.parse("\"\\u1EC5\\u1ec5\"")).isEqualTo("ễễ");
    }

    @Test
    void loneSurrogateEscapesAreKeptAsTheyAreLikeJackson() {
        agree("\"\\uD800\"");
        agree("\"\\uDC00x\"");
        assertThat(Json.parse("\"\\uD800\"")).isEqualTo("\uD800");
    }

    @Test
    void whitespaceIsOnlyTheFourOfTheRfc() {
        agree("\u00a01");
        agree("1\u2028");
        agree("[1,\u000b2]");
        agree("\f1");
        agree(" \t\r\n1 \t\r\n");
    }

    /**
     * A deliberate difference, found by fuzzing: RFC 8259 §8.1 lets a reader ignore a leading byte order mark, and edoc
     * does (Windows Notepad writes UTF-8 with one), where Jackson reading a String refuses it. The value read is the
     * one Jackson reads without the mark; a second mark, or one anywhere else, is refused by both.
     */
    @Test
    void aLeadingByteOrderMarkIsIgnoredAndAnInnerOneIsRefused() {
        assertThat(edoc("\ufeff{\"a\":1}").accepted()).isTrue();
        assertThat(jackson("\ufeff{\"a\":1}").accepted()).isFalse();
        agree("\ufeff{\"a\":1}");
        agree("{\ufeff\"a\":1}");
        agree("\ufeff\ufeff1");
        agree("1\ufeff");
    }

    @Test
    void numbersFollowTheGrammarExactly() {
        for (String n : new String[] {"-0", "0.0e-0", "1E+2", "01", "-", "+1", ".5", "5.", "1e", "1e+", "0x10", "1_0",
            "\u0661", "\uff11", "1.5e\u0663", "-\u0660"}) {
            agree(n);
        }
        assertThat(Json.parse("1E+2")).isEqualTo(new BigDecimal("1E+2"));
    }

    /**
     * A deliberate difference: an exponent of more than four digits is refused as a limit before any arithmetic
     * ({@code 1e-100000000} costs nothing to write and minutes to scale), where Jackson reads it.
     */
    @Test
    void aHugeExponentIsRefusedAsALimitAtOnce() {
        for (String n : new String[] {"1e-100000000", "1E99999", "1e-9999", "[1e-0000000000100000000]"}) {
            var outcome = edoc(n);
            assertThat(outcome.accepted()).as(n).isFalse();
            assertThat(outcome.limit()).as(n).isTrue();
        }
        assertThat(edoc("1e-9999").limit()).isTrue();
        assertThat(Json.parse("1e-999")).isEqualTo(new BigDecimal("1e-999"));
        assertThat((BigDecimal) Json.parse("1e0000000000000000000000000000000000000001")).isEqualByComparingTo("10");
    }

    @Test
    void stringsRefuseRawControlCharactersAndBadEscapes() {
        for (String s : new String[] {"\"a\u0000\"", "\"\t\"", "\"\u001f\"", "\"\u007f\"", "\"\\x41\"", "\"\\U0041\"",
            "\"\\u41\"", "\"\\'\"", "\"\\\n\""}) {
            agree(s);
        }
    }

    @Test
    void duplicateMembersAndTrailingTextAreRefusedByBoth() {
        agree("{\"a\":1,\"a\":2}");
        agree("{\"a\":1,\"\\u0061\":2}");
        agree("{} {}");
        agree("1 2");
        agree("[] x");
    }

    @Test
    void literalsAreExactAndLowerCase() {
        for (String s : new String[] {"true", "True", "NULL", "nul", "falsey", "NaN", "Infinity", "-Infinity", "[true1]"}) {
            agree(s);
        }
    }
}
