package vn.edoc.task;

import java.util.Set;

/**
 * The state of an assigned task (trạng thái nhiệm vụ), LS Đ13 and BS Đ7.3. The legal moves are listed in
 * {@link TaskTransition}:
 *
 * <pre>
 *  CREATED ◀──▶ CHECKED ──▶ ASSIGNED ◀──▶ RETURNED        check, correct, issue: R-TASK-2
 *                              │                          return, reassign: R-TASK-3
 *                              ▼                          (a direct assignment starts at ASSIGNED: R-TASK-11)
 *                           RECEIVED                      received and checked: R-TASK-3
 *                              │                          the reply is started from the task document: R-TASK-4
 *                              ▼
 *                         IN_PROGRESS ──▶ REPORTED ──▶ APPROVED (final)
 *                              ▲             │         reported when the reply is issued: R-TASK-7
 *                              └─────────────┘         approved, or refused back to handling: R-TASK-6
 * </pre>
 *
 * A task starts CREATED when its data is entered while the assigning document is drafted (R-TASK-1), or ASSIGNED
 * when a leader assigns it directly (R-TASK-11). Being overdue is not a state: it is read from the deadline and the
 * completion instant (R-TASK-7, R-TASK-8).
 */
public enum TaskState {
    /** Khởi tạo: entered while drafting (R-TASK-1). */
    CREATED("Khởi tạo"),
    /** Đã kiểm tra: checked against the approved document (R-TASK-2). */
    CHECKED("Đã kiểm tra"),
    /** Đã giao: issued to the assigned unit. */
    ASSIGNED("Đã giao"),
    /** Đã nhận: the unit checked and accepted it (R-TASK-3). */
    RECEIVED("Đã tiếp nhận"),
    /** Trả lại: the unit returned a wrongly assigned task (R-TASK-3). */
    RETURNED("Trả lại"),
    /** Đang thực hiện. */
    IN_PROGRESS("Đang thực hiện"),
    /** Đã báo cáo: the reply is issued and waits for approval (R-TASK-6, R-TASK-7). */
    REPORTED("Chờ phê duyệt"),
    /** Hoàn thành: the result is approved. */
    APPROVED("Hoàn thành");

    private final String vietnameseName;

    TaskState(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** The name in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** True when no transition leaves this state. */
    public boolean isFinal() {
        return TaskTransition.targetsFrom(this).isEmpty();
    }

    /** The states a task can start in: CREATED (while drafting) and ASSIGNED (direct assignment, R-TASK-11). */
    public static Set<TaskState> initialStates() {
        return Set.of(CREATED, ASSIGNED);
    }
}
