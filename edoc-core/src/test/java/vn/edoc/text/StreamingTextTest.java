package vn.edoc.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Violation;

/** Checking and converting text as a stream, in pieces, with the positions and answers of the whole. */
class StreamingTextTest {

    private static final String LINE = "Ủy ban nhân dân tỉnh Lạng Sơn\n";

    /** A source that makes {@code copies} copies of {@code line} and then {@code tail}, never holding them all. */
    static ByteSource repeated(byte[] line, long copies, byte[] tail) {
        return () -> new InputStream() {
            long pos;
            final long total = line.length * copies + tail.length;

            @Override
            public int read() {
                if (pos >= total) {
                    return -1;
                }
                long p = pos++;
                long body = line.length * copies;
                return (p < body ? line[(int) (p % line.length)] : tail[(int) (p - body)]) & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= total) {
                    return -1;
                }
                int n = 0;
                while (n < len && pos < total) {
                    b[off + n++] = (byte) read();
                }
                return n;
            }
        };
    }

    @Test
    void positionsInLaterPiecesCountFromTheStartOfTheWholeText() {
        byte[] line = LINE.getBytes(StandardCharsets.UTF_8);
        int copies = 40_000; // about 1.4 MB: several pieces
        TextReport report = VietnameseText.check(repeated(line, copies, "ab\u0007".getBytes(StandardCharsets.UTF_8)),
                TextLimits.defaults());
        assertThat(report.encoding()).isEqualTo(TextEncoding.UTF8_NFC);
        assertThat(report.result().violations()).extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EDOC-TXT-005", "line " + (copies + 1) + ", column 3"));
    }

    @Test
    void aLateInvalidByteIsFoundWhereItIs() {
        byte[] line = LINE.getBytes(StandardCharsets.UTF_8);
        TextReport report = VietnameseText.check(repeated(line, 30_000, new byte[] {'x', (byte) 0xFF}),
                TextLimits.defaults());
        assertThat(report.tcvn6909()).isFalse();
        assertThat(report.result().violations().get(0).code()).isEqualTo("EDOC-TXT-001");
        assertThat(report.result().violations().get(0).path()).isEqualTo("line 30001, column 2");
    }

    @Test
    void aDecomposedLetterInALaterPieceMakesTheWholeNfd() {
        byte[] line = LINE.getBytes(StandardCharsets.UTF_8);
        TextReport report = VietnameseText.check(repeated(line, 20_000, "Vie\u0323\u0302t".getBytes(StandardCharsets.UTF_8)),
                TextLimits.defaults());
        assertThat(report.encoding()).isEqualTo(TextEncoding.UTF8_NFD);
        assertThat(report.result().violations()).extracting(Violation::code).containsExactly("EDOC-TXT-004");
    }

    @Test
    void aLongLegacyFileConvertsPieceByPieceToTheSameText() {
        String sentence = "văn bản điện tử gửi đi phải được ký số\n";
        byte[] line = LegacyCodecs.tcvn3().encode(sentence);
        int copies = 20_000;
        ByteSource source = repeated(line, copies, new byte[0]);
        assertThat(VietnameseText.check(source, TextLimits.defaults()).encoding()).isEqualTo(TextEncoding.TCVN3);
        StringBuilder out = new StringBuilder();
        VietnameseText.convert(source, null, TextLimits.defaults(), out);
        assertThat(out.length()).isEqualTo(sentence.length() * copies);
        assertThat(out.toString()).isEqualTo(sentence.repeat(copies));
    }

    @Test
    void aRefusedConversionWritesNothingAndNamesTheByteInTheWhole() {
        byte[] line = "abc\n".getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        assertThatThrownBy(() -> VietnameseText.convert(repeated(line, 100_000, new byte[] {(byte) 0xC3}),
                TextEncoding.UTF8_NFC, TextLimits.defaults(), out))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).violations().get(0).path()).isEqualTo("byte 400000"));
        assertThat(out).isEmpty();
    }

    @Test
    void theSizeLimitCountsTheWholeStream() {
        TextReport report = VietnameseText.check(repeated(new byte[] {'a'}, 1000, new byte[0]),
                TextLimits.ofMaxInputBytes(999));
        assertThat(report.result().violations()).singleElement()
                .satisfies(v -> assertThat(v.messageEn()).contains("1000 bytes", "999"));
    }

    @Test
    void aLineWithoutAsciiLongerThanAPieceIsCutBetweenCharacters() throws IOException {
        String text = "ễ".repeat(200_000) + "\u0007";
        TextReport report = VietnameseText.check(text.getBytes(StandardCharsets.UTF_8));
        assertThat(report.result().violations()).extracting(Violation::path).containsExactly("line 1, column 200001");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        sink.write(VietnameseText.convert(text.getBytes(StandardCharsets.UTF_8), null).getBytes(StandardCharsets.UTF_8));
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    }

    /** Cutting never changes the answer: the same text checked whole-line-first and as one piece agree. */
    @Property(tries = 30)
    void piecesGiveTheAnswerOfTheWhole(@ForAll @IntRange(min = 1, max = 40) int wordsPerLine,
                                       @ForAll @IntRange(min = 0, max = 3) int variant) {
        String word = switch (variant) {
            case 0 -> "Nguyễn ";
            case 1 -> "Nguye\u0303\u0302n ";
            case 2 -> "Nguyá»…n ";
            default -> "a\u200bb ";
        };
        String line = word.repeat(wordsPerLine).strip() + "\n";
        int copies = 300_000 / line.length() + 1;
        byte[] whole = line.repeat(copies).getBytes(StandardCharsets.UTF_8);
        TextReport streamed = VietnameseText.check(whole);
        assertThat(streamed.encoding()).isEqualTo(variant == 1 ? TextEncoding.UTF8_NFD : TextEncoding.UTF8_NFC);
        // the first twenty occurrences are listed at the same places as in the first piece alone
        TextReport firstLines = VietnameseText.check(line.repeat(25).getBytes(StandardCharsets.UTF_8));
        assertThat(streamed.result().violations().stream().filter(v -> !v.code().equals("EDOC-TXT-016"))
                .map(Violation::path).toList())
                .isEqualTo(firstLines.result().violations().stream().filter(v -> !v.code().equals("EDOC-TXT-016"))
                        .map(Violation::path).toList());
    }
}
