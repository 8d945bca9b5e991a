package vn.edoc.task;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.edoc.id.OrganCode;

/**
 * What the engine asks of the {@link TaskStore} (truy vấn nhiệm vụ): a conjunction of optional conditions, each a
 * column a relational adapter indexes, so that every question the engine asks (open tasks due before an instant,
 * what waits for a person, a unit's tasks for a report) is one indexed query. Empty conditions do not filter.
 * {@link #test} is the normative meaning of a query, for adapters that filter in memory and for the kits.
 *
 * @param states          the task is in one of these states (empty: any)
 * @param unitIds         the lead unit is one of these (empty: any)
 * @param organisation    the assigning organisation is this one
 * @param monitorId       the monitoring officer is this person
 * @param handlerId       the handler is this person
 * @param cooperatingUnits a cooperation of one of these units is still {@link CooperationState#REQUESTED}
 *                        (empty: no condition)
 * @param dueFromAtMost   {@link Task#dueFrom()} is at or before this instant
 * @param notDoneBefore   the task is not a final one completed before this instant (for reports: tasks done before a
 *                        period are not part of it)
 */
public record TaskQuery(Set<TaskState> states, Set<String> unitIds, Optional<OrganCode> organisation,
                        Optional<String> monitorId, Optional<String> handlerId, Set<String> cooperatingUnits,
                        Optional<Instant> dueFromAtMost, Optional<Instant> notDoneBefore) {

    /** The states of an open task (đang xử lý): assigned, received, in progress. */
    public static final Set<TaskState> OPEN = Set.copyOf(EnumSet.of(TaskState.ASSIGNED, TaskState.RECEIVED,
            TaskState.IN_PROGRESS));

    /** Copies the sets; refuses missing parts. */
    public TaskQuery {
        states = Set.copyOf(states);
        unitIds = Set.copyOf(unitIds);
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(monitorId, "monitorId");
        Objects.requireNonNull(handlerId, "handlerId");
        cooperatingUnits = Set.copyOf(cooperatingUnits);
        Objects.requireNonNull(dueFromAtMost, "dueFromAtMost");
        Objects.requireNonNull(notDoneBefore, "notDoneBefore");
    }

    /** Every task. */
    public static TaskQuery any() {
        return new TaskQuery(Set.of(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(),
                Optional.empty(), Optional.empty());
    }

    /** Open tasks whose deadline may end at or before {@code limit} (the deadline scan, R-TIME-5). */
    public static TaskQuery openDueBy(Instant limit) {
        return any().inStates(OPEN).dueBy(limit);
    }

    /** This query, also requiring one of {@code states}. */
    public TaskQuery inStates(Set<TaskState> wanted) {
        return new TaskQuery(wanted, unitIds, organisation, monitorId, handlerId, cooperatingUnits, dueFromAtMost,
                notDoneBefore);
    }

    /** This query, also requiring one of the lead units {@code units}. */
    public TaskQuery inUnits(Set<String> units) {
        return new TaskQuery(states, units, organisation, monitorId, handlerId, cooperatingUnits, dueFromAtMost,
                notDoneBefore);
    }

    /** This query, also requiring the monitoring officer {@code personId}. */
    public TaskQuery monitoredBy(String personId) {
        return new TaskQuery(states, unitIds, organisation, Optional.of(personId), handlerId, cooperatingUnits,
                dueFromAtMost, notDoneBefore);
    }

    /** This query, also requiring the handler {@code personId}. */
    public TaskQuery handledBy(String personId) {
        return new TaskQuery(states, unitIds, organisation, monitorId, Optional.of(personId), cooperatingUnits,
                dueFromAtMost, notDoneBefore);
    }

    /** This query, also requiring a cooperation still requested of one of {@code units}. */
    public TaskQuery cooperationRequestedOf(Set<String> units) {
        return new TaskQuery(states, unitIds, organisation, monitorId, handlerId, units, dueFromAtMost,
                notDoneBefore);
    }

    /** This query, also requiring {@link Task#dueFrom()} at or before {@code limit}. */
    public TaskQuery dueBy(Instant limit) {
        return new TaskQuery(states, unitIds, organisation, monitorId, handlerId, cooperatingUnits,
                Optional.of(limit), notDoneBefore);
    }

    /** This query, also leaving out final tasks completed before {@code start}. */
    public TaskQuery notDoneBefore(Instant start) {
        return new TaskQuery(states, unitIds, organisation, monitorId, handlerId, cooperatingUnits, dueFromAtMost,
                Optional.of(start));
    }

    /** This query, also requiring the assigning organisation {@code code}. */
    public TaskQuery of(OrganCode code) {
        return new TaskQuery(states, unitIds, Optional.of(code), monitorId, handlerId, cooperatingUnits,
                dueFromAtMost, notDoneBefore);
    }

    /** True when {@code task} answers this query: the meaning every adapter must reproduce. */
    public boolean test(Task task) {
        if (!states.isEmpty() && !states.contains(task.state())) {
            return false;
        }
        if (!unitIds.isEmpty() && !unitIds.contains(task.unitId())) {
            return false;
        }
        if (organisation.isPresent() && !organisation.get().equals(task.assigningOrganisation())) {
            return false;
        }
        if (monitorId.isPresent() && !monitorId.get().equals(task.monitorId())) {
            return false;
        }
        if (handlerId.isPresent() && !handlerId.equals(task.handlerId())) {
            return false;
        }
        if (!cooperatingUnits.isEmpty() && task.cooperations().stream().noneMatch(c ->
                c.state() == CooperationState.REQUESTED && cooperatingUnits.contains(c.unitId()))) {
            return false;
        }
        if (dueFromAtMost.isPresent() && task.dueFrom().isAfter(dueFromAtMost.get())) {
            return false;
        }
        if (notDoneBefore.isPresent() && task.state().isFinal() && task.completedAt().isPresent()
                && task.completedAt().get().isBefore(notDoneBefore.get())) {
            return false;
        }
        return true;
    }
}
