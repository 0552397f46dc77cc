package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether an attempt is tried again and after how long, following GitHub's rules: {@code retry-after}
 * first, then {@code x-ratelimit-reset} when {@code x-ratelimit-remaining} is 0, else at least a minute for a
 * secondary limit; server errors and connection failures back off exponentially. A 403 that is no rate limit is a
 * missing permission and is final.
 */
final class RetryRules {
    /** GitHub's reset time comes from its clock; a second of margin covers the difference to ours. */
    private static final Duration CLOCK_MARGIN = Duration.ofSeconds(1);

    private final RetryPolicy policy;
    private final Clock clock;

    RetryRules(RetryPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** A wait before the next attempt; {@code rateLimit} tells a rate limit from a failure. */
    record Wait(Duration delay, boolean rateLimit, String reason) {}

    /** The wait before trying again after this answer, or empty when the answer is final. */
    Optional<Wait> afterResponse(ApiResponse response, int attempt) {
        if (isRateLimit(response)) {
            return Optional.of(rateLimitWait(response, attempt));
        }
        if (response.status() >= 500) {
            String reason = "HTTP " + response.status();
            return Optional.of(retryAfter(response)
                    .map(delay -> new Wait(delay, false, reason + ", retry-after " + delay.toSeconds() + " s"))
                    .orElseGet(() -> new Wait(policy.backoff(attempt), false, reason)));
        }
        return Optional.empty();
    }

    /** The wait before trying again after a connection failure. */
    Wait afterFailure(IOException failure, int attempt) {
        return new Wait(policy.backoff(attempt), false, "connection failed: " + failure.getClass().getSimpleName());
    }

    static boolean isRateLimit(ApiResponse response) {
        if (response.status() == 429) {
            return true;
        }
        if (response.status() != 403) {
            return false;
        }
        String message = response.gitHubMessage().orElse("").toLowerCase(Locale.ROOT);
        return response.header("retry-after").isPresent()
                || RateHeaders.remaining(response).filter(left -> left == 0).isPresent()
                || message.contains("rate limit")
                || message.contains("abuse");
    }

    private Wait rateLimitWait(ApiResponse response, int attempt) {
        Optional<Duration> retryAfter = retryAfter(response);
        if (retryAfter.isPresent()) {
            return new Wait(retryAfter.get(), true, "retry-after " + retryAfter.get().toSeconds() + " s");
        }
        Optional<Instant> reset = RateHeaders.remaining(response).filter(left -> left == 0)
                .flatMap(zero -> RateHeaders.reset(response));
        if (reset.isPresent()) {
            Duration delay = RateHeaders.between(clock.instant(), reset.get()).plus(CLOCK_MARGIN);
            return new Wait(delay, true, "primary rate limit used up until "
                    + RetryTime.at(clock.instant(), reset.get()));
        }
        return new Wait(policy.secondaryLimitBackoff(attempt), true, "secondary rate limit");
    }

    private Optional<Duration> retryAfter(ApiResponse response) {
        return RateHeaders.retryAfter(response, clock.instant());
    }
}
