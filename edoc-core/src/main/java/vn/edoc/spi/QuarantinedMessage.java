package vn.edoc.spi;

import java.time.Instant;
import java.util.Objects;
import vn.edoc.id.OrganCode;

/**
 * A message the inbox could not take in (thông điệp bị cách ly): kept whole with why it failed, visible to the
 * clerk, who retries it once the cause is fixed or dismisses it; the transport has been acknowledged, so the message
 * lives only here.
 *
 * @param id        the store's id, such as {@code "cl-3"}
 * @param receiver  the organisation it was for
 * @param message   the message itself
 * @param failure   the kind of failure: a violation code ({@code EDOC-FLW-011}) or an exception class name
 * @param reason    the failure's message
 * @param firstAt   when it first failed
 * @param lastAt    when it last failed or was decided on
 * @param attempts  how many times taking it in failed
 * @param state     held, released (taken in on a retry) or dismissed
 * @param decidedBy who released or dismissed it, {@code ""} while held
 * @param version   1 when first stored, one more on each change
 */
public record QuarantinedMessage(String id, OrganCode receiver, TransportMessage message, String failure,
                                 String reason, Instant firstAt, Instant lastAt, int attempts, State state,
                                 String decidedBy, long version) {

    /** Where a quarantined message stands. */
    public enum State {
        /** Waiting for a person (đang cách ly). */
        HELD,
        /** Taken in on a retry (đã nhận lại). */
        RELEASED,
        /** Dismissed by a person, with the reason in {@link #reason()} (đã loại bỏ). */
        DISMISSED
    }

    /** Refuses missing parts, fewer than one attempt and a version below 1. */
    public QuarantinedMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(failure, "failure");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(firstAt, "firstAt");
        Objects.requireNonNull(lastAt, "lastAt");
        Objects.requireNonNull(state, "state");
        decidedBy = decidedBy == null ? "" : decidedBy;
        if (attempts < 1 || version < 1) {
            throw new IllegalArgumentException("attempts and version start at 1");
        }
    }

    /** This message failed again at {@code at}. */
    public QuarantinedMessage failedAgain(String newFailure, String newReason, Instant at) {
        return new QuarantinedMessage(id, receiver, message, newFailure, newReason, firstAt, at, attempts + 1,
                State.HELD, decidedBy, version + 1);
    }

    /** This message decided on by {@code person}: released or dismissed at {@code at}. */
    public QuarantinedMessage decided(State newState, String person, String note, Instant at) {
        return new QuarantinedMessage(id, receiver, message, failure, note == null || note.isBlank() ? reason : note,
                firstAt, at, attempts, newState, person, version + 1);
    }
}
