package vn.edoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared definitions of a space and of a Vietnamese letter. */
class WhitespaceAndLettersTest {

    @ParameterizedTest
    @ValueSource(ints = {0x20, 0x09, 0xA0, 0x2000, 0x2005, 0x200A, 0x202F, 0x205F, 0x3000})
    void spaces(int cp) {
        assertThat(Whitespace.isSpace(cp)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {'a', '\n', '\r', 0x0B, 0x200B, 0x2060, 0xFEFF, 0x1680, 0x2028, 0x1FFF, 0x200B, 0x2030, -1})
    void notSpaces(int cp) {
        assertThat(Whitespace.isSpace(cp)).isFalse();
    }

    @Test
    void collapseTrimsAndJoinsRunsOfEverySpace() {
        assertThat(Whitespace.collapse("  Số\u00A0 12\u3000/\tQĐ-UBND\u202F ")).isEqualTo("Số 12 / QĐ-UBND");
        assertThat(Whitespace.collapse("\u2003\u2003")).isEmpty();
        assertThat(Whitespace.collapse(null)).isEmpty();
        assertThat(Whitespace.collapse("Hà\u200BNội")).as("a zero-width space is no space").isEqualTo("Hà\u200BNội");
        assertThat(Whitespace.collapse("a\nb")).isEqualTo("a\nb");
        assertThat(Whitespace.collapse("𝐀  b")).isEqualTo("𝐀 b");
    }

    @Test
    void vietnameseLettersAreAsciiLettersAndThe134Forms() {
        long count = IntStream.rangeClosed(0, 0x2FFFF).filter(VietnameseText::isVietnameseLetter).count();
        assertThat(count).isEqualTo(52 + 134);
        assertThat(VietnameseLetters.forms()).allSatisfy(f -> assertThat(VietnameseText.isVietnameseLetter(
                f.codePointAt(0))).isTrue());
        assertThat(VietnameseText.isVietnameseLetter('đ')).isTrue();
        assertThat(VietnameseText.isVietnameseLetter('Đ')).isTrue();
        assertThat(VietnameseText.isVietnameseLetter('f')).isTrue();
        assertThat(VietnameseText.isVietnameseLetter(0xD0)).as("eth").isFalse();
        assertThat(VietnameseText.isVietnameseLetter('é')).isTrue();
        assertThat(VietnameseText.isVietnameseLetter('ñ')).isFalse();
        assertThat(VietnameseText.isVietnameseLetter(0x0301)).isFalse();
        assertThat(VietnameseText.isVietnameseLetter('1')).isFalse();
        assertThat(VietnameseText.isVietnameseLetter(-5)).isFalse();
    }

    @Test
    void lookupTablesCannotBeChanged() throws ReflectiveOperationException {
        for (Class<?> c : new Class<?>[] {Tcvn3Codec.class, Cp1252.class, VietnameseLetters.class}) {
            for (var f : c.getDeclaredFields()) {
                if (java.util.Map.class.isAssignableFrom(f.getType())) {
                    f.setAccessible(true);
                    Object map = f.get(null);
                    assertThat(map.getClass().getName()).as(c.getSimpleName() + "." + f.getName())
                            .startsWith("java.util.ImmutableCollections");
                }
            }
        }
    }
}
