package vn.edoc.spi;

/**
 * A {@link TimestampClient} could not obtain a checked time-stamp token (lỗi cấp dấu thời gian): the authority is
 * unreachable, refused the request, or answered something that does not match it.
 */
public class TimestampException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With a message saying what went wrong. */
    public TimestampException(String message) {
        super(message);
    }

    /** With a message and the underlying cause. */
    public TimestampException(String message, Throwable cause) {
        super(message, cause);
    }
}
