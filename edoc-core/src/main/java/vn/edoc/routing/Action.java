package vn.edoc.routing;

import static vn.edoc.org.Role.ADMINISTRATOR;
import static vn.edoc.org.Role.CLERK;
import static vn.edoc.org.Role.JUSTICE_OFFICER;
import static vn.edoc.org.Role.LEADER;
import static vn.edoc.org.Role.MONITORING_OFFICER;
import static vn.edoc.org.Role.OFFICE_CHIEF;
import static vn.edoc.org.Role.SPECIALIST;
import static vn.edoc.org.Role.UNIT_HEAD;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import vn.edoc.org.Role;

/**
 * Everything a person can do in the engine (thao tác), with the rule it comes from and the roles allowed to do it.
 * This enum is <em>the</em> permission table (R-ACC-2: "permissions by role"): {@link Permissions} reads it and
 * nothing else. A {@linkplain #personal() personal} action is done only by the person the work is assigned to.
 *
 * <p>Who does what follows the seeds: the clerk registers, refuses, forwards and issues (BS Đ12-14, TP Đ3); the office
 * chief proposes (TP Đ3); the leader annotates, assigns, approves and signs (BS Đ12.2, BS Đ13.2); the unit head
 * gives work to specialists and reviews drafts (TP Đ3, BS Đ13.2); specialists handle and draft; the justice officer
 * appraises legal normative drafts (BS Đ7.2); the monitoring officer checks task data before issue, approves
 * results and extensions (LS Đ13.2b, LS Đ13.5); the specialist or unit head handling a matter keeps its work file
 * (BS Đ7.1, BS Đ13.1); the administrator manages accounts and outages (TP Đ4.1, SL Đ9.4,
 * LA Đ14.3a).
 */
public enum Action {
    // ----- incoming -----
    /** Vào sổ văn bản đến. */
    REGISTER_INCOMING(Flow.INCOMING, "R-IN-3", false, CLERK),
    /** Từ chối văn bản đến, with the reason sent back. */
    REFUSE_INCOMING(Flow.INCOMING, "R-IN-6", false, CLERK),
    /** Hủy văn bản đến on a recall notice and tell the sender. */
    CANCEL_ON_RECALL(Flow.INCOMING, "R-IN-7", false, CLERK),
    /** In sổ văn bản đến (the daily printed register). */
    PRINT_REGISTER(Flow.INCOMING, "R-IN-3", false, CLERK),
    /** Đề xuất: the office chief proposes how to handle it. */
    PROPOSE(Flow.INCOMING, "R-IN-8", false, OFFICE_CHIEF),
    /** Bút phê và phân công: lead, cooperating and informed units with deadlines. */
    ANNOTATE_AND_ASSIGN(Flow.INCOMING, "R-IN-5", false, LEADER),
    /** The unit's clerk forwards it to the head. */
    FORWARD_TO_HEAD(Flow.INCOMING, "R-IN-8", false, CLERK),
    /** The head gives it to a specialist. */
    ASSIGN_SPECIALIST(Flow.INCOMING, "R-IN-8", false, UNIT_HEAD),
    /** Xử lý: work on what one is assigned. */
    HANDLE(Flow.INCOMING, "R-IN-8", true, SPECIALIST, UNIT_HEAD),
    /** Hoàn thành: close what one is assigned. */
    COMPLETE(Flow.INCOMING, "R-IN-8", true, SPECIALIST, UNIT_HEAD),
    /** Đã biết: a person sent the document for information records having read it (TP Đ3.1c). */
    ACKNOWLEDGE(Flow.INCOMING, "R-IN-8", true, LEADER, OFFICE_CHIEF, UNIT_HEAD, SPECIALIST, CLERK,
            MONITORING_OFFICER, JUSTICE_OFFICER),

    // ----- outgoing -----
    /** Soạn thảo. */
    DRAFT(Flow.OUTGOING, "R-OUT-1", false, SPECIALIST, UNIT_HEAD),
    /** Xem xét dự thảo (head of unit; the office chief for the leadership). */
    REVIEW(Flow.OUTGOING, "R-OUT-1", false, UNIT_HEAD, OFFICE_CHIEF),
    /** Thẩm định dự thảo văn bản quy phạm pháp luật. */
    APPRAISE(Flow.OUTGOING, "R-OUT-2", false, JUSTICE_OFFICER),
    /** Duyệt và ký (the competence itself is checked by {@link SigningAuthority}). */
    APPROVE_AND_SIGN(Flow.OUTGOING, "R-OUT-1", false, LEADER, OFFICE_CHIEF, UNIT_HEAD),
    /** Trả lại dự thảo với ý kiến. */
    RETURN_FOR_REWORK(Flow.OUTGOING, "R-OUT-1", false, UNIT_HEAD, OFFICE_CHIEF, LEADER, JUSTICE_OFFICER),
    /** Vào sổ văn bản đi. */
    REGISTER_OUTGOING(Flow.OUTGOING, "R-OUT-3", false, CLERK),
    /** Ký số của cơ quan (the organisation's signature). */
    SIGN_AS_ORGANISATION(Flow.OUTGOING, "R-OUT-3", false, CLERK),
    /** Phát hành. */
    ISSUE(Flow.OUTGOING, "R-OUT-3", false, CLERK),
    /** Thu hồi văn bản đã phát hành. */
    RECALL(Flow.OUTGOING, "R-OUT-6", false, LEADER, CLERK),

