package vn.edoc.routing;

import java.util.Objects;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.validation.Violation;

/**
 * The record is being signed at another desk right now (văn bản đang được ký): a live {@link SigningReservation}
 * by someone else stands on it, so the step was refused before anything was signed or written. It is a
 * {@link ConcurrentChangeException} — the one retryable exception of concurrent work — so one retry policy covers
 * it: wait, reload and try again (by {@link #expiresAt()} at the latest the hold is either gone or may be taken
 * over). {@link #violation()} names the rule, the holder and the expiry for the person at the desk.
 */
public final class SigningReservedException extends ConcurrentChangeException {

    private static final long serialVersionUID = 1L;

    private final transient SigningReservation reservation;
    private final Violation violation;

    /** Refuses a step on {@code record} held by {@code reservation}, as {@code violation} says. */
    public SigningReservedException(OutgoingRecord record, SigningReservation reservation, Violation violation) {
        super(OutgoingFlow.OBJECT_TYPE, record.id(), record.version(), record.version(),
                Objects.requireNonNull(violation, "violation").code() + " [" + violation.ruleId() + "] "
                        + violation.messageEn());
        this.reservation = Objects.requireNonNull(reservation, "reservation");
        this.violation = violation;
    }

    /** The hold that refused the step. */
    public SigningReservation reservation() {
        return reservation;
    }

    /** Who holds it (person id). */
    public String holderId() {
        return reservation.holderId();
    }

    /** When it lapses. */
    public java.time.Instant expiresAt() {
        return reservation.expiresAt();
    }

    /** The refusal with its code and rule ({@link FlowViolation#SIGNING_RESERVED} or {@link FlowViolation#ISSUE_RESERVED}). */
    public Violation violation() {
        return violation;
    }
}
