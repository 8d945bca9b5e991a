package vn.edoc.spi.tck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests set and move by hand; thread-safe. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    /** A clock showing {@code start}. */
    public MutableClock(Instant start) {
        this.now = start;
    }

    /** Shows {@code instant} from now on. */
    public void set(Instant instant) {
        this.now = instant;
    }

    /** Moves the clock forward by {@code amount}. */
    public synchronized void advance(Duration amount) {
        this.now = now.plus(amount);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock has one zone");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
