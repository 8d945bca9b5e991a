package vn.edoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyllablesTest {

    @ParameterizedTest
    @ValueSource(strings = {"quyết", "định", "nghị", "giữ", "gìn", "khuya", "khuỷu", "người", "rượu", "xoong",
        "thuở", "chuyện", "yêu", "oái", "Ủy", "uỷ", "HÓA", "hoá", "ăn", "ấp", "phường", "nước", "trường", "của",
        "được", "năm", "a", "ý", "Việt", "Nguyễn", "Đức", "gia", "quốc", "tỉnh", "huyện", "khoa", "ngoẹo"})
    void vietnameseSyllables(String word) {
        assertThat(Syllables.isPlausible(word)).isTrue();
        assertThat(Syllables.isPlausible(Normalizer.normalize(word, Normalizer.Form.NFD))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NguyÔn", "v¨n", "Nguyeãn", "Vaên", "noäi", "ubnd", "hđnd", "strasse", "café", "ă",
        "tiê", "việtt", "cáà", "tàc", "mỹller", "xyz", "nghiêngg", "", "quyếtđịnh"})
    void notSyllables(String word) {
        assertThat(Syllables.isPlausible(word)).isFalse();
    }

    @Test
    void stopFinalsTakeOnlySacOrNang() {
        assertThat(Syllables.isPlausible("các")).isTrue();
        assertThat(Syllables.isPlausible("một")).isTrue();
        assertThat(Syllables.isPlausible("mồt")).isFalse();
        assertThat(Syllables.isPlausible("cãp")).isFalse();
    }

    @Test
    void tonelessStopFinalsAreNotSyllables() {
        // "phục" in TCVN3 read as Windows-1258 is "phôc"
        assertThat(Syllables.isPlausible("phôc")).isFalse();
        assertThat(Syllables.isPlausible("tat")).isFalse();
        assertThat(Syllables.isPlausible("phục")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dơng", "phơc", "sơnh", "ting", "tic", "bonh", "unh", "ânh", "ăch", "ônh"})
    void rhymesVietnameseDoesNotHave(String word) {
        assertThat(Syllables.isPlausible(word)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dương", "được", "nước", "tiếng", "ích", "tình", "ông", "học", "tầng", "giấc", "năng", "ắc",
        "ưng", "mực", "anh", "ếch", "kênh", "huynh", "huých", "xoong"})
    void rhymesThatDoExist(String word) {
        assertThat(Syllables.isPlausible(word)).isTrue();
    }
}
