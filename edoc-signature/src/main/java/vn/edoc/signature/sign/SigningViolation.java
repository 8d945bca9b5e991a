package vn.edoc.signature.sign;

import vn.edoc.validation.Severity;
import vn.edoc.validation.ViolationSpec;
import vn.edoc.validation.ViolationType;

/**
 * Why a file cannot be signed (lý do không ký được), codes {@code EDOC-SIG-0NN} ({@code 1NN} are the verifier's).
 * Every refusal changes nothing: the input file and the content store are left as they were. Codes are stable: a
 * code is never reused for another meaning.
 */
public enum SigningViolation implements ViolationType {

    NOT_A_PDF("EDOC-SIG-001", "R-FMT-4", "BS Đ4.4, BS Đ14",
            "Tệp cần ký không phải PDF đọc được: %s.",
            "The file to sign is not a readable PDF: %s."),
    ENCRYPTED_PDF("EDOC-SIG-002", "R-FMT-4", "BS Đ4.4, BS Đ14",
            "Tệp PDF được mã hóa; không ký vào tệp mã hóa.",
            "The PDF is encrypted; encrypted files are not signed."),
    CERTIFIED_NO_CHANGES("EDOC-SIG-003", "R-FMT-4", "BS Đ4.4, BS Đ14",
            "Tệp đã được chứng thực (DocMDP P=1): không được thêm chữ ký.",
            "The file is certified with DocMDP P=1: no further signature may be added."),
    KEY_UNAVAILABLE("EDOC-SIG-004", "R-FMT-4", "BS Đ4.4, BS Đ14",
            "Không dùng được khóa ký: %s.",
            "The signing key cannot be used: %s."),
    CERTIFICATE_NOT_USABLE("EDOC-SIG-005", "R-FMT-4", "BS Đ4.4, BS Đ14",
            "Chứng thư số của người ký không dùng để ký được: %s.",
            "The signer's certificate cannot be used for signing: %s."),
    SIGNATURE_VALUE_INVALID("EDOC-SIG-006", "R-FMT-4", "BS Đ4.4, BS Đ14",
            "Giá trị chữ ký nhận được không khớp với khóa công khai của chứng thư số: %s.",
            "The signature value received does not verify with the certificate's public key: %s."),
    CMS_INVALID("EDOC-SIG-007", "R-FMT-4", "BS Đ4.4, BS Đ14",
            "Khối CMS nhận được không dùng được: %s.",
            "The CMS received cannot be used: %s."),
    RESERVATION_TOO_SMALL("EDOC-SIG-008", "R-FMT-4", "BS Đ4.4, BS Đ14",
            "Chữ ký dài %s byte, vượt chỗ dành sẵn %s byte: cần chuẩn bị lại với chỗ lớn hơn.",
            "The signature has %s bytes, more than the %s bytes reserved: prepare again with a larger reservation."),
    TIMESTAMP_FAILED("EDOC-SIG-009", "R-FMT-4", "BS Đ4.4, BS Đ14",
            "Không lấy được dấu thời gian: %s.",
            "No time stamp could be obtained: %s."),
    REVOCATION_MISSING("EDOC-SIG-010", "R-FMT-4", "BS Đ4.4, BS Đ14",
            "Không có thông tin thu hồi cho chứng thư \"%s\" (cần cho mức B-LT).",
            "No revocation information for the certificate \"%s\" (required by level B-LT)."),
    IMAGE_INVALID("EDOC-SIG-011", "R-SIG-1", "LS Đ10.2; Decree 30/2020 Phụ lục I Phần I §7–8",
            "Hình ảnh %s phải là tệp PNG nền trong suốt: %s.",
            "The %s image must be a PNG with a transparent background: %s."),
    PLACEMENT_INVALID("EDOC-SIG-012", "R-SIG-1", "LS Đ10.2; Decree 30/2020 Phụ lục I Phần I §7–8",
            "Không đặt được hình chữ ký: %s.",
            "The visible signature cannot be placed: %s."),
    PREPARED_FILE_CHANGED("EDOC-SIG-013", "R-FMT-4", "BS Đ4.4, BS Đ14",
            "Tệp đã chuẩn bị để ký bị thay đổi trước khi gắn chữ ký: %s.",
            "The file prepared for signing changed before the signature was embedded: %s."),
    APPEARANCE_TEXT_MISSING("EDOC-SIG-014", "R-SIG-1", "Decree 30/2020 Phụ lục I Phần I §8b; Phần II",
            "Chữ ký của cơ quan trên %s phải hiển thị %s.",
            "The organisation's signature on %s must show %s."),
    CERTIFICATION_NOT_FIRST("EDOC-SIG-015", "R-FMT-4", "BS Đ4.4, BS Đ14",
            "Chữ ký chứng thực (DocMDP) phải là chữ ký đầu tiên của tệp.",
            "A certification (DocMDP) signature must be the file's first signature.");

    private final ViolationSpec spec;

    SigningViolation(String code, String ruleId, String article, String messageVi, String messageEn) {
        this.spec = new ViolationSpec(code, ruleId, article, Severity.ERROR, messageVi, messageEn);
    }

    @Override
    public ViolationSpec spec() {
        return spec;
    }
}
