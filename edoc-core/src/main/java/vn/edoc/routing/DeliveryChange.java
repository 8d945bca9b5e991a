package vn.edoc.routing;

import java.time.Instant;
import java.util.Objects;

/**
 * An update or a replacement of an issued document sent to one recipient, and that recipient's answer (cập nhật /
 * thay thế văn bản đã gửi, edXML BussinessDocType 2 / 3; status 15 đồng ý, 16 từ chối; R-OUT-6). The delivery's own
 * state ({@link DeliveryState}) keeps following the recipient's handling; this records the change beside it.
 *
 * @param kind   an update or a replacement
 * @param state  sent, agreed (15) or refused (16)
 * @param at     when it reached that state
 * @param reason the sender's reason while sent, the recipient's reason once refused; {@code ""} when none
 */
public record DeliveryChange(Kind kind, State state, Instant at, String reason) {

    /** What was sent. */
    public enum Kind {
        /** Cập nhật: the same document corrected where neither its signed text nor its register line changes. */
        UPDATE,
        /** Thay thế: the same registered document with a corrected, newly signed text. */
        REPLACEMENT
    }

    /** Where the recipient's answer stands. */
    public enum State {
        /** Đã gửi: no answer yet. */
        SENT,
        /** Đồng ý (status 15): the recipient applied it. */
        AGREED,
        /** Từ chối (status 16): the recipient did not apply it, with its reason. */
        REFUSED
    }

    /** Refuses missing parts; a {@code null} reason is read as none. */
    public DeliveryChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason;
    }

    /** The recipient's answer to this change: agreed or refused; only a change still waiting is answered. */
    DeliveryChange answered(boolean agreed, Instant when, String why) {
        if (state != State.SENT) {
            throw new IllegalStateException("the " + kind + " was already answered");
        }
        return new DeliveryChange(kind, agreed ? State.AGREED : State.REFUSED, when, agreed ? reason : why);
    }
}
