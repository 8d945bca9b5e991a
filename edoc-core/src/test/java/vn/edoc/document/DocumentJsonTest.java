package vn.edoc.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.edoc.id.DocumentType;
import vn.edoc.internal.json.JsonLimits;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.Violation;

class DocumentJsonTest {

    /** The example of DocumentJson's Javadoc, verbatim. */
    static final String EXAMPLE = """
            {
              "direction": "outgoing",
              "documentId": "000.00.00.H37,2025,123",
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
              "confidentiality": "none",
              "contentCategory": "ordinary",
              "reply": {"required": true, "deadline": "2025-02-10"},
              "replyTo": null,
              "signed": true,
              "attachments": [
                {"name": "qd-123.pdf", "mediaType": "application/pdf", "size": 182044,
                 "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "role": "main"}
              ]
            }
            """;

    @Test
    void theDocumentedExampleReadsAndIsValid() {
        Parsed<Document> parsed = DocumentJson.read(EXAMPLE);
        assertThat(parsed.result().violations()).isEmpty();
        Document d = parsed.orThrow();
        assertThat(d.type()).contains(DocumentType.QUYET_DINH);
        assertThat(d.urgency()).isEqualTo(Urgency.KHAN);
        assertThat(d.signer().orElseThrow().competence()).isEqualTo(SigningCompetence.KT);
        assertThat(d.recipients()).hasSize(2);
        assertThat(d.recipients().get(1).code()).isEmpty();
        assertThat(d.reply().orElseThrow().deadline()).contains(LocalDate.of(2025, 2, 10));
        assertThat(d.mainFile().orElseThrow().size()).isEqualTo(182_044L);
        assertThat(Fixtures.validator().validate(d).violations()).isEmpty();
    }

    @Test
    void theJavadocShowsThisVeryExample() throws java.io.IOException {
        // the README points at DocumentJson's Javadoc: keep its example and this test's one the same document
        String source = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/java/vn/edoc/document/DocumentJson.java"));
        int start = source.indexOf("<pre>{@code") + "<pre>{@code".length();
        int end = source.indexOf("}</pre>", start);
        String example = source.substring(start, end).lines()
                .map(l -> l.replaceFirst("^\\s*\\* ?", ""))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(vn.edoc.internal.json.Json.parse(example)).isEqualTo(vn.edoc.internal.json.Json.parse(EXAMPLE));
    }

    @Test
    void writingThenReadingGivesTheSameDocument() {
        Document d = Fixtures.reference();
        String json = DocumentJson.write(d);
        assertThat(json).contains("\"abstract\": \"Về việc").contains("\"type\": \"Quyết định (cá biệt)\"");
        assertThat(DocumentJson.read(json).orThrow()).isEqualTo(d);
        Document minimal = Document.builder().direction(Direction.INTERNAL).build();
        assertThat(DocumentJson.read(DocumentJson.write(minimal)).orThrow()).isEqualTo(minimal);
    }

    @Test
    void onlyTheDirectionIsRequired() {
        Document d = DocumentJson.read("{\"direction\": \"Incoming\"}").orThrow();
        assertThat(d.direction()).isEqualTo(Direction.INCOMING);
        assertThat(d.urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(d.reply()).isEmpty();
        Parsed<Document> none = DocumentJson.read("{}");
        assertThat(none.isValid()).isFalse();
        assertThat(none.result().errors()).extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EDOC-DOC-045", "direction"));
    }

    @Test
    void theTypeIsReadByNameOrAbbreviation() {
        assertThat(DocumentJson.read("{\"direction\":\"outgoing\",\"type\":\"QĐ\"}").orThrow().type())
                .contains(DocumentType.QUYET_DINH);
        assertThat(DocumentJson.read("{\"direction\":\"outgoing\",\"type\":\"công văn\"}").orThrow().type())
                .contains(DocumentType.CONG_VAN);
        assertThat(DocumentJson.read("{\"direction\":\"outgoing\",\"type\":\"Tờ trình\"}").orThrow().type())
                .contains(DocumentType.TO_TRINH);
        for (DocumentType t : DocumentType.values()) {
            assertThat(DocumentJson.documentType(t.vietnameseName())).contains(t);
        }
    }

    @Test
    void malformedJsonIsAViolationWithLineAndColumn() {
        Parsed<Document> p = DocumentJson.read("{\n  \"direction\": outgoing\n}");
        assertThat(p.isValid()).isFalse();
        assertThat(p.result().errors()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("EDOC-DOC-040");
            assertThat(v.messageEn()).contains("line 2");
        });
        assertThat(DocumentJson.read(null).isValid()).isFalse();
        assertThat(DocumentJson.read("[1,2]").result().errors()).extracting(Violation::code)
                .containsExactly("EDOC-DOC-041");
        assertThat(DocumentJson.read("{\"direction\":\"outgoing\"}", new JsonLimits(10, 4, 10, 10)).result()
                .has("EDOC-DOC-040")).isTrue();
    }

