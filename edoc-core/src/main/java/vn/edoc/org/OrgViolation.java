package vn.edoc.org;

import vn.edoc.validation.Severity;
import vn.edoc.validation.ViolationSpec;
import vn.edoc.validation.ViolationType;

/**
 * Every kind of violation (vi phạm) of the organisation model and of account administration (quản trị tài khoản).
 * Codes are stable: {@code EDOC-ORG-001}..{@code 029} the model and the directory, {@code 030}..{@code 049}
 * accounts and their administration.
 */
public enum OrgViolation implements ViolationType {

    // ----- model and directory -----
    /** A required text is empty. */
    EMPTY_FIELD("EDOC-ORG-001", "R-ACC-2", Art.MODEL, Severity.ERROR,
            "Trường '%s' bị trống.",
            "The field '%s' is empty."),
    /** A required value is missing. */
    MISSING_FIELD("EDOC-ORG-002", "R-ACC-2", Art.MODEL, Severity.ERROR,
            "Thiếu giá trị của trường '%s'.",
            "The field '%s' has no value."),
    /** The account suffix is not a slug. */
    BAD_SUFFIX("EDOC-ORG-003", "R-ID-4", "BS Đ3.2, SL Đ7.2", Severity.ERROR,
            "Hậu tố tài khoản '%s' phải gồm chữ thường không dấu và chữ số.",
            "The account suffix '%s' must be lower-case ASCII letters and digits."),
    /** A deputy or acting rank on a role that has no ranks. */
    RANK_NOT_APPLICABLE("EDOC-ORG-004", "R-ACC-2", Art.MODEL, Severity.ERROR,
            "Vai trò %s không có cấp phó hoặc quyền cấp trưởng.",
            "The role %s has no deputy or acting rank."),
    /** Two entries with the same key. */
    DUPLICATE("EDOC-ORG-005", "R-ACC-2", Art.MODEL, Severity.ERROR,
            "%s '%s' được khai báo hai lần.",
            "%s '%s' is declared twice."),
    /** A reference to an organisation the directory does not hold. */
    UNKNOWN_ORGANISATION("EDOC-ORG-006", "R-ID-1", "LS Đ8.2, LA Đ7.2a", Severity.ERROR,
            "Không có cơ quan mã '%s' trong danh bạ.",
            "The directory holds no organisation with code '%s'."),
    /** A reference to a unit the directory does not hold. */
    UNKNOWN_UNIT("EDOC-ORG-007", "R-ACC-2", Art.MODEL, Severity.ERROR,
            "Không có đơn vị '%s' trong danh bạ.",
            "The directory holds no unit '%s'."),
    /** A reference to a person the directory does not hold. */
    UNKNOWN_PERSON("EDOC-ORG-008", "R-ACC-2", Art.MODEL, Severity.ERROR,
            "Không có người dùng '%s' trong danh bạ.",
            "The directory holds no person '%s'."),
    /** A reference to an account the directory does not hold. */
    UNKNOWN_ACCOUNT("EDOC-ORG-009", "R-ACC-2", Art.ACCOUNT, Severity.ERROR,
            "Không có tài khoản '%s' trong danh bạ.",
            "The directory holds no account '%s'."),
    /** A person's unit belongs to another organisation than the person's. */
    UNIT_OF_OTHER_ORGANISATION("EDOC-ORG-010", "R-ACC-2", Art.MODEL, Severity.ERROR,
            "Đơn vị '%s' thuộc cơ quan '%s', không thuộc cơ quan '%s' của người dùng.",
            "Unit '%s' belongs to organisation '%s', not to the person's organisation '%s'."),
    /** A person names an account that belongs to someone else. */
    ACCOUNT_OF_ANOTHER_PERSON("EDOC-ORG-011", "R-ACC-1", Art.PERSONAL, Severity.ERROR,
            "Tài khoản '%s' thuộc người dùng '%s', không thuộc '%s'.",
            "Account '%s' belongs to person '%s', not to '%s'."),
    /** A second account in use for one person. */
    SECOND_ACCOUNT("EDOC-ORG-012", "R-ACC-1", Art.PERSONAL, Severity.ERROR,
            "Người dùng '%s' đã có tài khoản '%s' chưa thu hồi; mỗi người chỉ có một tài khoản cá nhân.",
            "Person '%s' already has account '%s', not revoked; each person has one personal account."),
    /** A person's declared account name does not match the directory. */
    ACCOUNT_NAME_MISMATCH("EDOC-ORG-013", "R-ACC-1", Art.PERSONAL, Severity.ERROR,
            "Người dùng '%s' ghi tài khoản '%s' nhưng tài khoản đó không thuộc người này.",
            "Person '%s' names account '%s', which is not theirs."),
    /** An account name that is not an account name. */
    BAD_ACCOUNT_NAME("EDOC-ORG-014", "R-ID-4", "BS Đ3.2, SL Đ7.2", Severity.ERROR,
            "Tên tài khoản '%s' không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu chấm.",
            "Account name '%s' is invalid: only lower-case ASCII letters, digits and dots are allowed."),

