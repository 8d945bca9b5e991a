package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edoc.org.OrgFixtures.ADMIN;
import static vn.edoc.org.OrgFixtures.CLERK;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edoc.audit.AuditEntry;
import vn.edoc.event.DomainEvent;
import vn.edoc.event.EventPublisher;
import vn.edoc.org.AccountStatus;
import vn.edoc.org.Directory;
import vn.edoc.org.OrgFixtures;
import vn.edoc.store.memory.MemoryStores;
import vn.edoc.validation.EdocRuleException;

/** Account administration is carried out, audited in the chain and told after commit; a refusal writes nothing. */
class AccountServiceTest {

    private final MemoryStores stores = MemoryStores.create();
    private final EventPublisher events = new EventPublisher();
    private final List<DomainEvent> seen = new ArrayList<>();
    private final AccountService accounts = new AccountService(stores.transactions(), stores.directory(),
            stores.audit(), events, Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC));

    AccountServiceTest() {
        events.subscribe(seen::add);
        stores.transactions().inTransaction(uow -> {
            stores.directory().replace(uow, OrgFixtures.directory());
            return null;
        });
    }

    private Actor as(String personId) {
        Directory d = stores.directory().current();
        return Actor.loggedIn(d, d.person(personId).orElseThrow().accountName());
    }

    private String accountOf(String personId) {
        return stores.directory().current().person(personId).orElseThrow().accountName();
    }

    private List<AuditEntry> trail() {
        List<AuditEntry> all = new ArrayList<>();
        stores.audit().scan(all::add);
        return all;
    }

    @Test
    void lockIsAppliedAuditedAndPublished() {
        String clerk = accountOf(CLERK);

        accounts.lock(as(ADMIN), clerk);

        assertThat(stores.directory().current().account(clerk).orElseThrow().status())
                .isEqualTo(AccountStatus.LOCKED);
        assertThat(trail()).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(accountOf(ADMIN));
            assertThat(e.action()).isEqualTo("account.lock");
            assertThat(e.objectType()).isEqualTo(AccountService.OBJECT_TYPE);
            assertThat(e.objectId()).isEqualTo(clerk);
            assertThat(e.beforeDigest()).isNotNull().isNotEqualTo(e.afterDigest());
        });
        assertThat(stores.audit().verify().intact()).isTrue();
        assertThat(seen).singleElement().isInstanceOf(DomainEvent.AccountLocked.class)
                .extracting(DomainEvent::objectId).isEqualTo(clerk);
    }

    @Test
    void lockedAdministratorWithAnOldActorIsRefused() {
        Actor oldAdmin = as(ADMIN);
        accounts.lock(oldAdmin, accountOf(ADMIN));
        int entries = trail().size();
        Directory before = stores.directory().current();

        assertThatThrownBy(() -> accounts.lock(oldAdmin, accountOf(CLERK)))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result().has(RoutingViolation.ACCOUNT_LOCKED))
                        .isTrue());
        assertThat(stores.directory().current()).isEqualTo(before);
        assertThat(trail()).hasSize(entries);
    }

    @Test
    void refusedActionWritesNothing() {
        Directory before = stores.directory().current();

        assertThatThrownBy(() -> accounts.lock(as(CLERK), accountOf(ADMIN)))
                .isInstanceOf(EdocRuleException.class)
                .satisfies(e -> assertThat(((EdocRuleException) e).result()
                        .has(RoutingViolation.ROLE_NOT_PERMITTED)).isTrue());
        // refused by the administration rules themselves: an active account cannot be unlocked
        assertThatThrownBy(() -> accounts.unlock(as(ADMIN), accountOf(CLERK)))
                .isInstanceOf(EdocRuleException.class);

        assertThat(stores.directory().current()).isEqualTo(before);
        assertThat(trail()).isEmpty();
        assertThat(seen).isEmpty();
    }

    @Test
    void flowsReadTheStoreThroughTheSupplier() {
        Actor oldClerk = as(CLERK);
        accounts.revoke(as(ADMIN), accountOf(CLERK));

        assertThat(oldClerk.rebind(stores.directory().current()).account().status())
                .isEqualTo(AccountStatus.REVOKED);
        assertThat(Permissions.check(oldClerk.rebind(stores.directory().current()), Action.REGISTER_INCOMING,
                Scope.organisation(OrgFixtures.TUY_PHUOC)).has(RoutingViolation.ACCOUNT_REVOKED)).isTrue();
        assertThat(trail()).extracting(AuditEntry::action).containsExactly("account.revoke");
        assertThat(seen).singleElement().isInstanceOf(DomainEvent.AccountRevoked.class);
    }
}
