package vn.edoc.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.edoc.id.DocumentType;
import vn.edoc.id.Notation;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Parsed;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/** The findings of the document review, one test (or more) each. */
class DocumentReviewFindingsTest {

    // ----- item 4: the notation's kind agrees with the type, the year rule is not checked twice -----

    @Test
    void aLegalNormativeNotationOnAnAdministrativeDecisionIsAConsistencyError() {
        Document d = Fixtures.reference().toBuilder().notation(Notation.parse("123/2025/QĐ-UBND")).build();
        ValidationResult r = Fixtures.validator().validate(d);
        assertThat(r.has(DocumentViolation.NOTATION_KIND_MISMATCH)).isTrue();
        assertThat(r.errors()).extracting(Violation::code).doesNotContain("EDOC-DOC-009", "EDOC-DOC-014");
        assertThat(r.errors()).filteredOn(v -> v.path().equals("notation")).hasSize(1);
    }

    @Test
    void aCongVanWithAYearBearingNotationIsAConsistencyError() {
        Document d = Fixtures.reference().toBuilder().type(DocumentType.CONG_VAN)
                .notation(Notation.parse("123/2025/UBND")).build();
        assertThat(Fixtures.validator().validate(d).has(DocumentViolation.NOTATION_KIND_MISMATCH)).isTrue();
    }

    // ----- item 5: no exception for bad input -----

    @Test
    void validatingNothingIsAResultWithAViolation() {
        ValidationResult r = Fixtures.validator().validate(null);
        assertThat(r.isValid()).isFalse();
        assertThat(r.has(DocumentViolation.DOCUMENT_MISSING)).isTrue();
        assertThat(Fixtures.validator().validate(null, Stage.ISSUED).has(DocumentViolation.DOCUMENT_MISSING))
                .isTrue();
        assertThat(Fixtures.validator().validate(Fixtures.reference(), null))
                .isEqualTo(Fixtures.validator().validate(Fixtures.reference()));
    }