    // ----- accounts and administration -----
    /** A change of account status that the account lifecycle does not list. */
    ACCOUNT_TRANSITION("EDOC-ORG-030", "R-ACC-2", Art.ACCOUNT, Severity.ERROR,
            "Không thể chuyển tài khoản từ trạng thái %s sang %s; từ %s chỉ được chuyển sang: %s.",
            "An account cannot go from %s to %s; from %s it can only go to: %s."),
    /** The acting administrator's account is unknown. */
    ADMIN_UNKNOWN("EDOC-ORG-031", "R-ACC-2", Art.ACCOUNT, Severity.ERROR,
            "Tài khoản quản trị '%s' không có trong danh bạ.",
            "The administrator's account '%s' is not in the directory."),
    /** The acting administrator's account is locked or revoked. */
    ADMIN_NOT_ACTIVE("EDOC-ORG-032", "R-ACC-2", Art.ACCOUNT, Severity.ERROR,
            "Tài khoản '%s' đang ở trạng thái %s nên không được thực hiện thao tác nào.",
            "Account '%s' is %s and can do nothing."),
    /** The acting account does not hold the administrator role. */
    NOT_ADMINISTRATOR("EDOC-ORG-033", "R-ACC-2", Art.ACCOUNT, Severity.ERROR,
            "Tài khoản '%s' không có vai trò quản trị; chỉ quản trị viên được tạo, sửa, khóa, thu hồi tài khoản.",
            "Account '%s' is not an administrator's; only an administrator creates, changes, locks and revokes accounts."),
    /** The administrator belongs to another organisation than the account administered. */
    ADMIN_OTHER_ORGANISATION("EDOC-ORG-034", "R-ACC-2", Art.ACCOUNT, Severity.ERROR,
            "Quản trị viên của cơ quan '%s' không quản trị tài khoản của cơ quan '%s'.",
            "An administrator of organisation '%s' does not administer accounts of organisation '%s'."),
    /** An account must hold at least one role. */
    NO_ROLE("EDOC-ORG-035", "R-ACC-2", Art.ACCOUNT, Severity.ERROR,
            "Tài khoản phải có ít nhất một vai trò.",
            "An account holds at least one role."),
    /** The roles asked for are the ones the account already holds. */
    ROLES_UNCHANGED("EDOC-ORG-036", "R-ACC-2", Art.ACCOUNT, Severity.ERROR,
            "Tài khoản '%s' đã có đúng các vai trò này.",
            "Account '%s' already holds exactly these roles."),
    /** A revoked account's roles cannot be changed. */
    ACCOUNT_REVOKED("EDOC-ORG-037", "R-ACC-2", Art.ACCOUNT, Severity.ERROR,
            "Tài khoản '%s' đã bị thu hồi.",
            "Account '%s' has been revoked."),
    /** The person's full name gives no account name. */
    NO_ACCOUNT_NAME("EDOC-ORG-038", "R-ID-4", "BS Đ3.2, SL Đ7.2", Severity.ERROR,
            "Không tạo được tên tài khoản từ họ tên '%s'.",
            "No account name can be made from the full name '%s'."),
    /** The same person twice in one batch. */
    PERSON_TWICE("EDOC-ORG-039", "R-ACC-1", Art.PERSONAL, Severity.ERROR,
            "Người dùng '%s' xuất hiện hai lần trong cùng một lần tạo tài khoản.",
            "Person '%s' appears twice in one account creation."),
    ;

    /** Articles, written once. */
    private static final class Art {
        static final String MODEL = "TP Đ4.1, SL Đ9.4, LS Đ22.2a";
        static final String ACCOUNT = "TP Đ4.1, SL Đ9.4, LS Đ22.2a";
        static final String PERSONAL = "BS Đ10.5, LS Đ22.2b, SL Đ9.2";
    }

    private final ViolationSpec spec;

    OrgViolation(String code, String ruleId, String article, Severity severity, String messageVi, String messageEn) {
        this.spec = new ViolationSpec(code, ruleId, article, severity, messageVi, messageEn);
    }

    @Override
    public ViolationSpec spec() {
        return spec;
    }
}
