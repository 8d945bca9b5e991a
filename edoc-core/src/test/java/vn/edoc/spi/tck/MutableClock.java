package vn.edoc.spi.tck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The kits' former hand-moved clock, kept so that adapters' tests written against it still compile: it delegates to
 * {@link vn.edoc.time.MutableClock}, which main code and new tests use.
 *
 * @deprecated use {@link vn.edoc.time.MutableClock}
 */
@Deprecated
public final class MutableClock extends Clock {

    private final vn.edoc.time.MutableClock delegate;

    /** A clock showing {@code start}. */
    public MutableClock(Instant start) {
        this.delegate = new vn.edoc.time.MutableClock(start);
    }

    /** Shows {@code instant} from now on. */
    public void set(Instant instant) {
        delegate.set(instant);
    }

    /** Moves the clock forward by {@code amount}. */
    public void advance(Duration amount) {
        delegate.advance(amount);
    }

    @Override
    public ZoneId getZone() {
        return delegate.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return delegate.withZone(zone);
    }

    @Override
    public Instant instant() {
        return delegate.instant();
    }
}
