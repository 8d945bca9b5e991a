package vn.edoc.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A message handed out by {@link Transport#receive} under a lease (thông điệp đang được nhận): nobody else gets it
 * until {@link #leasedUntil}; acknowledged with {@link #token} it is gone, otherwise it is delivered again after the
 * lease.
 *
 * @param message       the message
 * @param token         what {@link Transport#acknowledge} takes once the receiver committed
 * @param deliveryCount 1 on the first delivery, 2 on the first redelivery, …
 * @param leasedUntil   when the lease ends, by the transport's clock
 */
public record LeasedMessage(TransportMessage message, DeliveryToken token, int deliveryCount, Instant leasedUntil) {

    /** Refuses missing parts and a delivery count below 1. */
    public LeasedMessage {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(leasedUntil, "leasedUntil");
        if (deliveryCount < 1) {
            throw new IllegalArgumentException("deliveryCount must be at least 1: " + deliveryCount);
        }
    }

    /** True when this is not the first delivery (an earlier receiver did not acknowledge it in time). */
    public boolean redelivered() {
        return deliveryCount > 1;
    }
}
