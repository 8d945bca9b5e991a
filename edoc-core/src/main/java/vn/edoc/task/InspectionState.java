package vn.edoc.task;

/**
 * The state of an inspection of task execution (trạng thái đợt kiểm tra), LS Đ16 and R-TIME-7. Moves are listed in
 * {@link InspectionTransition}:
 *
 * <pre>
 *  PLANNED ─notice─▶ NOTICE_SENT ─unit's report─▶ UNIT_REPORTED ─minutes─▶ MINUTES_RECORDED ─result─▶ RESULT_REPORTED
 *                        └──────────────minutes (no report came)──────────────▲
 * </pre>
 */
public enum InspectionState {
    /** Đã lập kế hoạch. */
    PLANNED("Kế hoạch kiểm tra"),
    /** Đã gửi thông báo kiểm tra (7 working days ahead). */
    NOTICE_SENT("Đã thông báo kiểm tra"),
    /** The inspected unit sent its report (3 days ahead). */
    UNIT_REPORTED("Đơn vị đã báo cáo"),
    /** Đã lập biên bản kiểm tra. */
    MINUTES_RECORDED("Đã lập biên bản"),
    /** Đã báo cáo kết quả kiểm tra (within 5 working days). */
    RESULT_REPORTED("Đã báo cáo kết quả");

    private final String vietnameseName;

    InspectionState(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** The name in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** True when no transition leaves this state. */
    public boolean isFinal() {
        return InspectionTransition.targetsFrom(this).isEmpty();
    }
}
