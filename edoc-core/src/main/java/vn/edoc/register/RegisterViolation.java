package vn.edoc.register;

import vn.edoc.validation.Severity;
import vn.edoc.validation.ViolationSpec;
import vn.edoc.validation.ViolationType;

/**
 * Every kind of violation (vi phạm) of the registers (sổ văn bản đến / đi) and their numbering. Codes are stable:
 * {@code EDOC-REG-001}..{@code 019} the content of a registration, {@code 020}..{@code 029} the register key,
 * {@code 030}..{@code 039} uniqueness, {@code 040}..{@code 049} listings.
 */
public enum RegisterViolation implements ViolationType {

    /** A field the incoming register records is missing. */
    INCOMING_FIELD_MISSING("EDOC-REG-001", "R-IN-3", "BS Đ12.1b, SL Đ9.3",
            "Sổ văn bản đến phải ghi '%s' nhưng trường này bị trống.",
            "The incoming register records '%s', but it is missing."),
    /** A field the outgoing register records is missing. */
    OUTGOING_FIELD_MISSING("EDOC-REG-002", "R-OUT-3", "BS Đ13.3, BS Đ14",
            "Sổ văn bản đi phải ghi '%s' nhưng trường này bị trống.",
            "The outgoing register records '%s', but it is missing."),
    /** A text longer than the e-office metadata allows. */
    TEXT_TOO_LONG("EDOC-REG-003", "R-IN-3", "Decree 30/2020 Phụ lục VI",
            "Trường '%s' dài %s ký tự, vượt quá %s ký tự cho phép.",
            "The field '%s' is %s characters long, more than the %s allowed."),
    /** A control character or a broken Unicode sequence in a text. */
    TEXT_NOT_PLAIN("EDOC-REG-004", "R-FMT-1", "BS Đ4.3, LS Đ4.2, LA Đ4.2",
            "Trường '%s' chứa ký tự điều khiển hoặc ký tự Unicode hỏng.",
            "The field '%s' contains a control character or broken Unicode."),
    /** A page count outside 1..999. */
    PAGE_COUNT("EDOC-REG-005", "R-IN-1", "BS Đ12.1a, LA Đ8.1; Decree 30/2020 Phụ lục VI",
            "Số trang phải từ 1 đến 999, không phải %s.",
            "The page count must be 1 to 999, not %s."),
    /** An incoming document names no issuing organisation, or several. */
    INCOMING_ISSUER_COUNT("EDOC-REG-006", "R-IN-3", "BS Đ12.1b, SL Đ9.3",
            "Văn bản đến phải ghi đúng một cơ quan ban hành, không phải %s.",
            "An incoming document names exactly one issuing organisation, not %s."),
    /** An outgoing document names no recipient, or more than the register holds. */
    OUTGOING_RECIPIENT_COUNT("EDOC-REG-007", "R-OUT-3", "BS Đ13.3, BS Đ14",
            "Văn bản đi phải có từ 1 đến %s nơi nhận, không phải %s.",
            "An outgoing document has 1 to %s recipients, not %s."),
    /** An incoming document dated after the day it is received. */
    INCOMING_DATE_AFTER_RECEIPT("EDOC-REG-008", "R-IN-1", "BS Đ12.1a, LA Đ8.1",
            "Ngày văn bản %s sau ngày đến %s.",
            "The document date %s is after the day of receipt %s."),
    /** An outgoing document dated after the day it is registered. */
    OUTGOING_DATE_AFTER_REGISTRATION("EDOC-REG-009", "R-TIME-1", "BS Đ7.1, LS Đ7.2",
            "Ngày văn bản %s sau ngày đăng ký phát hành %s.",
            "The document date %s is after the day of registration %s."),
    /** A state-secret document, which never enters the system. */
    STATE_SECRET("EDOC-REG-010", "R-SEC-1", "LS Đ1.2, LS Đ12.1, LA Đ1.2, TP Đ3, SL Đ3.2",
            "Văn bản có độ mật '%s' không được đăng ký vào hệ thống.",
            "A document classified '%s' is never entered into the system."),
    /** The acting account is not named. */
    ACTOR_MISSING("EDOC-REG-011", "R-ACC-1", "BS Đ10.5, LS Đ22.2b, SL Đ9.2",
            "Phải ghi tài khoản của người đăng ký văn bản.",
            "The account of the person registering the document must be given."),

    /** The organisation or the kind of register is missing. */
    KEY_PART_MISSING("EDOC-REG-020", "R-ID-3", "LS Đ12.2, Decree 30/2020 Điều 15",
            "Sổ văn bản phải xác định '%s'.",
            "A register is identified by its '%s', which is missing."),
    /** A series name that cannot name a register. */
    SERIES_INVALID("EDOC-REG-021", "R-ID-3", "Decree 30/2020 Điều 15",
            "Tên hệ thống số '%s' không hợp lệ: %s.",
            "The series name '%s' is not valid: %s."),
    /** A year outside the range a register can have. */
    YEAR_INVALID("EDOC-REG-022", "R-ID-3", "LS Đ12.2, Decree 30/2020 Điều 15",
            "Năm của sổ văn bản phải từ %s đến %s, không phải %s.",
            "The year of a register must be %s to %s, not %s."),

    /** The document is already in this register. */
    DUPLICATE_DOCUMENT("EDOC-REG-030", "R-ID-3", "LS Đ12.2",
            "Văn bản '%s' đã được đăng ký trong %s với số %s.",
            "Document '%s' is already registered in %s as number %s."),
    /** The number is already used in this register. */
    DUPLICATE_NUMBER("EDOC-REG-031", "R-ID-3", "LS Đ12.2, Decree 30/2020 Điều 15",
            "Số %s đã được dùng trong %s.",
            "Number %s is already used in %s."),
    /** A number that does not follow the last one (numbers run without gaps). */
    NUMBER_OUT_OF_SEQUENCE("EDOC-REG-032", "R-ID-3", "Decree 30/2020 Điều 15",
            "Số %s không liền sau số cuối cùng %s của %s.",
            "Number %s does not follow the last number %s of %s."),

    /** A listing period that ends before it starts, or lacks an end. */
    PERIOD_INVALID("EDOC-REG-040", "R-IN-3", "BS Đ12.1b",
            "Khoảng thời gian không hợp lệ: %s.",
            "The period is not valid: %s.");

    private final ViolationSpec spec;

    RegisterViolation(String code, String ruleId, String article, String messageVi, String messageEn) {
        this.spec = new ViolationSpec(code, ruleId, article, Severity.ERROR, messageVi, messageEn);
    }

    @Override
    public ViolationSpec spec() {
        return spec;
    }
}
