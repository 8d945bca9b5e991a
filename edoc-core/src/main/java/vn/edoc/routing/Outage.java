package vn.edoc.routing;

import java.time.Instant;
import java.util.Objects;
import vn.edoc.id.OrganCode;

/**
 * A recorded outage of the document system (sự cố, R-OPS-2, LA Đ14.3a): what happened, when the system stopped and
 * resumed, the interim measures and how to enter what was handled meanwhile.
 *
 * @param id              the outage's id
 * @param organisation    the organisation whose system stopped
 * @param description     what happened
 * @param stoppedAt       when the system stopped
 * @param resumedAt       when it resumed
 * @param interimMeasures what users did meanwhile (biện pháp tạm thời), e.g. paper handling
 * @param catchUp         how to enter afterwards what was handled meanwhile
 * @param recordedBy      the administrator who recorded it
 * @param recordedAt      when it was recorded
 */
public record Outage(String id, OrganCode organisation, String description, Instant stoppedAt, Instant resumedAt,
                     String interimMeasures, String catchUp, String recordedBy, Instant recordedAt) {

    /** Refuses missing parts. */
    public Outage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(stoppedAt, "stoppedAt");
        Objects.requireNonNull(resumedAt, "resumedAt");
        Objects.requireNonNull(interimMeasures, "interimMeasures");
        Objects.requireNonNull(catchUp, "catchUp");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** True when {@code instant} falls within the outage (from stop, inclusive, to resumption, exclusive). */
    public boolean covers(Instant instant) {
        return instant != null && !instant.isBefore(stoppedAt) && instant.isBefore(resumedAt);
    }
}
