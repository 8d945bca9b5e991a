package vn.edoc.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.edoc.id.OrganCode;

/**
 * A message waiting in, or gone through, the outbox (thông điệp trong hộp thư đi): written in the unit of work of the
 * change that causes it (an issue, a recall, a status reply), so that the change and the message commit together;
 * then sent by a dispatcher, retried after failures, and given up to {@link State#DEAD} (thư chết) for a person to
 * see and retry. Every attempt is kept. Keyed by the sender and the message id.
 *
 * @param message       the message
 * @param state         where it stands
 * @param queuedAt      when it was queued
 * @param nextAttemptAt when a dispatcher may next take it: the next try of a {@link State#PENDING} one, the end of
 *                      the claim of a {@link State#SENDING} one (a dispatcher that died while sending leaves it to be
 *                      taken again then); the time of the last change otherwise
 * @param attempts      every attempt to send it, oldest first
 * @param failures      failed attempts in a row since it was queued or retried by hand: what the backoff and the
 *                      limit of attempts count
 * @param note          the last failure, or what the person who retried it wrote; {@code ""} when none
 * @param decidedBy     who last retried it by hand, {@code ""} when nobody
 * @param version       1 when queued, one more on each change
 */
public record OutboxEntry(TransportMessage message, State state, Instant queuedAt, Instant nextAttemptAt,
                          List<Attempt> attempts, int failures, String note, String decidedBy,
                          long version) {

    /** Where an outbox entry stands. */
    public enum State {
        /** Waiting for its next attempt (chờ gửi). */
        PENDING,
        /** Taken by a dispatcher that is sending it (đang gửi). */
        SENDING,
        /** Handed over to the transport (đã gửi). */
        SENT,
        /** Given up after its last attempt, or refused for good; waits for a person (thư chết). */
        DEAD
    }

    /**
     * One attempt to send (một lần gửi).
     *
     * @param at    when it started
     * @param ok    whether the transport took the message
     * @param error what went wrong, {@code ""} when it went well
     */
    public record Attempt(Instant at, boolean ok, String error) {

        /** Refuses missing parts; keeps at most 1000 characters of the error. */
        public Attempt {
            Objects.requireNonNull(at, "at");
            error = error == null ? "" : error.length() > 1000 ? error.substring(0, 1000) : error;
        }
    }

    /** Refuses missing parts and a version below 1. */
    public OutboxEntry {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(queuedAt, "queuedAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
        note = note == null ? "" : note;
        decidedBy = decidedBy == null ? "" : decidedBy;
        if (version < 1 || failures < 0) {
            throw new IllegalArgumentException("version starts at 1 and failures at 0: " + version + ", " + failures);
        }
    }

    /** {@code message} queued at {@code now}, to be sent at once. */
    public static OutboxEntry queued(TransportMessage message, Instant now) {
        return new OutboxEntry(message, State.PENDING, now, now, List.of(), 0, "", "", 1);
    }

    /** The sending organisation (part of the key). */
    public OrganCode sender() {
        return message.from();
    }

    /** The message id (part of the key). */
    public MessageId messageId() {
        return message.id();
    }

    /** This entry taken by a dispatcher at {@code now}, which holds it until {@code until}. */
    public OutboxEntry claimed(Instant until) {
        return new OutboxEntry(message, State.SENDING, queuedAt, until, attempts, failures, note, decidedBy, version + 1);
    }

    /** This entry handed over to the transport by the attempt started at {@code at}. */
    public OutboxEntry sent(Instant at) {
        return new OutboxEntry(message, State.SENT, queuedAt, at, with(new Attempt(at, true, "")), 0, "",
                decidedBy,
                version + 1);
    }

    /** This entry after the attempt started at {@code at} failed with {@code error}, to be tried again at {@code next}. */
    public OutboxEntry failed(Instant at, String error, Instant next) {
        return new OutboxEntry(message, State.PENDING, queuedAt, next, with(new Attempt(at, false, error)),
                failures + 1, error,
                decidedBy, version + 1);
    }

    /** This entry given up after the attempt started at {@code at} failed with {@code error}. */
    public OutboxEntry dead(Instant at, String error) {
        return new OutboxEntry(message, State.DEAD, queuedAt, at, with(new Attempt(at, false, error)), failures + 1,
                error,
                decidedBy, version + 1);
    }

    /** This dead entry put back to be sent at once, by {@code person} at {@code now}, with {@code why}. */
    public OutboxEntry retried(String person, String why, Instant now) {
        if (state != State.DEAD) {
            throw new IllegalStateException("only a dead message is retried by hand; this one is " + state);
        }
        if (person == null || person.isBlank()) {
            throw new IllegalArgumentException("the person who retries is named");
        }
        return new OutboxEntry(message, State.PENDING, queuedAt, now, attempts, 0, why, person, version + 1);
    }

    private List<Attempt> with(Attempt a) {
        List<Attempt> all = new ArrayList<>(attempts);
        all.add(a);
        return all;
    }
}
