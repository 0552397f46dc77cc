package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Lets mutating requests through one at a time, each starting at least {@code minGap} after the previous one
 * started (and never before it ended), as GitHub asks of clients to stay clear of its secondary rate limits.
 */
final class Pacer {
    private final Duration minGap;
    private final Clock clock;
    private final Sleeper sleeper;
    private final WriteLane lane;

    Pacer(Duration minGap, Clock clock, Sleeper sleeper) {
        this(minGap, clock, sleeper, new WriteLane());
    }

    Pacer(Duration minGap, Clock clock, Sleeper sleeper, WriteLane lane) {
        if (minGap.isNegative()) {
            throw new IllegalArgumentException("The gap between writes must not be negative, not " + minGap);
        }
        this.minGap = minGap;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.lane = Objects.requireNonNull(lane, "lane");
    }

    Duration minGap() {
        return minGap;
    }

    /** Runs {@code request} alone, after waiting out the gap since the previous one started. */
    <T> T pace(Request<T> request) throws IOException, InterruptedException {
        lane.lock.lockInterruptibly();
        try {
            Instant lastStart = lane.lastStart();
            if (lastStart != null) {
                Duration wait = Duration.between(clock.instant(), lastStart.plus(minGap));
                if (wait.compareTo(Duration.ZERO) > 0) {
                    // Never more than the gap: a clock set back must not hold the lane, shared by builds, for hours.
                    sleeper.sleep(wait.compareTo(minGap) > 0 ? minGap : wait);
                }
            }
            lane.started(clock.instant());
            return request.run();
        } finally {
            lane.lock.unlock();
        }
    }

    /** One paced request. */
    @FunctionalInterface
    interface Request<T> {
        T run() throws IOException, InterruptedException;
    }
}
