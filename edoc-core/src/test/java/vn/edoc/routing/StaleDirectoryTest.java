package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.ADMIN;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE;
import static vn.edoc.org.OrgFixtures.FINANCE_CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE_HEAD;
import static vn.edoc.org.OrgFixtures.SPECIALIST;
import static vn.edoc.org.OrgFixtures.TUY_PHUOC;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edoc.id.PersonId;
import vn.edoc.id.RecordId;
import vn.edoc.id.UnitId;
import vn.edoc.org.AccountAdministration;
import vn.edoc.org.Directory;
import vn.edoc.org.Role;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;

/**
 * Every flow checks the acting person against the directory as it is now, not against the snapshot inside the
 * {@link Actor} (R-ACC-1, R-ACC-2): a lock published after the actor was built counts, a forged snapshot grants
 * nothing, and a refused action changes nothing.
 */
class StaleDirectoryTest {

    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));

    private void lock(String personId) {
        Directory now = w.current.get();
        String admin = now.person(ADMIN).orElseThrow().accountName();
        String target = now.person(personId).orElseThrow().accountName();
        w.current.set(new AccountAdministration(w.clock).lock(now, admin, target).directory());
    }

    private static ValidationResult refusal(Runnable action) {
        try {
            action.run();
        } catch (EdocRuleException e) {
            return e.result();
        }
        throw new AssertionError("the action was not refused");
    }

    @Test
    void lockedClerkWithAnOldActorCannotRegister() {
        IncomingRecord r = w.incoming.receive(w.newFromJustice("r-1", "Khóa", List.of())).get(0);
        Actor old = w.as(CLERK);
        int auditBefore = w.auditAll().size();
        lock(CLERK);

        ValidationResult refused = refusal(() -> w.incoming.register(old, RecordId.of(r.id()), ReceiptCheck.passed(2)));

        assertThat(refused.has(RoutingViolation.ACCOUNT_LOCKED)).isTrue();
        assertThat(w.documents.incoming(r.id())).contains(r);
        assertThat(w.auditAll()).hasSize(auditBefore);
    }

    @Test
    void lockedSpecialistWithAnOldActorCannotDraft() {
        Actor old = w.as(SPECIALIST);
        lock(SPECIALIST);

        ValidationResult refused = refusal(() -> w.outgoing.draft(old, FlowWorld.replyDraft("Báo cáo"),
                DraftOptions.none()));

        assertThat(refused.has(RoutingViolation.ACCOUNT_LOCKED)).isTrue();
        assertThat(w.documents.outgoingOf(TUY_PHUOC)).isEmpty();
        assertThat(w.auditAll()).isEmpty();
    }

    @Test
    void lockedHeadWithAnOldActorCannotOpenAWorkFile() {
        IncomingRecord r = w.incoming.receive(w.newFromJustice("r-2", "Hồ sơ", List.of())).get(0);
        w.incoming.register(w.as(CLERK), RecordId.of(r.id()), ReceiptCheck.passed(2));
        w.incoming.assign(w.as(CHAIR), RecordId.of(r.id()), "TCKH", List.of(AssignmentOrder.lead(FINANCE,
                Instant.parse("2026-03-09T10:00:00Z"))));
        Actor old = w.as(FINANCE_HEAD);
        int auditBefore = w.auditAll().size();
        lock(FINANCE_HEAD);

        ValidationResult refused = refusal(() -> w.workFiles.open(old, RecordId.of(r.id()), "Hồ sơ rà soát"));

        assertThat(refused.has(RoutingViolation.ACCOUNT_LOCKED)).isTrue();
        assertThat(w.files.filesOf(TUY_PHUOC)).isEmpty();
        assertThat(w.auditAll()).hasSize(auditBefore);
    }

    @Test
    void forgedSnapshotGrantsNoRole() {
        IncomingRecord r = w.incoming.receive(w.newFromJustice("r-3", "Giả mạo", List.of())).get(0);
        w.incoming.register(w.as(CLERK), RecordId.of(r.id()), ReceiptCheck.passed(2));
        Directory real = w.current.get();
        String name = real.person(SPECIALIST).orElseThrow().accountName();
        // anyone can run the pure administration functions on a copy and name themselves leader
        Directory forged = new AccountAdministration(w.clock).changeRoles(real,
                real.person(ADMIN).orElseThrow().accountName(), name, Set.of(Role.LEADER)).directory();
        Actor forger = Actor.loggedIn(forged, name);
        IncomingRecord before = w.documents.incoming(r.id()).orElseThrow();

        ValidationResult refused = refusal(() -> w.incoming.assign(forger, RecordId.of(r.id()), "TCKH",
                List.of(AssignmentOrder.lead(FINANCE, Instant.parse("2026-03-09T10:00:00Z")))));

        assertThat(refused.has(RoutingViolation.ROLE_NOT_PERMITTED)).isTrue();
        assertThat(w.documents.incoming(r.id())).contains(before);
    }

    @Test
    void specialistLockedSinceTheHeadsSnapshotIsNotGivenWork() {
        IncomingRecord r = w.incoming.receive(w.newFromJustice("r-4", "Giao việc", List.of())).get(0);
        w.incoming.register(w.as(CLERK), RecordId.of(r.id()), ReceiptCheck.passed(2));
        w.incoming.assign(w.as(CHAIR), RecordId.of(r.id()), "TCKH", List.of(AssignmentOrder.lead(FINANCE,
                Instant.parse("2026-03-09T10:00:00Z"))));
        w.incoming.receiveAtUnit(w.as(FINANCE_CLERK), RecordId.of(r.id()), UnitId.of(FINANCE));
        w.incoming.forwardToHead(w.as(FINANCE_CLERK), RecordId.of(r.id()), UnitId.of(FINANCE));
        Actor head = w.as(FINANCE_HEAD);
        lock(SPECIALIST);
        IncomingRecord before = w.documents.incoming(r.id()).orElseThrow();

        ValidationResult refused = refusal(() -> w.incoming.assignSpecialist(head, RecordId.of(r.id()), UnitId.of(FINANCE), PersonId.of(SPECIALIST), ""));

        assertThat(refused.has(FlowViolation.NOT_IN_UNIT)).isTrue();
        assertThat(w.documents.incoming(r.id())).contains(before);
    }

    @Test
    void workQueueOverTheSupplierRemindsNobodyLocked() {
        w.incoming.receive(w.newFromJustice("r-5", "Nhắc", List.of()));
        WorkQueue queue = new WorkQueue(w.documents, w.current::get, List.of());
        Instant check = Instant.parse("2026-03-02T06:30:00Z");
        queue.remind(TUY_PHUOC, check, java.time.Duration.ofHours(2), w.events,
                (p, s, m) -> w.notices.add(p + "|" + s));
        assertThat(w.notices).anyMatch(n -> n.startsWith(CLERK + "|"));
        w.notices.clear();
        lock(CLERK);

        queue.remind(TUY_PHUOC, check, java.time.Duration.ofHours(2), w.events,
                (p, s, m) -> w.notices.add(p + "|" + s));

        assertThat(w.notices).noneMatch(n -> n.startsWith(CLERK + "|"));
    }
}
