package vn.edoc.task;

/**
 * The state of a request to a cooperating unit (trạng thái phối hợp), R-TASK-9 (LS Đ14.4b): the unit answers in time,
 * or refuses in writing with reasons. Moves are listed in {@link CooperationTransition}.
 */
public enum CooperationState {
    /** Đã yêu cầu phối hợp. */
    REQUESTED("Yêu cầu phối hợp"),
    /** Đã trả lời phối hợp. */
    ANSWERED("Đã trả lời phối hợp"),
    /** Từ chối phối hợp bằng văn bản. */
    REFUSED("Từ chối phối hợp");

    private final String vietnameseName;

    CooperationState(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** The name in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** True when no transition leaves this state. */
    public boolean isFinal() {
        return CooperationTransition.targetsFrom(this).isEmpty();
    }
}
