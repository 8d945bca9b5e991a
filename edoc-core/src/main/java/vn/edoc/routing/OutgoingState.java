package vn.edoc.routing;

import java.util.Set;

/**
 * The state of an outgoing document at the issuing organisation (trạng thái văn bản đi). The legal moves are listed
 * in {@link OutgoingTransition}:
 *
 * <pre>
 *  DRAFTING ─▶ UNDER_REVIEW ─────────────────▶ AWAITING_APPROVAL ─▶ APPROVED_SIGNED ─▶ REGISTERED ─▶ ISSUED ─▶ RECALLED
 *     ▲           │    │                          ▲        │                │                                   (final)
 *     │           │    └─▶ APPRAISAL ─────────────┘        │                │
 *     │           │           │                            │                │
 *     └─ RETURNED ◀───────────┴────────────────────────────┴────────────────┘
 *
 *  submit, review, approve and sign, every return to the drafter, rework: R-OUT-1
 *  APPRAISAL (legal normative drafts) and its return: R-OUT-2
 *  return by the clerk for a presentation fault, register, issue: R-OUT-3
 *  recall after issue: R-OUT-6 (the recipients cancel it, R-IN-7)
 * </pre>
 *
 * A legal normative draft must pass through APPRAISAL: {@link OutgoingTransition#transitionBetween(OutgoingState,
 * OutgoingState, boolean)} refuses UNDER_REVIEW → AWAITING_APPROVAL for it (R-OUT-2).
 */
public enum OutgoingState {
    /** Soạn thảo: the specialist drafts. */
    DRAFTING("Soạn thảo"),
    /** Trình duyệt: the head of the unit reviews. */
    UNDER_REVIEW("Trình duyệt"),
    /** Thẩm định: the justice office appraises a legal normative draft (R-OUT-2). */
    APPRAISAL("Thẩm định"),
    /** Trình ký: waits for the leader. */
    AWAITING_APPROVAL("Trình ký"),
    /** Trả lại: returned to the drafter with comments (R-OUT-1). */
    RETURNED("Trả lại"),
    /** Đã ký: approved and signed by the leader. */
    APPROVED_SIGNED("Đã ký"),
    /** Vào sổ: numbered in the outgoing register (R-OUT-3). */
    REGISTERED("Vào sổ"),
    /** Phát hành: issued to the recipients (R-OUT-3). */
    ISSUED("Phát hành"),
    /** Thu hồi: recalled after issue. */
    RECALLED("Thu hồi");

    private final String vietnameseName;

    OutgoingState(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** The name in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** True when no transition leaves this state. */
    public boolean isFinal() {
        return OutgoingTransition.targetsFrom(this).isEmpty();
    }

    /** The state every outgoing document starts in. */
    public static Set<OutgoingState> initialStates() {
        return Set.of(DRAFTING);
    }
}
