package vn.edoc.task;

import vn.edoc.validation.Severity;
import vn.edoc.validation.ViolationSpec;
import vn.edoc.validation.ViolationType;

/**
 * Every kind of violation (vi phạm) of task tracking (theo dõi nhiệm vụ). Codes are stable: {@code EDOC-TSK-001}..
 * {@code 019} the task and extension lifecycles; {@code 020}..{@code 059} the actions of {@link TaskService};
 * {@code 060}.. inspections ({@link InspectionService}).
 */
public enum TaskViolation implements ViolationType {

    /** A task transition the table does not list. */
    TASK_TRANSITION("EDOC-TSK-001", "R-TASK-6", "LS Đ13.2-13.4, BS Đ7.3", Severity.ERROR,
            "Nhiệm vụ không thể chuyển từ %s sang %s; từ %s chỉ được chuyển sang: %s.",
            "A task cannot go from %s to %s; from %s it can only go to: %s."),
    /** An extension transition the table does not list. */
    EXTENSION_TRANSITION("EDOC-TSK-002", "R-TASK-8", "LS Đ13.5", Severity.ERROR,
            "Đề nghị gia hạn không thể chuyển từ %s sang %s; từ %s chỉ được chuyển sang: %s.",
            "An extension request cannot go from %s to %s; from %s it can only go to: %s."),
    /** No task with that id. */
    TASK_NOT_FOUND("EDOC-TSK-020", "R-TASK-1", "LS Đ13.1", Severity.ERROR,
            "Không tìm thấy nhiệm vụ %s.",
            "No task %s."),
    /** A part of the task data is missing. */
    FIELD_MISSING("EDOC-TSK-021", "R-TASK-1", "LS Đ13.1", Severity.ERROR,
            "Thiếu %s của nhiệm vụ.",
            "The task's %s is missing."),
    /** The unit named is not in the directory. */
    UNKNOWN_UNIT("EDOC-TSK-022", "R-TASK-1", "LS Đ13.1a", Severity.ERROR,
            "Đơn vị %s không có trong danh bạ.",
            "Unit %s is not in the directory."),
    /** The monitoring officer named is not one. */
    NOT_MONITORING_OFFICER("EDOC-TSK-023", "R-TASK-1", "LS Đ13.1d", Severity.ERROR,
            "%s không phải chuyên viên theo dõi của cơ quan giao nhiệm vụ %s.",
            "%s is not a monitoring officer of the assigning organisation %s."),
    /** The deadline is already over when the task is entered. */
    DEADLINE_PASSED("EDOC-TSK-024", "R-TASK-1", "LS Đ13.1c", Severity.ERROR,
            "Thời hạn %s đã qua (lúc %s).",
            "The deadline %s has already passed (at %s)."),
    /** A task with the same id exists already. */
    TASK_EXISTS("EDOC-TSK-025", "R-TASK-1", "LS Đ13.1", Severity.ERROR,
            "Nhiệm vụ %s đã tồn tại.",
            "Task %s exists already."),
    /**
     * Retired: a stale task version is now refused with {@link vn.edoc.spi.ConcurrentChangeException}, like every
     * other stale write in every store; the code stays reserved.
     */
    CONCURRENT_CHANGE("EDOC-TSK-026", "R-TASK-1", "LS Đ13", Severity.ERROR,
            "Nhiệm vụ %s đã được người khác thay đổi (phiên bản %s, mong đợi %s); hãy tải lại.",
            "Task %s was changed meanwhile (version %s, expected %s); load it again."),
    /** The task data differs from the approved assigning document. */
    DISCREPANCY("EDOC-TSK-027", "R-TASK-2", "LS Đ13.2b", Severity.ERROR,
            "Thông tin nhiệm vụ khác văn bản đã duyệt: %s là '%s' trên hệ thống nhưng '%s' trên văn bản.",
            "The task data differs from the approved document: %s is '%s' in the system but '%s' in the document."),
    /** The assigning document is issued while a task of it is not checked. */
    NOT_CHECKED("EDOC-TSK-028", "R-TASK-2", "LS Đ13.2b", Severity.ERROR,
            "Nhiệm vụ %s chưa được kiểm tra, hoàn thiện trước khi ban hành (trạng thái %s).",
            "Task %s was not checked before issue (state %s)."),
    /** The handler named does not work in the assigned unit. */
    HANDLER_INVALID("EDOC-TSK-029", "R-TASK-3", "LS Đ13.3a", Severity.ERROR,
            "%s không thuộc đơn vị %s hoặc không thể xử lý nhiệm vụ.",
            "%s does not work in unit %s or cannot handle tasks."),
    /** A task is returned without a reason. */
    RETURN_REASON_REQUIRED("EDOC-TSK-030", "R-TASK-3", "LS Đ13.3a", Severity.ERROR,
            "Trả lại nhiệm vụ phải nêu lý do (nhiệm vụ %s).",
            "Returning a task needs a reason (task %s)."),
    /** A reply is started from a closed task document. */
    DOCUMENT_CLOSED("EDOC-TSK-031", "R-TASK-4", "LS Đ13.3b", Severity.ERROR,
            "Văn bản giao nhiệm vụ %s đã kết thúc; phải lấy lại văn bản trước khi xử lý tiếp.",
            "The task document of %s is closed; take it back (lấy lại) before going on."),
    /** Taking back a task document that is not closed. */
    DOCUMENT_NOT_CLOSED("EDOC-TSK-032", "R-TASK-4", "LS Đ13.3b", Severity.ERROR,
            "Văn bản giao nhiệm vụ %s chưa kết thúc nên không cần lấy lại.",
            "The task document of %s is not closed; there is nothing to take back."),
    /** The issued document was not created from the task document. */
    REPLY_NOT_FROM_TASK("EDOC-TSK-033", "R-TASK-4", "LS Đ13.3b, LS Đ13.4", Severity.ERROR,
            "Văn bản %s không được khởi tạo từ văn bản giao nhiệm vụ %s (văn bản trả lời đã khởi tạo: %s).",
            "Document %s was not created from the task document of %s (reply started: %s)."),
    /** The result is refused without a reason. */
    RESULT_REASON_REQUIRED("EDOC-TSK-034", "R-TASK-6", "LS Đ13.3c", Severity.ERROR,
            "Không phê duyệt kết quả phải nêu lý do (nhiệm vụ %s).",
            "Refusing a result needs a reason (task %s)."),
    /** An extension requested after the deadline. */
    EXTENSION_AFTER_DEADLINE("EDOC-TSK-035", "R-TASK-8", "LS Đ13.5", Severity.ERROR,
            "Xin gia hạn sau thời hạn %s (lúc %s): nhiệm vụ được coi là chưa hoàn thành, quá hạn.",
            "Extension requested after the deadline %s (at %s): the task counts as not completed, overdue."),
    /** A second extension request while one waits. */
    EXTENSION_PENDING("EDOC-TSK-036", "R-TASK-8", "LS Đ13.5", Severity.ERROR,
            "Nhiệm vụ %s đã có đề nghị gia hạn đang chờ xử lý.",
            "Task %s already has an extension request waiting."),
    /** No extension request waits for a decision. */
    NO_PENDING_EXTENSION("EDOC-TSK-037", "R-TASK-8", "LS Đ13.5", Severity.ERROR,
            "Nhiệm vụ %s không có đề nghị gia hạn đang chờ xử lý.",
            "Task %s has no extension request waiting."),
    /** The new deadline is not after the current one. */
    NEW_DEADLINE_NOT_LATER("EDOC-TSK-038", "R-TASK-8", "LS Đ13.5", Severity.ERROR,
            "Thời hạn mới %s phải sau thời hạn hiện tại %s.",
            "The new deadline %s must be after the current deadline %s."),
    /** A document attached to an action is missing or not issued. */
    DOCUMENT_REQUIRED("EDOC-TSK-039", "R-TASK-8", "LS Đ13.5", Severity.ERROR,
            "Phải đính kèm %s đã ban hành.",
            "The issued %s must be attached."),
    /** The extension's documents were issued in the wrong order or time. */
    DOCUMENT_NOT_ISSUED_YET("EDOC-TSK-040", "R-TASK-8", "LS Đ13.5", Severity.ERROR,
            "Văn bản %s ban hành lúc %s, sau thời điểm thao tác %s.",
            "Document %s is issued at %s, after the action at %s."),
    /** The unit is not asked to cooperate on this task. */
    NOT_COOPERATING("EDOC-TSK-041", "R-TASK-9", "LS Đ14.4b", Severity.ERROR,
            "Đơn vị %s không được giao phối hợp thực hiện nhiệm vụ %s.",
            "Unit %s is not asked to cooperate on task %s."),
    /** A cooperation refusal without reasons or written refusal. */
    COOPERATION_REASON_REQUIRED("EDOC-TSK-042", "R-TASK-9", "LS Đ14.4b", Severity.ERROR,
            "Từ chối phối hợp phải có văn bản và nêu rõ lý do (nhiệm vụ %s).",
            "Refusing to cooperate needs a written refusal with reasons (task %s)."),
    /** A cooperation transition the table does not list. */
    COOPERATION_TRANSITION("EDOC-TSK-043", "R-TASK-9", "LS Đ14.4b", Severity.ERROR,
            "Yêu cầu phối hợp không thể chuyển từ %s sang %s; từ %s chỉ được chuyển sang: %s.",
            "A cooperation request cannot go from %s to %s; from %s it can only go to: %s."),
    /** A direct assignment to a unit of another organisation. */
    DIRECT_OTHER_ORGANISATION("EDOC-TSK-044", "R-TASK-11", "BS Đ7.3", Severity.ERROR,
            "Lãnh đạo chỉ giao việc trực tiếp cho đơn vị của cơ quan mình: %s thuộc %s.",
            "A leader assigns directly only to units of their own organisation: %s belongs to %s."),
    /** The lead unit is also named as cooperating. */
    LEAD_ALSO_COOPERATING("EDOC-TSK-045", "R-TASK-9", "LS Đ14.4", Severity.ERROR,
            "Đơn vị chủ trì %s không thể đồng thời là đơn vị phối hợp.",
            "The lead unit %s cannot also be a cooperating unit."),

