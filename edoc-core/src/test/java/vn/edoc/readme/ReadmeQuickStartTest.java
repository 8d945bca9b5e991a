package vn.edoc.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.edoc.document.Document;
import vn.edoc.document.DocumentJson;
import vn.edoc.document.DocumentValidator;
import vn.edoc.document.Urgency;
import vn.edoc.id.AccountNames;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;
import vn.edoc.text.TextEncoding;
import vn.edoc.text.VietnameseText;
import vn.edoc.time.LunarCalendar;
import vn.edoc.time.TimeRules;
import vn.edoc.validation.ValidationResult;

/**
 * The README's quick start, compiled and run: the lines between the markers below must equal the README's
 * {@code java} block after {@code <!-- quickstart -->}, so the documentation cannot rot.
 */
class ReadmeQuickStartTest {

    private static final String BEGIN = "// README-BEGIN";
    private static final String END = "// README-END";

    @Test
    void quickStartRunsAndSaysWhatTheReadmeSays() throws IOException {
        byte[] tcvn3Bytes = {'C', (byte) 0xAB, 'n', 'g', ' ', 'v', (byte) 0xA8, 'n'}; // "Công văn" typed in .VnTime
        String json = Files.readString(Path.of("src/test/resources/vn/edoc/readme/document.json"));
        Clock clock = Clock.fixed(Instant.parse("2025-01-24T11:05:00Z"), ZoneOffset.UTC);
        Instant receivedAt = Instant.parse("2025-01-24T11:05:00Z"); // Friday 18:05 in Vietnam, before Tết

        // README-BEGIN
        OrganCode ubnd = OrganCode.parse("000.00.00.H37");            // UBND tỉnh Lạng Sơn, QCVN 102:2016
        Notation notation = Notation.parse("05/QĐ-UBND");             // số, ký hiệu (Decree 30/2020)
        String account = AccountNames.assign("Nguyễn Văn Chiến", "sotttt", Set.of("chiennv.sotttt"), false);
        String text = VietnameseText.convert(tcvn3Bytes, TextEncoding.TCVN3);   // legacy .VnTime → Unicode NFC

        Document document = DocumentJson.read(json).orThrow();        // the JSON form used by `edoc validate`
        ValidationResult result = DocumentValidator.of(clock).validate(document);
        result.violations().forEach(v -> System.out.println(v.code() + " " + v.ruleId() + " " + v.messageVi()));

        TimeRules rules = TimeRules.defaults();                        // built-in holidays, 07:30–11:30, 13:30–17:00
        ZonedDateTime effective = rules.effectiveReceipt(receivedAt);  // R-TIME-4
        ZonedDateTime deadline = rules.handlingDeadline(receivedAt, Urgency.NORMAL);  // R-TIME-2
        LocalDate tet = LunarCalendar.vietnam().newYear(2026);         // Tết Bính Ngọ
        // README-END

        assertThat(ubnd.depth()).isEqualTo(1);
        assertThat(notation.typeAbbreviation()).contains("QĐ");
        assertThat(account).isEqualTo("chiennv1.sotttt");
        assertThat(text).isEqualTo("Công văn");
        assertThat(result.isValid()).as(result.toString()).isTrue();
        assertThat(effective.toString()).isEqualTo("2025-02-03T07:30+07:00");
        assertThat(deadline.toString()).isEqualTo("2025-02-03T09:30+07:00");
        assertThat(tet).isEqualTo(LocalDate.of(2026, 2, 17));
    }

    @Test
    void readmeShowsExactlyThisQuickStart() throws IOException {
        List<String> fromTest = between(Files.readAllLines(
                Path.of("src/test/java/vn/edoc/readme/ReadmeQuickStartTest.java"), StandardCharsets.UTF_8), BEGIN, END);
        List<String> readme = Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8);
        int marker = readme.indexOf("<!-- quickstart -->");
        assertThat(marker).as("README has the quick-start marker").isNotNegative();
        List<String> fromReadme = between(readme.subList(marker, readme.size()), "```java", "```");
        assertThat(fromReadme).hasSizeLessThanOrEqualTo(15);
        assertThat(fromReadme).isEqualTo(fromTest);
    }

    private static List<String> between(List<String> lines, String begin, String end) {
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(begin)) {
                from = i + 1;
                break;
            }
        }
        assertThat(from).as("marker " + begin).isPositive();
        int to = from;
        while (to < lines.size() && !lines.get(to).trim().equals(end)) {
            to++;
        }
        return lines.subList(from, to).stream().map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }
}
