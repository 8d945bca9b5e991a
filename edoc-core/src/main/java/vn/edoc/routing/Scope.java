package vn.edoc.routing;

import java.util.Optional;
import vn.edoc.id.OrganCode;

/**
 * What an action touches (phạm vi thao tác): always an organisation, maybe one of its units, maybe the person the
 * work is assigned to. {@link Permissions} refuses an action outside the actor's reach.
 *
 * @param organisation the organisation whose document, task or account is acted on
 * @param unitId       the unit concerned, or {@code ""} when the action concerns the whole organisation
 * @param assigneeId   the person the work is assigned to, or {@code ""} when none
 */
public record Scope(OrganCode organisation, String unitId, String assigneeId) {

    /** Reads {@code null} unit and assignee as none. */
    public Scope {
        unitId = unitId == null ? "" : unitId.strip();
        assigneeId = assigneeId == null ? "" : assigneeId.strip();
    }

    /** An action on the whole organisation. */
    public static Scope organisation(OrganCode organisation) {
        return new Scope(organisation, "", "");
    }

    /** An action in one unit. */
    public static Scope unit(OrganCode organisation, String unitId) {
        return new Scope(organisation, unitId, "");
    }

    /** An action on work assigned to a person of a unit. */
    public static Scope assignment(OrganCode organisation, String unitId, String assigneeId) {
        return new Scope(organisation, unitId, assigneeId);
    }

    /** The unit, when the action concerns one. */
    public Optional<String> unit() {
        return unitId.isEmpty() ? Optional.empty() : Optional.of(unitId);
    }

    /** The person the work is assigned to, when there is one. */
    public Optional<String> assignee() {
        return assigneeId.isEmpty() ? Optional.empty() : Optional.of(assigneeId);
    }
}