    @Test
    void everyFaultIsReportedWithItsJsonPath() {
        String json = """
                {
                  "direction": "sideways",
                  "documentId": "not an id",
                  "notation": 42,
                  "type": "Sắc lệnh",
                  "issueDate": "24/01/2025",
                  "issuer": {"code": "000.00.00.H37"},
                  "recipients": [{"name": "Sở Nội vụ", "code": "??"}, "Lưu"],
                  "pageCount": 2.5,
                  "urgency": "very",
                  "reply": {"required": "yes"},
                  "replyTo": "nonsense",
                  "signed": "true",
                  "attachments": [{"name": "a.pdf", "mediaType": "application/pdf", "size": -1,
                                   "sha256": "x", "role": "main"},
                                  {"name": "b.pdf", "size": 1e400, "sha256": "x", "role": "primary"}],
                  "colour": "blue"
                }
                """;
        Parsed<Document> p = DocumentJson.read(json);
        assertThat(p.isValid()).isFalse();
        assertThat(p.result().violations()).extracting(Violation::path).contains(
                "direction", "documentId", "notation", "type", "issueDate", "issuer.name", "recipients[0].code",
                "recipients[1]", "pageCount", "urgency", "reply.required", "replyTo", "signed",
                "attachments[1].mediaType", "attachments[1].size", "attachments[1].role", "colour");
        assertThat(p.result().violations()).filteredOn(v -> v.path().equals("replyTo")).extracting(Violation::ruleId)
                .contains("R-OUT-5");
        assertThat(p.result().violations()).filteredOn(v -> v.path().equals("documentId"))
                .allSatisfy(v -> assertThat(v.code()).startsWith("EDOC-ID-"));
        assertThat(p.result().warnings()).extracting(Violation::path).containsExactly("colour");
    }

    @Test
    void unknownMembersAreWarningsOnly() {
        Parsed<Document> p = DocumentJson.read("{\"direction\":\"internal\",\"x\":1,\"issuer\":"
                + "{\"code\":\"000.00.00.H37\",\"name\":\"UBND\",\"fax\":\"1\"}}");
        assertThat(p.isValid()).isTrue();
        assertThat(p.result().warnings()).extracting(Violation::code, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("EDOC-DOC-043", "issuer.fax"),
                org.assertj.core.groups.Tuple.tuple("EDOC-DOC-043", "x"));
    }

    @Test
    void aDeadlineWithoutRequirementIsIgnoredWithAWarning() {
        Parsed<Document> p = DocumentJson.read(
                "{\"direction\":\"outgoing\",\"reply\":{\"required\":false,\"deadline\":\"2025-01-01\"}}");
        assertThat(p.orThrow().reply()).isEmpty();
        assertThat(p.result().warnings()).extracting(Violation::ruleId).containsExactly("R-OUT-4");
        Parsed<Document> implied = DocumentJson.read("{\"direction\":\"outgoing\",\"reply\":{\"deadline\":\"2025-01-01\"}}");
        assertThat(implied.orThrow().reply()).contains(ReplyRequirement.by(LocalDate.of(2025, 1, 1)));
        Parsed<Document> noDeadline = DocumentJson.read("{\"direction\":\"outgoing\",\"reply\":{\"required\":true}}");
        assertThat(noDeadline.orThrow().reply()).contains(ReplyRequirement.withoutDeadline());
        assertThat(Fixtures.validator().validate(noDeadline.orThrow()).has(DocumentViolation.REPLY_DEADLINE_MISSING))
                .isTrue();
    }

    @Test
    void textIsKeptExactlySoTheValidatorCanJudgeIt() {
        String nfd = java.text.Normalizer.normalize("Lạng Sơn", java.text.Normalizer.Form.NFD);
        Document d = DocumentJson.read("{\"direction\":\"outgoing\",\"place\":\" " + nfd + "\"}").orThrow();
        assertThat(d.place()).contains(" " + nfd);
    }

    @Test
    void impossibleDatesAreRefused() {
        assertThat(DocumentJson.read("{\"direction\":\"outgoing\",\"issueDate\":\"2025-02-29\"}").result()
                .has(DocumentViolation.JSON_INVALID_DATE)).isTrue();
    }
}
