package vn.edoc.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.edoc.id.OrganCode;
import vn.edoc.register.RegisterKey;
import vn.edoc.spi.Page;
import vn.edoc.time.ReportPeriod;

/**
 * Document-handling figures (số liệu xử lý văn bản) for an organisation, or one of its units, over a
 * {@link ReportPeriod}: incoming documents the clerk handled within the 2-office-hour rule of R-TIME-2 versus late,
 * and outgoing documents issued within R-TIME-1 versus late (R-TASK-10, LS Đ14.3đ). The task engine makes the task
 * report; both are data, rendered elsewhere.
 *
 * <p>An incoming document counts in the period of the day (Vietnam time) the clerk registered or refused it; an
 * outgoing one in that of its issue. A received document carrying several tasks (R-IN-9) has one row per task, all
 * sharing a {@code groupId}: it is one document and counts once, under its group id. For a unit, incoming documents
 * with a row assigned to the unit and outgoing documents drafted in it are counted.
 *
 * <p>Documents the clerk never handled do not appear among the handled ones; those received by the end of the period
 * and still neither registered nor refused when their handling deadline had passed by then are listed as pending and
 * overdue (for the whole organisation only: before registration no unit holds them).
 *
 * @param organisation     the organisation
 * @param unitId           the unit, or {@code ""} for the whole organisation
 * @param period           the period
 * @param incomingOnTime   group ids of incoming documents handled in time
 * @param incomingLate     group ids of incoming documents handled late
 * @param outgoingOnTime   ids of outgoing records issued in time
 * @param outgoingLate     ids of outgoing records issued late
 * @param incomingPendingOverdue group ids of incoming documents not handled at the end of the period although
 *                         their handling deadline had passed by then
 */
public record DocumentHandlingReport(OrganCode organisation, String unitId, ReportPeriod period,
                                     List<String> incomingOnTime, List<String> incomingLate,
                                     List<String> outgoingOnTime, List<String> outgoingLate,
                                     List<String> incomingPendingOverdue) {

    /** Records per page asked of the store. */
    private static final int PAGE = 500;

    /** Copies the lists. */
    public DocumentHandlingReport {
        Objects.requireNonNull(organisation, "organisation");
        unitId = unitId == null ? "" : unitId;
        Objects.requireNonNull(period, "period");
        incomingOnTime = List.copyOf(incomingOnTime);
        incomingLate = List.copyOf(incomingLate);
        outgoingOnTime = List.copyOf(outgoingOnTime);
        outgoingLate = List.copyOf(outgoingLate);
        incomingPendingOverdue = List.copyOf(incomingPendingOverdue);
    }

    /** The figures of {@code organisation} (and {@code unitId} when not empty) over {@code period}. */
    public static DocumentHandlingReport of(DocumentStore documents, OrganCode organisation, String unitId,
                                            ReportPeriod period) {
        String unit = unitId == null ? "" : unitId.strip();
        List<String> inOk = new ArrayList<>();
        List<String> inLate = new ArrayList<>();
        List<String> pendingOverdue = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Instant end = RegisterKey.startOf(period.last().plusDays(1));
        Instant start = RegisterKey.startOf(period.first());
        // two indexed queries instead of every record: those handled within the period, and (for the organisation
        // as a whole) those still waiting at its end with their deadline past
        java.util.Map<String, IncomingRecord> relevant = new java.util.TreeMap<>();
        for (IncomingRecord r : Page.all(PAGE, page -> documents.findIncoming(DocumentQuery.of(organisation)
                .between(start, end), page))) {
            relevant.put(r.id(), r);
        }
        if (unit.isEmpty()) {
            for (IncomingRecord r : Page.all(PAGE, page -> documents.findIncoming(DocumentQuery.of(organisation)
                    .waitingAt(end), page))) {
                relevant.put(r.id(), r);
            }
        }
        for (IncomingRecord r : relevant.values()) {
            Optional<Instant> at = r.handledAt();
            // still waiting at the end of the period: not handled yet (and not cancelled), or handled only later
            boolean waitingAtEnd = at.map(a -> !a.isBefore(end)).orElse(r.state() == IncomingState.RECEIVED);
            if (waitingAtEnd) {
                if (unit.isEmpty() && r.receivedAt().isBefore(end) && r.handlingDeadline().isBefore(end)
                        && !pendingOverdue.contains(r.groupId())) {
                    pendingOverdue.add(r.groupId());
                }
                continue;
            }
            if (at.isEmpty()) {
                continue;
            }
            if (!period.contains(RegisterKey.dayOf(at.get())) || !unit.isEmpty() && r.assignment(unit).isEmpty()
                    || !seen.add(r.groupId())) {
                continue;
            }
            (r.handledInTime().orElse(false) ? inOk : inLate).add(r.groupId());
        }
        List<String> outOk = new ArrayList<>();
        List<String> outLate = new ArrayList<>();
        DocumentQuery issued = DocumentQuery.of(organisation).between(start, end);
        for (OutgoingRecord r : Page.all(PAGE, page -> documents.findOutgoing(unit.isEmpty() ? issued
                : issued.ofUnit(unit), page))) {
            if (r.issuedAt().isEmpty() || !period.contains(RegisterKey.dayOf(r.issuedAt().get()))
                    || !unit.isEmpty() && !r.unitId().equals(unit)) {
                continue;
            }
            (r.issuedLate() ? outLate : outOk).add(r.id());
        }
        return new DocumentHandlingReport(organisation, unit, period, inOk, inLate, outOk, outLate, pendingOverdue);
    }

    /** Incoming documents handled, in time or not. */
    public int incomingHandled() {
        return incomingOnTime.size() + incomingLate.size();
    }

    /** Incoming documents not handled at the end of the period although their handling deadline had passed. */
    public int incomingPendingOverdueCount() {
        return incomingPendingOverdue.size();
    }

    /** Outgoing documents issued, in time or not. */
    public int outgoingIssued() {
        return outgoingOnTime.size() + outgoingLate.size();
    }
}
