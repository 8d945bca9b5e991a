package vn.edoc.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.edoc.validation.EdocRuleException;

class Windows1258CodecTest {

    private final LegacyCodec codec = LegacyCodecs.windows1258();

    @Test
    void decodesCombiningToneMarksToPrecomposedLetters() {
        // V i ê + combining dot below (0xF2) t
        String s = codec.decode(new byte[] {'V', 'i', (byte) 0xEA, (byte) 0xF2, 't'});
        assertThat(s).isEqualTo("Việt");
        assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).isTrue();
        assertThat(codec.decode(new byte[] {(byte) 0xFD, (byte) 0xEC})).isEqualTo("ứ");
        assertThat(codec.decode(new byte[] {(byte) 0xF0, 'i', (byte) 0xF2})).isEqualTo("đị");
        assertThat(codec.decode(new byte[] {'y', (byte) 0xDE})).isEqualTo("ỹ");
        assertThat(codec.decode(new byte[] {'o', (byte) 0xD2})).isEqualTo("ỏ");
        assertThat(codec.decode(new byte[] {'a', (byte) 0xCC})).isEqualTo("à");
    }

    @Test
    void encodesPrecomposedWhereTheCodePageHasTheLetter() {
        assertThat(codec.encode("á")).containsExactly(0xE1);
        assertThat(codec.encode("ấ")).containsExactly(0xE2, 0xEC);
        assertThat(codec.encode("ý")).containsExactly('y', 0xEC);
        assertThat(codec.encode("Ự")).containsExactly(0xDD, 0xF2);
        assertThat(codec.encode("đ")).containsExactly(0xF0);
    }

    @Test
    void acceptsDecomposedInput() {
        String nfd = Normalizer.normalize("Việt", Normalizer.Form.NFD);
        assertThat(codec.decode(codec.encode(nfd))).isEqualTo("Việt");
    }

    @Test
    void refusesWhatTheCodePageCannotHold() {
        assertThatThrownBy(() -> codec.encode("漢")).isInstanceOf(EdocRuleException.class)
                .hasMessageContaining("U+6F22");
        assertThatThrownBy(() -> codec.decode(new byte[] {'a', (byte) 0x81}))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).violations().get(0).path()).isEqualTo("byte 1"));
    }
}
