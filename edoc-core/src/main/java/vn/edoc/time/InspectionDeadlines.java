package vn.edoc.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The deadlines around an inspection of assigned tasks (kiểm tra việc thực hiện nhiệm vụ), R-TIME-7, LS Đ16.4-5.
 *
 * @param noticeBy       the last day the inspection team may send its notice: 7 working days before the inspection
 * @param reportBy       the last day the inspected unit may send its report: 3 calendar days before the inspection,
 *                       moved back to a working day
 * @param resultReportBy the last day for the team's result report: 5 working days after the inspection ends
 */
public record InspectionDeadlines(LocalDate noticeBy, LocalDate reportBy, LocalDate resultReportBy) {

    public InspectionDeadlines {
        Objects.requireNonNull(noticeBy, "noticeBy");
        Objects.requireNonNull(reportBy, "reportBy");
        Objects.requireNonNull(resultReportBy, "resultReportBy");
    }
}
