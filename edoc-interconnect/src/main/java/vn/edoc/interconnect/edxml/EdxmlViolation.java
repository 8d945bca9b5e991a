package vn.edoc.interconnect.edxml;

import vn.edoc.validation.Severity;
import vn.edoc.validation.ViolationSpec;
import vn.edoc.validation.ViolationType;

/**
 * What can be wrong with an edXML package or status message (vi phạm gói tin edXML), codes {@code EDOC-EDXML-NNN}.
 * Codes are stable and never reused for another meaning.
 *
 * <p>Errors ({@code 001}–{@code 049}) end reading or writing with an {@link EdxmlException}. Warnings
 * ({@code 100}–{@code 149}) are the variants deployed systems really send (dates as {@code dd/MM/yyyy}, empty
 * elements, the misspelling {@code Business}, a broken or SHA-1 package signature): the package is read and the
 * warning reported. The rule is R-X-2 (content of the exchanged document, Decision 28/2018 Art. 10, QCVN
 * 102:2016) and, for the package signature, R-IN-1 (the receiving clerk checks the digital signature).
 */
public enum EdxmlViolation implements ViolationType {

    // ---- errors: the input is refused ----
    DOCTYPE("EDOC-EDXML-001", Severity.ERROR,
            "Gói tin có khai báo DOCTYPE; DTD và thực thể ngoài bị từ chối (chống XXE, bom thực thể).",
            "The package declares a DOCTYPE; DTDs and external entities are refused (XXE, entity expansion)."),
    ENTITY("EDOC-EDXML-002", Severity.ERROR,
            "Gói tin tham chiếu thực thể không được phép \"%s\".",
            "The package refers to the entity \"%s\", which is not allowed."),
    MALFORMED("EDOC-EDXML-003", Severity.ERROR,
            "Gói tin không phải XML hợp lệ: %s.",
            "The package is not well-formed XML: %s."),
    ENCODING("EDOC-EDXML-004", Severity.ERROR,
            "Gói tin có byte không đúng bảng mã khai báo (%s).",
            "The package holds bytes that are not in its declared encoding (%s)."),
    TRUNCATED("EDOC-EDXML-005", Severity.ERROR,
            "Gói tin bị cắt cụt: kết thúc trước khi đóng phần tử gốc.",
            "The package is truncated: it ends before its root element is closed."),
    NOT_EDXML("EDOC-EDXML-006", Severity.ERROR,
            "Phần tử gốc là \"%s\", không phải edXML của QCVN 102:2016 (không gian tên %s).",
            "The root element is \"%s\", not the edXML of QCVN 102:2016 (namespace %s)."),
    MISSING_ELEMENT("EDOC-EDXML-007", Severity.ERROR,
            "Thiếu phần tử bắt buộc \"%s\".",
            "The required element \"%s\" is missing."),
    BAD_VALUE("EDOC-EDXML-008", Severity.ERROR,
            "Giá trị \"%s\" không đọc được: %s.",
            "The value \"%s\" cannot be read: %s."),
    BASE64("EDOC-EDXML-009", Severity.ERROR,
            "Nội dung tệp đính kèm không phải base64 hợp lệ: %s.",
            "The attachment content is not valid base64: %s."),
    PACKAGE_TOO_LARGE("EDOC-EDXML-010", Severity.ERROR,
            "Gói tin vượt giới hạn %s byte.",
            "The package is larger than the limit of %s bytes."),
    TOO_MANY_ATTACHMENTS("EDOC-EDXML-011", Severity.ERROR,
            "Gói tin có hơn %s tệp đính kèm.",
            "The package has more than %s attachments."),
    ATTACHMENT_TOO_LARGE("EDOC-EDXML-012", Severity.ERROR,
            "Tệp đính kèm vượt giới hạn %s byte.",
            "The attachment is larger than the limit of %s bytes."),
    FIELD_TOO_LONG("EDOC-EDXML-013", Severity.ERROR,
            "Nội dung phần tử vượt giới hạn %s ký tự.",
            "The element's text is longer than the limit of %s characters."),
    TOO_DEEP("EDOC-EDXML-014", Severity.ERROR,
            "Phần tử lồng sâu quá %s cấp.",
            "Elements are nested deeper than %s levels."),
    TOO_MANY_ELEMENTS("EDOC-EDXML-015", Severity.ERROR,
            "Gói tin có hơn %s phần tử.",
            "The package has more than %s elements."),
    MISSING_ATTACHMENT("EDOC-EDXML-016", Severity.ERROR,
            "Danh mục (manifest) nêu tệp \"%s\" nhưng gói tin không mang nội dung của nó.",
            "The manifest lists \"%s\" but the package does not carry its content."),
    DUPLICATE_CONTENT_ID("EDOC-EDXML-017", Severity.ERROR,
            "ContentId \"%s\" xuất hiện nhiều lần.",
            "The ContentId \"%s\" appears more than once."),
    CONTENT_STORE("EDOC-EDXML-018", Severity.ERROR,
            "Kho nội dung không lưu được tệp đính kèm: %s.",
            "The content store could not keep the attachment: %s."),
    UNREPRESENTABLE("EDOC-EDXML-019", Severity.ERROR,
            "Không ghi được vào gói tin edXML: %s.",
            "Cannot be written into an edXML package: %s."),
    INVALID_CHARACTER("EDOC-EDXML-020", Severity.ERROR,
            "Văn bản chứa ký tự U+%04X không được phép trong XML.",
            "The text holds the character U+%04X, which XML does not allow."),
    IO("EDOC-EDXML-021", Severity.ERROR,
            "Lỗi vào/ra khi xử lý gói tin: %s.",
            "I/O error while handling the package: %s."),
    SIGNING("EDOC-EDXML-022", Severity.ERROR,
            "Không ký được gói tin: %s.",
            "The package could not be signed: %s."),
    NOT_A_PACKAGE("EDOC-EDXML-023", Severity.ERROR,
            "Đây là %s, không phải %s.",
            "This is a %s, not a %s."),

