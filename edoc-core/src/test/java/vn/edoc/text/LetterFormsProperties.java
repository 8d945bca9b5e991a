package vn.edoc.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import vn.edoc.validation.EdocRuleException;

/**
 * Round trips over the 134 letter forms and over random Vietnamese text, for every encoding that can
 * represent them, and explicit refusals where an encoding cannot.
 */
class LetterFormsProperties {

    private static final List<String> FORMS = VietnameseLetters.forms();

    /** What each codec can represent: see {@link LegacyCodecs}. */
    private static boolean vn3Can(String form) {
        return !VietnameseLetters.isUppercaseToned(form.codePointAt(0));
    }

    private static boolean hFontCan(String form) {
        return VietnameseLetters.uppercaseForms().contains(form);
    }

    @Example
    void thereAre134FormsOf67PairsIncludingDStroke() {
        assertThat(FORMS).hasSize(134).doesNotHaveDuplicates();
        assertThat(VietnameseLetters.lowercaseForms()).hasSize(67).contains("đ", "ă", "ỵ", "ự");
        assertThat(VietnameseLetters.uppercaseForms()).hasSize(67).contains("Đ", "Ă", "Ỵ", "Ự");
        assertThat(FORMS).allSatisfy(f -> {
            assertThat(f).hasSize(1);
            assertThat(Normalizer.isNormalized(f, Normalizer.Form.NFC)).isTrue();
            assertThat(f.charAt(0)).isGreaterThan((char) 0x7F);
        });
        for (int i = 0; i < 67; i++) {
            assertThat(VietnameseLetters.uppercaseForms().get(i))
                    .isEqualTo(VietnameseLetters.lowercaseForms().get(i).toUpperCase(java.util.Locale.ROOT));
        }
        // the 60 uppercase toned forms are exactly what VN3 lacks
        assertThat(FORMS.stream().filter(f -> !vn3Can(f)).count()).isEqualTo(60);
    }

    @Example
    void everyFormRoundTripsThroughEveryEncodingThatCanRepresentIt() {
        for (String form : FORMS) {
            assertThat(roundTrip(LegacyCodecs.vni(), form)).as("VNI %s", form).isEqualTo(form);
            assertThat(roundTrip(LegacyCodecs.windows1258(), form)).as("1258 %s", form).isEqualTo(form);
            if (vn3Can(form)) {
                assertThat(roundTrip(LegacyCodecs.tcvn3(), form)).as("TCVN3 %s", form).isEqualTo(form);
            } else {
                assertThatThrownBy(() -> LegacyCodecs.tcvn3().encode(form)).as("TCVN3 %s", form)
                        .isInstanceOf(EdocRuleException.class);
            }
            if (hFontCan(form)) {
                assertThat(roundTrip(LegacyCodecs.tcvn3Capitals(), form)).as("H %s", form).isEqualTo(form);
            } else {
                assertThatThrownBy(() -> LegacyCodecs.tcvn3Capitals().encode(form)).as("H %s", form)
                        .isInstanceOf(EdocRuleException.class);
            }
        }
    }

    @Example
    void everyFormHasItsOwnBytesInEachEncoding() {
        assertDistinct(LegacyCodecs.vni(), f -> true);
        assertDistinct(LegacyCodecs.windows1258(), f -> true);
        assertDistinct(LegacyCodecs.tcvn3(), LetterFormsProperties::vn3Can);
    }

    private static void assertDistinct(LegacyCodec codec, Predicate<String> can) {
        List<String> encoded = FORMS.stream().filter(can)
                .map(f -> new String(codec.encode(f), java.nio.charset.StandardCharsets.ISO_8859_1))
                .collect(Collectors.toList());
        assertThat(new HashSet<>(encoded)).hasSameSizeAs(encoded);
    }

    @Property(tries = 134)
    void eachFormNfcEncodeDecodeIsTheForm(@ForAll("forms") String form) {
        for (LegacyCodec codec : List.of(LegacyCodecs.vni(), LegacyCodecs.windows1258())) {
            assertThat(codec.decode(codec.encode(form))).isEqualTo(form);
        }
        if (vn3Can(form)) {
            assertThat(LegacyCodecs.tcvn3().decode(LegacyCodecs.tcvn3().encode(form))).isEqualTo(form);
        }
        // decomposed input encodes to the same bytes as precomposed
        String nfd = Normalizer.normalize(form, Normalizer.Form.NFD);
        assertThat(LegacyCodecs.vni().encode(nfd)).isEqualTo(LegacyCodecs.vni().encode(form));
    }

    @Provide
    Arbitrary<String> forms() {
        return Arbitraries.of(FORMS);
    }

    @Property(tries = 300)
    void randomTextRoundTripsThroughVni(@ForAll("text") String text) {
        assertThat(roundTrip(LegacyCodecs.vni(), text)).isEqualTo(text);
    }

    @Property(tries = 300)
    void randomTextRoundTripsThroughWindows1258(@ForAll("text") String text) {
        assertThat(roundTrip(LegacyCodecs.windows1258(), text)).isEqualTo(text);
    }

    @Property(tries = 300)
    void randomTextWithoutUppercaseTonesRoundTripsThroughTcvn3(@ForAll("vn3Text") String text) {
        assertThat(roundTrip(LegacyCodecs.tcvn3(), text)).isEqualTo(text);
    }

    @Property(tries = 200)
    void randomCapitalTextRoundTripsThroughTheHFonts(@ForAll("capitalText") String text) {
        assertThat(roundTrip(LegacyCodecs.tcvn3Capitals(), text)).isEqualTo(text);
    }

    @Property(tries = 200)
    void randomTextThroughConvertWithAutoDetectionOrNamedEncoding(@ForAll("text") String text) {
        byte[] vni = LegacyCodecs.vni().encode(text);
        assertThat(VietnameseText.convert(vni, TextEncoding.VNI)).isEqualTo(text);
        byte[] w = LegacyCodecs.windows1258().encode(text);
        assertThat(VietnameseText.convert(w, TextEncoding.WINDOWS_1258)).isEqualTo(text);
    }

    private static String roundTrip(LegacyCodec codec, String text) {
        return codec.decode(codec.encode(text));
    }

    private static Arbitrary<String> textOf(List<String> letters) {
        List<String> all = new ArrayList<>(letters);
        for (char c = 'a'; c <= 'z'; c++) {
            all.add(String.valueOf(c));
            all.add(String.valueOf(Character.toUpperCase(c)));
        }
        Arbitrary<String> word = Arbitraries.of(all).list().ofMinSize(1).ofMaxSize(7)
                .map(l -> String.join("", l));
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", ", ", ". ", "; ", " - ", "\n", " (", ") ",
                "/", "\"", " 2024 ");
        return Arbitraries.entries(word, separator).map(e -> e.getKey() + e.getValue())
                .list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> text() {
        return textOf(FORMS);
    }

    @Provide
    Arbitrary<String> vn3Text() {
        return textOf(FORMS.stream().filter(LetterFormsProperties::vn3Can).collect(Collectors.toList()));
    }

    @Provide
    Arbitrary<String> capitalText() {
        return textOf(VietnameseLetters.uppercaseForms())
                .map(s -> s.toUpperCase(java.util.Locale.ROOT));
    }

}
