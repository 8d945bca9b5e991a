package vn.edoc.routing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.edoc.org.Person;
import vn.edoc.validation.EdocRuleException;

/**
 * Outages (sự cố, R-OPS-2, LA Đ14.3a): the administrator records what happened, when the system stopped and
 * resumed, the interim measures and how to catch up; everyone of the organisation whose account can act is told
 * (through the {@link vn.edoc.spi.Notifier}, after commit). What was handled on paper meanwhile is entered with
 * {@link IncomingFlow#enterAfterOutage}.
 */
public final class OutageService {

    /** The audit object type of an outage. */
    public static final String OBJECT_TYPE = "outage";

    private final RoutingContext ctx;
    private final OutageLog outages;

    /** The service over {@code ctx}, keeping outages in {@code outages}. */
    public OutageService(RoutingContext ctx, OutageLog outages) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.outages = Objects.requireNonNull(outages, "outages");
    }

    /**
     * Records an outage and tells everyone affected.
     *
     * @throws EdocRuleException when the actor may not, a text is missing, or it resumes before it stops
     */
    public Outage record(Actor admin, String description, Instant stoppedAt, Instant resumedAt,
                         String interimMeasures, String catchUp) {
        Steps.actor(admin);
        return ctx.transactions().inTransaction(uow -> {
            var org = admin.person().organisation();
            Permissions.require(ctx.current(admin), Action.RECORD_OUTAGE, Scope.organisation(org));
            if (description == null || description.isBlank() || interimMeasures == null || interimMeasures.isBlank()
                    || catchUp == null || catchUp.isBlank()) {
                throw EdocRuleException.of(FlowViolation.BAD_OUTAGE, "description",
                        "what happened, the interim measures and how to catch up must be written");
            }
            if (stoppedAt == null || resumedAt == null || !resumedAt.isAfter(stoppedAt)) {
                throw EdocRuleException.of(FlowViolation.BAD_OUTAGE, "resumedAt",
                        "the stop and resumption times must be given, the resumption after the stop");
            }
            Instant now = Steps.now(ctx);
            Outage o = new Outage(outages.newId(uow), org, description.strip(), stoppedAt, resumedAt,
                    interimMeasures.strip(), catchUp.strip(), admin.personId(), now);
            outages.add(uow, o);
            Steps.audit(ctx.audit(), uow, org, admin.account().name(), "outage.record", now, OBJECT_TYPE, o.id(), null,
                    vn.edoc.audit.Canonical.of("edoc.outage/1").text(o.id()).text(o.description())
                            .instant(o.stoppedAt()).instant(o.resumedAt()).text(o.interimMeasures())
                            .text(o.catchUp()).sha256Hex(),
                    o.description(), Set.of());
            List<Person> affected = ctx.directory().get().peopleOf(org).stream()
                    .filter(p -> ctx.directory().get().canAct(p.id())).toList();
            String message = o.description() + "; dừng " + o.stoppedAt() + ", hoạt động lại " + o.resumedAt()
                    + "; biện pháp tạm thời: " + o.interimMeasures() + "; cập nhật bổ sung: " + o.catchUp();
            for (Person p : affected) {
                uow.afterCommit(() -> ctx.notifier().notify(p.id(), "Thông báo sự cố hệ thống", message));
            }
            return o;
        });
    }
}