    // ---- warnings: a variant that is read ----
    DATE_VARIANT("EDOC-EDXML-100", Severity.WARNING,
            "Ngày \"%s\" không theo dạng yyyy/MM/dd của QCVN 102:2016; đã đọc là %s.",
            "The date \"%s\" is not in the yyyy/MM/dd form of QCVN 102:2016; read as %s."),
    EMPTY_ELEMENT("EDOC-EDXML-101", Severity.WARNING,
            "Phần tử rỗng, coi như không có.",
            "The element is empty and read as absent."),
    BUSINESS_SPELLING("EDOC-EDXML-102", Severity.WARNING,
            "Phần tử viết \"%s\"; QCVN 102:2016 viết \"%s\".",
            "The element is spelled \"%s\"; QCVN 102:2016 spells it \"%s\"."),
    UNKNOWN_ELEMENT("EDOC-EDXML-103", Severity.WARNING,
            "Phần tử không biết \"%s\" được bỏ qua.",
            "The unknown element \"%s\" is skipped."),
    ATTACHMENT_NOT_IN_MANIFEST("EDOC-EDXML-104", Severity.WARNING,
            "Tệp đính kèm \"%s\" không có trong danh mục (manifest).",
            "The attachment \"%s\" is not listed in the manifest."),
    NOT_SIGNED("EDOC-EDXML-105", Severity.WARNING,
            "Gói tin không có chữ ký số (Signature).",
            "The package carries no signature (Signature)."),
    SIGNATURE_BROKEN("EDOC-EDXML-106", Severity.WARNING,
            "Chữ ký số của gói tin hỏng: %s.",
            "The package signature is broken: %s."),
    SIGNATURE_WEAK("EDOC-EDXML-107", Severity.WARNING,
            "Chữ ký số của gói tin dùng thuật toán yếu %s (cần SHA-256 trở lên).",
            "The package signature uses the weak algorithm %s (SHA-256 or better is required)."),
    SIGNATURE_DIGEST_MISMATCH("EDOC-EDXML-108", Severity.WARNING,
            "Giá trị băm trong chữ ký không khớp nội dung gói tin: gói tin đã bị sửa sau khi ký.",
            "The digest in the signature does not match the package: it was changed after signing."),
    SIGNATURE_VALUE_INVALID("EDOC-EDXML-109", Severity.WARNING,
            "Giá trị chữ ký (SignatureValue) không khớp với khóa của chứng thư số.",
            "The SignatureValue does not verify with the certificate's key."),
    SIGNATURE_NAMESPACE("EDOC-EDXML-110", Severity.WARNING,
            "Phần tử Signature không ở không gian tên XML-DSig; đã đọc như XML-DSig.",
            "The Signature element is not in the XML-DSig namespace; read as XML-DSig."),
    VALUE_VARIANT("EDOC-EDXML-111", Severity.WARNING,
            "Giá trị \"%s\" không đọc được (%s); bỏ qua.",
            "The value \"%s\" cannot be read (%s); it is left out."),
    NO_NAMESPACE("EDOC-EDXML-112", Severity.WARNING,
            "Gói tin không khai báo không gian tên QCVN 102:2016.",
            "The package does not declare the QCVN 102:2016 namespace."),
    RECIPIENTS_FROM_TO("EDOC-EDXML-113", Severity.WARNING,
            "Gói tin không có ToPlaces: nơi nhận lấy từ danh sách To.",
            "The package has no ToPlaces: the recipients are taken from the To list."),
    NOT_ADDRESSED("EDOC-EDXML-114", Severity.WARNING,
            "Gói tin không gửi tới %s (không có trong To).",
            "The package is not addressed to %s (not in To)."),
    UNKNOWN_TYPE("EDOC-EDXML-115", Severity.WARNING,
            "Loại văn bản \"%s\" không có trong danh mục của Nghị định 30/2020.",
            "The document type \"%s\" is not in the catalogue of Decree 30/2020.");

    private final ViolationSpec spec;

    EdxmlViolation(String code, Severity severity, String messageVi, String messageEn) {
        boolean signature = code.compareTo("EDOC-EDXML-105") >= 0 && code.compareTo("EDOC-EDXML-110") <= 0;
        this.spec = new ViolationSpec(code, signature ? "R-IN-1" : "R-X-2",
                signature ? "BS Đ12.1a, LA Đ8.1; QCVN 102:2016 (Signature)"
                        : "LS Đ8.1, LA Đ7.1; Decision 28/2018 Art. 10; QCVN 102:2016",
                severity, messageVi, messageEn);
    }

    @Override
    public ViolationSpec spec() {
        return spec;
    }
}
