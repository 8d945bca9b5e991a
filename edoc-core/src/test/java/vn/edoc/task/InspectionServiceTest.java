package vn.edoc.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.task.TaskWorld.*;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edoc.audit.AuditEntry;
import vn.edoc.event.DomainEvent;
import vn.edoc.id.UnitId;
import vn.edoc.store.memory.MemoryInspectionStore;
import vn.edoc.time.InspectionDeadlines;
import vn.edoc.validation.EdocRuleException;

/** Inspections of LS Đ16 with the deadlines of R-TIME-7: planned, a late notice flagged, reports, minutes, result. */
class InspectionServiceTest {

    private final TaskWorld w = new TaskWorld();
    private final MemoryInspectionStore store = new MemoryInspectionStore(w.transactions);
    private final InspectionService service = new InspectionService(w.transactions, store, w.audit,
            () -> w.directory, w.rules, w.publisher, w.clock);

    @Test
    void anInspectionWithALateNoticeIsFollowedToItsResult() {
        w.at(2026, 6, 1, 9, 0);
        LocalDate first = LocalDate.of(2026, 6, 22);
        LocalDate last = LocalDate.of(2026, 6, 23);
        assertThatThrownBy(() -> service.plan(w.actor(STC_HEAD), UnitId.of(STC_BUDGET), "Kiểm tra nhiệm vụ", first, last))
                .isInstanceOf(EdocRuleException.class);
        Inspection planned = service.plan(w.actor(MONITOR), UnitId.of(STC_BUDGET),
                "Kiểm tra việc thực hiện nhiệm vụ UBND tỉnh giao năm 2026", first, last);
        assertThat(planned.state()).isEqualTo(InspectionState.PLANNED);
        assertThat(planned.id()).as("from the store's counter").isEqualTo(InspectionService.INSPECTION_ID_PREFIX + "-1");
        // 7 working days before Mon 22 June is Thu 11 June; 3 days before is Fri 19 June; 5 working days after
        // Tue 23 June is Tue 30 June
        assertThat(planned.deadlines()).isEqualTo(new InspectionDeadlines(LocalDate.of(2026, 6, 11),
                LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 30)));
        assertThat(planned.deadlines()).isEqualTo(w.rules.inspectionDeadlines(first, last));
        assertThat(planned.late(LocalDate.of(2026, 6, 11))).isEmpty();
        assertThat(planned.late(LocalDate.of(2026, 6, 12))).containsExactly(Inspection.Step.NOTICE);

