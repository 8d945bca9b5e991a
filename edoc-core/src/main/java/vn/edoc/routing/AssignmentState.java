package vn.edoc.routing;

import java.util.Set;
import vn.edoc.document.AssignmentKind;

/**
 * The state of one unit's assignment of a document (trạng thái phân công), from the leader's assignment to the end
 * of the unit's work (R-IN-5, R-IN-8, R-TASK-9). The legal moves are listed in {@link AssignmentTransition}; some
 * are open to some {@link AssignmentKind}s only:
 *
 * <pre>
 *  ASSIGNED ─▶ RECEIVED_BY_UNIT ─▶ WITH_HEAD ◀──────▶ WITH_SPECIALIST          (R-IN-8: unit clerk, head, specialist)
 *                   │                │  │  │              │   │
 *                   │                │  │  └─▶ DONE ◀─────┘   │               (lead, inform: R-IN-5, R-IN-8)
 *                   │                │  └────▶ ANSWERED ◀─────┘               (cooperate: R-TASK-9)
 *                   │                ├───────▶ COOPERATION_REFUSED            (cooperate, in writing: R-TASK-9)
 *                   └────────────────┴───────▶ RETURNED                        (wrong unit: R-IN-5)
 *
 *  ASSIGNED, RECEIVED_BY_UNIT, WITH_HEAD, WITH_SPECIALIST ─ recall (R-IN-7) ─▶ CANCELLED
 *  DONE, ANSWERED, COOPERATION_REFUSED, RETURNED, CANCELLED are final.
 * </pre>
 */
public enum AssignmentState {
    /** Đã phân công: the leader assigned it; it waits at the unit's clerk. */
    ASSIGNED("Đã phân công"),
    /** Đơn vị đã nhận: the unit's clerk took it in. */
    RECEIVED_BY_UNIT("Đơn vị đã nhận"),
    /** Lãnh đạo đơn vị: with the head of the unit. */
    WITH_HEAD("Lãnh đạo đơn vị"),
    /** Chuyên viên: with the specialist handling it. */
    WITH_SPECIALIST("Chuyên viên xử lý"),
    /** Hoàn thành: handled (lead) or read (inform). */
    DONE("Hoàn thành"),
    /** Đã phối hợp: the cooperating unit answered the lead unit. */
    ANSWERED("Đã trả lời phối hợp"),
    /** Từ chối phối hợp: the cooperating unit refused in writing, with reasons. */
    COOPERATION_REFUSED("Từ chối phối hợp"),
    /** Trả lại: the unit returned a wrongly assigned document to the assigner. */
    RETURNED("Trả lại"),
    /** Hủy: cancelled by a recall. */
    CANCELLED("Hủy");

    private final String vietnameseName;

    AssignmentState(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** The name in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** True when no transition leaves this state. */
    public boolean isFinal() {
        return AssignmentTransition.targetsFrom(this).isEmpty();
    }

    /** The state every assignment starts in. */
    public static Set<AssignmentState> initialStates() {
        return Set.of(ASSIGNED);
    }
}
