package vn.edoc.id;

import vn.edoc.validation.Severity;
import vn.edoc.validation.ViolationType;

/**
 * Every kind of violation (vi phạm) found in identifiers: organisation codes (mã định danh cơ quan), document
 * identifiers (mã định danh văn bản), numbers and notations (số, ký hiệu), account names (tên tài khoản) and unit
 * slugs (tên miền đơn vị). Codes are stable: {@code EDOC-ID-001}..{@code 019} organisation codes, {@code 020}..{@code
 * 049} notations, {@code 050}..{@code 069} document identifiers, {@code 070}..{@code 089} account names,
 * {@code 090}..{@code 099} unit slugs.
 */
public enum IdViolation implements ViolationType {

    // ----- organisation code, R-ID-1 -----
    /** Nothing given. */
    ORGAN_EMPTY("EDOC-ID-001", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Mã định danh cơ quan bị trống.",
            "The organisation code is empty."),
    /** Spaces, tabs or line breaks inside or around the code. */
    ORGAN_WHITESPACE("EDOC-ID-002", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Mã định danh cơ quan '%s' chứa khoảng trắng.",
            "The organisation code '%s' contains whitespace."),
    /** Lower-case letters; the standards allow capitals only. */
    ORGAN_LOWERCASE("EDOC-ID-003", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Mã định danh cơ quan '%s' chứa chữ thường; chỉ dùng chữ in hoa A-Z.",
            "The organisation code '%s' contains lower-case letters; only capitals A-Z are allowed."),
    /** A character other than A-Z, 0-9 and '.'. */
    ORGAN_ILLEGAL_CHARACTER("EDOC-ID-004", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Ký tự '%s' không được phép trong mã định danh cơ quan; chỉ dùng A-Z, 0-9 và dấu chấm.",
            "Character '%s' is not allowed in an organisation code; only A-Z, 0-9 and '.' are."),
    /** A separator other than '.' between groups. */
    ORGAN_BAD_SEPARATOR("EDOC-ID-005", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Các nhóm của mã định danh cơ quan phải cách nhau bằng dấu chấm, không dùng '%s'.",
            "The groups of an organisation code are separated by '.', not by '%s'."),
    /** Leading, trailing or doubled dot. */
    ORGAN_EMPTY_GROUP("EDOC-ID-006", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Mã định danh cơ quan '%s' có nhóm trống (dấu chấm ở đầu, ở cuối hoặc hai dấu chấm liền nhau).",
            "The organisation code '%s' has an empty group (a dot at the start, at the end or doubled)."),
    /** A 13-character QCVN 102 code of the wrong length. */
    ORGAN_LENGTH("EDOC-ID-007", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Mã định danh dạng QCVN 102:2016 phải có 13 ký tự NNN.NN.NN.XNN, mã này có %s.",
            "A QCVN 102:2016 organisation code has 13 characters NNN.NN.NN.XNN; this one has %s."),
    /** A QCVN 102 code without exactly four groups. */
    ORGAN_GROUP_COUNT("EDOC-ID-008", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Mã định danh dạng QCVN 102:2016 gồm 4 nhóm NNN.NN.NN.XNN, mã này có %s nhóm.",
            "A QCVN 102:2016 organisation code has 4 groups NNN.NN.NN.XNN; this one has %s."),
    /** A numeric group of a QCVN 102 code that is not all digits or has the wrong size. */
    ORGAN_GROUP_DIGITS("EDOC-ID-009", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Nhóm '%s' của mã định danh cơ quan phải gồm đúng %s chữ số.",
            "Group '%s' of the organisation code must be exactly %s digits."),
    /** A level-1 group that is not a capital letter and two digits. */
    ORGAN_LEVEL_ONE_SHAPE("EDOC-ID-010", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Mã cấp 1 '%s' phải gồm một chữ cái in hoa và hai chữ số (ví dụ G22, H37).",
            "The level-1 group '%s' must be one capital letter and two digits (such as G22, H37)."),
    /** A level-1 letter the code list does not know; lists change, so only a warning. */
    ORGAN_UNKNOWN_LETTER("EDOC-ID-011", "R-ID-1", Art.ORGAN, Severity.WARNING,
            "Chữ cái cấp 1 '%s' không có trong danh mục nhóm cơ quan đã biết.",
            "The level-1 letter '%s' is not in the known list of organisation groups."),
    /** A level-1 group the code list does not know; lists change, so only a warning. */
    ORGAN_UNKNOWN_LEVEL_ONE("EDOC-ID-012", "R-ID-1", Art.ORGAN, Severity.WARNING,
            "Mã cấp 1 '%s' không có trong danh mục mã định danh đã biết.",
            "The level-1 code '%s' is not in the known code list."),
    /** A non-zero lower level under an empty higher level. */
    ORGAN_HOLE("EDOC-ID-013", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Mã định danh cơ quan '%s' có cấp %s khác 0 trong khi cấp %s phía trên để trống.",
            "The organisation code '%s' has a non-zero level %s under an empty level %s."),
    /** A QĐ 20/2020 code longer than 35 characters. */
    ORGAN_TOO_LONG("EDOC-ID-014", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Mã định danh cơ quan dài tối đa 35 ký tự, mã này có %s.",
            "An organisation code has at most 35 characters; this one has %s."),
    /** A bad line in a user-supplied code list. */
    ORGAN_DIRECTORY_ENTRY("EDOC-ID-015", "R-ID-1", Art.ORGAN, Severity.ERROR,
            "Dòng %s của danh mục mã định danh không hợp lệ: %s",
            "Line %s of the organisation code list is invalid: %s"),
    ;

    /** Articles, written once. */
    private static final class Art {
        static final String ORGAN = "LS Đ8.2, LA Đ7.2a; QCVN 102:2016/BTTTT; QĐ 20/2020/QĐ-TTg Điều 4-6";
    }

    private final String code;
    private final String ruleId;
    private final String article;
    private final Severity severity;
    private final String messageVi;
    private final String messageEn;

    IdViolation(String code, String ruleId, String article, Severity severity, String messageVi,
                String messageEn) {
        this.code = code;
        this.ruleId = ruleId;
        this.article = article;
        this.severity = severity;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String ruleId() {
        return ruleId;
    }

    @Override
    public String article() {
        return article;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String messageVi() {
        return messageVi;
    }

    @Override
    public String messageEn() {
        return messageEn;
    }
}
