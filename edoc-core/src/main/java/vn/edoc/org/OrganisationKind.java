package vn.edoc.org;

/**
 * The kind of an organisation (loại cơ quan), as far as the engine cares: whether it works as a collective body
 * (chế độ tập thể), whose documents are signed "TM." on behalf of the collective, or under a single head (chế độ
 * thủ trưởng), Decree 30/2020/NĐ-CP Điều 13 khoản 1-2. People's Committees (Ủy ban nhân dân) decide collectively;
 * specialised departments (sở, phòng chuyên môn) are led by their director.
 */
public enum OrganisationKind {
    /** Ủy ban nhân dân tỉnh. */
    PROVINCIAL_PEOPLES_COMMITTEE("Ủy ban nhân dân tỉnh", true),
    /** Ủy ban nhân dân huyện, thị xã, thành phố thuộc tỉnh. */
    DISTRICT_PEOPLES_COMMITTEE("Ủy ban nhân dân huyện", true),
    /** Ủy ban nhân dân xã, phường, thị trấn. */
    COMMUNE_PEOPLES_COMMITTEE("Ủy ban nhân dân xã", true),
    /** Sở or another specialised agency led by a director (giám đốc). */
    DEPARTMENT("Sở, cơ quan chuyên môn", false),
    /** Any other organisation; treated as led by its head. */
    OTHER("Cơ quan, tổ chức khác", false);

    private final String vietnameseName;
    private final boolean collectiveBody;

    OrganisationKind(String vietnameseName, boolean collectiveBody) {
        this.vietnameseName = vietnameseName;
        this.collectiveBody = collectiveBody;
    }

    /** The name in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** True when the organisation decides as a collective (chế độ tập thể), so "TM." signatures exist. */
    public boolean collectiveBody() {
        return collectiveBody;
    }
}
