package vn.edoc.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import vn.edoc.time.OfficeHours;
import vn.edoc.validation.Violation;

class ExcerptTest {

    @Test
    void shortTextIsKeptAndLongTextIsCutToFortyCodePoints() {
        assertThat(Excerpt.of("Nguyễn Văn Chiến")).isEqualTo("Nguyễn Văn Chiến");
        assertThat(Excerpt.of("x".repeat(41))).isEqualTo("x".repeat(40) + "…");
        assertThat(Excerpt.of("😀".repeat(50))).isEqualTo("😀".repeat(40) + "…");
        assertThat(Excerpt.of(null)).isEmpty();
        assertThatThrownBy(() -> Excerpt.of("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whatATerminalWouldActOnIsEscaped() {
        assertThat(Excerpt.of("a\u001b[31mred")).isEqualTo("a\\u001B[31mred");
        assertThat(Excerpt.of("hoadon\u202Egpj.exe")).isEqualTo("hoadon\\u202Egpj.exe");
        assertThat(Excerpt.of("a\nb\rc\td\u0085\u2028\u007f")).isEqualTo("a\\u000Ab\\u000Dc\\u0009d\\u0085\\u2028\\u007F");
        assertThat(Excerpt.of("\ud800x")).isEqualTo("\\uD800x");
        assertThat(Excerpt.of("\uDB40\uDC01")).isEqualTo("\\u{E0001}");
    }

    @Property(tries = 300)
    void anExcerptIsShortAndPrintable(@ForAll String text) {
        String e = Excerpt.of(text);
        assertThat(e.codePointCount(0, e.length())).isLessThanOrEqualTo(40 * 9 + 1);
        assertThat(e.codePoints()).noneMatch(Excerpt::needsEscape);
    }

    /** Issue 11: one violation quoted a whole cluster of 500,000 combining marks (5.5 MB of output). */
    @Test
    void aHugeCombiningClusterIsQuotedByItsStartOnly() {
        String text = "a" + "\u0301\u0323".repeat(250_000);
        TextReport report = VietnameseText.check(text.getBytes(StandardCharsets.UTF_8));
        int total = report.result().violations().stream()
                .mapToInt(v -> v.messageEn().length() + v.messageVi().length() + v.path().length()).sum();
        assertThat(total).isLessThan(4_000);
        assertThat(report.result().violations()).extracting(Violation::code).contains("EDOC-TXT-004", "EDOC-TXT-021");
    }

    /** Issue 11: a 50,000-period office-hours value gave a 3.35 MB answer. */
    @Test
    void aHugeOfficeHoursValueIsRefusedWithOneShortViolation() {
        String spec = "07:30-11:30,".repeat(50_000);
        var parsed = OfficeHours.parse(spec);
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.result().violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("EDOC-TIME-007");
            assertThat(v.messageEn()).hasSizeLessThan(200).contains("600000");
        });
        assertThat(OfficeHours.parse("07:30-11:30,13:30-17:00; 10-15..04-14=07:30-11:30,13:00-17:00").isValid())
                .isTrue();
    }
}
