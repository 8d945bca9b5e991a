package vn.edoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import vn.edoc.validation.EdocRuleException;

/** Arbitrary bytes and strings give reports, never exceptions. */
class RobustnessProperties {

    @Property(tries = 500)
    void randomBytesNeverThrowFromCheckOrDetect(@ForAll @Size(max = 300) byte[] bytes) {
        TextReport r = VietnameseText.check(bytes);
        assertThat(r).isNotNull();
        assertThat(r.encoding()).isEqualTo(VietnameseText.detect(bytes));
        assertThat(r.tcvn6909()).isEqualTo(r.encoding() == TextEncoding.UTF8_NFC && r.result().isValid());
    }

    @Property(tries = 300)
    void convertEitherReturnsNfcOrRefusesWithARuleException(@ForAll @Size(max = 200) byte[] bytes) {
        for (TextEncoding e : TextEncoding.values()) {
            try {
                String s = VietnameseText.convert(bytes, e);
                assertThat(java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC)).isTrue();
            } catch (EdocRuleException ex) {
                assertThat(ex.ruleIds()).containsExactly("R-FMT-1");
            }
        }
    }

    @Property(tries = 300)
    void randomStringsNeverThrowFromCheckString(@ForAll String text) {
        assertThat(VietnameseText.checkString(text, "f")).isNotNull();
        assertThat(VietnameseText.check(text.getBytes(StandardCharsets.UTF_8)).encoding().isUnicode()).isTrue();
    }
}
