package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE_HEAD;
import static vn.edoc.org.OrgFixtures.SO_TU_PHAP;
import static vn.edoc.org.OrgFixtures.SPECIALIST;
import static vn.edoc.org.OrgFixtures.TUY_PHUOC;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.edoc.audit.AuditEntry;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.id.RecordId;
import vn.edoc.org.Account;
import vn.edoc.org.Directory;
import vn.edoc.org.OrgFixtures;
import vn.edoc.org.Person;
import vn.edoc.org.Position;
import vn.edoc.org.Role;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.DocumentSigner;
import vn.edoc.spi.SigningRequest;

/**
 * Two clerks issue the same record in any interleaving of "start issuing" (prepare, then the signer waits), "the
 * token answers" (sign and commit) and "the reservation lapses" (the clock passes its expiry): the record is issued
 * at most once and sent once, the signer is called exactly once per reservation taken (never without one), every
 * issue in the trail comes right after its own clerk's reservation, and no reservation is left behind.
 */
class SigningReservationProperties {

    private static final List<String> CLERKS = List.of(CLERK, "clerk2");
    private static final Duration HOLD = Duration.ofMinutes(5);

    enum Kind { START, SIGN, EXPIRE }

    record Op(Kind kind, int clerk) {
    }

    @Provide
    Arbitrary<List<Op>> interleavings() {
        Arbitrary<Op> op = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 1).map(c -> new Op(Kind.START, c)),
                Arbitraries.integers().between(0, 1).map(c -> new Op(Kind.SIGN, c)),
                Arbitraries.just(new Op(Kind.EXPIRE, 0)));
        return op.list().ofMinSize(1).ofMaxSize(10);
    }

    /** One clerk's desk: its own thread, and a token that answers only when told to. */
    private static final class Desk {
        final ExecutorService thread = Executors.newSingleThreadExecutor();
        final Semaphore entered = new Semaphore(0);
        final Semaphore answer = new Semaphore(0);
        Future<OutgoingRecord> issuing;
        boolean signing;
    }

    @Property(tries = 60)
    void atMostOneIssueAndNoSignatureWithoutReservation(@ForAll("interleavings") List<Op> script) throws Exception {
        FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));
        Directory directory = w.directory.toBuilder()
                .add(new Person("clerk2", "Trương Thị Hồng", "hongtt.tuyphuoc", TUY_PHUOC, OrgFixtures.OFFICE,
                        Set.of(Position.of(Role.CLERK))))
                .add(Account.active("hongtt.tuyphuoc", "clerk2", Set.of(Role.CLERK))).build();
        w.current.set(directory);
        List<Desk> desks = List.of(new Desk(), new Desk());
        List<Thread> threads = new ArrayList<>();
        for (Desk d : desks) {
            d.thread.submit(() -> threads.add(Thread.currentThread())).get();
        }
        FakeSigner made = new FakeSigner();
        DocumentSigner tokens = new DocumentSigner() {
            @Override
            public ContentRef sign(SigningRequest request, ContentStore contents) {
                ContentRef ref = made.sign(request, contents);
                int desk = threads.indexOf(Thread.currentThread());
                if (desk >= 0) {
                    desks.get(desk).entered.release();
                    try {
                        desks.get(desk).answer.tryAcquire(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return ref;
            }
        };
        OutgoingFlow flow = new OutgoingFlow(w.ctx, tokens, List.of(), List.of()).reservingFor(HOLD);
        String id = registered(w, flow, directory);
        int issued = 0;
        try {
            for (Op op : script) {
                Desk d = desks.get(op.clerk());
                switch (op.kind()) {
                    case START -> {
                        if (d.issuing == null || d.issuing.isDone()) {
                            issued += settle(d);
                            Actor clerk = as(directory, CLERKS.get(op.clerk()));
                            d.issuing = d.thread.submit(() -> flow.issue(clerk, RecordId.of(id)));
                            d.signing = reachedSigner(d);
                        }
                    }
                    case SIGN -> {
                        if (d.signing) {
                            d.answer.release();
                            d.signing = false;
                            issued += settle(d);
                        }
                    }
                    case EXPIRE -> w.clock.set(w.clock.instant().plus(HOLD));
                }
            }
            for (Desk d : desks) {
                if (d.signing) {
                    d.answer.release();
                    d.signing = false;
                }
                issued += settle(d);
            }
        } finally {
            desks.forEach(d -> d.thread.shutdownNow());
        }

        OutgoingRecord last = w.documents.outgoing(id).orElseThrow();
        assertThat(issued).as("issued at most once").isLessThanOrEqualTo(1);
        assertThat(last.state() == OutgoingState.ISSUED).isEqualTo(issued == 1);
        assertThat(last.reservation()).as("no reservation left behind").isEmpty();
        assertThat(w.transport.receive(SO_TU_PHAP)).hasSize(issued);
        List<AuditEntry> trail = new ArrayList<>();
        w.audit.scan(TUY_PHUOC, e -> {
            if (e.objectId().equals(id)) {
                trail.add(e);
            }
        });
        // the issue's reservations; the approval's went with the person's signature, made before the desks start
        long reservations = trail.stream().filter(e -> e.action().equals("outgoing.reserve")
                && e.comment().startsWith(Action.ISSUE.name())).count();
        long signatures = made.requests.stream().filter(r -> r.role() == vn.edoc.spi.SignatureRole.ORGANISATION)
                .count();
        assertThat(signatures).as("one signature per reservation, none without").isEqualTo(reservations);
        for (int i = 0; i < trail.size(); i++) {
            if (trail.get(i).action().equals("outgoing.issue")) {
                AuditEntry before = trail.get(i - 1);
                assertThat(before.action()).isEqualTo("outgoing.reserve");
                assertThat(before.actor()).isEqualTo(trail.get(i).actor());
            }
        }
        assertThat(w.audit.verify().intact()).isTrue();
    }

    /** Waits until the desk's issue reached its token or ended (refused at prepare, or done). */
    private static boolean reachedSigner(Desk d) throws InterruptedException {
        while (true) {
            if (d.entered.tryAcquire(5, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (d.issuing.isDone()) {
                return d.entered.tryAcquire();
            }
        }
    }

    /** 1 when the desk's last issue succeeded, 0 when it was refused or there was none; the desk is then idle. */
    private static int settle(Desk d) throws InterruptedException, TimeoutException {
        if (d.issuing == null) {
            return 0;
        }
        Future<OutgoingRecord> f = d.issuing;
        d.issuing = null;
        try {
            return f.get(10, TimeUnit.SECONDS).state() == OutgoingState.ISSUED ? 1 : 0;
        } catch (ExecutionException refused) {
            assertThat(refused.getCause()).isInstanceOfAny(vn.edoc.spi.ConcurrentChangeException.class,
                    vn.edoc.validation.EdocRuleException.class);
            return 0;
        }
    }

    private static Actor as(Directory directory, String personId) {
        return Actor.loggedIn(directory, directory.person(personId).orElseThrow().accountName());
    }

    private static String registered(FlowWorld w, OutgoingFlow flow, Directory directory) {
        OutgoingRecord d = flow.draft(as(directory, SPECIALIST), FlowWorld.replyDraft("Hai bàn",
                Recipient.of("Sở Tư pháp tỉnh Bình Định", SO_TU_PHAP)), DraftOptions.none());
        flow.submit(as(directory, SPECIALIST), RecordId.of(d.id()));
        flow.review(as(directory, FINANCE_HEAD), RecordId.of(d.id()), "");
        // the approval's person signature is made on the test thread: it never waits
        flow.approveAndSign(as(directory, CHAIR), RecordId.of(d.id()), SigningCompetence.TM, "Chủ tịch", "");
        flow.register(as(directory, CLERK), RecordId.of(d.id()), "UBND", "TCKH");
        return d.id();
    }
}
