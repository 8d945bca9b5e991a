package vn.edoc.org;

import vn.edoc.validation.EdocRuleException;

/**
 * A position a person holds (chức vụ, vị trí công tác): a role and, for leading roles, the rank (head, deputy or
 * acting head). A deputy chair is {@code Position.deputy(Role.LEADER)}; a specialist {@code Position.of(Role
 * .SPECIALIST)}. The position is held in the person's own unit and organisation.
 *
 * @param role the role
 * @param rank the rank; {@link LeaderRank#HEAD} for roles without ranks
 */
public record Position(Role role, LeaderRank rank) {

    /** Refuses a missing role or rank, and a deputy or acting rank on a role without ranks. */
    public Position {
        if (role == null) {
            throw EdocRuleException.of(OrgViolation.MISSING_FIELD, "role", "role");
        }
        if (rank == null) {
            throw EdocRuleException.of(OrgViolation.MISSING_FIELD, "rank", "rank");
        }
        if (!role.ranked() && rank != LeaderRank.HEAD) {
            throw EdocRuleException.of(OrgViolation.RANK_NOT_APPLICABLE, "rank", role);
        }
    }

    /** The head (or the holder, for roles without ranks) of {@code role}. */
    public static Position of(Role role) {
        return new Position(role, LeaderRank.HEAD);
    }

    /** A deputy of a leading role. */
    public static Position deputy(Role role) {
        return new Position(role, LeaderRank.DEPUTY);
    }

    /** The acting head of a leading role. */
    public static Position acting(Role role) {
        return new Position(role, LeaderRank.ACTING);
    }

    /** True for a leading position (chức vụ lãnh đạo), which keeps the plain account name (R-ID-4). */
    public boolean leading() {
        return role.ranked();
    }
}
