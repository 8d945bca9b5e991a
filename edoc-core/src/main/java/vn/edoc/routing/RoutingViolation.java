package vn.edoc.routing;

import vn.edoc.validation.Severity;
import vn.edoc.validation.ViolationSpec;
import vn.edoc.validation.ViolationType;

/**
 * Every kind of violation (vi phạm) of routing: who may act ({@code EDOC-RTE-001}..{@code 019}), the document and
 * assignment lifecycles ({@code 020}..{@code 039}) and signing competence ({@code 040}..{@code 059}).
 */
public enum RoutingViolation implements ViolationType {

    // ----- who may act -----
    /** Something required was not given. */
    MISSING("EDOC-RTE-001", "R-ACC-1", Art.PERSONAL, Severity.ERROR,
            "Thiếu '%s'.",
            "'%s' is missing."),
    /** The account used belongs to another person than the one acting. */
    NOT_OWN_ACCOUNT("EDOC-RTE-002", "R-ACC-1", Art.PERSONAL, Severity.ERROR,
            "Tài khoản '%s' thuộc người dùng '%s'; '%s' không được dùng tài khoản của người khác.",
            "Account '%s' belongs to '%s'; '%s' may not act through another person's account."),
    /** The acting person is not in the directory, or differs from it. */
    UNKNOWN_ACTOR("EDOC-RTE-003", "R-ACC-1", Art.PERSONAL, Severity.ERROR,
            "Người dùng '%s' không có (hoặc khác) trong danh bạ.",
            "Person '%s' is not in the directory, or differs from it."),
    /** The account used is not in the directory, differs from it, or is not the person's current account. */
    UNKNOWN_ACCOUNT("EDOC-RTE-004", "R-ACC-1", Art.PERSONAL, Severity.ERROR,
            "Tài khoản '%s' không phải tài khoản hiện hành của người dùng '%s' trong danh bạ.",
            "Account '%s' is not the current account of person '%s' in the directory."),
    /** The account is locked. */
    ACCOUNT_LOCKED("EDOC-RTE-005", "R-ACC-2", Art.ACCOUNT, Severity.ERROR,
            "Tài khoản '%s' đang bị khóa nên không được thực hiện thao tác nào.",
            "Account '%s' is locked and can do nothing."),
    /** The account is revoked. */
    ACCOUNT_REVOKED("EDOC-RTE-006", "R-ACC-2", Art.ACCOUNT, Severity.ERROR,
            "Tài khoản '%s' đã bị thu hồi nên không được thực hiện thao tác nào.",
            "Account '%s' is revoked and can do nothing."),
    /** No role of the account may do the action. */
    ROLE_NOT_PERMITTED("EDOC-RTE-007", "R-ACC-2", Art.ACCOUNT, Severity.ERROR,
            "Vai trò %s của tài khoản '%s' không được phép thực hiện '%s' (quy tắc %s; được phép: %s).",
            "The roles %s of account '%s' may not do '%s' (rule %s; allowed: %s)."),
    /** The action touches another organisation. */
    OTHER_ORGANISATION("EDOC-RTE-008", "R-ACC-2", Art.ACCOUNT, Severity.ERROR,
            "Người dùng của cơ quan '%s' không được thao tác thay cơ quan '%s'.",
            "A person of organisation '%s' may not act for organisation '%s'."),
    /** The action touches a unit outside the actor's reach. */
    OTHER_UNIT("EDOC-RTE-009", "R-ACC-2", Art.ACCOUNT, Severity.ERROR,
            "Với vai trò %s, người dùng của đơn vị '%s' chỉ thao tác trong đơn vị mình, không trong đơn vị '%s'.",
            "With the roles %s, a person of unit '%s' acts only in that unit, not in unit '%s'."),
    /** The action concerns the whole organisation but the actor's permitted roles reach only their unit. */
    ORGANISATION_WIDE("EDOC-RTE-010", "R-ACC-2", Art.ACCOUNT, Severity.ERROR,
            "Thao tác '%s' liên quan cả cơ quan; vai trò %s chỉ thao tác trong đơn vị '%s'.",
            "The action '%s' concerns the whole organisation; the roles %s act only in unit '%s'."),
    /** The unit named by the scope is not in the directory or not in the scope's organisation. */
    UNKNOWN_UNIT("EDOC-RTE-011", "R-ACC-2", Art.ACCOUNT, Severity.ERROR,
            "Đơn vị '%s' không thuộc cơ quan '%s' trong danh bạ.",
            "Unit '%s' is not a unit of organisation '%s' in the directory."),
    /** The actor is not the person the work is assigned to. */
    NOT_ASSIGNEE("EDOC-RTE-012", "R-ACC-1", Art.PERSONAL, Severity.ERROR,
            "Việc này được giao cho '%s'; '%s' không được làm thay.",
            "This work is assigned to '%s'; '%s' may not do it in their place."),
    /** A personal action without the person it is assigned to. */
    ASSIGNEE_REQUIRED("EDOC-RTE-013", "R-ACC-1", Art.PERSONAL, Severity.ERROR,
            "Thao tác '%s' phải nêu người được giao.",
            "The action '%s' must name the person it is assigned to."),
    /** The account logged in with is not in the directory. */
    NO_SUCH_ACCOUNT("EDOC-RTE-014", "R-ACC-1", Art.PERSONAL, Severity.ERROR,
            "Không có tài khoản '%s' trong danh bạ.",
            "The directory holds no account '%s'."),