    @Test
    void aDocumentWithoutDirectionIsARuleRefusalNamingTheField() {
        assertThatThrownBy(() -> Document.builder().build()).isInstanceOfSatisfying(EdocRuleException.class,
                e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("direction");
                    assertThat(v.code()).isEqualTo(DocumentViolation.REQUIRED_FIELD_MISSING.code());
                }));
    }

    @Test
    void aNullClockIsAProgrammingErrorWithAClearMessage() {
        assertThatThrownBy(() -> DocumentValidator.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("clock");
    }

    // ----- item 9: the signed format is a setting, checked by content -----

    @Test
    void theSignedMainFileMustHaveTheSignedFormatsMagicBytes() {
        FormatPolicy pdf = FormatPolicy.defaults();
        byte[] text = "hello, not a pdf".getBytes(StandardCharsets.US_ASCII);
        byte[] real = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(pdf.signedExtension()).isEqualTo("pdf");
        assertThat(pdf.checkSignedContent("qd.pdf", text, "attachments[0]")
                .has(DocumentViolation.SIGNED_MAIN_CONTENT_MISMATCH)).isTrue();
        assertThat(pdf.checkSignedContent("qd.pdf", real, "attachments[0]").violations()).isEmpty();
        assertThat(pdf.checkSignedContent("qd.docx", real, "attachments[0]")
                .has(DocumentViolation.SIGNED_MAIN_FILE_NOT_PDF)).isTrue();
        assertThat(pdf.checkSignedContent("qd.pdf", null, "attachments[0]").isValid()).isFalse();
    }

    @Test
    void aDeploymentMayChooseAnotherSignedFormat() {
        FormatPolicy odt = FormatPolicy.defaults().toBuilder().signedFormat("odt", MagicCheck.ODF_TEXT).build();
        assertThat(odt.signedExtension()).isEqualTo("odt");
        DocumentValidator validator = DocumentValidator.builder(Fixtures.CLOCK).formatPolicy(odt).build();
        assertThat(validator.validate(Fixtures.reference()).has(DocumentViolation.SIGNED_MAIN_FILE_NOT_PDF))
                .isTrue();
        assertThat(Fixtures.validator().validate(Fixtures.reference()).isValid()).isTrue();
        byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(odt.checkSignedContent("qd.pdf", pdf, "a").isValid()).isFalse();
    }

    @Test
    void aSignedMainFileWithAnotherMediaTypeIsRefused() {
        Document d = Fixtures.reference().toBuilder()
                .attachments(java.util.List.of(new Attachment("qd-123.pdf", "image/png", 182_044, Fixtures.PDF_SHA,
                        Attachment.Role.MAIN))).build();
        assertThat(Fixtures.validator().validate(d).errors())
                .anyMatch(v -> v.code().equals(DocumentViolation.SIGNED_MAIN_FILE_NOT_PDF.code())
                        && v.path().equals("attachments[0].mediaType"));
    }

    // ----- item 10: JSON type and Vietnamese labels -----

    @Test
    void theAbbreviationQdWithAYearBearingNotationIsTheLegalNormativeDecision() {
        Document d = DocumentJson.read("{\"direction\":\"outgoing\",\"type\":\"QĐ\",\"notation\":\"12/2020/QĐ-UBND\"}")
                .orThrow();
        assertThat(d.type()).contains(DocumentType.QUYET_DINH_QPPL);
        Document n = DocumentJson.read("{\"direction\":\"outgoing\",\"type\":\"NQ\",\"notation\":\"12/2020/NQ-HĐND\"}")
                .orThrow();
        assertThat(n.type()).contains(DocumentType.NGHI_QUYET_QPPL);
        Document a = DocumentJson.read("{\"direction\":\"outgoing\",\"type\":\"QĐ\",\"notation\":\"12/QĐ-UBND\"}")
                .orThrow();
        assertThat(a.type()).contains(DocumentType.QUYET_DINH);
    }

    @Test
    void vietnameseConfidentialityLabelsAreReadSoTheRefusalNamesRsec1() {
        String[][] cases = {{"Mật", "MAT"}, {"MẬT", "MAT"}, {"Tối mật", "TOI_MAT"}, {"tuyet mat", "TUYET_MAT"},
            {"TUYỆT MẬT", "TUYET_MAT"}, {"Thường", "NONE"}};
        for (String[] c : cases) {
            Parsed<Document> p = DocumentJson.read("{\"direction\":\"incoming\",\"confidentiality\":\"" + c[0] + "\"}");
            assertThat(p.isValid()).as(c[0]).isTrue();
            assertThat(p.value().confidentiality()).as(c[0]).isEqualTo(Confidentiality.valueOf(c[1]));
        }
        Document secret = DocumentJson.read("{\"direction\":\"incoming\",\"confidentiality\":\"Mật\"}").orThrow();
        assertThat(Fixtures.validator().validate(secret).errors()).extracting(Violation::ruleId).contains("R-SEC-1");
    }

    @Test
    void vietnameseUrgencyLabelsAreRead() {
        String[][] cases = {{"Khẩn", "KHAN"}, {"Hỏa tốc", "HOA_TOC"}, {"Hoả tốc", "HOA_TOC"},
            {"Thượng khẩn", "THUONG_KHAN"}, {"thuong_khan", "THUONG_KHAN"}};
        for (String[] c : cases) {
            Parsed<Document> p = DocumentJson.read("{\"direction\":\"incoming\",\"urgency\":\"" + c[0] + "\"}");
            assertThat(p.isValid()).as(c[0]).isTrue();
            assertThat(p.value().urgency()).as(c[0]).isEqualTo(Urgency.valueOf(c[1]));
        }
    }

    // ----- item 13: JSON article, SVG opt-in -----

    @Test
    void malformedJsonNamesTheJsonFormNotAnArticleOfTheSeeds() {
        Violation v = DocumentJson.read("{").result().errors().get(0);
        assertThat(v.ruleId()).isEqualTo("R-FMT-5");
        assertThat(v.article()).contains("JSON").doesNotContain("BS Đ4.1");
    }

    @Test
    void svgIsNotAcceptedByDefaultButCanBeAllowed() {
        assertThat(FormatPolicy.defaults().allows("so-do.svg")).isFalse();
        FormatPolicy withSvg = FormatPolicy.defaults().toBuilder().allow("svg", "image/svg+xml", MagicCheck.SVG)
                .build();
        assertThat(withSvg.allows("so-do.svg")).isTrue();
    }
}
