package vn.edoc.routing;

import java.util.Set;

/**
 * The state of an issued document's delivery to one recipient (trạng thái gửi tới một nơi nhận), followed by the
 * clerk (R-OUT-6, LS Đ10.3, BS Đ14.3) from the status messages the recipient's system sends back (gói tin trạng
 * thái 01–06, 15, 16). The legal moves are listed in {@link DeliveryTransition}:
 *
 * <pre>
 *   SENT ─01─▶ ARRIVED ─03─▶ DELIVERED ─04─▶ ASSIGNED ─05─▶ IN_PROGRESS ─06─▶ COMPLETED
 *     (each forward move may skip states: a status may be lost or overtaken; a status behind the current state is
 *      only recorded)
 *   SENT, ARRIVED, DELIVERED ──02 refused (R-IN-6)──▶ REFUSED (final)
 *   SENT … COMPLETED ──recall (R-IN-7)──▶ RECALLED ──16 the recipient refuses the recall──▶ RECALL_REFUSED (final)
 * </pre>
 */
public enum DeliveryState {
    /** Đã gửi: handed to the transport. */
    SENT("Đã gửi"),
    /** Đã đến: the recipient's system has it; its clerk has not handled it yet (status 01). */
    ARRIVED("Đã đến"),
    /** Đã nhận: the recipient's clerk took it in and registered it (status 03, đã tiếp nhận). */
    DELIVERED("Đã nhận"),
    /** Đã phân công: the recipient's leader assigned it for handling (status 04). */
    ASSIGNED("Đã phân công"),
    /** Đang xử lý: the recipient's units are handling it (status 05). */
    IN_PROGRESS("Đang xử lý"),
    /** Hoàn thành: the recipient completed its handling (status 06). */
    COMPLETED("Hoàn thành"),
    /** Bị từ chối: the recipient refused it with a reason (R-IN-6, status 02). */
    REFUSED("Bị từ chối"),
    /** Đã thu hồi: recalled; the recipient cancels it (R-IN-7) and agrees (status 15). */
    RECALLED("Đã thu hồi"),
    /** Từ chối thu hồi: the recipient refused the recall, with its reason (status 16). */
    RECALL_REFUSED("Từ chối thu hồi");

    private final String vietnameseName;

    DeliveryState(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    /** The name in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** True when no transition leaves this state. */
    public boolean isFinal() {
        return DeliveryTransition.targetsFrom(this).isEmpty();
    }

    /** The state every delivery starts in. */
    public static Set<DeliveryState> initialStates() {
        return Set.of(SENT);
    }
}
