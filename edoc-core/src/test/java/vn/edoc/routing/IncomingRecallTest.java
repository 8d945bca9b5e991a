package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE;
import static vn.edoc.org.OrgFixtures.FINANCE_CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE_HEAD;
import static vn.edoc.org.OrgFixtures.JUSTICE;
import static vn.edoc.org.OrgFixtures.SO_TU_PHAP;
import static vn.edoc.org.OrgFixtures.SPECIALIST;
import static vn.edoc.org.OrgFixtures.TUY_PHUOC;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.UnitId;
import vn.edoc.spi.TransportMessage;
import vn.edoc.validation.EdocRuleException;

/** A recall notice cancels the document whatever the state of its rows (R-IN-7, LS Đ9.3). */
class IncomingRecallTest {

    // Monday 2 March 2026, 08:00 in Vietnam
    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));

    @Test
    void aRecallCancelsAHandledRowAndAnOpenRowAndAlwaysAnswersTheSender() {
        List<IncomingRecord> rows = w.incoming.receive(w.newFromJustice("out-31", "Giao hai nhiệm vụ",
                List.of("Nhiệm vụ 1", "Nhiệm vụ 2")));
        String one = rows.get(0).id();
        String two = rows.get(1).id();
        w.incoming.register(w.as(CLERK), RecordId.of(one), ReceiptCheck.passed(2));
        w.take(SO_TU_PHAP);
        Instant deadline = Instant.parse("2026-03-09T10:00:00Z");
        w.incoming.assign(w.as(CHAIR), RecordId.of(one), "TCKH chủ trì", List.of(AssignmentOrder.lead(FINANCE, deadline)));
        w.incoming.assign(w.as(CHAIR), RecordId.of(two), "Tư pháp chủ trì", List.of(AssignmentOrder.lead(JUSTICE, deadline)));
        w.incoming.receiveAtUnit(w.as(FINANCE_CLERK), RecordId.of(one), UnitId.of(FINANCE));
        w.incoming.forwardToHead(w.as(FINANCE_CLERK), RecordId.of(one), UnitId.of(FINANCE));
        w.incoming.assignSpecialist(w.as(FINANCE_HEAD), RecordId.of(one), UnitId.of(FINANCE), PersonId.of(SPECIALIST), "");
        assertThat(w.incoming.complete(w.as(SPECIALIST), RecordId.of(one), UnitId.of(FINANCE), "Đã rà soát").state())
                .isEqualTo(IncomingState.DONE);

        List<IncomingRecord> cancelled = w.incoming.cancelOnRecall(w.as(CLERK), TransportMessage.status(
                TransportMessage.Kind.RECALL, SO_TU_PHAP, TUY_PHUOC, "out-31", "Ban hành nhầm", w.clock.instant()));

        assertThat(cancelled).extracting(IncomingRecord::state)
                .containsExactly(IncomingState.RECALLED, IncomingState.RECALLED);
        assertThat(w.documents.incoming(one).orElseThrow().state()).isEqualTo(IncomingState.RECALLED);
        assertThat(w.documents.incoming(one).orElseThrow().assignments()).extracting(Assignment::state)
                .containsExactly(AssignmentState.DONE);
        assertThat(w.documents.incoming(two).orElseThrow().assignments()).extracting(Assignment::state)
                .containsExactly(AssignmentState.CANCELLED);
        assertThat(w.take(SO_TU_PHAP)).extracting(TransportMessage::kind, TransportMessage::documentRef)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TransportMessage.Kind.ASSIGNED, "out-31"),
                        org.assertj.core.groups.Tuple.tuple(TransportMessage.Kind.ASSIGNED, "out-31"),
                        org.assertj.core.groups.Tuple.tuple(TransportMessage.Kind.IN_PROGRESS, "out-31"),
                        org.assertj.core.groups.Tuple.tuple(TransportMessage.Kind.COMPLETED, "out-31"),
                        org.assertj.core.groups.Tuple.tuple(TransportMessage.Kind.RECALL_ACCEPTED, "out-31"));
        assertThat(IncomingTransition.transitionBetween(IncomingState.DONE, IncomingState.RECALLED).ruleId())
                .isEqualTo("R-IN-7");
        assertThat(w.audit.verify().intact()).isTrue();
    }

    @Test
    void aRecallOfARefusedDocumentChangesNothingAndSaysThereIsNothingToRecall() {
        List<IncomingRecord> rows = w.incoming.receive(w.newFromJustice("out-32", "Một nhiệm vụ", List.of()));
        w.incoming.refuse(w.as(CLERK), RecordId.of(rows.get(0).id()), "Sai nơi nhận");
        w.take(SO_TU_PHAP);

        assertThatThrownBy(() -> w.incoming.cancelOnRecall(w.as(CLERK), TransportMessage.status(
                TransportMessage.Kind.RECALL, SO_TU_PHAP, TUY_PHUOC, "out-32", "Ban hành nhầm", w.clock.instant())))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().errors()).extracting(v -> v.ruleId())
                        .containsExactly("R-IN-7"));
        assertThat(w.documents.incoming(rows.get(0).id()).orElseThrow().state()).isEqualTo(IncomingState.REFUSED);
        assertThat(w.take(SO_TU_PHAP)).isEmpty();
    }
}
