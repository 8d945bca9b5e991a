package vn.edoc.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * A content store could not do what was asked (lỗi lưu trữ nội dung tệp). The {@link Reason} says why, so a caller
 * can tell content that is missing or damaged (an integrity fault to report) from a passing I/O fault (worth a retry)
 * and from input over the store's limit (a refusal).
 */
public final class ContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a content operation failed. */
    public enum Reason {
        /** No content is stored under the reference. */
        NOT_FOUND,
        /** The stored bytes no longer hash to the reference, or their length differs: damaged or edited. */
        CORRUPT,
        /** The input is larger than the store's configured limit; nothing was stored. */
        TOO_LARGE,
        /** The storage itself failed (disk, database, network); nothing was stored. */
        IO
    }

    private final Reason reason;
    private final transient ContentRef ref;

    /** A failure of {@code reason} about {@code ref} ({@code null} when there is none yet, as on input). */
    public ContentException(Reason reason, ContentRef ref, String message, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason") + ": " + message, cause);
        this.reason = reason;
        this.ref = ref;
    }

    /** A failure of {@code reason} about {@code ref}, without cause. */
    public ContentException(Reason reason, ContentRef ref, String message) {
        this(reason, ref, message, null);
    }

    /** Why it failed. */
    public Reason reason() {
        return reason;
    }

    /** The content concerned, when known. */
    public Optional<ContentRef> ref() {
        return Optional.ofNullable(ref);
    }
}