    // ----- tasks -----
    /** Cập nhật nhiệm vụ while drafting the assigning document. */
    CREATE_TASK(Flow.TASK, "R-TASK-1", false, SPECIALIST),
    /** Kiểm tra, hoàn thiện thông tin nhiệm vụ before issue. */
    CHECK_TASK(Flow.TASK, "R-TASK-2", false, MONITORING_OFFICER),
    /** The receiving unit checks and accepts the task. */
    RECEIVE_TASK(Flow.TASK, "R-TASK-3", false, CLERK, UNIT_HEAD, LEADER),
    /** The receiving unit returns a wrongly assigned task. */
    RETURN_TASK(Flow.TASK, "R-TASK-3", false, CLERK, UNIT_HEAD, LEADER),
    /** Báo cáo kết quả (normally automatic once the reply is issued). */
    REPORT_TASK(Flow.TASK, "R-TASK-7", true, SPECIALIST, UNIT_HEAD),
    /** Phê duyệt hoàn thành nhiệm vụ. */
    APPROVE_TASK_RESULT(Flow.TASK, "R-TASK-6", false, MONITORING_OFFICER),
    /** Không phê duyệt: back to handling. */
    REFUSE_TASK_RESULT(Flow.TASK, "R-TASK-6", false, MONITORING_OFFICER),
    /** Xin gia hạn, with the issued request document. */
    REQUEST_EXTENSION(Flow.TASK, "R-TASK-8", true, SPECIALIST, UNIT_HEAD),
    /** Phê duyệt gia hạn, with the approval document. */
    APPROVE_EXTENSION(Flow.TASK, "R-TASK-8", false, MONITORING_OFFICER),
    /** Không đồng ý gia hạn. */
    REFUSE_EXTENSION(Flow.TASK, "R-TASK-8", false, MONITORING_OFFICER),
    /** Trả lời phối hợp. */
    COOPERATE_ANSWER(Flow.TASK, "R-TASK-9", false, SPECIALIST, UNIT_HEAD),
    /** Từ chối phối hợp bằng văn bản. */
    COOPERATE_REFUSE(Flow.TASK, "R-TASK-9", false, UNIT_HEAD, LEADER),
    /** Giao việc trực tiếp. */
    ASSIGN_DIRECTLY(Flow.TASK, "R-TASK-11", false, LEADER),
    /**
     * Kiểm tra việc thực hiện nhiệm vụ: the chair's working group plans an inspection, sends the notice, records the
     * minutes and reports the result (LS Đ15.1b, LS Đ16.4-5).
     */
    INSPECT_TASKS(Flow.TASK, "R-TIME-7", false, MONITORING_OFFICER, OFFICE_CHIEF, LEADER),
    /** Báo cáo phục vụ kiểm tra: the inspected unit sends its report before the inspection (LS Đ16.4b). */
    REPORT_FOR_INSPECTION(Flow.TASK, "R-TIME-7", false, UNIT_HEAD, LEADER),

    // ----- work files -----
    /** Lập hồ sơ công việc from the incoming document one handles (one open file per document). */
    OPEN_WORK_FILE(Flow.FILE, "R-FILE-1", false, SPECIALIST, UNIT_HEAD),
    /** Thêm văn bản vào hồ sơ: a document of the keeper's own reach. */
    ADD_TO_WORK_FILE(Flow.FILE, "R-FILE-1", false, SPECIALIST, UNIT_HEAD),
    /** Kết thúc hồ sơ. */
    CLOSE_WORK_FILE(Flow.FILE, "R-FILE-1", false, SPECIALIST, UNIT_HEAD),

    // ----- administration and operations -----
    /** Tạo, sửa, khóa, thu hồi tài khoản. */
    ADMINISTER_ACCOUNTS(Flow.ADMINISTRATION, "R-ACC-2", false, ADMINISTRATOR),
    /** Ghi nhận sự cố. */
    RECORD_OUTAGE(Flow.ADMINISTRATION, "R-OPS-2", false, ADMINISTRATOR),
    /** Cập nhật bổ sung what was handled on paper during an outage. */
    ENTER_AFTER_OUTAGE(Flow.ADMINISTRATION, "R-OPS-2", false, CLERK, LEADER, OFFICE_CHIEF, UNIT_HEAD, SPECIALIST,
            MONITORING_OFFICER, JUSTICE_OFFICER);

    /** The flow an action belongs to. */
    public enum Flow {
        /** Văn bản đến. */
        INCOMING,
        /** Văn bản đi. */
        OUTGOING,
        /** Theo dõi nhiệm vụ. */
        TASK,
        /** Hồ sơ công việc. */
        FILE,
        /** Quản trị, vận hành. */
        ADMINISTRATION
    }

    private final Flow flow;
    private final String ruleId;
    private final boolean personal;
    private final Set<Role> roles;

    Action(Flow flow, String ruleId, boolean personal, Role first, Role... more) {
        this.flow = flow;
        this.ruleId = ruleId;
        this.personal = personal;
        this.roles = Collections.unmodifiableSet(EnumSet.of(first, more));
    }

    /** The flow. */
    public Flow flow() {
        return flow;
    }

    /** The rule of {@code rules.md} the action carries out. */
    public String ruleId() {
        return ruleId;
    }

    /** True when only the person the work is assigned to may do it. */
    public boolean personal() {
        return personal;
    }

    /** The roles allowed to do it. */
    public Set<Role> roles() {
        return roles;
    }
}
