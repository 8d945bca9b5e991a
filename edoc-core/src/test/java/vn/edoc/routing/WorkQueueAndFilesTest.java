package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE;
import static vn.edoc.org.OrgFixtures.FINANCE_CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE_HEAD;
import static vn.edoc.org.OrgFixtures.JUSTICE_HEAD;
import static vn.edoc.org.OrgFixtures.OFFICE_CHIEF;
import static vn.edoc.org.OrgFixtures.SO_TU_PHAP;
import static vn.edoc.org.OrgFixtures.SPECIALIST;
import static vn.edoc.org.OrgFixtures.TUY_PHUOC;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.edoc.file.WorkFile;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.WorkFileId;
import vn.edoc.spi.Notifier;
import vn.edoc.spi.TransportMessage;
import vn.edoc.store.memory.LoopbackTransport;
import vn.edoc.validation.EdocRuleException;

/** The work queue of R-TIME-6 with a task source, work files (R-FILE-1), the loopback transport and the notifier. */
class WorkQueueAndFilesTest {

    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));

    @Test
    void queueOrdersByDeadlineMarksOverdueAndAddsTasks() {
        IncomingRecord a = w.incoming.receive(w.newFromJustice("r-1", "Thứ nhất", List.of())).get(0);
        w.advanceTo("2026-03-02T02:00:00Z");
        IncomingRecord b = w.incoming.receive(w.newFromJustice("r-2", "Thứ hai", List.of())).get(0);
        Instant taskDeadline = Instant.parse("2026-03-02T03:00:00Z");
        WorkItemSource tasks = (person, now) -> person.equals(CLERK) ? List.of(new WorkItem("task", "task-1",
                "Báo cáo quý", "report", Optional.of(taskDeadline), now.isAfter(taskDeadline))) : List.of();
        WorkQueue queue = new WorkQueue(w.documents, w.directory, List.of(tasks));

        // 08:00 and 09:00 received: due 10:00 and 11:00; the task is due 10:00 too, by id after the document
        assertThat(queue.waitingFor(PersonId.of(CLERK), Instant.parse("2026-03-02T02:30:00Z")))
                .extracting(WorkItem::kind, WorkItem::objectId, WorkItem::overdue)
                .containsExactly(tuple("incoming", a.id(), false), tuple("task", "task-1", false),
                        tuple("incoming", b.id(), false));
        // the twice-a-day check at 13:30 finds all three overdue
        assertThat(queue.waitingFor(PersonId.of(CLERK), Instant.parse("2026-03-02T06:30:00Z")))
                .allMatch(WorkItem::overdue).hasSize(3);
        assertThat(queue.waitingFor(PersonId.of(SPECIALIST), Instant.parse("2026-03-02T06:30:00Z"))).isEmpty();
        assertThat(queue.waitingFor(PersonId.of("nobody"), Instant.parse("2026-03-02T06:30:00Z"))).isEmpty();

        w.incoming.register(w.as(CLERK), RecordId.of(a.id()), ReceiptCheck.passed(2));
        assertThat(queue.waitingFor(PersonId.of(OFFICE_CHIEF), w.clock.instant())).extracting(WorkItem::objectId,
                WorkItem::waiting).containsExactly(tuple(a.id(), "propose"));
    }

    @Test
    void twiceADayCheckPublishesOverdueAndApproachingDeadlines() {
        IncomingRecord a = w.incoming.receive(w.newFromJustice("r-5", "Sớm", List.of())).get(0);
        w.advanceTo("2026-03-02T03:30:00Z");
        IncomingRecord b = w.incoming.receive(w.newFromJustice("r-6", "Muộn", List.of())).get(0);
        WorkQueue queue = new WorkQueue(w.documents, w.directory, List.of());
        // 13:30 check: a (due 10:00) is overdue; b (due 14:30) is due within 2 hours
        int published = queue.remind(TUY_PHUOC, Instant.parse("2026-03-02T06:30:00Z"), java.time.Duration.ofHours(2),
                w.events, (p, s, m) -> w.notices.add(p + "|" + s));
        assertThat(published).isEqualTo(2);
        assertThat(w.seen).filteredOn(e -> e instanceof vn.edoc.event.DomainEvent.Overdue)
                .extracting(e -> e.objectId()).containsExactly(a.id());
        assertThat(w.seen).filteredOn(e -> e instanceof vn.edoc.event.DomainEvent.DeadlineApproaching)
                .extracting(e -> e.objectId()).containsExactly(b.id());
        assertThat(w.notices).contains(CLERK + "|Quá hạn xử lý", CLERK + "|Sắp đến hạn xử lý");
        assertThat(a.replyDeadline()).isEmpty();
    }

    @Test
    void workFileIsOpenedByAHandlerAndKeptByItsOwner() {
        IncomingRecord r = w.incoming.receive(w.newFromJustice("r-3", "Hồ sơ", List.of())).get(0);
        w.incoming.register(w.as(CLERK), RecordId.of(r.id()), ReceiptCheck.passed(2));
        // nobody handles it yet
        assertThatThrownBy(() -> w.workFiles.open(w.as(SPECIALIST), RecordId.of(r.id()), "Hồ sơ"))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().has(FlowViolation.NOT_HANDLING)).isTrue());
        w.incoming.assign(w.as(CHAIR), RecordId.of(r.id()), "TCKH", List.of(AssignmentOrder.lead(FINANCE,
                Instant.parse("2026-03-09T10:00:00Z"))));
        WorkFile f = w.workFiles.open(w.as(FINANCE_HEAD), RecordId.of(r.id()), "Hồ sơ rà soát");
        assertThat(f.documentIds()).containsExactly(r.id());
        assertThat(f.open()).isTrue();
        assertThatThrownBy(() -> w.workFiles.add(w.as(JUSTICE_HEAD), WorkFileId.of(f.id()), RecordId.of(r.id())))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().has(FlowViolation.NOT_FILE_OWNER))
                        .isTrue());
        assertThatThrownBy(() -> w.workFiles.add(w.as(FINANCE_HEAD), WorkFileId.of(f.id()), RecordId.of("in-999")))
                .isInstanceOf(EdocRuleException.class);
        WorkFile closed = w.workFiles.close(w.as(FINANCE_HEAD), WorkFileId.of(f.id()));
        assertThat(closed.open()).isFalse();
        assertThat(closed.closedAt()).contains(w.clock.instant());
        assertThatThrownBy(() -> w.workFiles.add(w.as(FINANCE_HEAD), WorkFileId.of(f.id()), RecordId.of(r.id())))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().has(FlowViolation.WORK_FILE_CLOSED))
                        .isTrue());
        assertThat(w.files.filesOf(TUY_PHUOC)).containsExactly(closed);
        assertThat(w.auditOf(f.id())).extracting(e -> e.action()).containsExactly("workfile.open", "workfile.close");
    }

    @Test
    void loopbackDeliversEachMessageOnceInOrder() {
        LoopbackTransport t = new LoopbackTransport(w.clock);
        TransportMessage m1 = TransportMessage.status(TransportMessage.Kind.STATUS, TUY_PHUOC, SO_TU_PHAP, "x",
                "một", Instant.EPOCH);
        TransportMessage m2 = TransportMessage.status(TransportMessage.Kind.RECEIPT_ACK, TUY_PHUOC, SO_TU_PHAP, "x",
                "hai", Instant.EPOCH);
        t.send(m1);
        t.send(m2);
        assertThat(t.receive(TUY_PHUOC)).isEmpty();
        List<vn.edoc.spi.LeasedMessage> got = t.receive(SO_TU_PHAP);
        assertThat(got).extracting(vn.edoc.spi.LeasedMessage::message).containsExactly(m1, m2);
        got.forEach(l -> assertThat(t.acknowledge(l.token())).isTrue());
        assertThat(t.receive(SO_TU_PHAP)).isEmpty();
        assertThat(t.sent()).containsExactly(m1, m2);
        assertThatThrownBy(() -> TransportMessage.status(TransportMessage.Kind.REFUSAL, TUY_PHUOC, SO_TU_PHAP, "x",
                " ", Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unitClerkIsToldWhenTheDocumentIsAssigned() {
        IncomingRecord r = w.incoming.receive(w.newFromJustice("r-4", "Thông báo", List.of())).get(0);
        w.incoming.register(w.as(CLERK), RecordId.of(r.id()), ReceiptCheck.passed(2));
        w.incoming.assign(w.as(CHAIR), RecordId.of(r.id()), "TCKH", List.of(AssignmentOrder.lead(FINANCE,
                Instant.parse("2026-03-09T10:00:00Z"))));
        assertThat(w.notices).contains(FINANCE_CLERK + "|Văn bản được phân công (Chủ trì)");
        // the logging notifier never throws
        Notifier.logging().notify(FINANCE_CLERK, "Thử", "Nội dung");
    }
}
