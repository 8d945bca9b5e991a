package vn.edoc.org;

/**
 * A role (vai trò) a person holds in the document system. Roles are both the positions people hold (see
 * {@link Position}) and the permissions an administrator grants to an account (R-ACC-2: "permissions by role",
 * TP Đ4.1, SL Đ9.4). What each role may do is listed in one table, {@code vn.edoc.routing.Action}.
 */
public enum Role {
    /** Văn thư: registers, refuses, forwards and issues documents. */
    CLERK("Văn thư", false),
    /** Lãnh đạo: chủ tịch / phó chủ tịch, giám đốc / phó giám đốc; annotates, assigns, approves, signs. */
    LEADER("Lãnh đạo", true),
    /** Chánh văn phòng (and deputies): proposes how incoming documents are handled (R-IN-8). */
    OFFICE_CHIEF("Chánh văn phòng", true),
    /** Trưởng phòng (and deputies): head of a unit; assigns specialists, reviews drafts. */
    UNIT_HEAD("Trưởng phòng", true),
    /** Chuyên viên: handles documents and tasks, drafts. */
    SPECIALIST("Chuyên viên", false),
    /** Chuyên viên theo dõi: follows assigned tasks, checks and approves their results (R-TASK-1, R-TASK-6). */
    MONITORING_OFFICER("Chuyên viên theo dõi", false),
    /** Cán bộ tư pháp: gives the written appraisal of legal normative drafts (R-OUT-2). */
    JUSTICE_OFFICER("Cán bộ tư pháp", false),
    /** Quản trị: creates, changes, locks and revokes accounts (R-ACC-2). */
    ADMINISTRATOR("Quản trị", false);

    private final String vietnameseName;
    private final boolean ranked;

    Role(String vietnameseName, boolean ranked) {
        this.vietnameseName = vietnameseName;
        this.ranked = ranked;
    }

    /** The name in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** True for the leading positions, which have heads, deputies and acting heads (chức vụ lãnh đạo). */
    public boolean ranked() {
        return ranked;
    }
}
