package vn.edoc.document;

import vn.edoc.validation.Severity;
import vn.edoc.validation.ViolationSpec;
import vn.edoc.validation.ViolationType;

/**
 * The violations (vi phạm) found in documents, their attachments and their JSON form, with codes
 * {@code EDOC-DOC-NNN}. Codes are stable: a code is never reused for another meaning.
 *
 * <p>The JSON reading violations ({@code EDOC-DOC-040} to {@code 049}) name R-FMT-5, since the JSON form carries
 * the presentation fields (thể thức) of the document, and as article the edoc JSON form itself ({@link DocumentJson}
 * and the README), since a malformed JSON text breaks no article of the seeds; the identifier consistency checks name R-ID-2 (the document
 * identifier is made of the issuing organisation's code and the year of issue).
 */
public enum DocumentViolation implements ViolationType {

    // ---- R-FMT-5 presentation (thể thức) ----
    REQUIRED_FIELD_MISSING("EDOC-DOC-001", "R-FMT-5", "BS Đ4.1, LS Đ4.1, LA Đ4.1; Decree 30/2020 Điều 8",
            Severity.ERROR,
            "Thiếu thành phần thể thức bắt buộc \"%s\" (giai đoạn %s).",
            "The presentation field \"%s\" is required (stage %s)."),
    NOTATION_TYPE_MISMATCH("EDOC-DOC-002", "R-FMT-5", "Decree 30/2020 Phụ lục I Phần I §3", Severity.ERROR,
            "Ký hiệu văn bản mang chữ viết tắt loại \"%s\" nhưng loại văn bản là %s (cần \"%s\").",
            "The notation carries the type abbreviation \"%s\" but the document is a %s (expected \"%s\")."),
    NOTATION_TYPE_ON_LETTER("EDOC-DOC-003", "R-FMT-5", "Decree 30/2020 Phụ lục I Phần I §3", Severity.ERROR,
            "%s không có chữ viết tắt loại văn bản trong ký hiệu, nhưng ký hiệu mang \"%s\".",
            "A %s carries no type abbreviation in its notation, but the notation carries \"%s\"."),
    DOCUMENT_ID_ORGAN_MISMATCH("EDOC-DOC-004", "R-ID-2", "LS Đ8.3", Severity.ERROR,
            "Mã định danh văn bản mang mã cơ quan %s, khác cơ quan ban hành %s.",
            "The document identifier carries the organisation code %s, not the issuer's %s."),
    DOCUMENT_ID_YEAR_MISMATCH("EDOC-DOC-005", "R-ID-2", "LS Đ8.3", Severity.ERROR,
            "Mã định danh văn bản mang năm %s, khác năm ban hành %s.",
            "The document identifier carries the year %s, not the year of issue %s."),
    /**
     * Retired: the year rule lives in {@code vn.edoc.id.Notation} ({@code EDOC-ID-043}, an error there) and is no
     * longer reported by the validator; the code stays reserved and is never reused.
     */
    @Deprecated
    NOTATION_YEAR_UNEXPECTED("EDOC-DOC-009", "R-FMT-5", "Decree 30/2020 Phụ lục I Phần I §3", Severity.ERROR,
            "Số \"%s\" ghi năm, nhưng chỉ văn bản quy phạm pháp luật mới ghi năm trong số; %s là văn bản hành chính.",
            "The number \"%s\" carries a year, which only legal normative documents do; a %s is administrative."),
    /**
     * Retired: the year rule lives in {@code vn.edoc.id.Notation} ({@code EDOC-ID-042}, an error there) and is no
     * longer reported by the validator; the code stays reserved and is never reused.
     */
    @Deprecated
    NOTATION_YEAR_MISSING("EDOC-DOC-014", "R-FMT-5", "Law on the promulgation of legal normative documents 2015",
            Severity.ERROR,
            "Số \"%s\" của văn bản quy phạm pháp luật (%s) phải ghi năm (số/năm/ký hiệu).",
            "The number \"%s\" of a legal normative document (%s) must carry the year (number/year/notation)."),
    /**
     * The notation is of the other kind than the document's type (R-FMT-5, consistency of the document's fields): a
     * legal normative number ({@code 12/2025/QĐ-UBND}) on an administrative Quyết định, an administrative one on a
     * legal normative type, a number with a year on a Công văn.
     */
    NOTATION_KIND_MISMATCH("EDOC-DOC-015", "R-FMT-5", "Decree 30/2020 Phụ lục I Phần I §3; Luật ban hành VBQPPL "
            + "2015 Điều 10", Severity.ERROR,
            "Số, ký hiệu \"%s\" là của %s, nhưng loại văn bản là %s.",
            "The number and notation \"%s\" is that of a %s, but the document's type is %s."),
    /** No document was given to the validator. */
    DOCUMENT_MISSING("EDOC-DOC-016", "R-FMT-5", "BS Đ4.1, LS Đ4.1, LA Đ4.1; Decree 30/2020 Điều 8", Severity.ERROR,
            "Không có văn bản để kiểm tra.",
            "No document was given to check."),
    DATE_IN_FUTURE("EDOC-DOC-006", "R-FMT-5", "Decree 30/2020 Phụ lục I Phần I §4", Severity.ERROR,
            "Ngày %s ở tương lai (hôm nay là %s).",
            "The date %s is in the future (today is %s)."),
    /** A date of issue before the {@link DatePlausibility} range (a typing or hostile value). */
    ISSUE_DATE_IMPLAUSIBLE("EDOC-DOC-017", "R-FMT-5", "Decree 30/2020 Phụ lục I Phần I §4", Severity.ERROR,
            "Ngày ban hành %s không hợp lý: phải từ %s đến hôm nay.",
            "The date of issue %s is not plausible: it must lie from %s to today."),
    /** A reply deadline outside the {@link DatePlausibility} range (a typing or hostile value). */
    REPLY_DEADLINE_IMPLAUSIBLE("EDOC-DOC-018", "R-OUT-4", "BS Đ14.2, LA Đ9.2d, BS Đ15", Severity.ERROR,
            "Hạn trả lời %s không hợp lý: phải từ %s đến %s.",
            "The reply deadline %s is not plausible: it must lie from %s to %s."),
    PAGE_COUNT_INVALID("EDOC-DOC-007", "R-FMT-5", "Decree 30/2020 Phụ lục VI (PageAmount, Number 3)", Severity.ERROR,
            "Số trang %s không hợp lệ: phải từ 1 đến 999.",
            "The page count %s is invalid: it must be between 1 and 999."),
    FIELD_TOO_LONG("EDOC-DOC-008", "R-FMT-5", "Decree 30/2020 Phụ lục VI", Severity.ERROR,
            "Trường dài %s ký tự, vượt giới hạn %s ký tự.",
            "The field has %s characters, more than the limit of %s."),

