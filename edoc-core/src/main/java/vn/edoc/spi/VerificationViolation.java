package vn.edoc.spi;

import vn.edoc.validation.Severity;
import vn.edoc.validation.ViolationSpec;
import vn.edoc.validation.ViolationType;

/**
 * Why a signature is not accepted, and what was changed after signing (lý do chữ ký không hợp lệ), codes
 * {@code EDOC-SIG-1NN}: {@code 100}..{@code 119} reading and integrity, {@code 120}..{@code 139} changes after
 * signing, {@code 140}..{@code 159} trust and time. An {@link Severity#ERROR} proves the signature wrong
 * ({@link SignatureIndication#TOTAL_FAILED}); a {@link Severity#WARNING} leaves it
 * {@link SignatureIndication#INDETERMINATE}. Codes are stable: a code is never reused for another meaning.
 */
public enum VerificationViolation implements ViolationType {

    // ---- reading and integrity (R-IN-1: the receiving clerk checks the digital signature) ----
    UNREADABLE("EDOC-SIG-101", "R-IN-1", Severity.ERROR,
            "Không đọc được tệp PDF: %s.",
            "The file cannot be read as a PDF: %s."),
    TOO_LARGE("EDOC-SIG-102", "R-IN-1", Severity.ERROR,
            "Tệp dài %s byte, vượt giới hạn %s byte.",
            "The file has %s bytes, more than the limit of %s."),
    NOT_SIGNED("EDOC-SIG-103", "R-FMT-4", Severity.ERROR,
            "Tệp không có chữ ký số nào.",
            "The file carries no digital signature."),
    BYTE_RANGE_INVALID("EDOC-SIG-104", "R-IN-1", Severity.ERROR,
            "Vùng ký (ByteRange) không hợp lệ: %s.",
            "The signed byte range (ByteRange) is not well-formed: %s."),
    CMS_UNREADABLE("EDOC-SIG-105", "R-IN-1", Severity.ERROR,
            "Không đọc được khối chữ ký CMS: %s.",
            "The CMS signature blob cannot be read: %s."),
    DIGEST_MISMATCH("EDOC-SIG-106", "R-IN-1", Severity.ERROR,
            "Giá trị băm của phần được ký khác giá trị băm trong chữ ký: nội dung đã bị sửa.",
            "The digest of the signed bytes differs from the digest in the signature: the bytes were altered."),
    SIGNATURE_INVALID("EDOC-SIG-107", "R-IN-1", Severity.ERROR,
            "Chữ ký CMS không đúng với khóa của người ký: %s.",
            "The CMS signature does not verify with the signer's key: %s."),
    SIGNER_CERTIFICATE_MISSING("EDOC-SIG-108", "R-IN-1", Severity.ERROR,
            "Chữ ký không mang chứng thư số của người ký.",
            "The signature does not carry the signer's certificate."),
    SIGNING_CERTIFICATE_MISMATCH("EDOC-SIG-109", "R-IN-1", Severity.ERROR,
            "Thuộc tính signing-certificate không khớp chứng thư số của người ký.",
            "The signing-certificate attribute does not match the signer's certificate."),
    UNSUPPORTED("EDOC-SIG-110", "R-IN-1", Severity.WARNING,
            "Không hỗ trợ: %s.",
            "Not supported: %s."),
    LIMIT_REACHED("EDOC-SIG-111", "R-IN-1", Severity.WARNING,
            "Đã chạm giới hạn kiểm tra: %s.",
            "A verification limit was reached: %s."),

