package vn.edoc.routing;

import java.util.Set;

/**
 * The state of an incoming document at the receiving organisation (trạng thái văn bản đến). The legal moves are
 * listed in {@link IncomingTransition}:
 *
 * <pre>
 *  RECEIVED ──register (R-IN-1, R-IN-3)──▶ REGISTERED ──propose (R-IN-8)──▶ PROPOSED
 *     │                                        │                              │
 *     │ refuse (R-IN-6)                        └──assign (R-IN-4, R-IN-5)──┐  │ annotate and assign (R-IN-5, R-IN-8)
 *     ▼                                                                    ▼  ▼
 *  REFUSED (final)                                                         ASSIGNED
 *                                                                             │ the lead unit takes it (R-IN-8)
 *                                                                             ▼
 *                                                                         IN_PROGRESS ──handled (R-IN-8)──▶ DONE
 *
 *  RECEIVED, REGISTERED, PROPOSED, ASSIGNED, IN_PROGRESS, DONE ──recall notice (R-IN-7)──▶ RECALLED (final)
 * </pre>
 *
 * The district route of Tuy Phước (R-IN-8, TP Đ3) is RECEIVED → REGISTERED → PROPOSED (the office chief) → ASSIGNED
 * (the chairman's annotation) → IN_PROGRESS (department clerk, head, specialist: see {@link AssignmentState}) →
 * DONE. Bỉm Sơn's route (BS Đ12.2) has no proposal: REGISTERED → ASSIGNED.
 */
public enum IncomingState {
    /** Tiếp nhận: entered the receiver's system (by a transport, or scanned from paper, R-IN-2). */
    RECEIVED("Tiếp nhận"),
    /** Từ chối: refused with its reason sent back to the sender (R-IN-6). */
    REFUSED("Từ chối"),
    /** Vào sổ: registered in the incoming register (R-IN-3). */
    REGISTERED("Vào sổ"),
    /** Đề xuất: the office chief has proposed how to handle it (R-IN-8). */
    PROPOSED("Đề xuất"),
    /** Phân công: the leader has annotated (bút phê) and assigned it (R-IN-5). */
    ASSIGNED("Phân công"),
    /** Đang xử lý: the units work on it. */
    IN_PROGRESS("Đang xử lý"),
    /** Hoàn thành: handled; only a recall notice moves it on (R-IN-7, LS Đ9.3). */
    DONE("Hoàn thành"),
    /** Thu hồi: cancelled on a recall notice (R-IN-7). */
    RECALLED("Thu hồi");

    private final String vietnameseName;

    IncomingState(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** The name in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** True when no transition leaves this state. */
    public boolean isFinal() {
        return IncomingTransition.targetsFrom(this).isEmpty();
    }

    /** The state every incoming document starts in. */
    public static Set<IncomingState> initialStates() {
        return Set.of(RECEIVED);
    }
}
