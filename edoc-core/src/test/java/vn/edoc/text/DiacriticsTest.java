package vn.edoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class DiacriticsTest {

    @Test
    void foldsEveryLetterFormToAscii() {
        for (String form : VietnameseLetters.forms()) {
            String folded = Diacritics.fold(form);
            assertThat(folded).as(form).hasSize(1);
            assertThat(Diacritics.isAscii(folded)).as(form).isTrue();
            assertThat(Character.isUpperCase(folded.charAt(0))).isEqualTo(Character.isUpperCase(form.charAt(0)));
        }
    }

    @Test
    void foldsNamesForAccountsAndSlugs() {
        assertThat(Diacritics.fold("Nguyễn Văn Chiến")).isEqualTo("Nguyen Van Chien");
        assertThat(Diacritics.fold("Đặng Thị Ngọc Trâm")).isEqualTo("Dang Thi Ngoc Tram");
        assertThat(Diacritics.fold("Trương Ưng Đức")).isEqualTo("Truong Ung Duc");
        assertThat(Diacritics.fold(Normalizer.normalize("Thành phố Sơn La", Normalizer.Form.NFD)))
                .isEqualTo("Thanh pho Son La");
        assertThat(Diacritics.fold("UBND-2025")).isEqualTo("UBND-2025");
    }

    @Test
    void foldsTheEthLookalikesOfDStrokeAndTreatsNullAsEmpty() {
        assertThat(Diacritics.fold("ÐẠI HỌC ðường")).isEqualTo("DAI HOC duong");
        assertThat(Diacritics.fold(null)).isEmpty();
        assertThat(Diacritics.isAscii(null)).isTrue();
        assertThat(Diacritics.isAscii("Hà")).isFalse();
    }
}
