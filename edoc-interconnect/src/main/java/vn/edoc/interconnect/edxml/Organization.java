package vn.edoc.interconnect.edxml;

/**
 * An organisation as edXML names it ({@code From}, {@code To}: cơ quan gửi, nhận), QCVN 102:2016. Text members are
 * {@code ""} when absent; an empty element is read as absent. The identifier code is kept as written: whether it is
 * a valid code is checked by {@link ReceiptChecks}, so that a package with a wrong code can still be read and
 * reported.
 *
 * @param organId              the identifier code (mã định danh, {@code OrganId})
 * @param organizationInCharge the governing body ({@code OrganizationInCharge})
 * @param organName            the name ({@code OrganName})
 * @param organAdd             the address ({@code OrganAdd})
 * @param email                {@code Email}
 * @param telephone            {@code Telephone}
 * @param fax                  {@code Fax}
 * @param website              {@code Website}
 */
public record Organization(String organId, String organizationInCharge, String organName, String organAdd,
                           String email, String telephone, String fax, String website) {

    /** Turns {@code null} members into {@code ""}. */
    public Organization {
        organId = Texts.text(organId);
        organizationInCharge = Texts.text(organizationInCharge);
        organName = Texts.text(organName);
        organAdd = Texts.text(organAdd);
        email = Texts.text(email);
        telephone = Texts.text(telephone);
        fax = Texts.text(fax);
        website = Texts.text(website);
    }

    /** An organisation known by its code and name only. */
    public static Organization of(String organId, String organName) {
        return new Organization(organId, "", organName, "", "", "", "", "");
    }
}