    // ---- R-SEC-1, R-SEC-2 ----
    STATE_SECRET("EDOC-DOC-010", "R-SEC-1", "LS Đ1.2, LA Đ1.2, TP Đ3, SL Đ3.2", Severity.ERROR,
            "Văn bản có độ mật \"%s\" (bí mật nhà nước) không được đưa vào hay gửi qua hệ thống.",
            "A document classified \"%s\" (state secret) is never entered into nor sent through the system."),
    SECRET_STAMP_IN_ABSTRACT("EDOC-DOC-011", "R-SEC-1", "LS Đ1.2, LA Đ1.2, TP Đ3, SL Đ3.2", Severity.WARNING,
            "Trích yếu bắt đầu bằng dấu mật \"%s\" trong khi độ mật khai là \"Thường\": cần kiểm tra.",
            "The abstract starts with the secret stamp \"%s\" while the document is declared unclassified: check it."),
    CONTENT_REFUSED("EDOC-DOC-012", "R-SEC-2", "SL Đ3.2", Severity.ERROR,
            "Văn bản loại \"%s\" không được cập nhật vào hệ thống.",
            "A document of the category \"%s\" is not entered into the system."),
    CONTENT_FLAGGED("EDOC-DOC-013", "R-SEC-2", "SL Đ3.2", Severity.WARNING,
            "Văn bản loại \"%s\": theo quy định có thể không được cập nhật vào hệ thống, cần kiểm tra.",
            "A document of the category \"%s\" may not belong in the system under the regulation: check it."),

