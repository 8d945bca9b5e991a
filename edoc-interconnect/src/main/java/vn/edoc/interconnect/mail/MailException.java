package vn.edoc.interconnect.mail;

import java.util.Objects;

/**
 * A failure of the e-mail transport (lỗi kênh thư điện tử), with the reason a caller acts on:
 * {@link Reason#UNAVAILABLE} is worth retrying later (the outbox dispatcher does), the others are not until something
 * is fixed.
 */
public final class MailException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the transport failed. */
    public enum Reason {
        /** The organisation has no address in the {@link MailDirectory}. */
        UNKNOWN_ADDRESS,
        /** This transport holds no mailbox login for the organisation it was asked to receive for. */
        NO_MAILBOX,
        /** The mail server refused the login. */
        UNAUTHENTICATED,
        /** The message is larger than the configured limit. */
        TOO_LARGE,
        /** The mail server could not be reached, timed out, or failed on its side; the message was not handed over. */
        UNAVAILABLE,
        /** A delivery token that this transport did not issue. */
        BAD_TOKEN
    }

    private final Reason reason;

    /** A failure for {@code reason} described by {@code message}. */
    public MailException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** A failure for {@code reason} described by {@code message}, caused by {@code cause}. */
    public MailException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why it failed. */
    public Reason reason() {
        return reason;
    }
}
