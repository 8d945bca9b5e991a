package vn.edoc.spi;

import java.util.Objects;

/**
 * The token of one delivery of a message under a lease (mã lượt giao nhận), handed out by {@link Transport#receive}
 * and given back to {@link Transport#acknowledge} once the receiving unit of work committed. Opaque: only the
 * transport that issued it reads it.
 *
 * @param value the transport's own text, not blank
 */
public record DeliveryToken(String value) {

    /** Refuses a blank token. */
    public DeliveryToken {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank delivery token");
        }
    }
}
