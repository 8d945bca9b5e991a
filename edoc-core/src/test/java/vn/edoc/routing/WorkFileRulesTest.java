package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edoc.org.OrgFixtures.ADMIN;
import static vn.edoc.org.OrgFixtures.CHAIR;
import static vn.edoc.org.OrgFixtures.CLERK;
import static vn.edoc.org.OrgFixtures.FINANCE;
import static vn.edoc.org.OrgFixtures.FINANCE_HEAD;
import static vn.edoc.org.OrgFixtures.JUSTICE;
import static vn.edoc.org.OrgFixtures.TUY_PHUOC;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.file.WorkFile;
import vn.edoc.id.RecordId;
import vn.edoc.id.WorkFileId;
import vn.edoc.org.AccountAdministration;
import vn.edoc.org.Directory;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;

/**
 * Work files under the shared permission table (R-FILE-1, R-ACC-2): account state is reported as such, the roles come
 * from {@link Action}, one open file per incoming document, and only documents within the keeper's reach go in.
 */
class WorkFileRulesTest {

    private final FlowWorld w = new FlowWorld(Instant.parse("2026-03-02T01:00:00Z"));

    private IncomingRecord assignedTo(String ref, String unit) {
        IncomingRecord r = w.incoming.receive(w.newFromJustice(ref, "Hồ sơ " + ref, List.of())).get(0);
        w.incoming.register(w.as(CLERK), RecordId.of(r.id()), ReceiptCheck.passed(2));
        return w.incoming.assign(w.as(CHAIR), RecordId.of(r.id()), "Giao", List.of(AssignmentOrder.lead(unit,
                Instant.parse("2026-03-09T10:00:00Z"))));
    }

    private Actor current(String personId) {
        Directory d = w.current.get();
        return Actor.loggedIn(d, d.person(personId).orElseThrow().accountName());
    }

    private void administer(boolean revoke, String personId) {
        Directory d = w.current.get();
        String admin = d.person(ADMIN).orElseThrow().accountName();
        String target = d.person(personId).orElseThrow().accountName();
        AccountAdministration a = new AccountAdministration(w.clock);
        w.current.set((revoke ? a.revoke(d, admin, target) : a.lock(d, admin, target)).directory());
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
    void lockedAccountIsRefusedAsLockedEvenWithAFreshActor() {
        IncomingRecord r = assignedTo("f-1", FINANCE);
        WorkFile f = w.workFiles.open(w.as(FINANCE_HEAD), RecordId.of(r.id()), "Hồ sơ");
        administer(false, FINANCE_HEAD);

        ValidationResult add = refusal(() -> w.workFiles.add(current(FINANCE_HEAD), WorkFileId.of(f.id()), RecordId.of(r.id())));
        ValidationResult close = refusal(() -> w.workFiles.close(current(FINANCE_HEAD), WorkFileId.of(f.id())));

        assertThat(add.has(RoutingViolation.ACCOUNT_LOCKED)).isTrue();
        assertThat(add.has(RoutingViolation.UNKNOWN_ACCOUNT)).isFalse();
        assertThat(close.has(RoutingViolation.ACCOUNT_LOCKED)).isTrue();
        assertThat(w.files.find(f.id())).contains(f);
    }

    @Test
    void revokedAccountIsRefusedAsRevoked() {
        IncomingRecord r = assignedTo("f-2", FINANCE);
        WorkFile f = w.workFiles.open(w.as(FINANCE_HEAD), RecordId.of(r.id()), "Hồ sơ");
        Actor old = w.as(FINANCE_HEAD);
        administer(true, FINANCE_HEAD);

        ValidationResult close = refusal(() -> w.workFiles.close(old, WorkFileId.of(f.id())));

        assertThat(close.has(RoutingViolation.ACCOUNT_REVOKED)).isTrue();
        assertThat(w.files.find(f.id()).orElseThrow().open()).isTrue();
        assertThat(w.auditOf(f.id())).extracting(e -> e.action()).containsExactly("workfile.open");
    }

    @Test
    void rolesComeFromThePermissionTable() {
        IncomingRecord r = assignedTo("f-3", FINANCE);

        ValidationResult refused = refusal(() -> w.workFiles.open(w.as(CLERK), RecordId.of(r.id()), "Hồ sơ"));

        assertThat(refused.has(RoutingViolation.ROLE_NOT_PERMITTED)).isTrue();
        assertThat(w.files.filesOf(TUY_PHUOC)).isEmpty();
    }

    @Test
    void oneIncomingDocumentStartsOneOpenFile() {
        IncomingRecord r = assignedTo("f-4", FINANCE);
        WorkFile first = w.workFiles.open(w.as(FINANCE_HEAD), RecordId.of(r.id()), "Hồ sơ");

        ValidationResult second = refusal(() -> w.workFiles.open(w.as(FINANCE_HEAD), RecordId.of(r.id()), "Hồ sơ khác"));

        assertThat(second.has(FlowViolation.WORK_FILE_EXISTS)).isTrue();
        assertThat(w.files.filesOf(TUY_PHUOC)).containsExactly(first);
        // once that file is closed the matter may be taken up again
        w.workFiles.close(w.as(FINANCE_HEAD), WorkFileId.of(first.id()));
        assertThat(w.workFiles.open(w.as(FINANCE_HEAD), RecordId.of(r.id()), "Hồ sơ tiếp").documentIds())
                .containsExactly(r.id());
    }

    @Test
    void recordsOfAnotherUnitStayOut() {
        IncomingRecord mine = assignedTo("f-5", FINANCE);
        IncomingRecord theirs = assignedTo("f-6", JUSTICE);
        IncomingRecord alsoMine = assignedTo("f-7", FINANCE);
        WorkFile f = w.workFiles.open(w.as(FINANCE_HEAD), RecordId.of(mine.id()), "Hồ sơ");

        ValidationResult refused = refusal(() -> w.workFiles.add(w.as(FINANCE_HEAD), WorkFileId.of(f.id()), RecordId.of(theirs.id())));

        assertThat(refused.has(FlowViolation.RECORD_OUT_OF_REACH)).isTrue();
        assertThat(w.files.find(f.id())).contains(f);
        assertThat(w.workFiles.add(w.as(FINANCE_HEAD), WorkFileId.of(f.id()), RecordId.of(alsoMine.id())).documentIds())
                .containsExactly(mine.id(), alsoMine.id());
    }
}
