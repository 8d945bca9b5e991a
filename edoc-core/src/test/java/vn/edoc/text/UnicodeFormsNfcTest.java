package vn.edoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The short way of {@link UnicodeForms#isNfc} (text of Latin and precomposed Vietnamese letters only) against the
 * JDK's normaliser, which is the oracle: it must never answer differently.
 */
class UnicodeFormsNfcTest {

    private static boolean jdk(String text) {
        return UnicodeForms.firstOverlongRun(text) < 0 && Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    private static boolean inShortWay(char c) {
        return c < 0x300 || (c >= 0x1E00 && c <= 0x1EFF);
    }

    /** Every character and every pair of characters of the short way's ranges is NFC to the JDK as well. */
    @Test
    void everyCharacterAndPairOfTheRangesIsNfc() {
        StringBuilder pair = new StringBuilder("xx");
        for (char a = 0; a <= 0x1EFF; a++) {
            if (!inShortWay(a)) {
                continue;
            }
            assertThat(Normalizer.isNormalized(String.valueOf(a), Normalizer.Form.NFC)).as("U+%04X", (int) a).isTrue();
            for (char b = 0; b <= 0x1EFF; b++) {
                if (!inShortWay(b)) {
                    continue;
                }
                pair.setCharAt(0, a);
                pair.setCharAt(1, b);
                String text = pair.toString();
                assertThat(UnicodeForms.isPlainVietnameseOrLatin(text)).isTrue();
                if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                    throw new AssertionError(String.format("U+%04X U+%04X is not NFC", (int) a, (int) b));
                }
            }
        }
    }

    @Provide
    Arbitrary<String> nearTheEdges() {
        // the ranges' own letters, combining marks just above them, a decomposed Vietnamese letter's parts
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('\u00C0', '\u01B0')
                .withCharRange('\u0300', '\u0323').withCharRange('\u1EA0', '\u1EF9').withChars('\u0110', '\u0111')
                .ofMaxLength(12);
    }

    @Property(tries = 3000)
    void answersAsTheJdkDoesNearTheEdges(@ForAll("nearTheEdges") String text) {
        assertThat(UnicodeForms.isNfc(text)).as(text).isEqualTo(jdk(text));
    }

    @Property(tries = 1000)
    void answersAsTheJdkDoesOnAnyText(@ForAll String text) {
        assertThat(UnicodeForms.isNfc(text)).as(text).isEqualTo(jdk(text));
    }

    @Test
    void decomposedVietnameseIsNotNfc() {
        assertThat(UnicodeForms.isNfc("Quy\u0301\u0302t \u0111i\u0323nh")).isFalse();
        assertThat(UnicodeForms.isNfc("Quyết định")).isTrue();
    }
}
