package vn.edoc.routing;

import java.time.Instant;
import java.util.Objects;
import vn.edoc.id.OrganCode;

/**
 * The delivery of an issued document to one recipient (theo dõi gửi tới một nơi nhận, R-OUT-6, LS Đ10.3).
 *
 * @param recipient the receiving organisation
 * @param channel   the channel used
 * @param state     sent, delivered, refused or recalled
 * @param at        when it reached that state
 * @param reason    the recipient's reason for a refusal, {@code ""} otherwise
 */
public record Delivery(OrganCode recipient, Channel channel, DeliveryState state, Instant at, String reason) {

    /** Refuses missing parts; a {@code null} reason is read as none. */
    public Delivery {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(at, "at");
        reason = reason == null ? "" : reason;
    }

    /** This delivery moved to {@code next}, checked by {@link DeliveryTransition}. */
    Delivery moveTo(DeliveryState next, Instant when, String why) {
        DeliveryTransition.transitionBetween(state, next);
        return new Delivery(recipient, channel, next, when, why);
    }
}
