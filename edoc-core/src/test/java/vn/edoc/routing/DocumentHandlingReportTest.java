package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.TUY_PHUOC;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.id.RecordId;
import vn.edoc.time.ReportPeriod;

/** The document-handling figures count documents, not rows, and show what was left waiting past its deadline. */
class DocumentHandlingReportTest {

    // Monday 2 March 2026, 08:00 in Vietnam
    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));

    @Test
    void aDocumentCarryingTwoTasksCountsOnce() {
        List<IncomingRecord> rows = w.incoming.receive(w.newFromJustice("out-41", "Hai nhiệm vụ",
                List.of("Nhiệm vụ 1", "Nhiệm vụ 2")));
        w.incoming.register(w.as(CLERK), RecordId.of(rows.get(0).id()), ReceiptCheck.passed(2));

        DocumentHandlingReport report = DocumentHandlingReport.of(w.documents, TUY_PHUOC, "",
                ReportPeriod.month(2026, 3));

        assertThat(report.incomingOnTime()).containsExactly(rows.get(0).groupId());
        assertThat(report.incomingHandled()).isEqualTo(1);
    }

    @Test
    void aDocumentNeverHandledAndPastItsDeadlineIsListedAsPendingAndOverdue() {
        IncomingRecord waiting = w.incoming.receive(w.newFromJustice("out-42", "Chưa vào sổ", List.of())).get(0);
        IncomingRecord handled = w.incoming.receive(w.newFromJustice("out-43", "Đã vào sổ", List.of())).get(0);
        w.incoming.register(w.as(CLERK), RecordId.of(handled.id()), ReceiptCheck.passed(2));

        DocumentHandlingReport march = DocumentHandlingReport.of(w.documents, TUY_PHUOC, "",
                ReportPeriod.month(2026, 3));
        DocumentHandlingReport february = DocumentHandlingReport.of(w.documents, TUY_PHUOC, "",
                ReportPeriod.month(2026, 2));
        DocumentHandlingReport mondayOnly = DocumentHandlingReport.of(w.documents, TUY_PHUOC, "",
                ReportPeriod.range(java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 3, 1)));

        assertThat(march.incomingPendingOverdue()).containsExactly(waiting.groupId());
        assertThat(march.incomingPendingOverdueCount()).isEqualTo(1);
        assertThat(march.incomingOnTime()).containsExactly(handled.groupId());
        // not yet received at the end of February, nor at the end of Sunday 1 March
        assertThat(february.incomingPendingOverdue()).isEmpty();
        assertThat(mondayOnly.incomingPendingOverdue()).isEmpty();
    }
}
