package vn.edoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.interconnect.edxml.EdxmlStatus;
import vn.edoc.interconnect.edxml.EdxmlWriter;
import vn.edoc.interconnect.edxml.Organization;
import vn.edoc.interconnect.edxml.ResponseFor;
import vn.edoc.interconnect.edxml.StaffInfo;
import vn.edoc.interconnect.edxml.StatusCode;
import vn.edoc.interconnect.edxml.TraceInfo;
import vn.edoc.store.memory.MemoryContentStore;

class EdxmlCommandTest {

    @TempDir
    Path dir;

    private static final String DOCUMENT = """
            {
              "direction": "outgoing",
              "documentId": "000.00.00.H37,2025/01/24,123/QĐ-UBND",
              "notation": "123/QĐ-UBND",
              "type": "Quyết định (cá biệt)",
              "issueDate": "2025-01-24",
              "place": "Lạng Sơn",
              "abstract": "Về việc ban hành Quy chế tiếp nhận, xử lý văn bản điện tử",
              "issuer": {"code": "000.00.00.H37", "name": "Ủy ban nhân dân tỉnh Lạng Sơn"},
              "signer": {"competence": "KT.", "title": "Phó Chủ tịch", "fullName": "Nguyễn Văn An"},
              "recipients": [
                {"name": "Sở Nội vụ", "code": "000.00.01.H37"},
                {"name": "Lưu: VT", "code": null}
              ],
              "pageCount": 3,
              "urgency": "khan",
              "reply": {"required": true, "deadline": "2025-02-10"}
            }
            """;

