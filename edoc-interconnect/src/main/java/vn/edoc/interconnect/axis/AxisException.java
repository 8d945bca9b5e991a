package vn.edoc.interconnect.axis;

import java.util.Objects;

/**
 * A failure talking to, or inside, the interconnection axis (lỗi trục liên thông), with the reason a caller acts on:
 * {@link Reason#UNAVAILABLE} is worth retrying later, the others are not until something is fixed.
 */
public final class AxisException extends RuntimeException {

    /** Why the axis refused or failed. */
    public enum Reason {
        /** No token, or a token the axis does not know (HTTP 401). */
        UNAUTHENTICATED,
        /** The token belongs to another organisation than the one acted for (HTTP 403). */
        FORBIDDEN,
        /** The organisation is not registered on the axis (HTTP 404). */
        UNKNOWN_ORGANISATION,
        /** The package is larger than the axis accepts (HTTP 413). */
        TOO_LARGE,
        /** The request or the answer does not follow the axis protocol (HTTP 400, or an unreadable answer). */
        PROTOCOL,
        /** The axis could not be reached, timed out, or failed on its side (I/O, HTTP 5xx). */
        UNAVAILABLE
    }

    private final Reason reason;

    /** A failure for {@code reason} described by {@code message}. */
    public AxisException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** A failure for {@code reason} described by {@code message}, caused by {@code cause}. */
    public AxisException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why it failed. */
    public Reason reason() {
        return reason;
    }
}
