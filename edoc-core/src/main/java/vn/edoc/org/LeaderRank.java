package vn.edoc.org;

/**
 * The rank within a leading position (cấp trưởng, cấp phó): the head, a deputy, or a person given the head's powers
 * while the head's post is vacant (được giao quyền cấp trưởng, signing "Q.", Decree 30/2020/NĐ-CP Phụ lục I §7).
 * Roles without ranks use {@link #HEAD}, read as "holder".
 */
public enum LeaderRank {
    /** Cấp trưởng: the head (chủ tịch, giám đốc, chánh văn phòng, trưởng phòng); for other roles, the holder. */
    HEAD("Cấp trưởng"),
    /** Cấp phó: a deputy (phó chủ tịch, phó giám đốc, phó chánh văn phòng, phó trưởng phòng). */
    DEPUTY("Cấp phó"),
    /** Quyền cấp trưởng: acting head. */
    ACTING("Quyền cấp trưởng");

    private final String vietnameseName;

    LeaderRank(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** The name in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }
}
