package vn.edoc.org;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import vn.edoc.id.OrganCode;

/**
 * A person working with the document system (cán bộ, công chức, người dùng): who they are, where they work and the
 * positions they hold. The account they log in with is an {@link Account}; {@code accountName} names it once it
 * exists ({@code ""} before).
 *
 * @param id           a stable identifier, unique in a {@link Directory}
 * @param fullName     the full name (họ và tên), such as "Nguyễn Văn Chiến"
 * @param accountName  the name of the person's account, or {@code ""} when none was created yet
 * @param organisation the code of the organisation the person works for
 * @param unitId       the id of the unit the person works in
 * @param positions    the positions held, in that unit (may be empty)
 */
public record Person(String id, String fullName, String accountName, OrganCode organisation, String unitId,
                     Set<Position> positions) {

    /** Refuses missing fields, all at once. */
    public Person {
        accountName = accountName == null ? "" : accountName.strip();
        Checks checks = new Checks().text(id, "id").text(fullName, "fullName").present(organisation, "organisation")
                .text(unitId, "unitId").present(positions, "positions");
        if (positions != null && Checks.hasNull(positions)) {
            checks.add(OrgViolation.MISSING_FIELD.at("positions", "positions"));
        }
        checks.orThrow();
        id = id.strip();
        fullName = fullName.strip();
        unitId = unitId.strip();
        positions = Set.copyOf(positions);
    }

    /** A person without an account yet. */
    public static Person of(String id, String fullName, OrganCode organisation, String unitId,
                            Position... positions) {
        return new Person(id, fullName, "", organisation, unitId, Set.of(positions));
    }

    /** The name of the person's account, when one exists. */
    public Optional<String> account() {
        return accountName.isEmpty() ? Optional.empty() : Optional.of(accountName);
    }

    /** This person with {@code accountName} as their account. */
    public Person withAccountName(String accountName) {
        return new Person(id, fullName, accountName, organisation, unitId, positions);
    }

    /** The roles of the positions held, whatever their rank: what an account of this person is granted by default. */
    public Set<Role> roles() {
        Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        positions.forEach(p -> roles.add(p.role()));
        return java.util.Collections.unmodifiableSet(roles);
    }

    /** True when the person holds a position of {@code role}, any rank. */
    public boolean holds(Role role) {
        return positions.stream().anyMatch(p -> p.role() == role);
    }

    /** True when the person holds {@code role} at {@code rank}. */
    public boolean holds(Role role, LeaderRank rank) {
        return positions.stream().anyMatch(p -> p.role() == role && p.rank() == rank);
    }

    /** The highest rank held in {@code role} (head, then acting, then deputy), when held at all. */
    public Optional<LeaderRank> rankIn(Role role) {
        return positions.stream().filter(p -> p.role() == role).map(Position::rank)
                .min(Comparator.comparingInt(Person::precedence));
    }

    /** True when the person holds a leading position (chức vụ lãnh đạo), which has priority for names (R-ID-4). */
    public boolean leading() {
        return positions.stream().anyMatch(Position::leading);
    }

    /** Order of ranks when choosing among holders: head, acting head, deputy. */
    static int precedence(LeaderRank rank) {
        return switch (rank) {
            case HEAD -> 0;
            case ACTING -> 1;
            case DEPUTY -> 2;
        };
    }
}
