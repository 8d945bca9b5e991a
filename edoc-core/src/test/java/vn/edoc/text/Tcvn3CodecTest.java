package vn.edoc.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.edoc.validation.EdocRuleException;

class Tcvn3CodecTest {

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private final LegacyCodec codec = LegacyCodecs.tcvn3();

    @Test
    void decodesTheKnownSingleBytes() {
        assertThat(codec.decode(bytes(0xAD))).isEqualTo("ư");
        assertThat(codec.decode(bytes(0xAE))).isEqualTo("đ");
        assertThat(codec.decode(bytes(0xA7))).isEqualTo("Đ");
        assertThat(codec.decode(bytes(0xA6))).isEqualTo("Ư");
        assertThat(codec.decode(bytes(0xAC))).isEqualTo("ơ");
        assertThat(codec.decode(bytes(0xA8))).isEqualTo("ă");
        assertThat(codec.decode(bytes(0xA9))).isEqualTo("â");
        assertThat(codec.decode(bytes(0xA2))).isEqualTo("Â");
        assertThat(codec.decode(bytes(0xB5, 0xB8, 0xD5, 0xFD, 0xFE, 0xC6, 0xF9))).isEqualTo("àáếýỵặự");
    }

    @Test
    void decodesWordsAsTypedWithTheVnFonts() {
        // "Nguyễn" is N g u y 0xD4 n: shown as "NguyÔn" by a Windows-1252 reader
        assertThat(codec.decode("Nguy\u00D4n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
                .isEqualTo("Nguyễn");
        assertThat(codec.decode(bytes('V', 'i', 0xD6, 't', ' ', 'N', 'a', 'm'))).isEqualTo("Việt Nam");
        assertThat(codec.decode(bytes(0xAE, 0xDE, 'n', 'h'))).isEqualTo("định");
    }

    @Test
    void encodesToTheKnownBytes() {
        assertThat(codec.encode("ưđĐ")).containsExactly(0xAD, 0xAE, 0xA7);
        assertThat(codec.encode("Việt Nam")).containsExactly('V', 'i', 0xD6, 't', ' ', 'N', 'a', 'm');
    }

    @Test
    void combiningToneBytesComposeToNfc() {
        // 0xB3 is the combining acute of TCVN 5712
        assertThat(codec.decode(bytes('a', 0xB3))).isEqualTo("á");
    }

    @Test
    void refusesUppercaseTonedLettersWhichVn3Lacks() {
        assertThatThrownBy(() -> codec.encode("Ủy ban"))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result()
                        .has(TextViolation.UNREPRESENTABLE_CHARACTER)).isTrue())
                .hasMessageContaining("U+1EE6");
    }

    @Test
    void readsTheVn1OnlyPositionsLenientlyButNeverWritesThem() {
        assertThat(codec.decode(bytes(0xFF))).isEqualTo("Ố");
        assertThat(codec.decode(bytes(0xAF))).isEqualTo("Ằ");
        assertThatThrownBy(() -> codec.encode("Ố")).isInstanceOf(EdocRuleException.class);
    }

    @Test
    void keepsWindowsPunctuationInTheC1Range() {
        assertThat(codec.decode(bytes(0x93, 'a', 0x94, 0x96))).isEqualTo("“a”–");
        assertThat(codec.encode("“a”–")).containsExactly(0x93, 'a', 0x94, 0x96);
    }

    @Test
    void refusesBytesWithNoMeaning() {
        assertThatThrownBy(() -> codec.decode(bytes('a', 0x81)))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).violations().get(0).path()).isEqualTo("byte 1"));
    }

    @Test
    void hFontCodecReadsEveryLetterAsCapital() {
        LegacyCodec h = LegacyCodecs.tcvn3Capitals();
        // a title typed in .VnTimeH: "QUYẾT ĐỊNH" is stored with the lowercase bytes
        byte[] stored = bytes('q', 'u', 'y', 0xD5, 't', ' ', 0xAE, 0xDE, 'n', 'h');
        assertThat(h.decode(stored)).isEqualTo("QUYẾT ĐỊNH");
        assertThat(h.encode("QUYẾT ĐỊNH")).isEqualTo(stored);
        assertThat(codec.decode(stored)).isEqualTo("quyết định");
        assertThatThrownBy(() -> h.encode("quyết")).isInstanceOf(EdocRuleException.class);
    }

    @Test
    void ofReturnsTheCodecs() {
        assertThat(LegacyCodecs.of(TextEncoding.TCVN3)).isSameAs(codec);
        assertThat(LegacyCodecs.of(TextEncoding.VNI).encoding()).isEqualTo(TextEncoding.VNI);
        assertThat(LegacyCodecs.of(TextEncoding.WINDOWS_1258).encoding()).isEqualTo(TextEncoding.WINDOWS_1258);
        assertThatThrownBy(() -> LegacyCodecs.of(TextEncoding.UTF8_NFC)).isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> LegacyCodecs.of(null)).isInstanceOf(EdocRuleException.class);
    }
}