    // ---- R-FMT-3 attachments ----
    ATTACHMENT_NAME_MISSING("EDOC-DOC-020", "R-FMT-3", "LS Đ4.3, LA Đ4.4a", Severity.ERROR,
            "Tệp đính kèm không có tên.",
            "The attachment has no file name."),
    ATTACHMENT_NAME_INVALID("EDOC-DOC-021", "R-FMT-3", "LS Đ4.3, LA Đ4.4a", Severity.ERROR,
            "Tên tệp \"%s\" không hợp lệ: %s.",
            "The file name \"%s\" is invalid: %s."),
    ATTACHMENT_FORMAT_NOT_ALLOWED("EDOC-DOC-022", "R-FMT-3", "LS Đ4.3, LA Đ4.4a", Severity.ERROR,
            "Định dạng \"%s\" không thuộc các định dạng được chấp nhận (%s).",
            "The format \"%s\" is not among the accepted formats (%s)."),
    ATTACHMENT_CONTENT_MISMATCH("EDOC-DOC-023", "R-FMT-3", "LS Đ4.3, LA Đ4.4a", Severity.ERROR,
            "Nội dung tệp \"%s\" không phải định dạng %s (nhận diện được: %s).",
            "The content of \"%s\" is not a %s file (recognised: %s)."),
    ATTACHMENT_TOO_LARGE("EDOC-DOC-024", "R-FMT-3", "LS Đ4.3, LA Đ4.4a", Severity.ERROR,
            "Tệp dung lượng %s byte vượt giới hạn %s byte.",
            "The file has %s bytes, more than the limit of %s bytes."),
    ATTACHMENT_SIZE_INVALID("EDOC-DOC-025", "R-FMT-3", "LS Đ4.3, LA Đ4.4a", Severity.ERROR,
            "Dung lượng tệp %s không hợp lệ.",
            "The file size %s is invalid."),
    ATTACHMENT_SHA256_INVALID("EDOC-DOC-026", "R-FMT-3", "LS Đ4.3, LA Đ4.4a", Severity.ERROR,
            "Mã băm SHA-256 \"%s\" không hợp lệ: cần đúng 64 chữ số thập lục phân viết thường.",
            "The SHA-256 digest \"%s\" is invalid: exactly 64 lower-case hexadecimal digits are needed."),
    ATTACHMENT_MEDIA_TYPE_INVALID("EDOC-DOC-027", "R-FMT-3", "LS Đ4.3, LA Đ4.4a", Severity.ERROR,
            "Kiểu MIME \"%s\" không hợp lệ.",
            "The media type \"%s\" is malformed."),
    ATTACHMENT_MEDIA_TYPE_MISMATCH("EDOC-DOC-028", "R-FMT-3", "LS Đ4.3, LA Đ4.4a", Severity.WARNING,
            "Kiểu MIME \"%s\" không khớp với phần mở rộng \"%s\" (thường là \"%s\").",
            "The media type \"%s\" does not match the extension \"%s\" (usually \"%s\")."),
    PDF_HEADER_NOT_AT_START("EDOC-DOC-029", "R-FMT-3", "LS Đ4.3, LA Đ4.4a", Severity.WARNING,
            "Đầu tệp PDF \"%%PDF-\" nằm ở vị trí %s, không ở đầu tệp: tệp có dữ liệu thừa phía trước.",
            "The PDF header \"%%PDF-\" sits at offset %s, not at the start: the file has leading garbage."),
    ATTACHMENT_CONTENT_MISSING("EDOC-DOC-030", "R-FMT-3", "LS Đ4.3, LA Đ4.4a", Severity.ERROR,
            "Không có phần đầu nội dung tệp \"%s\" để kiểm tra.",
            "No leading bytes of \"%s\" were given to check its content."),