        // the unit cannot report before the notice
        w.at(2026, 6, 12, 9, 0);
        assertThatThrownBy(() -> service.sendUnitReport(w.actor(STC_HEAD), planned.id(),
                DocumentRef.of("stc-bc-1", "1/BC-STC", w.clock.instant())))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.ruleIds()).containsExactly("R-TIME-7"));
        // the notice goes out on Mon 15 June: late, flagged, still accepted
        w.at(2026, 6, 15, 10, 0);
        Inspection noticed = service.sendNotice(w.actor(MONITOR), planned.id(),
                DocumentRef.of("ubnd-tb-77", "77/TB-UBND", vn(2026, 6, 15, 9, 0)));
        assertThat(noticed.state()).isEqualTo(InspectionState.NOTICE_SENT);
        assertThat(noticed.sentLate(Inspection.Step.NOTICE)).isTrue();
        // the unit reports on Thu 18 June, in time; a specialist of another department may not
        w.at(2026, 6, 18, 15, 0);
        DocumentRef report = DocumentRef.of("stc-bc-2", "25/BC-STC", vn(2026, 6, 18, 14, 0));
        assertThatThrownBy(() -> service.sendUnitReport(w.actor(PRICES_HEAD), planned.id(), report))
                .isInstanceOf(EdocRuleException.class);
        Inspection reported = service.sendUnitReport(w.actor(STC_HEAD), planned.id(), report);
        assertThat(reported.sentLate(Inspection.Step.UNIT_REPORT)).isFalse();
        // minutes on Tue 23 June, result on Mon 29 June
        w.at(2026, 6, 23, 16, 30);
        service.recordMinutes(w.actor(MONITOR), planned.id(),
                DocumentRef.of("ubnd-bb-3", "03/BB-TCT", vn(2026, 6, 23, 16, 0)));
        w.at(2026, 6, 29, 10, 0);
        Inspection done = service.reportResult(w.actor(OFFICE_CHIEF), planned.id(),
                DocumentRef.of("ubnd-bc-90", "90/BC-TCT", vn(2026, 6, 29, 9, 0)));
        assertThat(done.state()).isEqualTo(InspectionState.RESULT_REPORTED);
        assertThat(done.state().isFinal()).isTrue();
        assertThat(done.sentLate(Inspection.Step.RESULT_REPORT)).isFalse();
        assertThat(done.late(LocalDate.of(2026, 7, 10))).containsExactly(Inspection.Step.NOTICE);

        java.util.List<AuditEntry> trail = new java.util.ArrayList<>();
        w.audit.scan(e -> {
            if (e.objectId().equals(planned.id())) {
                trail.add(e);
            }
        });
        assertThat(trail).extracting(AuditEntry::action).containsExactly("inspection.plan", "inspection.notice",
                "inspection.unit-report", "inspection.minutes", "inspection.result");
        assertThat(trail).extracting(AuditEntry::actor).containsExactly("minhhv.langson", "minhhv.langson",
                "quangmv.stc", "minhhv.langson", "sonvv.langson");
        assertThat(trail.get(1).comment()).contains("late").contains("2026-06-11");
        assertThat(trail.get(2).comment()).doesNotContain("late");
        assertThat(trail.get(4).afterDigest()).isEqualTo(done.digest());
        assertThat(w.audit.verify().intact()).isTrue();
        assertThat(w.events).filteredOn(DomainEvent.StateChanged.class::isInstance)
                .extracting(e -> ((DomainEvent.StateChanged) e).to()).containsExactly("NOTICE_SENT",
                        "UNIT_REPORTED", "MINUTES_RECORDED", "RESULT_REPORTED");
    }

    @Test
    void aMissingUnitReportIsFlaggedAndRefusedStepsChangeNothing() {
        w.at(2026, 6, 1, 9, 0);
        Inspection p = service.plan(w.actor(CHAIR), UnitId.of(STC_PRICES), "Kiểm tra đột xuất", LocalDate.of(2026, 6, 22),
                LocalDate.of(2026, 6, 22));
        service.sendNotice(w.actor(MONITOR), p.id(), DocumentRef.of("tb", "80/TB-UBND", vn(2026, 6, 1, 8, 0)));
        Inspection before = service.find(p.id()).orElseThrow();
        long audit = w.audit.size();
        assertThatThrownBy(() -> service.reportResult(w.actor(MONITOR), p.id(),
                DocumentRef.of("kq", "1/BC", vn(2026, 6, 1, 8, 0)))).isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> service.recordMinutes(w.actor(MONITOR), p.id(),
                DocumentRef.of("bb", "1/BB", vn(2026, 6, 1, 8, 0)))).as("minutes before the inspection")
                .isInstanceOf(EdocRuleException.class);
        assertThatThrownBy(() -> service.sendNotice(w.actor(MONITOR), "none", null))
                .isInstanceOf(EdocRuleException.class);
        assertThat(service.find(p.id())).contains(before);
        assertThat(w.audit.size()).isEqualTo(audit);
        assertThat(before.late(LocalDate.of(2026, 6, 20))).isEqualTo(Set.of(Inspection.Step.UNIT_REPORT));
        assertThatThrownBy(() -> service.plan(w.actor(MONITOR), UnitId.of("nowhere"), " ", LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 1))).isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations()).hasSize(3));
    }
}
