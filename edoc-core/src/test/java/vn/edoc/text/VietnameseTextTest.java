package vn.edoc.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Severity;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

class VietnameseTextTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Violation> of(ValidationResult r, TextViolation type) {
        return r.violations().stream().filter(v -> v.code().equals(type.code())).toList();
    }

    @Test
    void correctUnicodeConforms() {
        TextReport r = VietnameseText.check(utf8("Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\n"));
        assertThat(r.encoding()).isEqualTo(TextEncoding.UTF8_NFC);
        assertThat(r.tcvn6909()).isTrue();
        assertThat(r.result().violations()).isEmpty();
    }

    @Test
    void decomposedInputIsReportedWithPositionsAndConvertsToNfc() {
        String nfc = "Số 12\nQuyết định";
        byte[] nfd = utf8(Normalizer.normalize(nfc, Normalizer.Form.NFD));
        TextReport r = VietnameseText.check(nfd);
        assertThat(r.encoding()).isEqualTo(TextEncoding.UTF8_NFD);
        assertThat(r.tcvn6909()).isFalse();
        List<Violation> d = of(r.result(), TextViolation.DECOMPOSED);
        assertThat(d).extracting(Violation::path)
                .containsExactly("line 1, column 2", "line 2, column 4", "line 2, column 10");
        assertThat(d.get(0).messageEn()).contains("\"ố\"", "o + U+0302 + U+0301");
        assertThat(d).allMatch(v -> v.severity() == Severity.WARNING && v.ruleId().equals("R-FMT-1"));
        assertThat(VietnameseText.convert(nfd, null)).isEqualTo(nfc);
        assertThat(VietnameseText.convert(nfd, TextEncoding.UTF8_NFD)).isEqualTo(nfc);
        assertThat(VietnameseText.toNfc(Normalizer.normalize(nfc, Normalizer.Form.NFD))).isEqualTo(nfc);
    }

    @Test
    void controlCharactersAreErrorsButTabAndLineEndsAreNot() {
        TextReport r = VietnameseText.check(utf8("a\tb\r\nc\u0007d\n\u0085e\u001Bf"));
        List<Violation> c = of(r.result(), TextViolation.CONTROL_CHARACTER);
        assertThat(c).extracting(Violation::path).containsExactly("line 2, column 2", "line 3, column 1",
                "line 3, column 3");
        assertThat(c.get(0).messageEn()).contains("U+0007");
        assertThat(r.tcvn6909()).isFalse();
        assertThat(r.result().isValid()).isFalse();
    }

    @Test
    void replacementCharacterAndInnerBomAreErrorsLeadingBomAWarning() {
        TextReport r = VietnameseText.check(utf8("\uFEFFVăn b\uFFFDn\uFEFF"));
        assertThat(r.result().has(TextViolation.LEADING_BYTE_ORDER_MARK)).isTrue();
        assertThat(of(r.result(), TextViolation.REPLACEMENT_CHARACTER)).extracting(Violation::path)
                .containsExactly("line 1, column 6");
        assertThat(of(r.result(), TextViolation.BYTE_ORDER_MARK_INSIDE)).extracting(Violation::path)
                .containsExactly("line 1, column 8");
        TextReport onlyBom = VietnameseText.check(utf8("\uFEFFVăn bản"));
        assertThat(onlyBom.tcvn6909()).isTrue();
        assertThat(onlyBom.result().warnings()).hasSize(1);
        assertThat(VietnameseText.convert(utf8("\uFEFFVăn bản"), TextEncoding.UTF8_NFC)).isEqualTo("Văn bản");
    }

    @Test
    void invalidAndPrivateUseCodePoints() {
        ValidationResult r = VietnameseText.checkString("a\uD800b\uFFFE c\uE000", "ten");
        assertThat(of(r, TextViolation.INVALID_CODE_POINT)).extracting(Violation::path)
                .containsExactly("ten: line 1, column 2", "ten: line 1, column 4");
        assertThat(of(r, TextViolation.PRIVATE_USE_CHARACTER)).hasSize(1);
        assertThat(of(r, TextViolation.PRIVATE_USE_CHARACTER).get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void utf8ReadAsWindows1252IsMojibake() {
        String garbled = new String(utf8("Nguyễn Văn Đức, Hà Nội"), java.nio.charset.Charset.forName("windows-1252"));
        assertThat(garbled).startsWith("Nguyá»…n");
        ValidationResult r = VietnameseText.checkString(garbled, "nguoiKy");
        List<Violation> m = of(r, TextViolation.MOJIBAKE_UTF8);
        assertThat(m).isNotEmpty();
        assertThat(m.get(0).path()).isEqualTo("nguoiKy: line 1, column 5");
        assertThat(m.get(0).messageEn()).contains("Nguyá»…n", "\"Nguyễn\"");
        assertThat(m).anySatisfy(v -> assertThat(v.messageEn()).contains("\"Nội\""));
        // Đ is C4 90 and Windows-1252 has no 0x90: that letter was lost for good
        assertThat(r.has(TextViolation.REPLACEMENT_CHARACTER)).isTrue();
        assertThat(r.isValid()).isFalse();
        // "Ä‘" is đ
        assertThat(VietnameseText.checkString("Ä‘á»‹a chá»‰", "").has(TextViolation.MOJIBAKE_UTF8)).isTrue();
    }

    @Test
    void utf8ReadAsLatin1IsMojibakeToo() {
        String garbled = new String(utf8("Nguyễn Việt"), StandardCharsets.ISO_8859_1);
        ValidationResult r = VietnameseText.checkString(garbled, "");
        assertThat(r.has(TextViolation.MOJIBAKE_UTF8)).isTrue();
        assertThat(r.has(TextViolation.CONTROL_CHARACTER)).isTrue();
    }

    @Test
    void legacyBytesSavedAsUnicodeAreMojibake() {
        ValidationResult tcvn3 = VietnameseText.checkString("Nguy\u00D4n V\u00A8n An", "hoTen");
        List<Violation> m = of(tcvn3, TextViolation.MOJIBAKE_LEGACY);
        assertThat(m).extracting(Violation::path).containsExactly("hoTen: line 1, column 1", "hoTen: line 1, column 8");
        assertThat(m.get(0).messageEn()).contains("NguyÔn", "tcvn3", "\"Nguyễn\"");
        ValidationResult vni = VietnameseText.checkString("Nguyeãn Vaên An, Sôû Noäi vuï", "");
        assertThat(of(vni, TextViolation.MOJIBAKE_LEGACY)).hasSize(5)
                .allSatisfy(v -> assertThat(v.messageEn()).contains(" vni "));
    }

    @Test
    void honestTextIsNotMojibake() {
        for (String s : List.of("NGÃ BA HUẾ", "Ông nói “CÔ” và «ANH»", "café Zürich São Paulo José",
                "Hà Nội, ngày 24 tháng 01 năm 2025", "ĐÀ NẴNG – QUẢNG NAM", "Ủy ban nhân dân tỉnh Sơn La",
                "Giá 100 € (một trăm euro)", "Điều 1. Phạm vi điều chỉnh")) {
            ValidationResult r = VietnameseText.checkString(s, "");
            assertThat(r.violations()).as(s).isEmpty();
        }
    }

    @Test
    void legacyFileIsReportedWithItsEncodingAndFirstBadByte() {
        byte[] b = LegacyCodecs.tcvn3().encode("Quyết định số 12\nvề việc ban hành quy chế");
        TextReport r = VietnameseText.check(b);
        assertThat(r.encoding()).isEqualTo(TextEncoding.TCVN3);
        assertThat(r.tcvn6909()).isFalse();
        Violation invalid = of(r.result(), TextViolation.INVALID_UTF8).get(0);
        assertThat(invalid.path()).isEqualTo("line 1, column 4");
        assertThat(invalid.messageEn()).contains("0xD5");
        assertThat(of(r.result(), TextViolation.LEGACY_ENCODING).get(0).messageEn()).contains("tcvn3");
        assertThatThrownBy(() -> VietnameseText.convert(b, TextEncoding.UTF8_NFC))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().has(TextViolation.UNDECODABLE_BYTES))
                        .isTrue());
    }

    @Test
    void unknownBytesAreReportedAndRefusedByConvert() {
        byte[] junk = {(byte) 0x81, (byte) 0x8D, (byte) 0xFF, (byte) 0xFE, 0x01};
        TextReport r = VietnameseText.check(junk);
        assertThat(r.encoding()).isEqualTo(TextEncoding.UNKNOWN);
        assertThat(r.result().has(TextViolation.ENCODING_NOT_DETECTED)).isTrue();
        assertThatThrownBy(() -> VietnameseText.convert(junk, null))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).ruleIds()).containsExactly("R-FMT-1"));
    }

    @Test
    void controlCharactersInLegacyFilesAreReportedAfterDecoding() {
        byte[] b = LegacyCodecs.vni().encode("Văn bản số 5\u0001 của Ủy ban nhân dân tỉnh");
        TextReport r = VietnameseText.check(b);
        assertThat(r.encoding()).isEqualTo(TextEncoding.VNI);
        assertThat(of(r.result(), TextViolation.CONTROL_CHARACTER)).extracting(Violation::path)
                .containsExactly("line 1, column 13");
    }

    @Test
    void manyOccurrencesAreSummedUp() {
        String text = "x\u0007".repeat(30);
        TextReport r = VietnameseText.check(utf8(text), new TextLimits(1000, 20));
        assertThat(of(r.result(), TextViolation.CONTROL_CHARACTER)).hasSize(20);
        List<Violation> more = of(r.result(), TextViolation.MORE_OCCURRENCES);
        assertThat(more).hasSize(1);
        assertThat(more.get(0).messageEn()).isEqualTo("10 more occurrences of EDOC-TXT-005 not listed");
    }

    @Test
    void inputOverTheLimitIsRefused() {
        TextLimits small = TextLimits.ofMaxInputBytes(10);
        byte[] eleven = utf8("01234567890");
        TextReport r = VietnameseText.check(eleven, small);
        assertThat(r.result().has(TextViolation.INPUT_TOO_LARGE)).isTrue();
        assertThat(r.tcvn6909()).isFalse();
        assertThatThrownBy(() -> VietnameseText.convert(eleven, null, small))
                .isInstanceOf(EdocRuleException.class)
                .hasMessageContaining("EDOC-TXT-013");
        assertThat(VietnameseText.checkString("01234567890", "f", small).has(TextViolation.INPUT_TOO_LARGE)).isTrue();
        assertThat(VietnameseText.check(utf8("0123456789"), small).tcvn6909()).isTrue();
        assertThat(TextLimits.defaults().maxInputBytes()).isEqualTo(50L * 1024 * 1024);
        assertThatThrownBy(() -> new TextLimits(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullsAreEmptyText() {
        assertThat(VietnameseText.check(null).tcvn6909()).isTrue();
        assertThat(VietnameseText.checkString(null, null).violations()).isEmpty();
        assertThat(VietnameseText.convert(null, null)).isEmpty();
        assertThat(VietnameseText.toNfc(null)).isEmpty();
    }

    @Test
    void everyViolationKindNamesTheRuleAndArticle() {
        for (TextViolation v : TextViolation.values()) {
            assertThat(v.code()).matches("EDOC-TXT-\\d{3}");
            assertThat(v.ruleId()).isEqualTo("R-FMT-1");
            assertThat(v.article()).isEqualTo("BS Đ4.3, LS Đ4.2, LA Đ4.2; TCVN 6909:2001");
            assertThat(v.messageVi()).isNotBlank();
            assertThat(v.messageEn()).isNotBlank();
        }
        assertThat(java.util.Arrays.stream(TextViolation.values()).map(TextViolation::code).distinct().count())
                .isEqualTo(TextViolation.values().length);
    }

    @Test
    void reportRefusesAnInconsistentVerdict() {
        assertThatThrownBy(() -> new TextReport(TextEncoding.TCVN3, true, ValidationResult.ok()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void utf16FilesAreNamedAsSuch() {
        byte[] le = "Văn bản".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        TextReport r = VietnameseText.check(withBom);
        assertThat(r.encoding()).isEqualTo(TextEncoding.UNKNOWN);
        assertThat(r.result().has(TextViolation.UTF16_TEXT)).isTrue();
        assertThat(VietnameseText.detect(withBom)).isEqualTo(TextEncoding.UNKNOWN);
        assertThat(VietnameseText.check("Văn bản".getBytes(StandardCharsets.UTF_16)).result()
                .has(TextViolation.UTF16_TEXT)).isTrue();
    }

    @Test
    void ethInPlaceOfDStrokeIsAWarning() {
        ValidationResult r = VietnameseText.checkString("ÐẠI HỌC QUỐC GIA", "ten");
        List<Violation> w = of(r, TextViolation.LOOKALIKE_LETTER);
        assertThat(w).hasSize(1);
        assertThat(w.get(0).path()).isEqualTo("ten: line 1, column 1");
        assertThat(w.get(0).messageEn()).contains("U+00D0", "U+0110");
        assertThat(r.isValid()).isTrue();
    }
}
