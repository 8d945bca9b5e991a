package vn.edoc.routing;

import java.time.Instant;
import java.util.Objects;

/**
 * One step in the history of a document (một bước xử lý): who did what, when, from which state to which, with the
 * comment written (ý kiến). Every step of the engine records one ("Every step records actor, time and comment").
 *
 * @param at       when
 * @param actorId  the person who acted, or {@link vn.edoc.event.DomainEvent#SYSTEM} for the system itself
 * @param action   what was done, a lower-case dotted name as in the audit trail ({@code "incoming.register"})
 * @param from     the state before (a state name, or {@code ""} when the record was created)
 * @param to       the state after
 * @param comment  the comment, annotation or reason; {@code ""} when none
 */
public record HistoryStep(Instant at, String actorId, String action, String from, String to, String comment) {

    /** Refuses missing parts; reads a {@code null} comment or from-state as empty. */
    public HistoryStep {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
        from = from == null ? "" : from;
        comment = comment == null ? "" : comment;
    }
}
