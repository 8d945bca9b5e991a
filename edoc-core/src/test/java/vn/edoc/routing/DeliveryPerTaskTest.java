package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE_HEAD;
import static vn.edoc.org.OrgFixtures.SO_TU_PHAP;
import static vn.edoc.org.OrgFixtures.SPECIALIST;
import static vn.edoc.org.OrgFixtures.TUY_PHUOC;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.id.OrganCode;
import vn.edoc.id.RecordId;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.TransportMessage.Kind;

/**
 * A document carrying two tasks to the Department of Justice and none to the Department of Finance (R-IN-9): the
 * sender follows each task's 04/05/06 on its own, and the Department's delivery as a whole only as far as its least
 * advanced task (R-OUT-6); statuses about the whole document, statuses naming no task and statuses naming tasks it
 * was never sent behave as the tracking without tasks does.
 */
class DeliveryPerTaskTest {

    private static final String REVIEW = "task-1|Rà soát thủ tục";
    private static final String REPORT = "task-2|Báo cáo kết quả";

    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));
    private final OutgoingFlow flow = new OutgoingFlow(w.ctx, w.signer, List.of(), List.of(), List.of(),
            List.of((uow, issued, to) -> to.equals(SO_TU_PHAP) ? List.of(REVIEW, REPORT) : List.of()));
    private int sequence;

    private OutgoingRecord issued() {
        OutgoingRecord d = flow.draft(w.as(SPECIALIST), FlowWorld.replyDraft("Giao nhiệm vụ",
                Recipient.of("Sở Tư pháp", SO_TU_PHAP), Recipient.of("Sở Tài chính", FlowWorld.SO_TAI_CHINH)),
                DraftOptions.none());
        flow.submit(w.as(SPECIALIST), RecordId.of(d.id()));
        flow.review(w.as(FINANCE_HEAD), RecordId.of(d.id()), "");
        flow.approveAndSign(w.as(CHAIR), RecordId.of(d.id()), SigningCompetence.TM, "Chủ tịch", "");
        flow.register(w.as(CLERK), RecordId.of(d.id()), "UBND", "TCKH");
        return flow.issue(w.as(CLERK), RecordId.of(d.id()));
    }

    private Delivery status(OutgoingRecord r, OrganCode from, Kind kind, String... tasks) {
        TransportMessage m = new TransportMessage(MessageId.of("s-" + (++sequence)), kind, from, TUY_PHUOC, r.id(),
                Optional.empty(), List.of(tasks), "", w.clock.instant());
        OutgoingRecord after = new DeliveryTracker(w.ctx).onStatus(m);
        return after.deliveriesTo(from).get(0);
    }

    private static List<DeliveryState> taskStates(Delivery d) {
        return d.tasks().stream().map(TaskDelivery::state).toList();
    }

    @Test
    void eachTaskIsFollowedAndTheRecipientIsAsFarAsItsLeastAdvancedTask() {
        OutgoingRecord r = issued();
        assertThat(r.deliveries()).extracting(Delivery::recipient, d -> d.tasks().size())
                .containsExactly(tuple(SO_TU_PHAP, 2), tuple(FlowWorld.SO_TAI_CHINH, 0));
        // the message carried the same tasks the tracking follows
        assertThat(w.take(SO_TU_PHAP)).singleElement().satisfies(m -> assertThat(m.tasks())
                .containsExactly(REVIEW, REPORT));

        assertThat(status(r, SO_TU_PHAP, Kind.RECEIPT_ACK).state()).isEqualTo(DeliveryState.DELIVERED);
        Delivery d = status(r, SO_TU_PHAP, Kind.ASSIGNED, REVIEW);
        assertThat(taskStates(d)).containsExactly(DeliveryState.ASSIGNED, DeliveryState.SENT);
        assertThat(d.state()).isEqualTo(DeliveryState.DELIVERED);
        d = status(r, SO_TU_PHAP, Kind.COMPLETED, REVIEW);
        assertThat(taskStates(d)).containsExactly(DeliveryState.COMPLETED, DeliveryState.SENT);
        assertThat(d.state()).isEqualTo(DeliveryState.DELIVERED);
        d = status(r, SO_TU_PHAP, Kind.IN_PROGRESS, REPORT);
        assertThat(taskStates(d)).containsExactly(DeliveryState.COMPLETED, DeliveryState.IN_PROGRESS);
        assertThat(d.state()).isEqualTo(DeliveryState.IN_PROGRESS);
        // an overtaken status about a task changes nothing
        d = status(r, SO_TU_PHAP, Kind.ASSIGNED, REVIEW);
        assertThat(taskStates(d)).containsExactly(DeliveryState.COMPLETED, DeliveryState.IN_PROGRESS);
        // a status about a task this recipient was never sent moves nothing
        d = status(r, SO_TU_PHAP, Kind.COMPLETED, "task-9|Khác");
        assertThat(d.state()).isEqualTo(DeliveryState.IN_PROGRESS);
        assertThat(taskStates(d)).containsExactly(DeliveryState.COMPLETED, DeliveryState.IN_PROGRESS);
        d = status(r, SO_TU_PHAP, Kind.COMPLETED, REPORT);
        assertThat(d.state()).isEqualTo(DeliveryState.COMPLETED);
        assertThat(d.task(REPORT)).map(TaskDelivery::state).contains(DeliveryState.COMPLETED);

        // the recipient without tasks is followed as before
        assertThat(status(r, FlowWorld.SO_TAI_CHINH, Kind.ASSIGNED).state()).isEqualTo(DeliveryState.ASSIGNED);
        OutgoingRecord stored = w.documents.outgoing(r.id()).orElseThrow();
        assertThat(stored.history()).filteredOn(h -> h.action().equals("outgoing.status")).hasSize(8);
        assertThat(w.audit.verify().intact()).isTrue();
    }

    @Test
    void aStatusNamingNoTaskMovesEveryTaskAndARecalledDeliveryNoLongerFollowsThem() {
        OutgoingRecord r = issued();
        Delivery d = status(r, SO_TU_PHAP, Kind.ASSIGNED);
        assertThat(taskStates(d)).containsOnly(DeliveryState.ASSIGNED);
        assertThat(d.state()).isEqualTo(DeliveryState.ASSIGNED);

        flow.recall(w.as(CHAIR), RecordId.of(r.id()), "Ban hành nhầm");
        d = status(r, SO_TU_PHAP, Kind.COMPLETED, REVIEW);
        assertThat(d.state()).isEqualTo(DeliveryState.RECALLED);
        assertThat(taskStates(d)).containsOnly(DeliveryState.ASSIGNED);
    }

    @Test
    void theDigestChangesWithATasksProgressAndADeliveryNeverListsATaskTwice() {
        OutgoingRecord r = issued();
        String before = w.documents.outgoing(r.id()).orElseThrow().digest();
        status(r, SO_TU_PHAP, Kind.ASSIGNED, REVIEW);
        OutgoingRecord after = w.documents.outgoing(r.id()).orElseThrow();
        assertThat(after.deliveriesTo(SO_TU_PHAP).get(0).state()).isEqualTo(DeliveryState.SENT);
        assertThat(after.digest()).isNotEqualTo(before);
        Instant t = w.clock.instant();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Delivery(SO_TU_PHAP, Channel.SYSTEM,
                DeliveryState.SENT, t, "", List.of(new TaskDelivery(REVIEW, DeliveryState.SENT, t),
                        new TaskDelivery(REVIEW, DeliveryState.ASSIGNED, t))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        // a delivery stored before tasks were followed has none
        assertThat(new Delivery(SO_TU_PHAP, Channel.SYSTEM, DeliveryState.SENT, t, "", null).tasks()).isEmpty();
    }
}
