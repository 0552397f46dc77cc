package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets mutating requests through one at a time, each starting at least {@code minGap} after the previous one
 * started (and never before it ended), as GitHub asks of clients to stay clear of its secondary rate limits.
 */
final class Pacer {
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Duration minGap;
    private final Clock clock;
    private final Sleeper sleeper;
    private Instant lastStart; // guarded by lock

    Pacer(Duration minGap, Clock clock, Sleeper sleeper) {
        if (minGap.isNegative()) {
            throw new IllegalArgumentException("The gap between writes must not be negative, not " + minGap);
        }
        this.minGap = minGap;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    Duration minGap() {
        return minGap;
    }

    /** Runs {@code request} alone, after waiting out the gap since the previous one started. */
    <T> T pace(Request<T> request) throws IOException, InterruptedException {
        lock.lockInterruptibly();
        try {
            if (lastStart != null) {
                Duration wait = Duration.between(clock.instant(), lastStart.plus(minGap));
                if (wait.compareTo(Duration.ZERO) > 0) {
                    sleeper.sleep(wait);
                }
            }
            lastStart = clock.instant();
            return request.run();
        } finally {
            lock.unlock();
        }
    }

    /** One paced request. */
    @FunctionalInterface
    interface Request<T> {
        T run() throws IOException, InterruptedException;
    }
}
