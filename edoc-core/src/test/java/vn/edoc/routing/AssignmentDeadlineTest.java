package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.id.RecordId;
import vn.edoc.time.TimeRules;
import vn.edoc.validation.EdocRuleException;

/** Assignment deadlines (R-IN-5) fall in office hours like task deadlines, and are never in the past. */
class AssignmentDeadlineTest {

    // Monday 2 March 2026, 08:00 in Vietnam
    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));
    private final Instant endOfMonday9 = TimeRules.defaults().endOfDeadlineDay(LocalDate.of(2026, 3, 9)).toInstant();

    private String registered(String ref) {
        IncomingRecord r = w.incoming.receive(w.newFromJustice(ref, "Giao việc", List.of())).get(0);
        w.incoming.register(w.as(CLERK), RecordId.of(r.id()), ReceiptCheck.passed(2));
        return r.id();
    }

    private Instant assignedDeadline(String id, Instant deadline) {
        return w.incoming.assign(w.as(CHAIR), RecordId.of(id), "TCKH chủ trì", List.of(AssignmentOrder.lead(FINANCE, deadline)))
                .assignments().get(0).deadline().orElseThrow();
    }

    @Test
    void aDeadlineAtTwoInTheMorningOfASundayMovesToTheEndOfMondaysOfficeHours() {
        // Sunday 8 March 2026, 02:00 in Vietnam
        assertThat(assignedDeadline(registered("a1"), Instant.parse("2026-03-07T19:00:00Z"))).isEqualTo(endOfMonday9);
    }

    @Test
    void aDeadlineAtNightOnAWorkingDayMovesToTheEndOfTheNextWorkingDayNeverEarlier() {
        // Monday 9 March 2026, 02:00 in Vietnam: the end of that day's office hours
        assertThat(assignedDeadline(registered("a2"), Instant.parse("2026-03-08T19:00:00Z"))).isEqualTo(endOfMonday9);
        // Friday 6 March 2026, 22:00 in Vietnam: Friday's office hours are over, the next working day is Monday 9
        assertThat(assignedDeadline(registered("a3"), Instant.parse("2026-03-06T15:00:00Z"))).isEqualTo(endOfMonday9);
    }

    @Test
    void aDeadlineInOfficeHoursIsKeptAndADateMeansTheEndOfItsOfficeHours() {
        Instant tuesday10 = Instant.parse("2026-03-03T03:00:00Z");
        assertThat(assignedDeadline(registered("a4"), tuesday10)).isEqualTo(tuesday10);
        assertThat(w.incoming.deadlineOn(LocalDate.of(2026, 3, 8))).isEqualTo(endOfMonday9);
        assertThat(w.incoming.deadlineOn(LocalDate.of(2026, 3, 9))).isEqualTo(endOfMonday9);
    }

    @Test
    void aDeadlineInThePastIsRefusedAndChangesNothing() {
        String id = registered("a5");
        IncomingRecord before = w.documents.incoming(id).orElseThrow();
        assertThatThrownBy(() -> assignedDeadline(id, Instant.parse("2026-03-02T00:59:00Z")))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().has(FlowViolation.DEADLINE_IN_PAST))
                        .isTrue());
        assertThat(w.documents.incoming(id).orElseThrow()).isEqualTo(before);
    }
}
