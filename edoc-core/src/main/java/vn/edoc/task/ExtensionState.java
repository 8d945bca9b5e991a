package vn.edoc.task;

import java.util.Set;

/**
 * The state of a request to extend a task's deadline (trạng thái đề nghị gia hạn), R-TASK-8 (LS Đ13.5). The legal
 * moves are listed in {@link ExtensionTransition}:
 *
 * <pre>
 *   REQUESTED ──approved, new deadline from the approval document──▶ APPROVED (final)
 *       │
 *       └──────refused (the task stays on its deadline, or overdue)──▶ REFUSED (final)
 * </pre>
 *
 * A request is accepted only within the deadline and with the issued request document attached; that is checked
 * when the request is made, not by this lifecycle.
 */
public enum ExtensionState {
    /** Đã đề nghị. */
    REQUESTED("Đề nghị gia hạn"),
    /** Đồng ý gia hạn. */
    APPROVED("Đồng ý gia hạn"),
    /** Không đồng ý gia hạn. */
    REFUSED("Không đồng ý gia hạn");

    private final String vietnameseName;

    ExtensionState(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** The name in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** True when no transition leaves this state. */
    public boolean isFinal() {
        return ExtensionTransition.targetsFrom(this).isEmpty();
    }

    /** The state every request starts in. */
    public static Set<ExtensionState> initialStates() {
        return Set.of(REQUESTED);
    }
}