    // ----- lifecycles -----
    /** An incoming-document transition the table does not list. */
    INCOMING_TRANSITION("EDOC-RTE-020", "R-IN-8", "BS Đ12, TP Đ3, LS Đ9, LS Đ6.4", Severity.ERROR,
            "Văn bản đến không thể chuyển từ %s sang %s; từ %s chỉ được chuyển sang: %s.",
            "An incoming document cannot go from %s to %s; from %s it can only go to: %s."),
    /** An outgoing-document transition the table does not list. */
    OUTGOING_TRANSITION("EDOC-RTE-021", "R-OUT-1", "BS Đ7.1, BS Đ13, BS Đ14, TP Đ3.2b", Severity.ERROR,
            "Văn bản đi không thể chuyển từ %s sang %s; từ %s chỉ được chuyển sang: %s.",
            "An outgoing document cannot go from %s to %s; from %s it can only go to: %s."),
    /** A legal normative draft sent to the leader without the justice appraisal. */
    APPRAISAL_REQUIRED("EDOC-RTE-022", "R-OUT-2", "BS Đ7.2", Severity.ERROR,
            "Dự thảo văn bản quy phạm pháp luật phải có ý kiến thẩm định bằng văn bản của cơ quan tư pháp trước khi trình lãnh đạo.",
            "A legal normative draft needs the justice office's written appraisal before it goes to the leader."),
    /** A delivery transition the table does not list. */
    DELIVERY_TRANSITION("EDOC-RTE-023", "R-OUT-6", "LS Đ10.3, BS Đ14.3, LS Đ9.3", Severity.ERROR,
            "Trạng thái gửi tới nơi nhận không thể chuyển từ %s sang %s; từ %s chỉ được chuyển sang: %s.",
            "A delivery cannot go from %s to %s; from %s it can only go to: %s."),
    /** An assignment transition the table does not list. */
    ASSIGNMENT_TRANSITION("EDOC-RTE-024", "R-IN-5", "BS Đ12.2b, TP Đ3, LS Đ14.4", Severity.ERROR,
            "Phân công không thể chuyển từ %s sang %s; từ %s chỉ được chuyển sang: %s.",
            "An assignment cannot go from %s to %s; from %s it can only go to: %s."),
    /** A transition open to some kinds of assignment only. */
    ASSIGNMENT_KIND("EDOC-RTE-025", "R-TASK-9", "LS Đ14.4, BS Đ12.2b", Severity.ERROR,
            "Phân công loại %s không được chuyển từ %s sang %s (chỉ dành cho: %s).",
            "An assignment of kind %s cannot go from %s to %s (only for: %s)."),

