package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE_HEAD;
import static vn.edoc.org.OrgFixtures.SO_TU_PHAP;
import static vn.edoc.org.OrgFixtures.SPECIALIST;
import static vn.edoc.org.OrgFixtures.VICE_CHAIR;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.edoc.Edoc;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.id.RecordId;
import vn.edoc.org.Account;
import vn.edoc.org.Directory;
import vn.edoc.org.OrgFixtures;
import vn.edoc.org.Person;
import vn.edoc.org.Position;
import vn.edoc.org.Role;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.DocumentSigner;
import vn.edoc.spi.SignatureRole;
import vn.edoc.spi.SigningRequest;
import vn.edoc.store.memory.LoopbackTransport;
import vn.edoc.store.memory.MemoryStores;
import vn.edoc.validation.EdocRuleException;

/**
 * Reserve at prepare: a signed step (approval, issue) writes a {@link SigningReservation} into the record before its
 * signer runs, so a second desk is refused at once ({@link SigningReservedException}, retryable) and never signs for
 * nothing; the commit needs the reservation and clears it; a failed signature releases it; an expired one is taken
 * over and the late holder's commit is refused; other steps wait for it, except its holder's.
 */
class SigningReservationTest {

    /** A second clerk of Tuy Phước's office, for two desks issuing at once. */
    static final String CLERK2 = "clerk2";

