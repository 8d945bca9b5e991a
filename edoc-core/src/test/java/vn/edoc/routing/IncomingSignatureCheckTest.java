package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.SPECIALIST;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.edoc.id.RecordId;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.SignatureIndication;
import vn.edoc.spi.SignatureReport;
import vn.edoc.spi.SignatureVerifier;
import vn.edoc.spi.VerificationReport;
import vn.edoc.spi.VerificationViolation;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.Violation;

/**
 * The incoming flow verifies the signatures of a received document's main file before registration and records
 * the report in the audit trail (R-IN-1); a document whose signature fails cannot be registered.
 */
class IncomingSignatureCheckTest {

    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T03:30:00Z"));
    private final List<ContentRef> asked = new ArrayList<>();

    private SignatureVerifier answering(SignatureIndication indication) {
        return ref -> {
            asked.add(ref);
            List<Violation> reasons = indication == SignatureIndication.TOTAL_PASSED ? List.of()
                    : List.of(VerificationViolation.PAGE_CONTENT_CHANGED.at("page 1", "page 1 /Contents"));
            SignatureReport s = new SignatureReport(SignatureReport.Kind.SIGNATURE, "Signature1", "CN=Lý Thị Nga",
                    Optional.empty(), true, true, reasons.isEmpty(), !reasons.isEmpty(), reasons, List.of(), true,
                    Optional.empty(), indication, reasons);
            return new VerificationReport(ref.toString(), List.of(s), List.of());
        };
    }

    @Test
    void aValidSignatureIsRecordedAndTheDocumentRegistered() {
        IncomingRecord r = w.incoming.receive(w.newFromJustice("out-1", "Về việc A", List.of())).get(0);
        VerificationReport report = w.incoming.verifySignatures(w.as(CLERK), RecordId.of(r.id()),
                answering(SignatureIndication.TOTAL_PASSED));
        assertThat(asked).containsExactly(new ContentRef(FlowWorld.PDF_SHA, FlowWorld.PDF.length));
        assertThat(w.auditOf(r.id())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("incoming.verify-signature");
            assertThat(e.comment()).contains("TOTAL_PASSED").contains("Signature1");
        });
        IncomingRecord registered = w.incoming.register(w.as(CLERK), RecordId.of(r.id()), ReceiptCheck.of(2, report)).get(0);
        assertThat(registered.state()).isEqualTo(IncomingState.REGISTERED);
    }

    @Test
    void aFailedSignatureIsRecordedWithItsReasonAndRegistrationIsRefused() {
        IncomingRecord r = w.incoming.receive(w.newFromJustice("out-2", "Về việc B", List.of())).get(0);
        VerificationReport report = w.incoming.verifySignatures(w.as(CLERK), RecordId.of(r.id()),
                answering(SignatureIndication.TOTAL_FAILED));
        assertThat(w.auditOf(r.id())).anySatisfy(e -> assertThat(e.comment())
                .contains("TOTAL_FAILED").contains("EDOC-SIG-121"));
        assertThatThrownBy(() -> w.incoming.register(w.as(CLERK), RecordId.of(r.id()), ReceiptCheck.of(2, report)))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().errors())
                        .extracting(Violation::code).contains(FlowViolation.RECEIPT_CHECK_FAILED.code()));
        assertThat(w.documents.incoming(r.id()).orElseThrow().state()).isEqualTo(IncomingState.RECEIVED);
    }

    @Test
    void onlyAClerkMayHaveTheSignaturesVerifiedAndARefusalRecordsNothing() {
        IncomingRecord r = w.incoming.receive(w.newFromJustice("out-3", "Về việc C", List.of())).get(0);
        long before = w.audit.size();
        assertThatThrownBy(() -> w.incoming.verifySignatures(w.as(SPECIALIST), RecordId.of(r.id()),
                answering(SignatureIndication.TOTAL_PASSED))).isInstanceOf(EdocRuleException.class);
        assertThat(asked).isEmpty();
        assertThat(w.audit.size()).isEqualTo(before);
    }
}
