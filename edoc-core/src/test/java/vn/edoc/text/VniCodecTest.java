package vn.edoc.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import vn.edoc.validation.EdocRuleException;

class VniCodecTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private final LegacyCodec codec = LegacyCodecs.vni();

    /** VNI bytes written as the Windows-1252 characters a VNI file shows in a Western editor. */
    private static byte[] vni(String shown) {
        return shown.getBytes(CP1252);
    }

    @Test
    void decodesTheSingleByteLetters() {
        assertThat(codec.decode(new byte[] {(byte) 0xF6})).isEqualTo("ư");
        assertThat(codec.decode(new byte[] {(byte) 0xF1})).isEqualTo("đ");
        assertThat(codec.decode(new byte[] {(byte) 0xD1})).isEqualTo("Đ");
        assertThat(codec.decode(vni("ô Ô ö Ö ò ó æ î Î"))).isEqualTo("ơ Ơ ư Ư ị ĩ ỉ ỵ Ỵ");
    }

    @Test
    void decodesBaseLetterPlusMarkByte() {
        assertThat(codec.decode(new byte[] {'a', (byte) 0xEA})).isEqualTo("ă");
        assertThat(codec.decode(vni("aâ eâ oâ"))).isEqualTo("â ê ô");
        assertThat(codec.decode(vni("Vieät Nam"))).isEqualTo("Việt Nam");
        assertThat(codec.decode(vni("nöôùc"))).isEqualTo("nước");
        assertThat(codec.decode(vni("Nguyeãn Vaên Chieán"))).isEqualTo("Nguyễn Văn Chiến");
        assertThat(codec.decode(vni("quyeát ñònh"))).isEqualTo("quyết định");
    }

    @Test
    void acceptsEitherCaseOfMarkAfterACapital() {
        assertThat(codec.decode(vni("AÙ"))).isEqualTo("Á");
        assertThat(codec.decode(vni("Aù"))).isEqualTo("Á");
        assertThat(codec.decode(vni("UÛY BAN"))).isEqualTo("ỦY BAN");
    }

    @Test
    void keepsAMarkByteThatFollowsNoVowelAsTheCharacterItIs() {
        assertThat(codec.decode(vni("café"))).isEqualTo("café");
    }

    @Test
    void encodesCapitalsWithCapitalMarks() {
        assertThat(codec.encode("Ủy ban")).isEqualTo(vni("UÛy ban"));
        assertThat(codec.encode("ĐỊNH")).isEqualTo(vni("ÑÒNH"));
        assertThat(codec.encode("Việt Nam")).isEqualTo(vni("Vieät Nam"));
    }

    @Test
    void refusesCharactersThatWouldReadBackAsVniLetters() {
        assertThatThrownBy(() -> codec.encode("Zürich"))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result()
                        .has(TextViolation.UNREPRESENTABLE_CHARACTER)).isTrue());
        assertThat(codec.encode("ça “x”")).isEqualTo(vni("ça “x”"));
    }

    @Test
    void refusesUndefinedWindows1252Bytes() {
        assertThatThrownBy(() -> codec.decode(new byte[] {'a', (byte) 0x8D}))
                .isInstanceOf(EdocRuleException.class)
                .hasMessageContaining("8D");
    }
}
