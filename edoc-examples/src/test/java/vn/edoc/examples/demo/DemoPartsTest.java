package vn.edoc.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.edoc.document.Attachment;
import vn.edoc.document.Signer;
import vn.edoc.document.SigningCompetence;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.SignatureRole;
import vn.edoc.spi.SigningRequest;
import vn.edoc.store.memory.MemoryContentStore;
import vn.edoc.validation.EdocRuleException;

class DemoPartsTest {

    @Test
    void theDayIsTheNextWorkingDay() {
        assertThat(AgencyDay.workingDayFrom(LocalDate.of(2025, 1, 20))).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(AgencyDay.workingDayFrom(LocalDate.of(2025, 1, 18))).isEqualTo(LocalDate.of(2025, 1, 20));
        // Tết 2025: days off from Saturday 25 January to Sunday 2 February
        assertThat(AgencyDay.workingDayFrom(LocalDate.of(2025, 1, 25))).isEqualTo(LocalDate.of(2025, 2, 3));
    }

    @Test
    void theDayRunsOnADateAcrossTetAndEveryStepGoesAsExpected() {
        StringWriter text = new StringWriter();
        AgencyDay.Outcome outcome = new AgencyDay(LocalDate.of(2026, 2, 9), new PrintWriter(text), (en, vi) -> en)
                .run();
        assertThat(outcome.ok()).as(text.toString()).isTrue();
        assertThat(outcome.failures()).isZero();
        assertThat(outcome.steps()).isEqualTo(22);
        assertThat(outcome.json()).containsKeys("unit-report-cntt.json", "seals.json", "audit-ubnd-tinh-lang-son.json",
                "audit-so-tttt-lang-son.json", "register-ubnd-tinh-lang-son.json", "register-so-tttt-lang-son.json");
        assertThat(outcome.files()).containsOnlyKeys("01-QD-UBND.pdf", "02-UBND-KGVX.pdf", "01-STTTT-CNTT.pdf",
                "02-STTTT-CNTT.pdf");
        assertThat(text.toString()).doesNotContain("!!");
    }

    @Test
    void theSealerRecordsADigestAndGivesTheFileANewOne() {
        MemoryContentStore contents = new MemoryContentStore();
        DigestSealer sealer = new DigestSealer(new SimulatedClock(Instant.parse("2025-01-20T02:00:00Z")), contents);
        byte[] pdf = MiniPdf.of(List.of("QUYẾT ĐỊNH", "Giao nhiệm vụ (thử)"));
        Attachment main = sealer.store("qd.pdf", pdf);
        assertThat(main.sha256()).isEqualTo(DigestSealer.sha256(pdf));
        ContentRef before = new ContentRef(main.sha256(), main.size());
        ContentRef after = sealer.sign(request(before, SignatureRole.ORGANISATION), contents);
        assertThat(after.sha256()).isNotEqualTo(main.sha256());
        assertThat(contents.exists(after)).isTrue();
        byte[] kept = sealer.file(after.sha256()).orElseThrow();
        assertThat(DigestSealer.sha256(kept)).isEqualTo(after.sha256());
        assertThat(kept.length).isEqualTo(after.size());
        assertThat(new String(kept, StandardCharsets.US_ASCII)).startsWith("%PDF-1.4")
                .contains("QUYET DINH").contains("NOT a digital signature: sha256=" + main.sha256());
        assertThat(sealer.seals()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo("qd.pdf");
            assertThat(s.contentSha256()).isEqualTo(main.sha256());
            assertThat(s.sealedAt()).isEqualTo(Instant.parse("2025-01-20T02:00:00Z"));
        });
        ContentRef unknown = new ContentRef("0".repeat(64), 1);
        assertThatThrownBy(() -> sealer.sign(request(unknown, SignatureRole.ORGANISATION), contents))
                .isInstanceOf(EdocRuleException.class).hasMessageContaining("0".repeat(64));
    }

    @Test
    void aPersonsMarkChangesTheFileButIsNotAnOrganisationSeal() {
        MemoryContentStore contents = new MemoryContentStore();
        DigestSealer sealer = new DigestSealer(new SimulatedClock(Instant.parse("2025-01-20T02:00:00Z")), contents);
        Attachment main = sealer.store("qd.pdf", MiniPdf.of(List.of("QUYẾT ĐỊNH")));
        ContentRef after = sealer.sign(request(new ContentRef(main.sha256(), main.size()), SignatureRole.PERSON),
                contents);
        assertThat(after.sha256()).isNotEqualTo(main.sha256());
        assertThat(new String(sealer.file(after.sha256()).orElseThrow(), StandardCharsets.UTF_8))
                .contains("person mark by Nguyễn Văn An");
        assertThat(sealer.seals()).isEmpty();
    }

    private static SigningRequest request(ContentRef content, SignatureRole role) {
        return new SigningRequest(content, role, OrganCode.parse("000.00.00.H37"),
                new Signer(SigningCompetence.KT, "Phó Chủ tịch", "Nguyễn Văn An"), Optional.empty(),
                Instant.parse("2025-01-20T02:00:00Z"));
    }

    @Test
    void thePdfHasACrossReferenceTablePointingAtItsObjects() {
        byte[] pdf = MiniPdf.of(List.of("a (b) \\ c"));
        String s = new String(pdf, StandardCharsets.US_ASCII);
        int xref = Integer.parseInt(s.substring(s.indexOf("startxref\n") + 10, s.indexOf("\n%%EOF")).strip());
        assertThat(s.substring(xref)).startsWith("xref\n0 6\n");
        String[] rows = s.substring(xref).split("\n");
        for (int i = 1; i <= 5; i++) {
            int offset = Integer.parseInt(rows[2 + i].substring(0, 10));
            assertThat(s.substring(offset)).startsWith(i + " 0 obj");
        }
        assertThat(s).contains("(a \\(b\\) \\\\ c) Tj");
    }

    @Test
    void theExportWritesInstantsInVietnamTimeAndOptionalsAsValues() {
        record Sample(Instant at, Optional<String> maybe, Optional<String> none, OrganCode organ, List<Integer> n) {
        }
        JsonNode json = JsonExport.of(new Sample(Instant.parse("2025-01-20T02:40:00Z"), Optional.of("x"),
                Optional.empty(), OrganCode.parse("000.00.00.H37"), List.of(1, 2)));
        assertThat(json.path("at").asText()).isEqualTo("2025-01-20T09:40:00+07:00");
        assertThat(json.path("maybe").asText()).isEqualTo("x");
        assertThat(json.path("none").isNull()).isTrue();
        assertThat(json.path("organ").asText()).isEqualTo("000.00.00.H37");
        assertThat(json.path("n").get(1).asInt()).isEqualTo(2);
    }

    @Test
    void theClockDoesNotGoBack() {
        SimulatedClock clock = new SimulatedClock(Instant.parse("2025-01-20T02:00:00Z"));
        clock.set(Instant.parse("2025-01-20T03:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-01-20T03:00:00Z"));
        assertThatThrownBy(() -> clock.set(Instant.parse("2025-01-20T01:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
