package vn.edoc.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock set and moved by hand (đồng hồ điều chỉnh được), for tests, demos and simulations that run the engine
 * through days in seconds: every service takes its time from an injected {@link Clock}, so handing them this one
 * lets a test walk past deadlines, holidays and year ends. Thread-safe. Not meant for production, where a
 * {@link Clock#systemUTC()} belongs.
 */
public final class MutableClock extends Clock {

    private volatile Instant now;

    /** A clock showing {@code start}. */
    public MutableClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** A clock showing {@code start}. */
    public static MutableClock at(Instant start) {
        return new MutableClock(start);
    }

    /** Shows {@code instant} from now on. */
    public void set(Instant instant) {
        this.now = Objects.requireNonNull(instant, "instant");
    }

    /** Moves the clock by {@code amount} (forward when positive). */
    public synchronized void advance(Duration amount) {
        this.now = now.plus(Objects.requireNonNull(amount, "amount"));
    }

    /** UTC: instants are what the engine stores; Vietnam time is applied by the time rules (R-TIME-5). */
    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Refused: one hand-moved clock has one zone, so that two views of it can never disagree. */
    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a hand-moved clock has one zone");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
