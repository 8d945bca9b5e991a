package vn.edoc.routing;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import vn.edoc.audit.AuditEvent;
import vn.edoc.audit.Canonical;
import vn.edoc.event.DomainEvent;
import vn.edoc.event.EventPublisher;
import vn.edoc.id.PersonId;
import vn.edoc.org.Account;
import vn.edoc.org.AccountAdministration;
import vn.edoc.org.AdminAction;
import vn.edoc.org.Directory;
import vn.edoc.org.Role;
import vn.edoc.spi.AuditLog;
import vn.edoc.spi.DirectoryStore;
import vn.edoc.spi.Transactions;

/**
 * Account administration carried out and audited (quản trị tài khoản, R-ACC-2: "creating, changing and revoking
 * accounts and roles are administrator actions, audited"). Each call is one unit of work: the administrator is read
 * from the directory as it is now ({@link Actor#rebind}) and checked against the permission table
 * ({@link Action#ADMINISTER_ACCOUNTS}); the pure {@link AccountAdministration} computes the change; the new directory
 * replaces the current one in the {@link DirectoryStore}; one audit entry per {@link AdminAction} (the administrator,
 * {@code account.<kind>}, the account name, digests of the account before and after) joins the chain. The account
 * events ({@link DomainEvent#of(AdminAction)}) are published after commit. A refused action writes nothing.
 *
 * <p>It lives in {@code vn.edoc.routing}, next to the other services over the storage SPI, because
 * {@code vn.edoc.org} holds the pure organisation model only.
 */
public final class AccountService {

    /** The audit object type of an account. */
    public static final String OBJECT_TYPE = "account";

    private final Transactions transactions;
    private final DirectoryStore directory;
    private final AuditLog audit;
    private final EventPublisher events;
    private final Clock clock;

    /** A service over one adapter's units of work, directory store and audit log. */
    public AccountService(Transactions transactions, DirectoryStore directory, AuditLog audit, EventPublisher events,
                          Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Creates an account for {@code personId} with {@code roles} (tạo tài khoản). */
    public AccountAdministration.Outcome createAccount(Actor admin, PersonId personId, Set<Role> roles) {
        return apply(admin, (a, d) -> a.createAccount(d, name(admin), String.valueOf(personId), roles));
    }

    /** Creates accounts for several people at once, all or nothing. */
    public AccountAdministration.Outcome createAccounts(Actor admin, List<AccountAdministration.NewAccount> requests) {
        return apply(admin, (a, d) -> a.createAccounts(d, name(admin), requests));
    }

    /** Replaces the roles of {@code accountName} (phân quyền). */
    public AccountAdministration.Outcome changeRoles(Actor admin, String accountName, Set<Role> roles) {
        return apply(admin, (a, d) -> a.changeRoles(d, name(admin), accountName, roles));
    }

    /** Locks {@code accountName} (khóa tài khoản, báo mất). */
    public AccountAdministration.Outcome lock(Actor admin, String accountName) {
        return apply(admin, (a, d) -> a.lock(d, name(admin), accountName));
    }

    /** Unlocks {@code accountName}. */
    public AccountAdministration.Outcome unlock(Actor admin, String accountName) {
        return apply(admin, (a, d) -> a.unlock(d, name(admin), accountName));
    }

    /** Revokes {@code accountName} for good (thu hồi tài khoản). */
    public AccountAdministration.Outcome revoke(Actor admin, String accountName) {
        return apply(admin, (a, d) -> a.revoke(d, name(admin), accountName));
    }

    private AccountAdministration.Outcome apply(Actor caller,
            BiFunction<AccountAdministration, Directory, AccountAdministration.Outcome> change) {
        if (caller == null) {
            Permissions.require(null, Action.ADMINISTER_ACCOUNTS, null);
        }
        return transactions.inTransaction(uow -> {
            Directory now = directory.current(uow);
            Actor admin = caller.rebind(now);
            Permissions.require(admin, Action.ADMINISTER_ACCOUNTS, Scope.organisation(admin.person().organisation()));
            AccountAdministration.Outcome outcome = change.apply(new AccountAdministration(clock), now);
            directory.replace(uow, outcome.directory());
            for (AdminAction a : outcome.actions()) {
                String action = "account." + a.kind().name().toLowerCase(Locale.ROOT);
                audit.append(uow, admin.person().organisation(), new AuditEvent(a.actorAccount(), action,
                        a.at().truncatedTo(ChronoUnit.MICROS), OBJECT_TYPE, a.target(),
                        a.beforeState().map(AccountService::digest).orElse(null), digest(a.after()),
                        a.kind() + " " + a.target(), Set.of()));
                DomainEvent event = DomainEvent.of(a);
                uow.afterCommit(() -> events.publish(event));
            }
            return outcome;
        });
    }

    private static String name(Actor admin) {
        return admin.account().name();
    }

    /** The SHA-256 digest of an account's state ({@link Canonical}, label {@code "edoc.account/1"}). */
    static String digest(Account account) {
        return Canonical.of("edoc.account/1").text(account.name()).text(account.personId())
                .text(account.status().name()).texts(account.roles().stream().map(Role::name).sorted().toList())
                .sha256Hex();
    }
}