    // ----- signing competence -----
    /** The signer does not work for the organisation whose document it is. */
    SIGNER_OTHER_ORGANISATION("EDOC-RTE-040", "R-FMT-5", Art.SIGN, Severity.ERROR,
            "Người ký '%s' thuộc cơ quan '%s', không ký văn bản của cơ quan '%s'.",
            "Signer '%s' works for organisation '%s' and cannot sign documents of organisation '%s'."),
    /** A signature without prefix by someone who is not the head. */
    NONE_NOT_HEAD("EDOC-RTE-041", "R-FMT-5", Art.SIGN_HEAD, Severity.ERROR,
            "Chỉ người đứng đầu cơ quan ký không ghi thẩm quyền; '%s' không phải người đứng đầu.",
            "Only the head of the organisation signs without a prefix; '%s' is not the head."),
    /** TM. in an organisation that is not a collective body. */
    TM_NOT_COLLECTIVE("EDOC-RTE-042", "R-FMT-5", Art.SIGN_COLLECTIVE, Severity.ERROR,
            "Cơ quan '%s' làm việc theo chế độ thủ trưởng nên không ký 'TM.'.",
            "Organisation '%s' is led by its head, not a collective body, so nobody signs 'TM.'."),
    /** TM. by someone who is not a leader of the collective body. */
    TM_NOT_LEADER("EDOC-RTE-043", "R-FMT-5", Art.SIGN_COLLECTIVE, Severity.ERROR,
            "Chỉ người đứng đầu hoặc cấp phó của tập thể lãnh đạo ký 'TM.'; '%s' không giữ chức vụ đó.",
            "Only the head of the collective or a deputy signs 'TM.'; '%s' holds no such position."),
    /** KT. by someone who is not a deputy head. */
    KT_NOT_DEPUTY("EDOC-RTE-044", "R-FMT-5", Art.SIGN_HEAD, Severity.ERROR,
            "Chỉ cấp phó của người đứng đầu ký 'KT.'; '%s' không phải cấp phó.",
            "Only a deputy of the head signs 'KT.'; '%s' is not a deputy."),
    /** TL. by someone who heads no unit. */
    TL_NOT_UNIT_HEAD("EDOC-RTE-045", "R-FMT-5", Art.SIGN_ORDER, Severity.ERROR,
            "Chỉ chánh văn phòng hoặc người đứng đầu đơn vị (hoặc cấp phó của họ) ký 'TL.'; '%s' không giữ chức vụ đó.",
            "Only the office chief or the head of a unit (or their deputy) signs 'TL.'; '%s' holds no such position."),
    /** TUQ. by someone who is not the head of a unit. */
    TUQ_NOT_UNIT_HEAD("EDOC-RTE-046", "R-FMT-5", Art.SIGN_AUTH, Severity.ERROR,
            "Chỉ người đứng đầu một đơn vị thuộc cơ quan được ký 'TUQ.'; '%s' không phải người đứng đầu đơn vị.",
            "Only the head of a unit of the organisation signs 'TUQ.'; '%s' heads no unit."),
    /** TUQ. without a written authorisation in force on the date. */
    TUQ_NO_AUTHORISATION("EDOC-RTE-047", "R-FMT-5", Art.SIGN_AUTH, Severity.ERROR,
            "'%s' không có văn bản ủy quyền của người đứng đầu còn hiệu lực vào ngày %s.",
            "'%s' has no written authorisation from the head in force on %s."),
    /** Q. by someone who is not acting head. */
    Q_NOT_ACTING("EDOC-RTE-048", "R-FMT-5", Art.SIGN_HEAD, Severity.ERROR,
            "Chỉ người được giao quyền cấp trưởng ký 'Q.'; '%s' không được giao quyền.",
            "Only a person given the head's powers signs 'Q.'; '%s' is not acting head."),
    /** An authorisation whose dates or parties are wrong. */
    BAD_AUTHORISATION("EDOC-RTE-049", "R-FMT-5", Art.SIGN_AUTH, Severity.ERROR,
            "Văn bản ủy quyền không hợp lệ: %s.",
            "The authorisation is invalid: %s."),
    ;

    /** Articles, written once. */
    private static final class Art {
        static final String PERSONAL = "BS Đ10.5, LS Đ22.2b, SL Đ9.2";
        static final String ACCOUNT = "TP Đ4.1, SL Đ9.4, LS Đ22.2a";
        static final String SIGN = "Decree 30/2020/NĐ-CP Điều 13, Phụ lục I Mục II §7";
        static final String SIGN_HEAD = "Decree 30/2020/NĐ-CP Điều 13.1, Phụ lục I Mục II §7";
        static final String SIGN_COLLECTIVE = "Decree 30/2020/NĐ-CP Điều 13.2, Phụ lục I Mục II §7";
        static final String SIGN_AUTH = "Decree 30/2020/NĐ-CP Điều 13.3, Phụ lục I Mục II §7";
        static final String SIGN_ORDER = "Decree 30/2020/NĐ-CP Điều 13.4, Phụ lục I Mục II §7";
    }

    private final ViolationSpec spec;

    RoutingViolation(String code, String ruleId, String article, Severity severity, String messageVi,
                     String messageEn) {
        this.spec = new ViolationSpec(code, ruleId, article, severity, messageVi, messageEn);
    }

    @Override
    public ViolationSpec spec() {
        return spec;
    }
}
