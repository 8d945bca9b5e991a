package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE_HEAD;
import static vn.edoc.org.OrgFixtures.SO_TU_PHAP;
import static vn.edoc.org.OrgFixtures.SPECIALIST;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.id.RecordId;
import vn.edoc.validation.EdocRuleException;

/** The organisation's signature (R-OUT-3) is made after every issue check, so a refused issue is never signed. */
class OutgoingIssueSigningTest {

    // Monday 2 March 2026, 08:00 in Vietnam
    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));

    private String registered() {
        OutgoingRecord d = w.outgoing.draft(w.as(SPECIALIST), FlowWorld.replyDraft("Báo cáo",
                Recipient.of("Sở Tư pháp tỉnh Bình Định", SO_TU_PHAP)), DraftOptions.none());
        w.outgoing.submit(w.as(SPECIALIST), RecordId.of(d.id()));
        w.outgoing.review(w.as(FINANCE_HEAD), RecordId.of(d.id()), "");
        w.outgoing.approveAndSign(w.as(CHAIR), RecordId.of(d.id()), SigningCompetence.TM, "Chủ tịch", "");
        w.outgoing.register(w.as(CLERK), RecordId.of(d.id()), "UBND", "TCKH");
        return d.id();
    }

    @Test
    void anIssueRefusedByAParticipantNeverCallsTheSigner() {
        FakeSigner counting = new FakeSigner();
        List<IssuedDocument> asked = new ArrayList<>();
        IssueParticipant refuser = new IssueParticipant() {
            @Override
            public void check(vn.edoc.spi.UnitOfWork uow, IssuedDocument issued) {
                asked.add(issued);
                throw EdocRuleException.of(FlowViolation.REASON_REQUIRED, "task");
            }

            @Override
            public void onIssue(vn.edoc.spi.UnitOfWork uow, IssuedDocument issued) {
                throw new AssertionError("a participant refusing in check is never asked to write");
            }
        };
        OutgoingFlow refusing = new OutgoingFlow(w.ctx, counting, List.of(), List.of(refuser));
        String id = registered();
        OutgoingRecord before = w.documents.outgoing(id).orElseThrow();

        assertThatThrownBy(() -> refusing.issue(w.as(CLERK), RecordId.of(id))).isInstanceOf(EdocRuleException.class);

        assertThat(asked).hasSize(1);
        assertThat(counting.calls).isZero();
        assertThat(w.documents.outgoing(id).orElseThrow()).isEqualTo(before);
        assertThat(w.take(SO_TU_PHAP)).isEmpty();
    }

    @Test
    void anIssueThatPassesEveryCheckIsSignedOnce() {
        FakeSigner counting = new FakeSigner();
        OutgoingFlow flow = new OutgoingFlow(w.ctx, counting, List.of(), List.of((uow, issued) -> { }));
        String id = registered();

        OutgoingRecord issued = flow.issue(w.as(CLERK), RecordId.of(id));

        assertThat(counting.calls).isEqualTo(1);
        assertThat(issued.document().signed()).isTrue();
        assertThat(w.take(SO_TU_PHAP)).singleElement()
                .satisfies(m -> assertThat(m.document().orElseThrow().signed()).isTrue());
    }
}