    // ---- R-FMT-2, R-FMT-4 signed documents ----
    MORE_THAN_ONE_MAIN_FILE("EDOC-DOC-031", "R-FMT-2", "LS Đ4.3a, LA Đ4.4b", Severity.ERROR,
            "Có %s tệp chính (main); chỉ được một tệp văn bản chính.",
            "There are %s main files; a document has only one main (signed) file."),
    SIGNED_MAIN_FILE_MISSING("EDOC-DOC-032", "R-FMT-2", "LS Đ4.3a, LA Đ4.4b", Severity.ERROR,
            "Văn bản đã ký số nhưng không có tệp chính (main).",
            "The document is signed but has no main file."),
    /**
     * The signed main file is not in the deployment's signed format (by default PDF, {@link FormatPolicy}): its
     * extension or its media type says otherwise.
     */
    SIGNED_MAIN_FILE_NOT_PDF("EDOC-DOC-033", "R-FMT-2", "LS Đ4.3a, LA Đ4.4b", Severity.ERROR,
            "Tệp chính của văn bản ký số phải là %s, không phải \"%s\".",
            "The main file of a signed document must be %s, not \"%s\"."),
    ISSUED_NOT_SIGNED("EDOC-DOC-034", "R-FMT-4", "BS Đ4.4, BS Đ14", Severity.ERROR,
            "Văn bản ban hành qua hệ thống phải được ký số.",
            "A document issued through the system must be digitally signed."),

    // ---- R-OUT-4, R-OUT-5 ----
    REPLY_DEADLINE_MISSING("EDOC-DOC-035", "R-OUT-4", "BS Đ14.2, LA Đ9.2d, BS Đ15", Severity.ERROR,
            "Văn bản yêu cầu phản hồi phải ghi thời hạn phản hồi.",
            "A document asking for an answer must record the answer's deadline."),
    REPLY_DEADLINE_BEFORE_ISSUE("EDOC-DOC-036", "R-OUT-4", "BS Đ14.2, LA Đ9.2d, BS Đ15", Severity.ERROR,
            "Thời hạn phản hồi %s trước ngày ban hành %s.",
            "The answer deadline %s is before the date of issue %s."),
    REPLY_TO_SELF("EDOC-DOC-037", "R-OUT-5", "BS Đ14.2, LA Đ9.2đ", Severity.ERROR,
            "Văn bản không thể là văn bản phản hồi cho chính nó (%s).",
            "A document cannot answer itself (%s)."),
    REPLY_TO_LATER_YEAR("EDOC-DOC-038", "R-OUT-5", "BS Đ14.2, LA Đ9.2đ", Severity.ERROR,
            "Văn bản được phản hồi %s thuộc năm %s, sau năm ban hành %s.",
            "The answered document %s is of the year %s, after the year of issue %s."),
    REPLY_TO_INVALID("EDOC-DOC-039", "R-OUT-5", "BS Đ14.2, LA Đ9.2đ", Severity.ERROR,
            "Liên kết tới văn bản được phản hồi \"%s\" không phải mã định danh văn bản hợp lệ.",
            "The link to the answered document \"%s\" is not a valid document identifier."),

