package vn.edoc.org;

import vn.edoc.id.OrganCode;

/**
 * A unit inside an organisation (đơn vị, phòng ban): the office (văn phòng), a department (phòng, ban) or the
 * leadership. Units are where documents are assigned (R-IN-5) and where clerks, heads and specialists work.
 *
 * @param id           a stable identifier, unique in a {@link Directory}
 * @param organisation the code of the organisation it belongs to
 * @param name         its name, such as "Phòng Tư pháp"
 * @param abbreviation its abbreviation, such as "TP" (may be empty)
 * @param kind         its kind
 */
public record Unit(String id, OrganCode organisation, String name, String abbreviation, UnitKind kind) {

    /** Refuses a missing id, organisation, name or kind, all at once. */
    public Unit {
        abbreviation = abbreviation == null ? "" : abbreviation.strip();
        new Checks().text(id, "id").present(organisation, "organisation").text(name, "name")
                .present(kind, "kind").orThrow();
        id = id.strip();
        name = name.strip();
    }

    /** A unit. */
    public static Unit of(String id, OrganCode organisation, String name, String abbreviation, UnitKind kind) {
        return new Unit(id, organisation, name, abbreviation, kind);
    }
}