    /** The task data can be changed only before the check. */
    NOT_EDITABLE("EDOC-TSK-046", "R-TASK-2", "LS Đ13.2", Severity.ERROR,
            "Thông tin nhiệm vụ %s chỉ được sửa trước khi kiểm tra (trạng thái hiện tại %s).",
            "The data of task %s can be changed only before the check (state now %s)."),
    /** The task is not with its handler. */
    NOT_HANDLING("EDOC-TSK-047", "R-TASK-4", "LS Đ13.3b", Severity.ERROR,
            "Nhiệm vụ %s không ở bước xử lý (trạng thái %s).",
            "Task %s is not being handled (state %s)."),
    /** The task is no longer open for an extension. */
    NOT_OPEN("EDOC-TSK-048", "R-TASK-8", "LS Đ13.5", Severity.ERROR,
            "Nhiệm vụ %s không còn đang thực hiện (trạng thái %s).",
            "Task %s is no longer in progress (state %s)."),
    /** A text of the task (its content) is longer than the limit. */
    TOO_LONG("EDOC-TSK-049", "R-TASK-1", "LS Đ13.1", Severity.ERROR,
            "%s của nhiệm vụ dài %s ký tự, vượt quá giới hạn %s ký tự.",
            "The task's %s has %s characters, more than the limit of %s."),
    /** A document referred to by a task action is not issued (numbered and sent) yet. */
    NOT_ISSUED("EDOC-TSK-058", "R-TASK-8", "LS Đ13.5", Severity.ERROR,
            "Văn bản %s chưa được ban hành.",
            "Document %s is not issued yet."),
    /** Work on a task its unit has not received (checked and accepted) yet. */
    NOT_RECEIVED("EDOC-TSK-059", "R-TASK-3", "LS Đ13.3a", Severity.ERROR,
            "Nhiệm vụ %s chưa được đơn vị tiếp nhận (trạng thái %s); phải tiếp nhận trước khi xử lý.",
            "Task %s has not been received by its unit yet (state %s); receive it before working on it."),

