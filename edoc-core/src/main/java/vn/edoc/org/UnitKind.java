package vn.edoc.org;

/** The kind of a unit inside an organisation (loại đơn vị). */
public enum UnitKind {
    /** Văn phòng: the office, home of the organisation's clerks (văn thư) and of the office chief. */
    OFFICE("Văn phòng"),
    /** Phòng, ban: a specialised department of the organisation. */
    DEPARTMENT("Phòng, ban"),
    /** Lãnh đạo: the leadership (chủ tịch and vice-chairs, giám đốc and deputies). */
    LEADERSHIP("Lãnh đạo");

    private final String vietnameseName;

    UnitKind(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** The name in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }
}
