package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.locks.LockSupport;

/**
 * Simulated time that runs {@code factor} times faster than real time: the clock reports the origin plus real
 * elapsed time times the factor, and a sleep of one simulated second really sleeps {@code 1 s / factor}. The same
 * instance is the engine client's clock and sleeper and the fake's latency sleeper and rate-limit clock, so both
 * sides agree on what a second is.
 *
 * <p>The factor can change between runs (never while one is under way): the clock then continues from where it was,
 * so time never jumps or goes back. A low factor keeps real overheads (a few hundred microseconds of CPU per request,
 * multiplied by the factor) small for short runs; a high one lets long, paced runs finish in seconds.
 */
final class ScaledTime extends Clock
        implements io.jenkins.plugins.githubenvsecrets.engine.github.Sleeper,
        io.jenkins.plugins.githubenvsecrets.engine.testing.Sleeper {

    /** Where simulated time stood at a real moment, and how fast it runs from there. */
    private record Anchor(Instant simulated, long realNanos, long factor) {
        Instant at(long nanoTime) {
            return simulated.plusNanos((nanoTime - realNanos) * factor);
        }
    }

    private volatile Anchor anchor;

    ScaledTime(Instant origin, long factor) {
        anchor = new Anchor(origin, System.nanoTime(), checked(factor));
    }

    long factor() {
        return anchor.factor();
    }

    /** From now on, simulated time runs {@code factor} times faster than real time; call only between runs. */
    synchronized void rescale(long factor) {
        long now = System.nanoTime();
        anchor = new Anchor(anchor.at(now), now, checked(factor));
    }

    @Override
    public Instant instant() {
        return anchor.at(System.nanoTime());
    }

    /**
     * Sleeps until the simulated deadline has passed. Parking to a real deadline (rather than Thread.sleep, which
     * rounds to whole milliseconds) keeps the overshoot to the scheduler's wake-up latency.
     */
    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        long deadline = System.nanoTime() + Math.max(1, duration.toNanos() / anchor.factor());
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted during a simulated sleep");
            }
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (ZoneOffset.UTC.equals(zone)) {
            return this;
        }
        throw new UnsupportedOperationException("scaled time stays in UTC");
    }

    private static long checked(long factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("time can only be sped up, not scaled by " + factor);
        }
        return factor;
    }
}
