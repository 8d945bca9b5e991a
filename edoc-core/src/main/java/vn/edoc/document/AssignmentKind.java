package vn.edoc.document;

/**
 * What a unit is asked to do with an assigned document (vai trò của đơn vị được phân công), R-IN-5 (BS Đ12.2b).
 */
public enum AssignmentKind {
    /** Chủ trì: the lead unit, which handles it. */
    LEAD("Chủ trì"),
    /** Phối hợp: a cooperating unit, which answers the lead in time or refuses in writing (R-TASK-9). */
    COOPERATE("Phối hợp"),
    /** Để biết: a unit informed. */
    INFORM("Để biết");

    private final String vietnameseName;

    AssignmentKind(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** The name in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }
}