    // ---- changes after signing (R-LEGAL-1: only a correctly signed document has the legal value of the original) ----
    PAGES_ADDED_OR_REMOVED("EDOC-SIG-120", "R-LEGAL-1", Severity.ERROR,
            "Số trang đổi từ %s thành %s sau khi ký.",
            "The page count changed from %s to %s after signing."),
    PAGE_CONTENT_CHANGED("EDOC-SIG-121", "R-LEGAL-1", Severity.ERROR,
            "Nội dung trang đã thay đổi sau khi ký: %s.",
            "The page content changed after signing: %s."),
    PAGE_RESOURCES_CHANGED("EDOC-SIG-122", "R-LEGAL-1", Severity.ERROR,
            "Tài nguyên của trang (phông chữ, hình, đối tượng) đã thay đổi sau khi ký: %s.",
            "The page resources (fonts, images, objects) changed after signing: %s."),
    ANNOTATION_ADDED("EDOC-SIG-123", "R-LEGAL-1", Severity.ERROR,
            "Chú thích %s được thêm lên trang sau khi ký.",
            "A %s annotation was added over the page after signing."),
    ANNOTATION_CHANGED("EDOC-SIG-124", "R-LEGAL-1", Severity.ERROR,
            "Chú thích đã bị sửa hoặc xóa sau khi ký: %s.",
            "An annotation was changed or removed after signing: %s."),
    SIGNATURE_APPEARANCE_CHANGED("EDOC-SIG-125", "R-LEGAL-1", Severity.ERROR,
            "Hình thể hiện của chữ ký %s đã bị thay sau khi ký.",
            "The visible appearance of signature %s was replaced after signing."),
    FORM_FIELD_CHANGED("EDOC-SIG-126", "R-LEGAL-1", Severity.ERROR,
            "Trường biểu mẫu %s đã thay đổi mà chữ ký không cho phép: %s.",
            "The form field %s changed although the signature does not permit it: %s."),
    FIELDS_ADDED_OR_REMOVED("EDOC-SIG-127", "R-LEGAL-1", Severity.ERROR,
            "Trường biểu mẫu đã được thêm hoặc xóa sau khi ký: %s.",
            "A form field was added or removed after signing: %s."),
    SIGNED_FIELD_CHANGED("EDOC-SIG-128", "R-LEGAL-1", Severity.ERROR,
            "Trường chữ ký đã ký %s bị thay đổi sau khi ký.",
            "The signed signature field %s was changed after signing."),
    CATALOG_CHANGED("EDOC-SIG-129", "R-LEGAL-1", Severity.ERROR,
            "Cấu trúc tài liệu đã thay đổi sau khi ký: %s.",
            "The document structure changed after signing: %s."),
    UPDATE_MALFORMED("EDOC-SIG-130", "R-LEGAL-1", Severity.ERROR,
            "Phần thêm sau khi ký không phải bản cập nhật gia tăng đúng quy cách: %s.",
            "What follows the signed revision is not a well-formed incremental update: %s."),
    VISUAL_DIFFERENCE("EDOC-SIG-131", "R-LEGAL-1", Severity.ERROR,
            "Trang %s hiển thị khác so với lúc ký (%s điểm ảnh khác).",
            "Page %s looks different from the signed revision (%s pixels differ)."),
    CONTENT_HIDDEN("EDOC-SIG-132", "R-LEGAL-1", Severity.ERROR,
            "Một chữ ký thêm sau che mất nội dung trang %s (%s điểm ảnh bị xóa).",
            "A later signature's appearance hides content of page %s (%s pixels of ink erased)."),
    OBJECT_CHANGED("EDOC-SIG-133", "R-LEGAL-1", Severity.ERROR,
            "Đối tượng của tài liệu đã bị thay sau khi ký: %s.",
            "A document object was replaced after signing: %s."),
    CERTIFIED_NO_CHANGES("EDOC-SIG-134", "R-LEGAL-1", Severity.ERROR,
            "Chữ ký chứng nhận (DocMDP P=%s) không cho phép thay đổi này: %s.",
            "The certification signature (DocMDP P=%s) does not permit this change: %s."),

    // ---- trust and time (R-IN-1) ----
    CHAIN_NOT_TRUSTED("EDOC-SIG-140", "R-IN-1", Severity.WARNING,
            "Chứng thư số của người ký không dẫn tới chứng thư gốc tin cậy nào: %s.",
            "The signer's certificate does not chain to a trusted anchor: %s."),
    CERTIFICATE_EXPIRED("EDOC-SIG-141", "R-IN-1", Severity.WARNING,
            "Chứng thư số %s hết hạn ngày %s và không có dấu thời gian chứng minh chữ ký có trước đó.",
            "The certificate %s expired on %s and no timestamp proves the signature existed before."),
    CERTIFICATE_NOT_VALID_AT_SIGNING("EDOC-SIG-142", "R-IN-1", Severity.ERROR,
            "Chứng thư số %s không có hiệu lực vào thời điểm ký %s.",
            "The certificate %s was not valid at the signing time %s."),
    CERTIFICATE_REVOKED("EDOC-SIG-143", "R-IN-1", Severity.ERROR,
            "Chứng thư số %s đã bị thu hồi từ %s, trước thời điểm ký.",
            "The certificate %s was revoked on %s, before the signing time."),
    REVOCATION_UNKNOWN("EDOC-SIG-144", "R-IN-1", Severity.WARNING,
            "Không xác định được tình trạng thu hồi của chứng thư số %s.",
            "The revocation status of certificate %s is unknown."),
    KEY_USAGE_INVALID("EDOC-SIG-145", "R-IN-1", Severity.ERROR,
            "Chứng thư số %s không được dùng để ký (key usage).",
            "The certificate %s may not be used for signing (key usage)."),
    TIMESTAMP_INVALID("EDOC-SIG-146", "R-IN-1", Severity.WARNING,
            "Dấu thời gian không hợp lệ: %s.",
            "The timestamp is not valid: %s."),
    REVOCATION_NOT_FRESH("EDOC-SIG-147", "R-IN-1", Severity.WARNING,
            "Thông tin thu hồi mới nhất về chứng thư số %s phát hành lúc %s, trước thời điểm %s cần chứng minh: chưa"
                    + " chứng minh được chứng thư chưa bị thu hồi vào lúc đó; kiểm tra lại sau lần cập nhật kế tiếp.",
            "The newest revocation information on certificate %s was issued at %s, before the time %s it must"
                    + " cover: it does not show the certificate was not revoked then; verify again after the next"
                    + " update.");

    private final ViolationSpec spec;

    VerificationViolation(String code, String ruleId, Severity severity, String messageVi, String messageEn) {
        this.spec = new ViolationSpec(code, ruleId, article(ruleId), severity, messageVi, messageEn);
    }

    private static String article(String ruleId) {
        return switch (ruleId) {
            case "R-LEGAL-1" -> "BS Đ7.1, SL Đ4; Decree 30/2020 Điều 22";
            case "R-FMT-4" -> "BS Đ4.4, BS Đ14";
            default -> "BS Đ12.1a, LA Đ8.1";
        };
    }

    @Override
    public ViolationSpec spec() {
        return spec;
    }

    /** The indication a violation of this kind leads to on its own. */
    public SignatureIndication indication() {
        return severity() == Severity.ERROR ? SignatureIndication.TOTAL_FAILED : SignatureIndication.INDETERMINATE;
    }
}
