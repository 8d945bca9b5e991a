package vn.edoc.routing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import vn.edoc.audit.AuditEvent;
import vn.edoc.audit.AuditFlag;
import vn.edoc.event.DomainEvent;
import vn.edoc.event.EventPublisher;
import vn.edoc.spi.AuditLog;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.validation.EdocRuleException;

/** The bookkeeping every step of a flow does: the audit entry and the events published after commit. */
final class Steps {

    private Steps() {
    }

    static Instant now(RoutingContext ctx) {
        return ctx.clock().instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** {@code actor}, refused with {@link RoutingViolation#MISSING} when absent (never a NullPointerException). */
    static Actor actor(Actor actor) {
        if (actor == null) {
            throw EdocRuleException.of(RoutingViolation.MISSING, "actor", "actor");
        }
        return actor;
    }

    static java.time.LocalDate day(Instant instant) {
        return vn.edoc.register.RegisterKey.dayOf(instant);
    }

    /**
     * Appends one entry to the chain of {@code organisation}; {@code actor} is the account name (or "system"), as
     * {@link AuditEvent#actor()} says.
     */
    static void audit(AuditLog audit, UnitOfWork uow, vn.edoc.id.OrganCode organisation, String actor, String action, Instant at, String type,
                      String id, String before, String after, String comment, Set<AuditFlag> flags) {
        String text = comment == null || comment.isBlank() ? null
                : comment.length() > AuditEvent.MAX_COMMENT ? comment.substring(0, AuditEvent.MAX_COMMENT) : comment;
        audit.append(uow, organisation, new AuditEvent(actor, action, at, type, id, before, after, text, flags));
    }

    static void publish(UnitOfWork uow, EventPublisher events, DomainEvent event) {
        uow.afterCommit(() -> events.publish(event));
    }

    static String text(String value, ViolationSupplier missing) {
        if (value == null || value.isBlank()) {
            throw missing.get();
        }
        return value.strip();
    }

    /** Makes the refusal for a missing text. */
    @FunctionalInterface
    interface ViolationSupplier {
        EdocRuleException get();
    }
}
