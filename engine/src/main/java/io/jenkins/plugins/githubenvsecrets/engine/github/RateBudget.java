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

    /**
     * Takes in what an answer says of the budget; answers without both headers (or with broken ones) change nothing,
     * and so do answers that count another budget than the REST API's ({@code x-ratelimit-resource} other than
     * {@code core}, such as GraphQL's).
     */
    synchronized void observe(ApiResponse response) {
        if (!response.header("x-ratelimit-resource").map("core"::equalsIgnoreCase).orElse(true)) {
            return;
        }
        Optional<Long> left = RateHeaders.remaining(response);
        Optional<Instant> resetAt = RateHeaders.reset(response);
        if (left.isPresent() && resetAt.isPresent()) {
            remaining = left.get();
            reset = resetAt.get();
        }
    }

    /**
     * The wait before the next request, or empty while the budget is ample or after its reset; a wait counts the
     * request as spent.
     */
    synchronized Optional<Spread> spreadBeforeNextRequest() {
        if (reset == null || remaining >= LOW_WATER) {
            return Optional.empty();
        }
        Duration untilReset = RateHeaders.between(clock.instant(), reset);
        if (untilReset.isZero()) {
            return Optional.empty();
        }
        Spread spread = new Spread(untilReset.dividedBy(remaining + 1), remaining, reset);
        remaining = Math.max(0, remaining - 1);
        return Optional.of(spread);
    }

    synchronized long remaining() {
        return remaining;
    }

    /**
     * A wait that spreads the remaining requests until the reset.
     *
     * @param left requests GitHub reported left before this one
     */
    record Spread(Duration delay, long left, Instant reset) {}
}
