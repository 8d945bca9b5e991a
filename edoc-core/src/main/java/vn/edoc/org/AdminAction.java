package vn.edoc.org;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One administrator action on an account (thao tác quản trị tài khoản), as recorded for the audit trail (R-ACC-2:
 * "creating, changing and revoking accounts and roles are administrator actions, audited").
 *
 * @param at            when it was done
 * @param actorAccount  the administrator's account name
 * @param actorPersonId the administrator's person id
 * @param kind          what was done
 * @param target        the account name acted on
 * @param before        the account before ({@code null} when it was created)
 * @param after         the account after
 */
public record AdminAction(Instant at, String actorAccount, String actorPersonId, Kind kind, String target,
                          Account before, Account after) {

    /** What an administrator did. */
    public enum Kind {
        /** Tạo tài khoản. */
        CREATE,
        /** Thay đổi vai trò (phân quyền). */
        CHANGE_ROLES,
        /** Khóa tài khoản (báo mất). */
        LOCK,
        /** Mở khóa tài khoản. */
        UNLOCK,
        /** Thu hồi tài khoản. */
        REVOKE
    }

    /** Refuses missing fields. */
    public AdminAction {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorAccount, "actorAccount");
        Objects.requireNonNull(actorPersonId, "actorPersonId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(after, "after");
    }

    /** The account before, absent for a creation. */
    public Optional<Account> beforeState() {
        return Optional.ofNullable(before);
    }
}
