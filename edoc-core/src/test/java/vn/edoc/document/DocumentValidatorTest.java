package vn.edoc.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edoc.id.DocumentId;
import vn.edoc.id.DocumentType;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;
import vn.edoc.validation.Severity;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

class DocumentValidatorTest {

    private final DocumentValidator validator = Fixtures.validator();

    @Test
    void theReferenceDocumentBreaksNoRule() {
        ValidationResult result = validator.validate(Fixtures.reference());
        assertThat(result.violations()).isEmpty();
        assertThat(Stage.of(Fixtures.reference())).isEqualTo(Stage.ISSUED);
    }

    static List<Arguments> mutations() {
        return List.of(
                mutation("R-FMT-5 notation required once registered", d -> d.notation(null),
                        DocumentViolation.REQUIRED_FIELD_MISSING, "notation"),
                mutation("R-FMT-5 date of issue required", d -> d.issueDate(null),
                        DocumentViolation.REQUIRED_FIELD_MISSING, "issueDate"),
                mutation("R-FMT-5 place required", d -> d.place("  "),
                        DocumentViolation.REQUIRED_FIELD_MISSING, "place"),
                mutation("R-FMT-5 type required", d -> d.type(null),
                        DocumentViolation.REQUIRED_FIELD_MISSING, "type"),
                mutation("R-FMT-5 abstract required", d -> d.subject(null),
                        DocumentViolation.REQUIRED_FIELD_MISSING, "abstract"),
                mutation("R-FMT-5 signer required", d -> d.signer(null),
                        DocumentViolation.REQUIRED_FIELD_MISSING, "signer"),
                mutation("R-FMT-5 signer's name required", d -> d.signer(SigningCompetence.KT, "Phó Chủ tịch", ""),
                        DocumentViolation.REQUIRED_FIELD_MISSING, "signer.fullName"),
                mutation("R-FMT-5 recipients required", d -> d.recipients(List.of()),
                        DocumentViolation.REQUIRED_FIELD_MISSING, "recipients"),
                mutation("R-FMT-5 recipient name required",
                        d -> d.recipients(List.of(Recipient.of("Sở Nội vụ"), Recipient.of(""))),
                        DocumentViolation.REQUIRED_FIELD_MISSING, "recipients[1].name"),
                mutation("R-FMT-5 issuer required", d -> d.issuer(null),
                        DocumentViolation.REQUIRED_FIELD_MISSING, "issuer"),
                mutation("R-FMT-5 document id of an outgoing document required", d -> d.documentId(null),
                        DocumentViolation.REQUIRED_FIELD_MISSING, "documentId"),
                mutation("R-FMT-5 QĐ notation on a công văn", d -> d.type(DocumentType.CONG_VAN),
                        DocumentViolation.NOTATION_TYPE_ON_LETTER, "notation"),
                mutation("R-FMT-5 TB notation on a decision", d -> d.notation(Notation.parse("123/TB-UBND")),
                        DocumentViolation.NOTATION_TYPE_MISMATCH, "notation"),
                mutation("R-FMT-5 công văn notation on a decision", d -> d.notation(Notation.parse("123/UBND-VX")),
                        DocumentViolation.NOTATION_TYPE_MISMATCH, "notation"),
                mutation("R-FMT-5 year in the number of an administrative decision",
                        d -> d.notation(Notation.parse("123/2025/QĐ-UBND")),
                        DocumentViolation.NOTATION_KIND_MISMATCH, "notation"),
                mutation("R-FMT-5 legal normative decision without year",
                        d -> d.type(DocumentType.QUYET_DINH_QPPL),
                        DocumentViolation.NOTATION_KIND_MISMATCH, "notation"),
                mutation("R-FMT-5 date of issue in the future", d -> d.issueDate(LocalDate.of(2025, 3, 2))
                                .replyBy(LocalDate.of(2025, 3, 20)),
                        DocumentViolation.DATE_IN_FUTURE, "issueDate"),
                mutation("R-FMT-5 no pages", d -> d.pageCount(0), DocumentViolation.PAGE_COUNT_INVALID, "pageCount"),
                mutation("R-FMT-5 more than 999 pages", d -> d.pageCount(1000),
                        DocumentViolation.PAGE_COUNT_INVALID, "pageCount"),
                mutation("R-FMT-5 abstract longer than 500", d -> d.subject("a".repeat(501)),
                        DocumentViolation.FIELD_TOO_LONG, "abstract"),
                mutation("R-FMT-5 place longer than 50", d -> d.place("L".repeat(51)),
                        DocumentViolation.FIELD_TOO_LONG, "place"),
                mutation("R-FMT-5 organisation name longer than 200",
                        d -> d.issuer(Fixtures.PROVINCE, "Ủ".repeat(201)),
                        DocumentViolation.FIELD_TOO_LONG, "issuer.name"),
                mutation("R-FMT-5 signer's name longer than 50",
                        d -> d.signer(SigningCompetence.KT, "Phó Chủ tịch", "N".repeat(51)),
                        DocumentViolation.FIELD_TOO_LONG, "signer.fullName"),
                mutation("R-ID-2 document id of another organisation",
                        d -> d.documentId(DocumentId.parse("000.00.01.H37,2025,123")),
                        DocumentViolation.DOCUMENT_ID_ORGAN_MISMATCH, "documentId"),
                mutation("R-ID-2 document id of another year",
                        d -> d.documentId(DocumentId.parse("000.00.00.H37,2024,123")),
                        DocumentViolation.DOCUMENT_ID_YEAR_MISMATCH, "documentId"),
                mutation("R-SEC-1 secret", d -> d.confidentiality(Confidentiality.MAT),
                        DocumentViolation.STATE_SECRET, "confidentiality"),
                mutation("R-SEC-1 top secret", d -> d.confidentiality(Confidentiality.TUYET_MAT),
                        DocumentViolation.STATE_SECRET, "confidentiality"),
                mutation("R-SEC-1 secret stamp in the abstract", d -> d.subject("TỐI MẬT - Về việc phòng thủ"),
                        DocumentViolation.SECRET_STAMP_IN_ABSTRACT, "abstract"),
                mutation("R-SEC-2 complaint", d -> d.contentCategory(ContentCategory.COMPLAINT),
                        DocumentViolation.CONTENT_REFUSED, "contentCategory"),
                mutation("R-FMT-3 executable attachment",
                        d -> d.attachments(List.of(Fixtures.reference().attachments().get(0),
                                new Attachment("setup.exe", "application/octet-stream", 10, Fixtures.PDF_SHA,
                                        Attachment.Role.APPENDIX))),
                        DocumentViolation.ATTACHMENT_FORMAT_NOT_ALLOWED, "attachments[1].name"),
                mutation("R-FMT-3 attachment name with a folder",
                        d -> d.attachments(List.of(Fixtures.reference().attachments().get(0),
                                new Attachment("../x.pdf", "application/pdf", 10, Fixtures.PDF_SHA,
                                        Attachment.Role.APPENDIX))),
                        DocumentViolation.ATTACHMENT_NAME_INVALID, "attachments[1].name"),
                mutation("R-FMT-3 bad digest",
                        d -> d.attachments(List.of(new Attachment("qd-123.pdf", "application/pdf", 10,
                                Fixtures.PDF_SHA.toUpperCase(), Attachment.Role.MAIN))),
                        DocumentViolation.ATTACHMENT_SHA256_INVALID, "attachments[0].sha256"),
                mutation("R-FMT-3 negative size",
                        d -> d.attachments(List.of(new Attachment("qd-123.pdf", "application/pdf", -1,
                                Fixtures.PDF_SHA, Attachment.Role.MAIN))),
                        DocumentViolation.ATTACHMENT_SIZE_INVALID, "attachments[0].size"),
                mutation("R-FMT-3 malformed media type",
                        d -> d.attachments(List.of(new Attachment("qd-123.pdf", "pdf", 10,
                                Fixtures.PDF_SHA, Attachment.Role.MAIN))),
                        DocumentViolation.ATTACHMENT_MEDIA_TYPE_INVALID, "attachments[0].mediaType"),
                mutation("R-FMT-3 media type not matching the extension",
                        d -> d.attachments(List.of(new Attachment("qd-123.pdf", "application/pdf", 10,
                                Fixtures.PDF_SHA, Attachment.Role.MAIN), new Attachment("phu-luc.pdf", "image/png",
                                10, Fixtures.PDF_SHA, Attachment.Role.APPENDIX))),
                        DocumentViolation.ATTACHMENT_MEDIA_TYPE_MISMATCH, "attachments[1].mediaType"),
                mutation("R-FMT-2 two main files",
                        d -> d.attachments(List.of(Fixtures.reference().attachments().get(0),
                                new Attachment("qd-124.pdf", "application/pdf", 10, Fixtures.PDF_SHA,
                                        Attachment.Role.MAIN))),
                        DocumentViolation.MORE_THAN_ONE_MAIN_FILE, "attachments"),
                mutation("R-FMT-2 signed without a main file",
                        d -> d.attachments(List.of(Fixtures.reference().attachments().get(1))),
                        DocumentViolation.SIGNED_MAIN_FILE_MISSING, "attachments"),
                mutation("R-FMT-2 signed main file is not a PDF",
                        d -> d.attachments(List.of(new Attachment("qd-123.docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 10,
                                Fixtures.PDF_SHA, Attachment.Role.MAIN))),
                        DocumentViolation.SIGNED_MAIN_FILE_NOT_PDF, "attachments[0].name"),
                mutation("R-OUT-4 answer without deadline", d -> d.reply(ReplyRequirement.withoutDeadline()),
                        DocumentViolation.REPLY_DEADLINE_MISSING, "reply.deadline"),
                mutation("R-OUT-4 deadline before issue", d -> d.replyBy(LocalDate.of(2025, 1, 23)),
                        DocumentViolation.REPLY_DEADLINE_BEFORE_ISSUE, "reply.deadline"),
                mutation("R-OUT-5 answering itself", d -> d.replyTo(DocumentId.parse("000.00.00.H37,2025,123")),
                        DocumentViolation.REPLY_TO_SELF, "replyTo"),
                mutation("R-OUT-5 answering a later document",
                        d -> d.replyTo(DocumentId.parse("000.00.00.G22,2026,7")),
                        DocumentViolation.REPLY_TO_LATER_YEAR, "replyTo"));
    }

