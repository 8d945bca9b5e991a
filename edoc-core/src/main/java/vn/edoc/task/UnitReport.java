package vn.edoc.task;

import java.time.Instant;
import java.util.Objects;
import vn.edoc.id.OrganCode;
import vn.edoc.id.UnitId;
import vn.edoc.org.Directory;
import vn.edoc.org.Unit;
import vn.edoc.routing.DocumentHandlingReport;
import vn.edoc.routing.DocumentStore;
import vn.edoc.time.ReportPeriod;
import vn.edoc.validation.EdocRuleException;

/**
 * The report of a unit for a period (báo cáo của đơn vị), R-TASK-10 (LS Đ14.3đ): the tasks it leads — done on time,
 * done late, in progress, overdue ({@link TaskReport}) — "plus document-handling figures": the incoming documents
 * handled within the 2-office-hour rule of R-TIME-2 and the outgoing ones issued within R-TIME-1
 * ({@link DocumentHandlingReport}). Data only; rendered elsewhere.
 *
 * @param tasks     the task report of the unit
 * @param documents the document-handling figures of the same unit and period
 */
public record UnitReport(TaskReport tasks, DocumentHandlingReport documents) {

    /** Refuses missing parts and two reports about different units or periods. */
    public UnitReport {
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(documents, "documents");
        if (!tasks.unitId().equals(documents.unitId()) || !tasks.period().equals(documents.period())) {
            throw new IllegalArgumentException("the task report (" + tasks.unitId() + ", " + tasks.period()
                    + ") and the document figures (" + documents.unitId() + ", " + documents.period()
                    + ") describe different units or periods");
        }
    }

    /**
     * The report of {@code unitId} for {@code period}: the tasks as of the end of the period (or now, before it ends:
     * {@link TaskReports#report(UnitId, ReportPeriod)}) and the document figures of the unit in its organisation.
     *
     * @throws EdocRuleException when {@code directory} knows no such unit
     */
    public static UnitReport of(TaskReports tasks, DocumentStore documents, Directory directory, UnitId unitId,
                                ReportPeriod period) {
        Objects.requireNonNull(tasks, "tasks");
        OrganCode organisation = organisationOf(directory, String.valueOf(unitId));
        Objects.requireNonNull(documents, "documents");
        return new UnitReport(tasks.report(unitId, period),
                DocumentHandlingReport.of(documents, organisation, String.valueOf(unitId).strip(), period));
    }

    /** As {@link #of(TaskReports, DocumentStore, Directory, UnitId, ReportPeriod)}, the tasks as of {@code asOf}. */
    public static UnitReport of(TaskReports tasks, DocumentStore documents, Directory directory, UnitId unitId,
                                ReportPeriod period, Instant asOf) {
        Objects.requireNonNull(tasks, "tasks");
        OrganCode organisation = organisationOf(directory, String.valueOf(unitId));
        Objects.requireNonNull(documents, "documents");
        return new UnitReport(tasks.report(unitId, period, asOf),
                DocumentHandlingReport.of(documents, organisation, String.valueOf(unitId).strip(), period));
    }

    private static OrganCode organisationOf(Directory directory, String unitId) {
        Objects.requireNonNull(directory, "directory");
        return directory.unit(unitId == null ? "" : unitId.strip()).map(Unit::organisation)
                .orElseThrow(() -> EdocRuleException.of(TaskViolation.UNKNOWN_UNIT, "unitId", String.valueOf(unitId)));
    }
}
