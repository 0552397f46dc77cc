package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * GitHub's advice "wait at least a second between mutating requests" made a rule: a mutating request that comes
 * sooner than the gap after the last one let through is refused. Refused requests do not restart the gap.
 */
final class SecondaryRateLimit {
    static final String DOCUMENTATION =
            "https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits";

    private final Duration minGap;
    private final Clock clock;
    private Instant lastLetThrough;

    SecondaryRateLimit(Duration minGap, Clock clock) {
        if (minGap.isNegative()) {
            throw new IllegalArgumentException("a gap cannot be negative: " + minGap);
        }
        this.minGap = minGap;
        this.clock = clock;
    }

    /** How long the caller still has to wait; empty (and the gap restarts) when the request may go through. */
    Optional<Duration> waitBefore() {
        var now = clock.instant();
        if (lastLetThrough != null) {
            var remaining = Duration.between(now, lastLetThrough.plus(minGap));
            if (remaining.compareTo(Duration.ZERO) > 0) {
                return Optional.of(remaining);
            }
        }
        lastLetThrough = now;
        return Optional.empty();
    }

    /** GitHub's answer: {@code status} (403 or 429) with {@code retry-after} in whole seconds, rounded up. */
    static Reply refusal(int status, Duration wait, String requestId) {
        long seconds = (wait.toMillis() + 999) / 1000;
        return Reply.error(status, "You have exceeded a secondary rate limit. Please wait a few minutes before you"
                + " try again. If you reach out to GitHub Support for help, please include the request ID "
                + requestId + ".", DOCUMENTATION).withHeader("retry-after", String.valueOf(seconds));
    }
}
