package vn.edoc.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.id.OrganCode;
import vn.edoc.register.RegisterKey;
import vn.edoc.spi.DocumentStore;
import vn.edoc.time.ReportPeriod;

/**
 * Document-handling figures (số liệu xử lý văn bản) for an organisation, or one of its units, over a
 * {@link ReportPeriod}: incoming documents the clerk handled within the 2-office-hour rule of R-TIME-2 versus late,
 * and outgoing documents issued within R-TIME-1 versus late (R-TASK-10, LS Đ14.3đ). The task engine makes the task
 * report; both are data, rendered elsewhere.
 *
 * <p>An incoming document counts in the period of the day (Vietnam time) the clerk registered or refused it; an
 * outgoing one in that of its issue. For a unit, incoming documents assigned to the unit and outgoing documents
 * drafted in it are counted.
 *
 * @param organisation     the organisation
 * @param unitId           the unit, or {@code ""} for the whole organisation
 * @param period           the period
 * @param incomingOnTime   ids of incoming records handled in time
 * @param incomingLate     ids of incoming records handled late
 * @param outgoingOnTime   ids of outgoing records issued in time
 * @param outgoingLate     ids of outgoing records issued late
 */
public record DocumentHandlingReport(OrganCode organisation, String unitId, ReportPeriod period,
                                     List<String> incomingOnTime, List<String> incomingLate,
                                     List<String> outgoingOnTime, List<String> outgoingLate) {

    /** Copies the lists. */
    public DocumentHandlingReport {
        Objects.requireNonNull(organisation, "organisation");
        unitId = unitId == null ? "" : unitId;
        Objects.requireNonNull(period, "period");
        incomingOnTime = List.copyOf(incomingOnTime);
        incomingLate = List.copyOf(incomingLate);
        outgoingOnTime = List.copyOf(outgoingOnTime);
        outgoingLate = List.copyOf(outgoingLate);
    }

    /** The figures of {@code organisation} (and {@code unitId} when not empty) over {@code period}. */
    public static DocumentHandlingReport of(DocumentStore documents, OrganCode organisation, String unitId,
                                            ReportPeriod period) {
        String unit = unitId == null ? "" : unitId.strip();
        List<String> inOk = new ArrayList<>();
        List<String> inLate = new ArrayList<>();
        for (IncomingRecord r : documents.incomingOf(organisation)) {
            Optional<Instant> at = r.handledAt();
            if (at.isEmpty() || !period.contains(RegisterKey.dayOf(at.get()))
                    || !unit.isEmpty() && r.assignment(unit).isEmpty()) {
                continue;
            }
            (r.handledInTime().orElse(false) ? inOk : inLate).add(r.id());
        }
        List<String> outOk = new ArrayList<>();
        List<String> outLate = new ArrayList<>();
        for (OutgoingRecord r : documents.outgoingOf(organisation)) {
            if (r.issuedAt().isEmpty() || !period.contains(RegisterKey.dayOf(r.issuedAt().get()))
                    || !unit.isEmpty() && !r.unitId().equals(unit)) {
                continue;
            }
            (r.issuedLate() ? outLate : outOk).add(r.id());
        }
        return new DocumentHandlingReport(organisation, unit, period, inOk, inLate, outOk, outLate);
    }

    /** Incoming documents handled, in time or not. */
    public int incomingHandled() {
        return incomingOnTime.size() + incomingLate.size();
    }

    /** Outgoing documents issued, in time or not. */
    public int outgoingIssued() {
        return outgoingOnTime.size() + outgoingLate.size();
    }
}
