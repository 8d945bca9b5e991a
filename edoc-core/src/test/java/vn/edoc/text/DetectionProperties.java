package vn.edoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Detection on random sentences made of the corpus' words, in every encoding. */
class DetectionProperties {

    private static final List<String> WORDS;

    static {
        try {
            WORDS = EncodingDetectionTest.sentences().stream()
                    .flatMap(s -> Arrays.stream(s.split("[\\s,.;:]+")))
                    .filter(w -> !w.isEmpty())
                    .distinct()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<String> sentence() {
        return Arbitraries.of(WORDS).list().ofMinSize(8).ofMaxSize(25)
                .map(l -> String.join(" ", l) + ".");
    }

    @Property(tries = 300)
    void randomSentencesAreDetectedInEachEncoding(@ForAll("sentence") String s) {
        assertThat(VietnameseText.detect(LegacyCodecs.tcvn3().encode(EncodingDetectionTest.asTypedInVn3(s))))
                .isEqualTo(TextEncoding.TCVN3);
        assertThat(VietnameseText.detect(LegacyCodecs.vni().encode(s))).isEqualTo(TextEncoding.VNI);
        assertThat(VietnameseText.detect(LegacyCodecs.windows1258().encode(s))).isEqualTo(TextEncoding.WINDOWS_1258);
        assertThat(VietnameseText.detect(s.getBytes(StandardCharsets.UTF_8))).isEqualTo(TextEncoding.UTF8_NFC);
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
        assertThat(VietnameseText.detect(nfd.getBytes(StandardCharsets.UTF_8))).isEqualTo(TextEncoding.UTF8_NFD);
        assertThat(VietnameseText.convert(nfd.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(s);
    }

    @Property(tries = 300)
    void randomSentencesInUnicodeHaveNoViolation(@ForAll("sentence") String s) {
        TextReport r = VietnameseText.check(s.getBytes(StandardCharsets.UTF_8));
        assertThat(r.result().violations()).isEmpty();
        assertThat(r.tcvn6909()).isTrue();
    }
}