    private Path file(String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private Path file(String name, String content) throws Exception {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBuiltPackageParsesAndPassesTheClerksChecks() throws Exception {
        byte[] pdf = "%PDF-1.4\n% quyết định 123\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        Path doc = file("document.json", DOCUMENT);
        Path main = file("qd-123.pdf", pdf);
        Path annex = file("phu-luc.xlsx", new byte[] {1, 2, 3});
        Path out = dir.resolve("qd-123.edxml");
        CliRun build = CliRun.of("edxml", "build", doc.toString(), "--attach", main.toString(), "--attach",
                annex.toString(), "--out", out.toString(), "--today", "2025-01-25", "--time",
                "2025-01-24T15:00:00+07:00").noStackTrace();
        assertThat(build.exit()).as(build.toString()).isZero();
        assertThat(build.json().path("attachments").get(0).path("sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(Files.readString(out)).contains("<edXML:Timestamp>2025/01/24 15:00:00</edXML:Timestamp>");

        CliRun parse = CliRun.of("edxml", "parse", out.toString(), "--today", "2025-01-25", "--receiver",
                "000.00.01.H37").noStackTrace();
        assertThat(parse.exit()).as(parse.toString()).isZero();
        JsonNode json = parse.json();
        assertThat(json.path("valid").asBoolean()).isTrue();
        assertThat(json.path("header").path("subject").asText()).startsWith("Về việc ban hành");
        assertThat(json.path("header").path("promulgationDate").asText()).isEqualTo("2025-01-24");
        assertThat(json.path("header").path("from").path("organId").asText()).isEqualTo("000.00.00.H37");
        assertThat(json.path("attachments")).hasSize(2);
        JsonNode first = json.path("attachments").get(0);
        assertThat(first.path("name").asText()).isEqualTo("qd-123.pdf");
        assertThat(first.path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(first.path("size").asLong()).isEqualTo(pdf.length);
        assertThat(parse.codes()).containsExactly("EDOC-EDXML-105");
        assertThat(json.path("signature").path("status").asText()).isEqualTo("absent");
    }

    @Test
    void aSignedPackageVerifies() throws Exception {
        Path p12;
        try (InputStream in = getClass().getResourceAsStream("edxml-signer.p12")) {
            p12 = file("signer.p12", in.readAllBytes());
        }
        Path out = dir.resolve("signed.edxml");
        CliRun build = CliRun.of("edxml", "build", file("document.json", DOCUMENT).toString(), "--attach",
                file("qd-123.pdf", "%PDF-1.4\n%%EOF\n").toString(), "--out", out.toString(), "--keystore",
                p12.toString(), "--password", "changeit", "--alias", "rsa", "--today", "2025-01-25");
        assertThat(build.exit()).as(build.toString()).isZero();
        assertThat(build.json().path("signed").asBoolean()).isTrue();
        CliRun parse = CliRun.of("edxml", "parse", out.toString(), "--today", "2025-01-25");
        assertThat(parse.json().path("signature").path("status").asText()).isEqualTo("valid");
        assertThat(parse.json().path("signature").path("weak").asBoolean()).isFalse();
        assertThat(parse.codes()).isEmpty();
        assertThat(parse.exit()).isZero();
    }

    @Test
    void aRefusedDocumentWritesNothing() throws Exception {
        Path doc = file("document.json", DOCUMENT.replace("\"abstract\": \"Về việc ban hành Quy chế tiếp nhận, xử lý "
                + "văn bản điện tử\",", ""));
        Path out = dir.resolve("x.edxml");
        CliRun build = CliRun.of("edxml", "build", doc.toString(), "--out", out.toString()).noStackTrace();
        assertThat(build.exit()).isEqualTo(1);
        assertThat(build.codes()).contains("EDOC-DOC-001");
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("document.json");
        }
    }

    @Test
    void aDocumentThatIsNotUtf8IsANegativeAnswerAsInValidate() throws Exception {
        Path doc = file("document.json", DOCUMENT.getBytes(java.nio.charset.Charset.forName("windows-1258")));
        Path out = dir.resolve("x.edxml");
        CliRun build = CliRun.of("edxml", "build", doc.toString(), "--out", out.toString()).noStackTrace();
        CliRun validate = CliRun.of("validate", doc.toString()).noStackTrace();
        assertThat(build.exit()).as(build.toString()).isEqualTo(1);
        assertThat(validate.exit()).isEqualTo(1);
        assertThat(validate.codes()).anyMatch(code -> code.startsWith("EDOC-TXT"));
        assertThat(build.codes()).isNotEmpty().containsAll(validate.codes().stream()
                .filter(code -> code.startsWith("EDOC-TXT")).toList());
        assertThat(out).doesNotExist();
    }

    @Test
    void hostileInputIsANegativeAnswerNamingWhatAndWhere() throws Exception {
        Path bad = file("xxe.edxml", "<?xml version=\"1.0\"?><!DOCTYPE edXML [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">&x;</edXML>");
        CliRun parse = CliRun.of("edxml", "parse", bad.toString()).noStackTrace();
        assertThat(parse.exit()).isEqualTo(1);
        assertThat(parse.json().path("valid").asBoolean()).isFalse();
        assertThat(parse.json().path("header").isNull()).isTrue();
        assertThat(parse.codes()).containsExactly("EDOC-EDXML-001");
        assertThat(parse.out()).doesNotContain("root:");
        CliRun missing = CliRun.of("edxml", "parse", dir.resolve("none.edxml").toString()).noStackTrace();
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.json().path("error").asText()).startsWith("file not found");
        CliRun directory = CliRun.of("edxml", "status", dir.toString()).noStackTrace();
        assertThat(directory.exit()).isEqualTo(3);
    }

    @Test
    void statusPrintsTheParsedStatusMessage() throws Exception {
        EdxmlStatus s = new EdxmlStatus(Organization.of("000.00.01.H37", "Sở Nội vụ"),
                new ResponseFor("000.00.00.H37", "123/QĐ-UBND", Optional.of(LocalDate.of(2025, 1, 24)),
                        "000.00.00.H37,2025/01/24,123/QĐ-UBND"), Optional.of(StaffInfo.named("Đặng Thị Ngọc Trâm")),
                StatusCode.REFUSED, "Thiếu trang 3", LocalDateTime.of(2025, 1, 24, 16, 5, 0),
                new TraceInfo(List.of(), Optional.empty()));
        Path file = dir.resolve("status.edxml");
        try (OutputStream out = Files.newOutputStream(file)) {
            EdxmlWriter.of(new MemoryContentStore()).write(s, out);
        }
        CliRun run = CliRun.of("edxml", "status", file.toString()).noStackTrace();
        assertThat(run.exit()).as(run.toString()).isZero();
        JsonNode json = run.json();
        assertThat(json.path("code").asText()).isEqualTo("02");
        assertThat(json.path("messageKind").asText()).isEqualTo("REFUSAL");
        assertThat(json.path("description").asText()).isEqualTo("Thiếu trang 3");
        assertThat(json.path("timestamp").asText()).isEqualTo("2025-01-24T16:05:00+07:00");
        assertThat(json.path("responseFor").path("documentId").asText())
                .isEqualTo("000.00.00.H37,2025/01/24,123/QĐ-UBND");
        assertThat(json.path("staff").path("staff").asText()).isEqualTo("Đặng Thị Ngọc Trâm");

        Path pkg = dir.resolve("p.edxml");
        CliRun build = CliRun.of("edxml", "build", file("document.json", DOCUMENT).toString(), "--out",
                pkg.toString(), "--today", "2025-01-25");
        assertThat(build.exit()).as(build.toString()).isZero();
        CliRun notStatus = CliRun.of("edxml", "status", pkg.toString()).noStackTrace();
        assertThat(notStatus.exit()).isEqualTo(1);
        assertThat(notStatus.codes()).containsExactly("EDOC-EDXML-023");
    }
}