    // ---- JSON form ----
    JSON_MALFORMED("EDOC-DOC-040", "R-FMT-5", "edoc JSON form of Document (DocumentJson; README)", Severity.ERROR,
            "JSON không hợp lệ: %s.",
            "Malformed JSON: %s."),
    JSON_WRONG_TYPE("EDOC-DOC-041", "R-FMT-5", "edoc JSON form of Document (DocumentJson; README)", Severity.ERROR,
            "Cần %s, nhận được %s.",
            "Expected %s, found %s."),
    JSON_UNKNOWN_VALUE("EDOC-DOC-042", "R-FMT-5", "edoc JSON form of Document (DocumentJson; README)", Severity.ERROR,
            "Giá trị \"%s\" không hợp lệ; các giá trị được nhận: %s.",
            "Unknown value \"%s\"; accepted values: %s."),
    JSON_UNKNOWN_MEMBER("EDOC-DOC-043", "R-FMT-5", "edoc JSON form of Document (DocumentJson; README)", Severity.WARNING,
            "Trường \"%s\" không được biết đến và bị bỏ qua.",
            "The member \"%s\" is unknown and ignored."),
    JSON_INVALID_DATE("EDOC-DOC-044", "R-FMT-5", "Decree 30/2020 Phụ lục I Phần I §4", Severity.ERROR,
            "Ngày \"%s\" không hợp lệ: cần dạng yyyy-MM-dd.",
            "The date \"%s\" is invalid: yyyy-MM-dd is expected."),
    JSON_MISSING_MEMBER("EDOC-DOC-045", "R-FMT-5", "edoc JSON form of Document (DocumentJson; README)", Severity.ERROR,
            "Thiếu trường bắt buộc \"%s\".",
            "The required member \"%s\" is missing."),
    JSON_NUMBER_INVALID("EDOC-DOC-046", "R-FMT-5", "edoc JSON form of Document (DocumentJson; README)", Severity.ERROR,
            "Số %s không hợp lệ: cần số nguyên trong khoảng %s..%s.",
            "The number %s is invalid: an integer between %s and %s is expected."),
    JSON_REPLY_DEADLINE_IGNORED("EDOC-DOC-047", "R-OUT-4", "BS Đ14.2, LA Đ9.2d, BS Đ15", Severity.WARNING,
            "Có thời hạn phản hồi nhưng \"required\" là false: thời hạn bị bỏ qua.",
            "A deadline is given but \"required\" is false: the deadline is ignored."),
    /**
     * Retired: reported when an identifier reader threw, which they never do; {@link DocumentJson} no longer catches
     * their exceptions. The code stays reserved and is never reused.
     */
    @Deprecated
    JSON_INVALID_IDENTIFIER("EDOC-DOC-048", "R-FMT-5", "edoc JSON form of Document (DocumentJson; README)", Severity.ERROR,
            "\"%s\" không phải %s hợp lệ.",
            "\"%s\" is not a valid %s."),

    /** The content of the signed main file does not start with the signed format's magic bytes. */
    SIGNED_MAIN_CONTENT_MISMATCH("EDOC-DOC-052", "R-FMT-2", "LS Đ4.3a, LA Đ4.4b", Severity.ERROR,
            "Nội dung tệp chính \"%s\" của văn bản ký số không phải %s.",
            "The content of the signed main file \"%s\" is not %s."),

    // ---- R-PAPER-1 ----
    PAPER_COPY_MISSING("EDOC-DOC-050", "R-PAPER-1", "BS Đ6, LS Đ6.5, LA Đ6.2", Severity.ERROR,
            "Văn bản phải gửi kèm bản giấy: %s.",
            "The document must travel with a paper copy: %s."),
    PAPER_COPY_SUPERFLUOUS("EDOC-DOC-051", "R-PAPER-1", "LS Đ6.3, LA Đ5.1c, SL Đ3.3", Severity.WARNING,
            "Đã gửi văn bản điện tử ký số thì không gửi thêm bản giấy (trường hợp này không thuộc diện phải gửi bản giấy).",
            "Once a signed e-document is sent no paper copy is sent (this case does not require one).");

    private final ViolationSpec spec;

    DocumentViolation(String code, String ruleId, String article, Severity severity, String messageVi,
                      String messageEn) {
        this.spec = new ViolationSpec(code, ruleId, article, severity, messageVi, messageEn);
    }

    @Override
    public ViolationSpec spec() {
        return spec;
    }
}
