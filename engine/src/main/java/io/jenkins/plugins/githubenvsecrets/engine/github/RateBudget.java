package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * GitHub's primary rate limit as its answers report it ({@code x-ratelimit-remaining}, {@code x-ratelimit-reset}).
 * While plenty remains, requests go at once; when few remain, they are spread over the time left until the reset,
 * so the client slows down before GitHub refuses it rather than after.
 */
final class RateBudget {
    /** Below this many remaining requests, requests are spread out. */
    static final int LOW_WATER = 50;

    private final Clock clock;
    private long remaining = Long.MAX_VALUE; // guarded by this
    private Instant reset; // guarded by this

    RateBudget(Clock clock) {
        this.clock = clock;
    }

    /** Takes in what an answer says of the budget; answers without the headers change nothing. */
    synchronized void observe(ApiResponse response) {
        Optional<Long> left = response.header("x-ratelimit-remaining").flatMap(RateBudget::number);
        Optional<Long> resetAt = response.header("x-ratelimit-reset").flatMap(RateBudget::number);
        if (left.isPresent() && resetAt.isPresent()) {
            remaining = left.get();
            reset = Instant.ofEpochSecond(resetAt.get());
        }
    }

    /** How long to wait before the next request: zero while the budget is ample or after its reset. */
    synchronized Duration delayBeforeNextRequest() {
        if (reset == null || remaining >= LOW_WATER) {
            return Duration.ZERO;
        }
        Duration untilReset = Duration.between(clock.instant(), reset);
        if (untilReset.isNegative() || untilReset.isZero()) {
            return Duration.ZERO;
        }
        Duration delay = untilReset.dividedBy(remaining + 1);
        remaining = Math.max(0, remaining - 1);
        return delay;
    }

    synchronized long remaining() {
        return remaining;
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
