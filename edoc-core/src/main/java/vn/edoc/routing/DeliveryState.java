package vn.edoc.routing;

import java.util.Set;

/**
 * The state of an issued document's delivery to one recipient (trạng thái gửi tới một nơi nhận), followed by the
 * clerk (R-OUT-6, LS Đ10.3, BS Đ14.3). The legal moves are listed in {@link DeliveryTransition}:
 *
 * <pre>
 *   SENT ──receipt (R-TIME-3)──▶ DELIVERED
 *    │ │                          │   │
 *    │ └──refused (R-IN-6)──▶ REFUSED (final) ◀──refused (R-IN-6)──┘   │
 *    └──recall (R-IN-7)────▶ RECALLED (final) ◀──recall (R-IN-7)───────┘
 * </pre>
 */
public enum DeliveryState {
    /** Đã gửi: handed to the transport. */
    SENT("Đã gửi"),
    /** Đã nhận: the recipient's system acknowledged receipt. */
    DELIVERED("Đã nhận"),
    /** Bị từ chối: the recipient refused it with a reason (R-IN-6). */
    REFUSED("Bị từ chối"),
    /** Đã thu hồi: recalled; the recipient cancels it (R-IN-7). */
    RECALLED("Đã thu hồi");

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
