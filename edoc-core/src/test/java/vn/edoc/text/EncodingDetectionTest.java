package vn.edoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Detection on the administrative corpus in every encoding, and no misfire on ASCII or Unicode. */
class EncodingDetectionTest {

    private static List<String> corpus;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = EncodingDetectionTest.class.getResourceAsStream("corpus-hanh-chinh.txt")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            corpus = all.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
        }
    }

    static List<String> sentences() throws IOException {
        load();
        return corpus;
    }

    /** What a TCVN3 document holds: VN3 has no uppercase toned letters, so typists used the lowercase one. */
    static String asTypedInVn3(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.appendCodePoint(VietnameseLetters.isUppercaseToned(cp)
                ? Character.toLowerCase(cp) : cp));
        return b.toString();
    }

    static List<String> shortInputs() {
        return List.of("Số: 12/QĐ-UBND", "45/UBND-VX", "Trâm", "Nguyễn Văn Chiến", "Đặng Thị Ngọc Trâm", "Lạng Sơn",
                "Tuy Phước", "Số 935/QĐ-UBND", "Trung tâm", "Quyết định");
    }

    /** Notations, names and place names, as short as a field in a register: detected and converted back exactly. */
    @ParameterizedTest
    @MethodSource("shortInputs")
    void shortInputsAreDetectedAndConvertedInEachEncoding(String s) {
        String vn3 = asTypedInVn3(s);
        byte[] tcvn3 = LegacyCodecs.tcvn3().encode(vn3);
        byte[] vni = LegacyCodecs.vni().encode(s);
        byte[] cp1258 = LegacyCodecs.windows1258().encode(s);
        assertThat(VietnameseText.convert(tcvn3, null)).isEqualTo(vn3);
        assertThat(VietnameseText.convert(vni, null)).isEqualTo(s);
        assertThat(VietnameseText.convert(cp1258, null)).isEqualTo(s);
        if (!Diacritics.isAscii(s)) {
            assertThat(VietnameseText.detect(tcvn3)).isEqualTo(TextEncoding.TCVN3);
            assertThat(VietnameseText.detect(vni)).isEqualTo(TextEncoding.VNI);
            assertThat(VietnameseText.detect(cp1258)).isEqualTo(TextEncoding.WINDOWS_1258);
        }
    }

    @Test
    void abbreviationsWithDAreWordsOnlyInTheRightDecoding() {
        assertThat(EncodingDetector.isAbbreviation("QĐ")).isTrue();
        assertThat(EncodingDetector.isAbbreviation("HĐND")).isTrue();
        assertThat(EncodingDetector.isAbbreviation("UBND")).isFalse();
        assertThat(EncodingDetector.isAbbreviation("QÐ")).as("eth, not Đ").isFalse();
        assertThat(EncodingDetector.isAbbreviation("Qđ")).isFalse();
    }

    @Test
    void windows1258ToneBytesAfterAVowelAreCounted() {
        // "Lạng Sơn Số": a + 0xF2 (nặng), ô + 0xEC (sắc); 0xD2 (hỏi) is not counted, it is TCVN3's ề in "tiền"
        assertThat(EncodingDetector.windows1258ToneMarks(LegacyCodecs.windows1258().encode("Lạng Sơn Số"))).isEqualTo(2);
        assertThat(EncodingDetector.windows1258ToneMarks(LegacyCodecs.windows1258().encode("Bỉm"))).isZero();
        assertThat(EncodingDetector.windows1258ToneMarks(LegacyCodecs.tcvn3().encode("Nguyễn Văn Chiến"))).isZero();
    }

    @Test
    void commonTonesOutweighRareOnesWhenBothDecodingsAreWords() {
        assertThat(EncodingDetector.toneWeight("Trâm")).isGreaterThan(EncodingDetector.toneWeight("Trõm"));
        assertThat(EncodingDetector.toneWeight("bị")).isGreaterThan(EncodingDetector.toneWeight("biũ"));
        assertThat(EncodingDetector.toneWeight("sáng")).isGreaterThan(EncodingDetector.toneWeight("sỏng"));
    }

    @Test
    void corpusIsTwentyOrMoreNfcSentences() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy(s -> assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).isTrue());
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void eachSentenceIsDetectedInEachEncoding(String sentence) {
        String vn3 = asTypedInVn3(sentence);
        assertThat(VietnameseText.detect(LegacyCodecs.tcvn3().encode(vn3))).isEqualTo(TextEncoding.TCVN3);
        assertThat(VietnameseText.detect(LegacyCodecs.vni().encode(sentence))).isEqualTo(TextEncoding.VNI);
        assertThat(VietnameseText.detect(LegacyCodecs.windows1258().encode(sentence)))
                .isEqualTo(TextEncoding.WINDOWS_1258);
        assertThat(VietnameseText.detect(sentence.getBytes(StandardCharsets.UTF_8))).isEqualTo(TextEncoding.UTF8_NFC);
        assertThat(VietnameseText.detect(Normalizer.normalize(sentence, Normalizer.Form.NFD)
                .getBytes(StandardCharsets.UTF_8))).isEqualTo(TextEncoding.UTF8_NFD);
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void eachSentenceConvertsBackWithAutoDetection(String sentence) {
        String vn3 = asTypedInVn3(sentence);
        assertThat(VietnameseText.convert(LegacyCodecs.tcvn3().encode(vn3), null)).isEqualTo(vn3);
        assertThat(VietnameseText.convert(LegacyCodecs.vni().encode(sentence), TextEncoding.UNKNOWN))
                .isEqualTo(sentence);
        assertThat(VietnameseText.convert(LegacyCodecs.windows1258().encode(sentence), null)).isEqualTo(sentence);
    }

    @Test
    void wholeCorpusAsOneFileIsDetectedInEachEncoding() {
        String text = String.join("\r\n", corpus) + "\r\n";
        assertThat(VietnameseText.detect(LegacyCodecs.tcvn3().encode(asTypedInVn3(text))))
                .isEqualTo(TextEncoding.TCVN3);
        assertThat(VietnameseText.detect(LegacyCodecs.vni().encode(text))).isEqualTo(TextEncoding.VNI);
        assertThat(VietnameseText.detect(LegacyCodecs.windows1258().encode(text))).isEqualTo(TextEncoding.WINDOWS_1258);
        TextReport r = VietnameseText.check(LegacyCodecs.vni().encode(text));
        assertThat(r.encoding()).isEqualTo(TextEncoding.VNI);
        assertThat(r.tcvn6909()).isFalse();
        assertThat(r.result().has(TextViolation.LEGACY_ENCODING)).isTrue();
        assertThat(r.result().has(TextViolation.INVALID_UTF8)).isTrue();
    }

    @Test
    void capitalHeadingsInTcvn3AreStillTcvn3() {
        // a heading typed with .VnTimeH keeps the lowercase bytes
        byte[] b = LegacyCodecs.tcvn3Capitals().encode("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(VietnameseText.detect(b)).isEqualTo(TextEncoding.TCVN3);
    }

    @Test
    void asciiIsUtf8Nfc() {
        assertThat(VietnameseText.detect("Quyet dinh so 935/QD-UBND".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(TextEncoding.UTF8_NFC);
        assertThat(VietnameseText.detect(new byte[0])).isEqualTo(TextEncoding.UTF8_NFC);
        assertThat(VietnameseText.detect(null)).isEqualTo(TextEncoding.UTF8_NFC);
        TextReport r = VietnameseText.check("Hello\tworld\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(r.tcvn6909()).isTrue();
        assertThat(r.result().violations()).isEmpty();
    }

    @Test
    void validUtf8IsNeverTakenForALegacyEncoding() {
        // UTF-8 of text in other scripts and with symbols is still UTF-8
        for (String s : List.of("Ça va très bien", "Москва", "東京 2025", "ưu tiên ★ ✓", "€ 100 – “x”")) {
            TextEncoding e = VietnameseText.detect(s.getBytes(StandardCharsets.UTF_8));
            assertThat(e).as(s).isEqualTo(TextEncoding.UTF8_NFC);
        }
    }

    @Test
    void nothingConvincingIsUnknown() {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (0x80 + (i * 37) % 128);
        }
        assertThat(VietnameseText.detect(binary)).isEqualTo(TextEncoding.UNKNOWN);
        // Latin-1 French is not Vietnamese in any legacy encoding
        byte[] french = "Le ministère a décidé de créer un comité spécial à Genève".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(VietnameseText.detect(french)).isEqualTo(TextEncoding.UNKNOWN);
    }

    @Test
    void jsonNamesRoundTrip() {
        for (TextEncoding e : TextEncoding.values()) {
            assertThat(TextEncoding.fromJsonName(e.jsonName())).contains(e);
            assertThat(TextEncoding.fromJsonName(e.jsonName().toUpperCase(Locale.ROOT))).contains(e);
        }
        assertThat(TextEncoding.UTF8_NFC.jsonName()).isEqualTo("utf-8-nfc");
        assertThat(TextEncoding.WINDOWS_1258.jsonName()).isEqualTo("windows-1258");
        assertThat(TextEncoding.fromJsonName("utf-8")).contains(TextEncoding.UTF8_NFC);
        assertThat(TextEncoding.fromJsonName("latin-1")).isEmpty();
        assertThat(TextEncoding.fromJsonName(null)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void correctSentencesHaveNoViolationInAnyCase(String sentence) {
        assertThat(VietnameseText.checkString(sentence, "").violations()).isEmpty();
        assertThat(VietnameseText.checkString(sentence.toUpperCase(Locale.ROOT), "").violations()).isEmpty();
        assertThat(VietnameseText.check(sentence.getBytes(StandardCharsets.UTF_8)).tcvn6909()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void sentencesMisreadAsWindows1252AreMojibake(String sentence) {
        java.nio.charset.Charset cp1252 = java.nio.charset.Charset.forName("windows-1252");
        String utf8Misread = new String(sentence.getBytes(StandardCharsets.UTF_8), cp1252);
        assertThat(VietnameseText.checkString(utf8Misread, "").has(TextViolation.MOJIBAKE_UTF8)).isTrue();
        String vniMisread = new String(LegacyCodecs.vni().encode(sentence), cp1252);
        assertThat(VietnameseText.checkString(vniMisread, "").has(TextViolation.MOJIBAKE_LEGACY)).isTrue();
        String tcvn3Misread = new String(LegacyCodecs.tcvn3().encode(asTypedInVn3(sentence)), cp1252);
        assertThat(VietnameseText.checkString(tcvn3Misread, "").has(TextViolation.MOJIBAKE_LEGACY)).isTrue();
    }

    @Test
    void largeInputIsCheckedAndConverted() {
        String text = String.join("\n", corpus) + "\n";
        String big = text.repeat(Math.max(1, (1024 * 1024) / text.length()));
        byte[] vni = LegacyCodecs.vni().encode(big);
        TextReport r = VietnameseText.check(vni);
        assertThat(r.encoding()).isEqualTo(TextEncoding.VNI);
        assertThat(VietnameseText.convert(vni, null)).isEqualTo(big);
        assertThat(VietnameseText.check(big.getBytes(StandardCharsets.UTF_8)).tcvn6909()).isTrue();
    }

    @Test
    void shortInputsPreferTheFrequentReading() {
        // VNI "Sơn" is S, 0xF4, n: TCVN3 would read "Sụn"
        assertThat(VietnameseText.detect(LegacyCodecs.vni().encode("Sơn"))).isEqualTo(TextEncoding.VNI);
        // Windows-1258 "Văn" is V, 0xE3, n: TCVN3 would read "Vón"
        assertThat(VietnameseText.detect(LegacyCodecs.windows1258().encode("Văn"))).isEqualTo(TextEncoding.WINDOWS_1258);
        // Windows-1258 "hành" is h, 0xE0, n, h: in VNI 0xE0 is a mark that cannot follow h
        assertThat(VietnameseText.detect(LegacyCodecs.windows1258().encode("hành"))).isEqualTo(TextEncoding.WINDOWS_1258);
        assertThat(VietnameseText.detect(LegacyCodecs.tcvn3().encode("tỉnh"))).isEqualTo(TextEncoding.TCVN3);
    }

    @Test
    void aCapitalInsideAWordIsNotNatural() {
        assertThat(EncodingDetector.caseShapeIsNatural("Việt")).isTrue();
        assertThat(EncodingDetector.caseShapeIsNatural("VIỆT")).isTrue();
        assertThat(EncodingDetector.caseShapeIsNatural("việt")).isTrue();
        assertThat(EncodingDetector.caseShapeIsNatural("hỔnh")).isFalse();
    }
}
