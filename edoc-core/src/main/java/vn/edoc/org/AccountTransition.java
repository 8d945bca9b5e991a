package vn.edoc.org;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.edoc.validation.IllegalTransitionException;

/**
 * Every legal change of an account's status (chuyển trạng thái tài khoản), R-ACC-2 (TP Đ4.1, SL Đ9.4, LS
 * Đ22.2a); anything else is refused with {@link IllegalTransitionException}. See {@link AccountStatus} for the
 * diagram.
 */
public enum AccountTransition {
    /** The account is reported lost or compromised and locked. */
    ACTIVE_TO_LOCKED(AccountStatus.ACTIVE, AccountStatus.LOCKED),
    /** The account is given back (new credentials issued) and unlocked. */
    LOCKED_TO_ACTIVE(AccountStatus.LOCKED, AccountStatus.ACTIVE),
    /** The account is revoked (the person left or changed organisation). */
    ACTIVE_TO_REVOKED(AccountStatus.ACTIVE, AccountStatus.REVOKED),
    /** A locked account is revoked. */
    LOCKED_TO_REVOKED(AccountStatus.LOCKED, AccountStatus.REVOKED);

    private static final Map<AccountStatus, Map<AccountStatus, AccountTransition>> TABLE = new EnumMap<>(
            AccountStatus.class);

    static {
        for (AccountTransition t : values()) {
            TABLE.computeIfAbsent(t.from, k -> new EnumMap<>(AccountStatus.class)).put(t.to, t);
        }
    }

    private final AccountStatus from;
    private final AccountStatus to;

    AccountTransition(AccountStatus from, AccountStatus to) {
        this.from = from;
        this.to = to;
    }

    /** The status left. */
    public AccountStatus from() {
        return from;
    }

    /** The status reached. */
    public AccountStatus to() {
        return to;
    }

    /** The rule that governs every account transition. */
    public String ruleId() {
        return OrgViolation.ACCOUNT_TRANSITION.ruleId();
    }

    /** The transition from {@code from} to {@code to}, if the table lists it. */
    public static Optional<AccountTransition> find(AccountStatus from, AccountStatus to) {
        Map<AccountStatus, AccountTransition> row = from == null ? null : TABLE.get(from);
        return row == null || to == null ? Optional.empty() : Optional.ofNullable(row.get(to));
    }

    /**
     * The transition from {@code from} to {@code to}.
     *
     * @throws IllegalTransitionException when the table does not list it (R-ACC-2)
     */
    public static AccountTransition transitionBetween(AccountStatus from, AccountStatus to) {
        return find(from, to).orElseThrow(() -> new IllegalTransitionException("AccountStatus", from, to,
                OrgViolation.ACCOUNT_TRANSITION.at("status", from, to, from, describe(targetsFrom(from)))));
    }

    /** The statuses reachable in one step from {@code from}. */
    public static Set<AccountStatus> targetsFrom(AccountStatus from) {
        Map<AccountStatus, AccountTransition> row = from == null ? null : TABLE.get(from);
        return row == null ? Set.of() : Set.copyOf(EnumSet.copyOf(row.keySet()));
    }

    private static String describe(Set<AccountStatus> targets) {
        return targets.isEmpty() ? "-" : Arrays.stream(AccountStatus.values()).filter(targets::contains)
                .map(Enum::name).collect(Collectors.joining(", "));
    }
}
