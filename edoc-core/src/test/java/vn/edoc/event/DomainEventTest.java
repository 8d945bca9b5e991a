package vn.edoc.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.document.Direction;
import vn.edoc.event.DomainEvent.AccountRevoked;
import vn.edoc.event.DomainEvent.DeadlineApproaching;
import vn.edoc.event.DomainEvent.DocumentAssigned;
import vn.edoc.event.DomainEvent.DocumentIssued;
import vn.edoc.event.DomainEvent.DocumentRecalled;
import vn.edoc.event.DomainEvent.DocumentRefused;
import vn.edoc.event.DomainEvent.DocumentRegistered;
import vn.edoc.event.DomainEvent.ExtensionDecided;
import vn.edoc.event.DomainEvent.Overdue;
import vn.edoc.event.DomainEvent.StateChanged;
import vn.edoc.event.DomainEvent.TaskReported;
import vn.edoc.event.DomainEvent.TaskResultDecided;
import vn.edoc.org.Account;
import vn.edoc.org.AccountStatus;
import vn.edoc.org.AdminAction;
import vn.edoc.org.Role;
import vn.edoc.routing.AssignmentKind;

class DomainEventTest {

    private static final Instant AT = Instant.parse("2026-03-02T01:30:00Z");

    @Test
    void everyEventCarriesWhenWhoAndWhat() {
        List<DomainEvent> events = List.of(
                new DocumentRegistered(AT, "clerk", "doc-1", Direction.INCOMING, 12),
                new DocumentRefused(AT, "clerk", "doc-2", "Thiếu trang 3"),
                new DocumentAssigned(AT, "chair", "doc-1", "tp-tckh", AssignmentKind.LEAD, AT.plusSeconds(86_400)),
                new DocumentIssued(AT, "clerk", "doc-3", List.of("000.00.05.H08")),
                new DocumentRecalled(AT, "clerk", "doc-3", "Sai số liệu"),
                new DomainEvent.RecallNoticeReceived(AT, DomainEvent.SYSTEM, "in-3", "000.00.00.H37", "Sai số liệu"),
                new DomainEvent.MessageQuarantined(AT, DomainEvent.SYSTEM, "cl-1", "000.00.00.H37", "EDOC-FLW-011"),
                new StateChanged(AT, "chair", "doc-1", "IncomingState", "PROPOSED", "ASSIGNED", "R-IN-5"),
                new DeadlineApproaching(AT, DomainEvent.SYSTEM, "doc-1", "specialist", AT.plusSeconds(3_600)),
                new Overdue(AT, DomainEvent.SYSTEM, "task-1", "specialist", AT.minusSeconds(60)),
                new TaskReported(AT, "specialist", "task-1", AT),
                new TaskResultDecided(AT, "monitor", "task-1", false),
                new ExtensionDecided(AT, "monitor", "ext-1", true, AT.plusSeconds(864_000)),
                new DomainEvent.AccountLocked(AT, "admin", "lanpt.tuyphuoc"),
                new AccountRevoked(AT, "admin", "lanpt.tuyphuoc"),
                new DomainEvent.AccountChanged(AT, "admin", "honglt.tuyphuoc", AdminAction.Kind.CREATE));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.occurredAt()).isEqualTo(AT);
            assertThat(e.actor()).isNotBlank();
            assertThat(e.objectId()).isNotBlank();
        });
        assertThat(DomainEvent.class.getPermittedSubclasses()).hasSize(events.size());
    }

    @Test
    void missingValuesAreRefused() {
        assertThatThrownBy(() -> new DocumentRegistered(null, "clerk", "doc", Direction.INCOMING, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("occurredAt");
        assertThatThrownBy(() -> new DocumentRegistered(AT, " ", "doc", Direction.INCOMING, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actor");
        assertThatThrownBy(() -> new DocumentRegistered(AT, "clerk", "doc", Direction.INCOMING, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentRefused(AT, "clerk", "doc", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> new DocumentAssigned(AT, "chair", "doc", "u", null, AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> new ExtensionDecided(AT, "monitor", "ext", true, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExtensionDecided(AT, "monitor", "ext", false, AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Overdue(AT, "system", "", "p", AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("objectId");
    }

    @Test
    void recipientsAreCopied() {
        List<String> recipients = new ArrayList<>(List.of("a"));
        DocumentIssued issued = new DocumentIssued(AT, "clerk", "doc", recipients);
        recipients.add("b");
        assertThat(issued.recipients()).containsExactly("a");
    }

    @Test
    void administratorActionsBecomeAccountEvents() {
        Account active = Account.active("lanpt.tuyphuoc", "clerk", java.util.Set.of(Role.CLERK));
        Account locked = new Account("lanpt.tuyphuoc", "clerk", AccountStatus.LOCKED, java.util.Set.of(Role.CLERK));
        Account revoked = new Account("lanpt.tuyphuoc", "clerk", AccountStatus.REVOKED, java.util.Set.of(Role.CLERK));
        DomainEvent lock = DomainEvent.of(new AdminAction(AT, "tuanvm.tuyphuoc", "admin", AdminAction.Kind.LOCK,
                "lanpt.tuyphuoc", active, locked));
        assertThat(lock).isEqualTo(new DomainEvent.AccountLocked(AT, "admin", "lanpt.tuyphuoc"));
        assertThat(DomainEvent.of(new AdminAction(AT, "tuanvm.tuyphuoc", "admin", AdminAction.Kind.REVOKE,
                "lanpt.tuyphuoc", locked, revoked))).isInstanceOf(AccountRevoked.class);
        assertThat(DomainEvent.of(new AdminAction(AT, "tuanvm.tuyphuoc", "admin", AdminAction.Kind.UNLOCK,
                "lanpt.tuyphuoc", locked, active))).isEqualTo(new DomainEvent.AccountChanged(AT, "admin",
                "lanpt.tuyphuoc", AdminAction.Kind.UNLOCK));
        assertThatThrownBy(() -> DomainEvent.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
