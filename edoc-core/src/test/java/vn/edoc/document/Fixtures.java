package vn.edoc.document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import vn.edoc.id.DocumentId;
import vn.edoc.id.DocumentType;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;

/** A valid reference document and the clock the tests validate it with. */
final class Fixtures {

    /** 2025-03-01 08:00 in Vietnam. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T01:00:00Z"), ZoneOffset.UTC);

    static final OrganCode PROVINCE = OrganCode.parse("000.00.00.H37");
    static final OrganCode DEPARTMENT = OrganCode.parse("000.00.01.H37");
    static final String PDF_SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private Fixtures() {
    }

    /** An outgoing decision, registered, signed and issued, breaking no rule. */
    static Document reference() {
        return Document.builder()
                .direction(Direction.OUTGOING)
                .documentId(DocumentId.parse("000.00.00.H37,2025,123"))
                .notation(Notation.parse("123/QĐ-UBND"))
                .type(DocumentType.QUYET_DINH)
                .issueDate(LocalDate.of(2025, 1, 24))
                .place("Lạng Sơn")
                .subject("Về việc ban hành Quy chế tiếp nhận, xử lý văn bản điện tử")
                .issuer(PROVINCE, "Ủy ban nhân dân tỉnh Lạng Sơn")
                .signer(SigningCompetence.KT, "Phó Chủ tịch", "Nguyễn Văn An")
                .addRecipient(Recipient.of("Sở Nội vụ", DEPARTMENT))
                .addRecipient(Recipient.of("Lưu: VT"))
                .pageCount(3)
                .replyBy(LocalDate.of(2025, 2, 10))
                .signed(true)
                .addAttachment(new Attachment("qd-123.pdf", "application/pdf", 182_044, PDF_SHA, Attachment.Role.MAIN))
                .addAttachment(new Attachment("phu-luc.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 9_000, PDF_SHA,
                        Attachment.Role.APPENDIX))
                .build();
    }

    static DocumentValidator validator() {
        return DocumentValidator.of(CLOCK);
    }
}
