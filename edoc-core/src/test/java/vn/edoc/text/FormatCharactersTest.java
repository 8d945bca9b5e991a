package vn.edoc.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.edoc.validation.Severity;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/** Invisible format characters (Unicode class Cf): bidirectional controls are errors, the others warnings. */
class FormatCharactersTest {

    private static List<Violation> of(ValidationResult r, TextViolation type) {
        return r.violations().stream().filter(v -> v.code().equals(type.code())).toList();
    }

    private static String cp(int codePoint) {
        return Character.toString(codePoint);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069})
    void bidiControlsAreErrorsThatExplainTheSpoofing(int control) {
        ValidationResult r = VietnameseText.checkString("hoadon" + cp(control) + "gpj.exe", "attachment");
        List<Violation> b = of(r, TextViolation.BIDI_CONTROL);
        assertThat(b).hasSize(1);
        Violation v = b.get(0);
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
        assertThat(v.code()).isEqualTo("EDOC-TXT-019");
        assertThat(v.ruleId()).isEqualTo("R-FMT-1");
        assertThat(v.path()).isEqualTo("attachment: line 1, column 7");
        assertThat(v.messageEn()).contains(String.format("U+%04X", control), Character.getName(control), "spoof");
        assertThat(v.messageVi()).contains("giả mạo");
        // the message names the trick without carrying the control itself
        assertThat(v.messageEn() + v.messageVi()).doesNotContain(cp(0x202E));
        assertThat(r.isValid()).isFalse();
    }

    @Test
    void rightToLeftOverrideInAFileMakesItNotConform() {
        TextReport r = VietnameseText.check(("Tệp đính kèm: hoadon" + cp(0x202E) + "gpj.exe\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(r.tcvn6909()).isFalse();
        assertThat(of(r.result(), TextViolation.BIDI_CONTROL)).extracting(Violation::path)
                .containsExactly("line 1, column 21");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x200B, 0x200C, 0x200D, 0x2060, 0x200E, 0x200F, 0x061C, 0x00AD, 0xE0001})
    void otherFormatCharactersAreWarnings(int invisible) {
        ValidationResult r = VietnameseText.checkString("Hà" + cp(invisible) + "Nội", "place");
        List<Violation> w = of(r, TextViolation.INVISIBLE_CHARACTER);
        assertThat(w).hasSize(1);
        assertThat(w.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(w.get(0).code()).isEqualTo("EDOC-TXT-020");
        assertThat(w.get(0).path()).isEqualTo("place: line 1, column 3");
        assertThat(w.get(0).messageEn()).contains(String.format("U+%04X", invisible));
        assertThat(r.violations()).hasSize(1);

        TextReport file = VietnameseText.check(("Hà" + cp(invisible) + "Nội").getBytes(StandardCharsets.UTF_8));
        assertThat(of(file.result(), TextViolation.INVISIBLE_CHARACTER)).hasSize(1);
    }

    @Test
    void aByteOrderMarkInsideIsReportedOnceAsBefore() {
        ValidationResult r = VietnameseText.checkString("Văn" + cp(0xFEFF) + "bản", "");
        assertThat(of(r, TextViolation.BYTE_ORDER_MARK_INSIDE)).hasSize(1);
        assertThat(of(r, TextViolation.INVISIBLE_CHARACTER)).isEmpty();
    }

    @Test
    void tcvn3ByteAdReadAsSoftHyphenIsReportedAsTheLetterNotAsAnInvisibleCharacter() {
        // "người dân" in TCVN3, read as Windows-1252: 0xAD (ư) became a soft hyphen
        byte[] vn3 = LegacyCodecs.tcvn3().encode("người dân");
        String garbled = new String(vn3, Charset.forName("windows-1252"));
        assertThat(garbled).contains(cp(0xAD));
        ValidationResult r = VietnameseText.checkString(garbled, "");
        assertThat(of(r, TextViolation.INVISIBLE_CHARACTER)).isEmpty();
        assertThat(of(r, TextViolation.MOJIBAKE_LEGACY)).extracting(Violation::messageEn)
                .anyMatch(m -> m.contains("người"));
    }

    @Test
    void utf8ByteAdReadAsSoftHyphenIsReportedAsMojibake() {
        // í is C3 AD in UTF-8: read as Windows-1252 it is "Ã" and a soft hyphen
        String garbled = new String("Chính phủ".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThat(garbled).contains(cp(0xAD));
        ValidationResult r = VietnameseText.checkString(garbled, "");
        assertThat(of(r, TextViolation.INVISIBLE_CHARACTER)).isEmpty();
        assertThat(of(r, TextViolation.MOJIBAKE_UTF8)).isNotEmpty();
    }

    @Test
    void softHyphensOutsideGarbledWordsAreStillReported() {
        String garbled = new String(LegacyCodecs.tcvn3().encode("người dân"), Charset.forName("windows-1252"));
        ValidationResult r = VietnameseText.checkString(garbled + " văn" + cp(0xAD) + "bản", "");
        assertThat(of(r, TextViolation.INVISIBLE_CHARACTER)).extracting(Violation::path)
                .containsExactly("line 1, column 14");
    }
}
