package vn.edoc.task;

import vn.edoc.validation.Severity;
import vn.edoc.validation.ViolationType;

/**
 * Every kind of violation (vi phạm) of task tracking (theo dõi nhiệm vụ). Codes are stable: {@code EDOC-TSK-001}..
 * {@code 019} the task and extension lifecycles.
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
    ;

    private final String code;
    private final String ruleId;
    private final String article;
    private final Severity severity;
    private final String messageVi;
    private final String messageEn;

    TaskViolation(String code, String ruleId, String article, Severity severity, String messageVi, String messageEn) {
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
