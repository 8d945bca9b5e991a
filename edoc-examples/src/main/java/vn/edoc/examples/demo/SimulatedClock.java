package vn.edoc.examples.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The demo's clock (đồng hồ mô phỏng): it shows the instant the day's script last set, so that every time the engine
 * records (receipt, deadlines, audit entries) is the simulated one and the demo's output is the same on every run.
 * The engine never calls {@code now()} itself; it reads this clock.
 */
public final class SimulatedClock extends Clock {

    private volatile Instant now;

    /** A clock standing at {@code start}. */
    public SimulatedClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** Moves the clock to {@code instant}; refuses to go back, since the day only moves forward. */
    public void set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        if (instant.isBefore(now)) {
            throw new IllegalArgumentException("the simulated day cannot go back from " + now + " to " + instant);
        }
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // the engine reads instants only; the zone of a derived clock does not matter to it
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
