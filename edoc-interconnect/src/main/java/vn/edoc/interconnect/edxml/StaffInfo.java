package vn.edoc.interconnect.edxml;

/**
 * The person who acted for an organisation (cán bộ xử lý, {@code StaffInfo}): in the {@code Bussiness} part of a
 * package and in a status message. Members are {@code ""} when absent.
 *
 * @param department   {@code Department}
 * @param departmentId {@code DepartmentId}
 * @param staff        the person's name ({@code Staff})
 * @param staffId      {@code StaffId}
 * @param email        {@code Email}
 * @param mobile       {@code Mobile}
 */
public record StaffInfo(String department, String departmentId, String staff, String staffId, String email,
                        String mobile) {

    /** Turns {@code null} members into {@code ""}. */
    public StaffInfo {
        department = Texts.text(department);
        departmentId = Texts.text(departmentId);
        staff = Texts.text(staff);
        staffId = Texts.text(staffId);
        email = Texts.text(email);
        mobile = Texts.text(mobile);
    }

    /** A person known by name only. */
    public static StaffInfo named(String staff) {
        return new StaffInfo("", "", staff, "", "", "");
    }
}