    private static Arguments mutation(String name, UnaryOperator<Document.Builder> change, DocumentViolation expected,
                                      String path) {
        return Arguments.of(name, change, expected, path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void eachRuleBrokenIsReportedWithItsCodeRuleAndPath(String name, UnaryOperator<Document.Builder> change,
                                                         DocumentViolation expected, String path) {
        Document broken = change.apply(Fixtures.reference().toBuilder()).build();
        ValidationResult result = validator.validate(broken, Stage.ISSUED);
        assertThat(result.violations())
                .as(name)
                .anySatisfy(v -> {
                    assertThat(v.code()).isEqualTo(expected.code());
                    assertThat(v.ruleId()).isEqualTo(expected.ruleId());
                    assertThat(v.path()).isEqualTo(path);
                    assertThat(v.severity()).isEqualTo(expected.severity());
                });
        assertThat(result.isValid()).isEqualTo(expected.severity() == Severity.WARNING);
    }

    @Test
    void codesAndRuleIdsAreTheDocumentedOnes() {
        assertThat(DocumentViolation.REQUIRED_FIELD_MISSING.code()).isEqualTo("EDOC-DOC-001");
        assertThat(DocumentViolation.ISSUED_NOT_SIGNED.ruleId()).isEqualTo("R-FMT-4");
        assertThat(DocumentViolation.STATE_SECRET.ruleId()).isEqualTo("R-SEC-1");
        assertThat(DocumentViolation.PAPER_COPY_MISSING.ruleId()).isEqualTo("R-PAPER-1");
        assertThat(java.util.Arrays.stream(DocumentViolation.values()).map(DocumentViolation::code).distinct())
                .hasSize(DocumentViolation.values().length)
                .allMatch(c -> c.matches("EDOC-DOC-\\d{3}"));
    }

    @Test
    void anIssuedOutgoingDocumentMustBeSignedR_FMT_4() {
        Document unsigned = Fixtures.reference().toBuilder().signed(false).build();
        ValidationResult result = validator.validate(unsigned, Stage.ISSUED);
        assertThat(result.errors()).extracting(Violation::code, Violation::ruleId, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EDOC-DOC-034", "R-FMT-4", "signed"));
        // a registered, not yet issued document need not be signed
        assertThat(validator.validate(unsigned, Stage.REGISTERED).violations()).isEmpty();
        assertThat(Stage.of(unsigned)).isEqualTo(Stage.REGISTERED);
    }

    @Test
    void aDraftMayLackNumberNotationDateSignerAndRecipients() {
        Document draft = Document.builder()
                .direction(Direction.OUTGOING)
                .type(DocumentType.CONG_VAN)
                .subject("V/v góp ý dự thảo kế hoạch")
                .issuer(Fixtures.PROVINCE, "Ủy ban nhân dân tỉnh Lạng Sơn")
                .build();
        assertThat(Stage.of(draft)).isEqualTo(Stage.DRAFT);
        assertThat(validator.validate(draft).violations()).isEmpty();
        ValidationResult registered = validator.validate(draft, Stage.REGISTERED);
        assertThat(registered.errors()).extracting(Violation::path)
                .containsExactlyInAnyOrder("notation", "documentId", "issueDate", "place", "signer", "recipients",
                        "pageCount");
    }

    @Test
    void anIncomingDocumentIsCheckedAsIssuedButNeedsNoDocumentIdNorSignature() {
        Document incoming = Fixtures.reference().toBuilder().direction(Direction.INCOMING).documentId(null)
                .signed(false).build();
        assertThat(validator.validate(incoming).violations()).isEmpty();
        Document noNotation = incoming.toBuilder().notation(null).build();
        assertThat(validator.validate(noNotation).errors()).extracting(Violation::path).containsExactly("notation");
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        Document bad = Fixtures.reference().toBuilder()
                .notation(null)
                .place(null)
                .confidentiality(Confidentiality.TOI_MAT)
                .pageCount(-2)
                .reply(ReplyRequirement.withoutDeadline())
                .build();
        assertThat(validator.validate(bad, Stage.ISSUED).errors()).extracting(Violation::ruleId)
                .contains("R-FMT-5", "R-SEC-1", "R-OUT-4")
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void textFieldsAreCheckedForTcvn6909R_FMT_1() {
        String decomposed = java.text.Normalizer.normalize("Lạng Sơn", java.text.Normalizer.Form.NFD);
        Document d = Fixtures.reference().toBuilder().place(decomposed).build();
        ValidationResult result = validator.validate(d);
        assertThat(result.violations()).anySatisfy(v -> {
            assertThat(v.ruleId()).isEqualTo("R-FMT-1");
            assertThat(v.path()).startsWith("place");
        });
    }

    @Test
    void theSecurityPolicyIsConfigurable() {
        Document complaint = Fixtures.reference().toBuilder().contentCategory(ContentCategory.COMPLAINT).build();
        DocumentValidator lenient = DocumentValidator.builder(Fixtures.CLOCK)
                .securityPolicy(SecurityPolicy.builder().complaints(SecurityPolicy.Handling.WARN).build()).build();
        ValidationResult result = lenient.validate(complaint);
        assertThat(result.isValid()).isTrue();
        assertThat(result.warnings()).extracting(Violation::code).containsExactly("EDOC-DOC-013");
    }

    @Test
    void theFormatPolicyIsConfigurable() {
        DocumentValidator small = DocumentValidator.builder(Fixtures.CLOCK)
                .formatPolicy(FormatPolicy.defaults().withMaxSize(100_000)).build();
        ValidationResult result = small.validate(Fixtures.reference());
        assertThat(result.errors()).extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EDOC-DOC-024", "attachments[0].size"));
    }

    @Test
    void theFutureIsJudgedInVietnamTime() {
        // 2025-03-01T01:00Z is 08:00 on 1 March in Vietnam: a document dated 1 March is not in the future
        Document today = Fixtures.reference().toBuilder().issueDate(LocalDate.of(2025, 3, 1))
                .replyBy(LocalDate.of(2025, 3, 10)).build();
        assertThat(validator.validate(today).violations()).isEmpty();
    }

    @Test
    void legalNormativeNotationsCarryTheirYear() {
        Document normative = Fixtures.reference().toBuilder().type(DocumentType.QUYET_DINH_QPPL)
                .notation(Notation.parse("12/2025/QĐ-UBND")).build();
        assertThat(validator.validate(normative).violations()).isEmpty();
        OrganCode other = OrganCode.parse("000.00.00.G22");
        assertThat(other.value()).isEqualTo("000.00.00.G22");
    }
}
