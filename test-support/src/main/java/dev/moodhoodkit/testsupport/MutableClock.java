package dev.moodhoodkit.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock the test moves by hand, to reach an expiry, an idle call or a retry time without
 * waiting for it and without editing rows. {@link #ticking()} follows the system clock plus
 * what the test added (so a server's own pauses still pass); {@link #fixedAt} stands still
 * until moved.
 */
public final class MutableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private MutableClock(Clock base) {
        this.base = base;
    }

    /** The system's UTC clock, moved by whatever {@link #advance} adds. */
    public static MutableClock ticking() {
        return new MutableClock(Clock.systemUTC());
    }

    /** A clock standing at {@code start} until the test moves it. */
    public static MutableClock fixedAt(Instant start) {
        return new MutableClock(Clock.fixed(start, ZoneOffset.UTC));
    }

    /** Moves the clock forward (or back, for a negative duration). */
    public void advance(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
    }

    /** Back to the base clock: undoes every {@link #advance}. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock is always UTC");
    }
}
