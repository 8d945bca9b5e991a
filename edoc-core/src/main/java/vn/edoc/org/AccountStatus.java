package vn.edoc.org;

/**
 * The status of an account (trạng thái tài khoản), R-ACC-2. Only an active account can do anything; a lost account
 * is reported and locked; a revoked one is gone for good. The legal changes are listed in {@link AccountTransition}.
 *
 * <pre>
 *            lock (reported lost)
 *   ACTIVE ───────────────────────▶ LOCKED
 *     │   ◀───────────────────────    │
 *     │      unlock (re-issued)       │
 *     │ revoke                 revoke │
 *     ▼                               ▼
 *   REVOKED ◀─────────────────────────┘   (final)
 * </pre>
 */
public enum AccountStatus {
    /** Đang hoạt động. */
    ACTIVE("Đang hoạt động"),
    /** Bị khóa: reported lost or compromised (LS Đ22.2a, TP Đ5). */
    LOCKED("Bị khóa"),
    /** Đã thu hồi: final. */
    REVOKED("Đã thu hồi");

    private final String vietnameseName;

    AccountStatus(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** The name in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** True when an account in this status may act (R-ACC-2). */
    public boolean canAct() {
        return this == ACTIVE;
    }

    /** True when no transition leaves this status. */
    public boolean isFinal() {
        return AccountTransition.targetsFrom(this).isEmpty();
    }
}