    // Monday 2 March 2026, 08:00 in Vietnam
    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));
    private final Directory directory = w.directory.toBuilder()
            .add(new Person(CLERK2, "Trương Thị Hồng", "hongtt.tuyphuoc", OrgFixtures.TUY_PHUOC, OrgFixtures.OFFICE,
                    Set.of(Position.of(Role.CLERK))))
            .add(Account.active("hongtt.tuyphuoc", CLERK2, Set.of(Role.CLERK))).build();
    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    {
        w.current.set(directory);
    }

    /** Blocks its first signature in {@code slowRole} until released (at most 10 s); counts every call per role. */
    static final class LatchedSigner implements DocumentSigner {
        final FakeSigner fast = new FakeSigner();
        final SignatureRole slowRole;
        final CountDownLatch signing = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicBoolean first = new AtomicBoolean(true);

        LatchedSigner(SignatureRole slowRole) {
            this.slowRole = slowRole;
        }

        @Override
        public ContentRef sign(SigningRequest request, ContentStore contents) {
            ContentRef made = fast.sign(request, contents);
            if (request.role() == slowRole && first.getAndSet(false)) {
                signing.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return made;
        }

        long calls(SignatureRole role) {
            synchronized (fast) {
                return fast.requests.stream().filter(r -> r.role() == role).count();
            }
        }
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private Actor as(String personId) {
        return Actor.loggedIn(directory, directory.person(personId).orElseThrow().accountName());
    }

    private String awaitingApproval(OutgoingFlow flow, String subject) {
        OutgoingRecord d = flow.draft(as(SPECIALIST), FlowWorld.replyDraft(subject,
                Recipient.of("Sở Tư pháp tỉnh Bình Định", SO_TU_PHAP)), DraftOptions.none());
        flow.submit(as(SPECIALIST), RecordId.of(d.id()));
        flow.review(as(FINANCE_HEAD), RecordId.of(d.id()), "");
        return d.id();
    }

    private String registered(OutgoingFlow flow, String subject) {
        String id = awaitingApproval(flow, subject);
        flow.approveAndSign(as(CHAIR), RecordId.of(id), SigningCompetence.TM, "Chủ tịch", "");
        flow.register(as(CLERK), RecordId.of(id), "UBND", "TCKH");
        return id;
    }

    @Test
    void aSecondClerkIsRefusedAtPrepareBeforeItsSignerIsCalled() throws Exception {
        LatchedSigner signer = new LatchedSigner(SignatureRole.ORGANISATION);
        OutgoingFlow flow = new OutgoingFlow(w.ctx, signer, List.of(), List.of());
        String id = registered(flow, "Hai bàn cùng phát hành");
        long before = w.documents.outgoing(id).orElseThrow().version();

        Future<OutgoingRecord> first = pool.submit(() -> flow.issue(as(CLERK), RecordId.of(id)));
        assertThat(signer.signing.await(10, TimeUnit.SECONDS)).as("the first signature started").isTrue();

        OutgoingRecord reserved = w.documents.outgoing(id).orElseThrow();
        assertThat(reserved.version()).isEqualTo(before + 1);
        assertThat(reserved.state()).isEqualTo(OutgoingState.REGISTERED);
        SigningReservation held = reserved.reservation().orElseThrow();
        assertThat(held.holderId()).isEqualTo(CLERK);
        assertThat(held.action()).isEqualTo(Action.ISSUE);
        assertThat(held.reservedAt()).isEqualTo(w.clock.instant());
        assertThat(held.expiresAt()).isEqualTo(w.clock.instant().plus(OutgoingFlow.DEFAULT_RESERVATION_TIME));

        assertThatThrownBy(() -> flow.issue(as(CLERK2), RecordId.of(id)))
                .isInstanceOfSatisfying(SigningReservedException.class, e -> {
                    assertThat(e).isInstanceOf(ConcurrentChangeException.class);
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.id()).isEqualTo(id);
                    assertThat(e.holderId()).isEqualTo(CLERK);
                    assertThat(e.expiresAt()).isEqualTo(held.expiresAt());
                    assertThat(e.violation().code()).isEqualTo("EDOC-FLW-046");
                    assertThat(e.violation().ruleId()).isEqualTo("R-OUT-3");
                    assertThat(e.violation().messageEn()).contains(id, CLERK, "2026-03-02T08:05");
                });
        assertThat(signer.calls(SignatureRole.ORGANISATION)).as("the second signer was never called").isEqualTo(1);
        // the holder's other desk is refused as well: a second signature of the same step is wasted whoever asks
        assertThatThrownBy(() -> flow.issue(as(CLERK), RecordId.of(id))).isInstanceOf(SigningReservedException.class);
        assertThat(w.documents.outgoing(id).orElseThrow()).isEqualTo(reserved);

        signer.release.countDown();
        OutgoingRecord issued = first.get(10, TimeUnit.SECONDS);
        assertThat(issued.state()).isEqualTo(OutgoingState.ISSUED);
        assertThat(issued.reservation()).isEmpty();
        assertThat(issued.version()).isEqualTo(before + 2);
        assertThat(signer.calls(SignatureRole.ORGANISATION)).isEqualTo(1);
        assertThat(w.transport.receive(SO_TU_PHAP)).hasSize(1);
        assertThat(w.audit.verify().intact()).isTrue();
    }

    @Test
    void approvalIsReservedAndOtherStepsWaitForIt() throws Exception {
        LatchedSigner signer = new LatchedSigner(SignatureRole.PERSON);
        OutgoingFlow flow = new OutgoingFlow(w.ctx, signer, List.of(), List.of());
        String id = awaitingApproval(flow, "Hai lãnh đạo cùng ký");

        Future<OutgoingRecord> chair = pool.submit(() -> flow.approveAndSign(as(CHAIR), RecordId.of(id),
                SigningCompetence.TM, "Chủ tịch", ""));
        assertThat(signer.signing.await(10, TimeUnit.SECONDS)).isTrue();
        OutgoingRecord reserved = w.documents.outgoing(id).orElseThrow();

        assertThatThrownBy(() -> flow.approveAndSign(as(VICE_CHAIR), RecordId.of(id), SigningCompetence.KT,
                "Phó Chủ tịch", "")).isInstanceOfSatisfying(SigningReservedException.class, e -> {
                    assertThat(e.holderId()).isEqualTo(CHAIR);
                    assertThat(e.violation().code()).isEqualTo("EDOC-FLW-045");
                    assertThat(e.violation().ruleId()).isEqualTo("R-OUT-1");
                });
        // sending it back while the chair signs would make the chair's signature worthless: refused too
        assertThatThrownBy(() -> flow.returnForRework(as(VICE_CHAIR), RecordId.of(id), "Sửa lại trích yếu"))
                .isInstanceOf(SigningReservedException.class);
        assertThat(signer.calls(SignatureRole.PERSON)).isEqualTo(1);
        assertThat(w.documents.outgoing(id).orElseThrow()).isEqualTo(reserved);

        signer.release.countDown();
        OutgoingRecord signed = chair.get(10, TimeUnit.SECONDS);
        assertThat(signed.state()).isEqualTo(OutgoingState.APPROVED_SIGNED);
        assertThat(signed.reservation()).isEmpty();
        // once the reservation is gone the others may act again
        assertThat(flow.register(as(CLERK), RecordId.of(id), "UBND", "TCKH").state())
                .isEqualTo(OutgoingState.REGISTERED);
    }

    @Test
    void theHolderMayStillActAndItsOwnSignatureIsThenRefusedAndReleased() throws Exception {
        LatchedSigner signer = new LatchedSigner(SignatureRole.PERSON);
        OutgoingFlow flow = new OutgoingFlow(w.ctx, signer, List.of(), List.of());
        String id = awaitingApproval(flow, "Trả lại khi đang ký");
        Future<OutgoingRecord> signing = pool.submit(() -> flow.approveAndSign(as(CHAIR), RecordId.of(id),
                SigningCompetence.TM, "Chủ tịch", ""));
        assertThat(signer.signing.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> flow.returnForRework(as(VICE_CHAIR), RecordId.of(id), "Sửa lại trích yếu"))
                .isInstanceOf(SigningReservedException.class);
        // the chair changes their mind while the token works and sends the draft back
        OutgoingRecord returned = flow.returnForRework(as(CHAIR), RecordId.of(id), "Sửa lại trích yếu");
        assertThat(returned.state()).isEqualTo(OutgoingState.RETURNED);
        signer.release.countDown();

        assertThatThrownBy(() -> signing.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isExactlyInstanceOf(ConcurrentChangeException.class);
        OutgoingRecord after = w.documents.outgoing(id).orElseThrow();
        assertThat(after.state()).isEqualTo(OutgoingState.RETURNED);
        assertThat(after.signedAt()).isEmpty();
        assertThat(after.reservation()).as("released after the refused commit").isEmpty();
        assertThat(after.version()).isEqualTo(returned.version() + 1);
        assertThat(signer.calls(SignatureRole.PERSON)).isEqualTo(1);
        assertThat(w.audit.verify().intact()).isTrue();
    }

    @Test
    void anExpiredReservationIsTakenOverAndTheLateCommitIsRefused() throws Exception {
        LatchedSigner signer = new LatchedSigner(SignatureRole.ORGANISATION);
        OutgoingFlow flow = new OutgoingFlow(w.ctx, signer, List.of(), List.of()).reservingFor(Duration.ofMinutes(2));
        String id = registered(flow, "Token bị rút ra");
        Future<OutgoingRecord> stuck = pool.submit(() -> flow.issue(as(CLERK), RecordId.of(id)));
        assertThat(signer.signing.await(10, TimeUnit.SECONDS)).isTrue();
        SigningReservation stale = w.documents.outgoing(id).orElseThrow().reservation().orElseThrow();
        assertThat(stale.expiresAt()).isEqualTo(w.clock.instant().plus(Duration.ofMinutes(2)));

        w.clock.set(stale.expiresAt().minusNanos(1000));
        assertThatThrownBy(() -> flow.issue(as(CLERK2), RecordId.of(id))).isInstanceOf(SigningReservedException.class);
        w.clock.set(stale.expiresAt());
        OutgoingRecord issued = flow.issue(as(CLERK2), RecordId.of(id));
        assertThat(issued.state()).isEqualTo(OutgoingState.ISSUED);
        assertThat(issued.reservation()).isEmpty();

        signer.release.countDown();
        assertThatThrownBy(() -> stuck.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isExactlyInstanceOf(ConcurrentChangeException.class);
        assertThat(w.documents.outgoing(id).orElseThrow()).as("the late holder's release touches nothing")
                .isEqualTo(issued);
        assertThat(w.transport.receive(SO_TU_PHAP)).hasSize(1);
        assertThat(w.audit.verify().intact()).isTrue();
    }

    @Test
    void aFailedSignatureReleasesTheReservation() {
        String id = registered(w.outgoing, "Token hỏng");
        OutgoingRecord before = w.documents.outgoing(id).orElseThrow();
        OutgoingFlow broken = new OutgoingFlow(w.ctx, (request, contents) -> {
            throw new IllegalStateException("token removed");
        }, List.of(), List.of());

        assertThatThrownBy(() -> broken.issue(as(CLERK), RecordId.of(id)))
                .isInstanceOfSatisfying(EdocRuleException.class, e ->
                        assertThat(e.getMessage()).contains("token removed"));

        OutgoingRecord after = w.documents.outgoing(id).orElseThrow();
        assertThat(after.reservation()).isEmpty();
        assertThat(after.version()).as("reserved, then released").isEqualTo(before.version() + 2);
        assertThat(after).usingRecursiveComparison().ignoringFields("version").isEqualTo(before);
        // nobody waits for the reservation to lapse: another clerk issues at once
        assertThat(w.outgoing.issue(as(CLERK2), RecordId.of(id)).state()).isEqualTo(OutgoingState.ISSUED);
    }

    @Test
    void theReservationTimeIsConfigurableAndPositive() {
        assertThat(w.outgoing.reservationTime()).isEqualTo(OutgoingFlow.DEFAULT_RESERVATION_TIME);
        assertThat(w.outgoing.reservingFor(Duration.ofSeconds(30)).reservationTime()).isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> w.outgoing.reservingFor(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.outgoing.reservingFor(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        Edoc edoc = Edoc.builder().stores(MemoryStores.create(directory)).transport(new LoopbackTransport(w.clock))
                .signer(w.signer).clock(w.clock).signingReservation(Duration.ofMinutes(1)).build();
        assertThat(edoc.outgoing().reservationTime()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aReservationIsAValidatedValue() {
        Instant t = Instant.parse("2026-03-02T01:00:00Z");
        assertThatThrownBy(() -> new SigningReservation(" ", Action.ISSUE, t, t.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SigningReservation(CLERK, Action.ISSUE, t, t))
                .isInstanceOf(IllegalArgumentException.class);
        SigningReservation r = new SigningReservation(CLERK, Action.ISSUE, t, t.plusSeconds(60));
        assertThat(r.liveAt(t.plusSeconds(59))).isTrue();
        assertThat(r.liveAt(t.plusSeconds(60))).isFalse();
        assertThat(r.heldBy(CLERK)).isTrue();
        assertThat(r.heldBy(CLERK2)).isFalse();
    }
}
