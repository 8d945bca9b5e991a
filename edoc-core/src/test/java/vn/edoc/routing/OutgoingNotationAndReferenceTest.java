package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE_HEAD;
import static vn.edoc.org.OrgFixtures.SO_TU_PHAP;
import static vn.edoc.org.OrgFixtures.SPECIALIST;
import static vn.edoc.org.OrgFixtures.TUY_PHUOC;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.id.RecordId;
import vn.edoc.register.RegisterEntry;
import vn.edoc.register.RegisterKey;
import vn.edoc.register.RegisterKind;
import vn.edoc.task.DocumentRef;
import vn.edoc.task.TaskViolation;
import vn.edoc.validation.EdocRuleException;

/**
 * The first outgoing document of a year is "01/…" everywhere it is printed — the document, the register line, the
 * reference a task action attaches — and a reference is made straight from the issued record.
 */
class OutgoingNotationAndReferenceTest {

    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));

    @Test
    void numberOneIsWrittenWithItsLeadingZeroEverywhere() {
        OutgoingRecord d = w.outgoing.draft(w.as(SPECIALIST), FlowWorld.replyDraft("Báo cáo",
                Recipient.of("Sở Tư pháp tỉnh Bình Định", SO_TU_PHAP)), DraftOptions.none());
        assertThatThrownBy(() -> DocumentRef.of(d)).isInstanceOfSatisfying(EdocRuleException.class,
                e -> assertThat(e.result().has(TaskViolation.NOT_ISSUED)).isTrue());
        w.outgoing.submit(w.as(SPECIALIST), RecordId.of(d.id()));
        w.outgoing.review(w.as(FINANCE_HEAD), RecordId.of(d.id()), "");
        w.outgoing.approveAndSign(w.as(CHAIR), RecordId.of(d.id()), SigningCompetence.TM, "Chủ tịch", "");
        w.outgoing.register(w.as(CLERK), RecordId.of(d.id()), "UBND", "TCKH");
        OutgoingRecord issued = w.outgoing.issue(w.as(CLERK), RecordId.of(d.id()));

        assertThat(issued.number()).isEqualTo(1);
        assertThat(issued.document().notation().orElseThrow().format()).isEqualTo("01/UBND-TCKH");
        RegisterEntry line = w.registers.entries(RegisterKey.of(TUY_PHUOC, RegisterKind.OUTGOING, 2026)).get(0);
        assertThat(line.notation()).isEqualTo("01/UBND-TCKH");
        DocumentRef ref = DocumentRef.of(issued);
        assertThat(ref.notation()).isEqualTo("01/UBND-TCKH");
        assertThat(ref.recordId()).isEqualTo(issued.id());
        assertThat(ref.issuedAt()).isEqualTo(issued.issuedAt().orElseThrow());
        assertThat(w.issued).singleElement().satisfies(i -> assertThat(DocumentRef.of(i).notation())
                .isEqualTo("01/UBND-TCKH"));
    }
}
