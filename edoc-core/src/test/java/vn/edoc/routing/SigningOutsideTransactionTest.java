package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.DIRECTOR;
import static vn.edoc.org.OrgFixtures.FINANCE_HEAD;
import static vn.edoc.org.OrgFixtures.SO_TU_PHAP;
import static vn.edoc.org.OrgFixtures.SPECIALIST;
import static vn.edoc.org.OrgFixtures.STP_OFFICE_CHIEF;
import static vn.edoc.org.OrgFixtures.TUY_PHUOC;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.edoc.document.Document;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.id.RecordId;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.DocumentSigner;
import vn.edoc.spi.SignatureRole;
import vn.edoc.spi.SigningRequest;

/**
 * Signing happens with no unit of work open (prepare, sign, commit): a signer that takes seconds, like a USB token
 * waiting for its PIN, holds no transaction and no lock, so another organisation issues meanwhile; a record changed
 * while it was being signed is refused with {@link ConcurrentChangeException} and the signature is left unused.
 */
class SigningOutsideTransactionTest {

    // Monday 2 March 2026, 08:00 in Vietnam
    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));
    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    /**
     * Blocks the first organisation's signature of {@code slowFor} until released, for at most 5 s (the slow
     * token); every other signature is made at once by the {@link FakeSigner}.
     */
    private static final class SlowSigner implements DocumentSigner {
        final FakeSigner fast = new FakeSigner();
        final CountDownLatch signing = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final String slowFor;
        final java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        volatile boolean inTransactionWhileSigning;
        final FlowWorld world;

        SlowSigner(FlowWorld world, String slowFor) {
            this.world = world;
            this.slowFor = slowFor;
        }

        @Override
        public ContentRef sign(SigningRequest request, ContentStore contents) {
            if (request.role() == SignatureRole.ORGANISATION && request.organisation().value().equals(slowFor)
                    && first.getAndSet(false)) {
                signing.countDown();
                // the contract: no unit of work is open on this thread, so starting one must work
                try {
                    world.tx.run(uow -> { });
                } catch (IllegalStateException nested) {
                    inTransactionWhileSigning = true;
                }
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return fast.sign(request, contents);
        }
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private String registeredAtTuyPhuoc(OutgoingFlow flow, String subject) {
        OutgoingRecord d = flow.draft(w.as(SPECIALIST), FlowWorld.replyDraft(subject,
                Recipient.of("Sở Tư pháp tỉnh Bình Định", SO_TU_PHAP)), DraftOptions.none());
        flow.submit(w.as(SPECIALIST), RecordId.of(d.id()));
        flow.review(w.as(FINANCE_HEAD), RecordId.of(d.id()), "");
        flow.approveAndSign(w.as(CHAIR), RecordId.of(d.id()), SigningCompetence.TM, "Chủ tịch", "");
        flow.register(w.as(CLERK), RecordId.of(d.id()), "UBND", "TCKH");
        return d.id();
    }

    private String registeredAtJustice(OutgoingFlow flow, String subject) {
        Document draft = FlowWorld.replyDraft(subject, Recipient.of("UBND huyện Tuy Phước", TUY_PHUOC)).toBuilder()
                .issuer(SO_TU_PHAP, "Sở Tư pháp tỉnh Bình Định").place("Bình Định").build();
        OutgoingRecord d = flow.draft(w.as(FlowWorld.STP_SPECIALIST), draft, DraftOptions.none());
        flow.submit(w.as(FlowWorld.STP_SPECIALIST), RecordId.of(d.id()));
        flow.review(w.as(STP_OFFICE_CHIEF), RecordId.of(d.id()), "");
        flow.approveAndSign(w.as(DIRECTOR), RecordId.of(d.id()), SigningCompetence.NONE, "Giám đốc", "");
        flow.register(w.as(FlowWorld.STP_CLERK), RecordId.of(d.id()), "STP", "VP");
        return d.id();
    }

    @Test
    void aSlowSignatureBlocksNobodyAndAnotherOrganisationIssuesFirst() throws Exception {
        SlowSigner signer = new SlowSigner(w, TUY_PHUOC.value());
        OutgoingFlow flow = new OutgoingFlow(w.ctx, signer, List.of(), List.of());
        String slow = registeredAtTuyPhuoc(flow, "Báo cáo chậm");
        String quick = registeredAtJustice(flow, "Thông báo nhanh");

        Future<OutgoingRecord> slowIssue = pool.submit(() -> flow.issue(w.as(CLERK), RecordId.of(slow)));
        assertThat(signer.signing.await(10, TimeUnit.SECONDS)).as("the slow signature started").isTrue();

        // the Department of Justice issues while Tuy Phước's token is still signing, and finishes first
        OutgoingRecord quickIssued = flow.issue(w.as(FlowWorld.STP_CLERK), RecordId.of(quick));
        assertThat(quickIssued.state()).isEqualTo(OutgoingState.ISSUED);
        assertThat(slowIssue).isNotDone();
        assertThat(w.documents.outgoing(slow).orElseThrow().state()).isEqualTo(OutgoingState.REGISTERED);

        signer.release.countDown();
        OutgoingRecord slowIssued = slowIssue.get(10, TimeUnit.SECONDS);
        assertThat(slowIssued.state()).isEqualTo(OutgoingState.ISSUED);
        assertThat(slowIssued.document().signed()).isTrue();
        assertThat(signer.inTransactionWhileSigning).as("a unit of work was open while signing").isFalse();
        assertThat(w.audit.verify().intact()).isTrue();
        // the issue of the Department of Justice came first in the trail as in time
        assertThat(w.seen).filteredOn(e -> e instanceof vn.edoc.event.DomainEvent.DocumentIssued)
                .extracting(vn.edoc.event.DomainEvent::objectId).containsExactly(quick, slow);
    }

    @Test
    void aRecordIssuedElsewhereWhileBeingSignedIsRefusedAndTheSignatureLeftUnused() throws Exception {
        SlowSigner signer = new SlowSigner(w, TUY_PHUOC.value());
        OutgoingFlow flow = new OutgoingFlow(w.ctx, signer, List.of(), List.of());
        String id = registeredAtTuyPhuoc(flow, "Báo cáo bị trả lại");
        Future<OutgoingRecord> issuing = pool.submit(() -> flow.issue(w.as(CLERK), RecordId.of(id)));
        assertThat(signer.signing.await(10, TimeUnit.SECONDS)).isTrue();

        // another desk is refused while the reservation is live (SigningReservationTest); once it has lapsed, the
        // same document is issued from that desk, whose token answers at once
        long reserved = w.documents.outgoing(id).orElseThrow().version();
        w.clock.set(w.clock.instant().plus(flow.reservationTime()));
        OutgoingRecord returned = flow.issue(w.as(CLERK), RecordId.of(id));
        signer.release.countDown();

        assertThatThrownBy(() -> issuing.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(ConcurrentChangeException.class, e -> {
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.id()).isEqualTo(id);
                    assertThat(e.expectedVersion()).isEqualTo(reserved);
                    assertThat(e.foundVersion()).isEqualTo(returned.version());
                });
        assertThat(w.documents.outgoing(id).orElseThrow()).isEqualTo(returned);
        // both signatures were made and stored from the same file, the late one is referenced by nothing
        List<SigningRequest> made = signer.fast.requests.stream()
                .filter(r -> r.role() == SignatureRole.ORGANISATION).toList();
        assertThat(made).hasSize(2);
        assertThat(made.get(0).content()).isEqualTo(made.get(1).content());
        assertThat(w.transport.receive(SO_TU_PHAP)).hasSize(1);
        assertThat(w.audit.verify().intact()).isTrue();
    }

    @Test
    void approvalSignsAsThePersonAndIssueAsTheOrganisationFromTheStoredFile() {
        String id = registeredAtTuyPhuoc(w.outgoing, "Hai chữ ký");
        OutgoingRecord approved = w.documents.outgoing(id).orElseThrow();
        OutgoingRecord issued = w.outgoing.issue(w.as(CLERK), RecordId.of(id));

        assertThat(w.signer.requests).extracting(SigningRequest::role)
                .containsExactly(SignatureRole.PERSON, SignatureRole.ORGANISATION);
        SigningRequest person = w.signer.requests.get(0);
        SigningRequest organisation = w.signer.requests.get(1);
        assertThat(person.content().sha256()).isEqualTo(FlowWorld.PDF_SHA);
        assertThat(person.signer().fullName()).isEqualTo(approved.document().signer().orElseThrow().fullName());
        assertThat(person.notation()).isEmpty();
        // the organisation signs the file the person signed, and the issued record holds the organisation's one
        assertThat(organisation.content().sha256()).isEqualTo(approved.document().mainFile().orElseThrow().sha256());
        assertThat(organisation.notation()).contains(issued.document().notation().orElseThrow().format());
        assertThat(w.contents.exists(new ContentRef(issued.document().mainFile().orElseThrow().sha256(),
                issued.document().mainFile().orElseThrow().size()))).isTrue();
        assertThat(approved.document().signed()).isFalse();
        assertThat(issued.document().signed()).isTrue();
    }

    @Test
    void aSignerThatCannotSignChangesNothing() {
        String id = registeredAtTuyPhuoc(w.outgoing, "Không ký được");
        OutgoingRecord before = w.documents.outgoing(id).orElseThrow();
        long auditBefore = w.audit.size();
        OutgoingFlow broken = new OutgoingFlow(w.ctx, (request, contents) -> {
            throw new IllegalStateException("token removed");
        }, List.of(), List.of());

        assertThatThrownBy(() -> broken.issue(w.as(CLERK), RecordId.of(id)))
                .isInstanceOfSatisfying(vn.edoc.validation.EdocRuleException.class, e ->
                        assertThat(e.getMessage()).contains("token removed"));
        // nothing of the document changed: only its reservation was taken and released, each an audited version
        OutgoingRecord after = w.documents.outgoing(id).orElseThrow();
        assertThat(after).usingRecursiveComparison().ignoringFields("version").isEqualTo(before);
        assertThat(after.version()).isEqualTo(before.version() + 2);
        assertThat(w.audit.size()).isEqualTo(auditBefore + 2);
        java.util.List<vn.edoc.audit.AuditEntry> trail = new java.util.ArrayList<>();
        w.audit.scan(TUY_PHUOC, trail::add);
        assertThat(trail.subList(trail.size() - 2, trail.size())).extracting(vn.edoc.audit.AuditEntry::action)
                .containsExactly("outgoing.reserve", "outgoing.release");
        assertThat(CompletableFuture.completedFuture(w.transport.receive(SO_TU_PHAP)).join()).isEmpty();
    }
}
