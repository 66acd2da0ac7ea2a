package com.novastoryteller.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in whole-application tests: the real one, ticking in microseconds as the product's does,
 * which a test may move on instead of sleeping (to see a throttle's {@code Retry-After} pass, say). It only ever
 * moves forward, so to the application a move looks like a pause: what is in progress carries on as after a long
 * garbage collection.
 */
public final class MovableClock extends Clock {

    private final Clock ticking = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

    /** Moves the time on by {@code by}, in whole microseconds. */
    public void moveOn(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("The clock only moves forward, not by " + by);
        }
        ahead.accumulateAndGet(by.truncatedTo(ChronoUnit.MICROS), Duration::plus);
    }

    @Override
    public Instant instant() {
        return ticking.instant().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : new InZone(this, zone);
    }

    /** The same time, told in another zone; it moves when the clock it came from moves. */
    private static final class InZone extends Clock {

        private final MovableClock clock;
        private final ZoneId zone;

        InZone(MovableClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return clock.withZone(other);
        }
    }
}
