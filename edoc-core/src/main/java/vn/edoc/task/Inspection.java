package vn.edoc.task;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.edoc.audit.Canonical;
import vn.edoc.id.OrganCode;
import vn.edoc.time.InspectionDeadlines;
import vn.edoc.time.WorkingTime;

/**
 * An inspection of how a unit carries out its assigned tasks (đợt kiểm tra việc thực hiện nhiệm vụ), LS Đ16, followed
 * like a task with the deadlines of R-TIME-7: the notice 7 working days before, the unit's report 3 days before,
 * the minutes at the inspection, the result report within 5 working days after it.
 *
 * @param id           the inspection's identifier
 * @param organisation the inspecting organisation (whose chair's working group inspects)
 * @param unitId       the inspected unit
 * @param subject      what is inspected (nội dung kiểm tra)
 * @param firstDay     the first day of the inspection
 * @param lastDay      the last day of the inspection
 * @param deadlines    the deadlines computed by {@link vn.edoc.time.TimeRules#inspectionDeadlines}
 * @param state        where it stands
 * @param notice       the notice (thông báo kiểm tra), once sent
 * @param unitReport   the inspected unit's report, once sent
 * @param minutes      the minutes (biên bản kiểm tra), once recorded
 * @param resultReport the result report (báo cáo kết quả kiểm tra), once sent
 * @param version      1 when planned, then one more for each step
 */
public record Inspection(String id, OrganCode organisation, String unitId, String subject, LocalDate firstDay,
                         LocalDate lastDay, InspectionDeadlines deadlines, InspectionState state,
                         Optional<DocumentRef> notice, Optional<DocumentRef> unitReport, Optional<DocumentRef> minutes,
                         Optional<DocumentRef> resultReport, long version) {

    /** The documents of an inspection that have deadlines. */
    public enum Step {
        /** The notice: by {@link InspectionDeadlines#noticeBy()}. */
        NOTICE,
        /** The inspected unit's report: by {@link InspectionDeadlines#reportBy()}. */
        UNIT_REPORT,
        /** The result report: by {@link InspectionDeadlines#resultReportBy()}. */
        RESULT_REPORT
    }

    /** Refuses missing parts. */
    public Inspection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(deadlines, "deadlines");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(unitReport, "unitReport");
        Objects.requireNonNull(minutes, "minutes");
        Objects.requireNonNull(resultReport, "resultReport");
    }

    /** The document of {@code step}, once sent. */
    public Optional<DocumentRef> document(Step step) {
        return switch (step) {
            case NOTICE -> notice;
            case UNIT_REPORT -> unitReport;
            case RESULT_REPORT -> resultReport;
        };
    }

    /** The last day allowed for {@code step}. */
    public LocalDate deadline(Step step) {
        return switch (step) {
            case NOTICE -> deadlines.noticeBy();
            case UNIT_REPORT -> deadlines.reportBy();
            case RESULT_REPORT -> deadlines.resultReportBy();
        };
    }

    /** True when the document of {@code step} was issued after its last day (Vietnam time). */
    public boolean sentLate(Step step) {
        return document(step).map(d -> WorkingTime.vietnamTime(d.issuedAt()).toLocalDate().isAfter(deadline(step)))
                .orElse(false);
    }

    /**
     * The steps late on {@code today}: sent after their last day, or not sent and their last day is over.
     */
    public Set<Step> late(LocalDate today) {
        Set<Step> late = EnumSet.noneOf(Step.class);
        for (Step s : Step.values()) {
            if (sentLate(s) || (document(s).isEmpty() && today.isAfter(deadline(s)))) {
                late.add(s);
            }
        }
        return late;
    }

    /** The SHA-256 digest of this inspection's {@link Canonical} encoding ({@code "edoc.inspection/1"}), for audit. */
    public String digest() {
        Canonical c = Canonical.of("edoc.inspection/1").text(id).text(organisation.value()).text(unitId)
                .text(subject).date(firstDay).date(lastDay).date(deadlines.noticeBy()).date(deadlines.reportBy())
                .date(deadlines.resultReportBy()).text(state.name());
        for (Optional<DocumentRef> d : java.util.List.of(notice, unitReport, minutes, resultReport)) {
            if (d.isPresent()) {
                c.text(d.get().recordId()).text(d.get().notation()).instant(d.get().issuedAt());
            } else {
                c.text(null);
            }
        }
        return c.number(version).sha256Hex();
    }
}