    /** No inspection with that id. */
    INSPECTION_NOT_FOUND("EDOC-TSK-060", "R-TIME-7", "LS Đ16", Severity.ERROR,
            "Không tìm thấy đợt kiểm tra %s.",
            "No inspection %s."),
    /** An inspection transition the table does not list. */
    INSPECTION_TRANSITION("EDOC-TSK-061", "R-TIME-7", "LS Đ16.4-5", Severity.ERROR,
            "Đợt kiểm tra không thể chuyển từ %s sang %s; từ %s chỉ được chuyển sang: %s.",
            "An inspection cannot go from %s to %s; from %s it can only go to: %s."),
    /** A part of the inspection plan is missing or wrong. */
    INSPECTION_PLAN_INVALID("EDOC-TSK-062", "R-TIME-7", "LS Đ16.2-4", Severity.ERROR,
            "Kế hoạch kiểm tra không hợp lệ: %s.",
            "The inspection plan is invalid: %s."),
    ;

    private final ViolationSpec spec;

    TaskViolation(String code, String ruleId, String article, Severity severity, String messageVi, String messageEn) {
        this.spec = new ViolationSpec(code, ruleId, article, severity, messageVi, messageEn);
    }

    @Override
    public ViolationSpec spec() {
        return spec;
    }
}
