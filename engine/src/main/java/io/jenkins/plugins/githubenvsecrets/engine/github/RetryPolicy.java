package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How often and how long a request is tried again after a server error, a connection failure or a rate limit.
 * Immutable; each {@code with...} returns a changed copy.
 *
 * <p>Server errors and connection failures wait {@code baseDelay * 2^(n-1)}, capped at {@code maxDelay}, with
 * "equal jitter" (between half and all of it). A secondary rate limit without advice waits
 * {@code secondaryLimitWait * 2^(n-1)}. One client, that is one sync, waits no more than {@code maxTotalWait} in
 * all, for retries, rate limits and requests spread before GitHub's reset together; the gap between writes is not
 * counted.
 */
public final class RetryPolicy {
    private static final RetryPolicy DEFAULTS = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(60),
            Duration.ofMinutes(5), Duration.ofSeconds(60), () -> ThreadLocalRandom.current().nextDouble());
    private static final RetryPolicy ONE_ATTEMPT = DEFAULTS.withMaxAttempts(1).withMaxTotalWait(Duration.ZERO);

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration maxTotalWait;
    private final Duration secondaryLimitWait;
    private final DoubleSupplier jitter;

    private RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxTotalWait,
            Duration secondaryLimitWait, DoubleSupplier jitter) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.baseDelay = requireNotNegative(baseDelay, "baseDelay");
        this.maxDelay = requireNotNegative(maxDelay, "maxDelay");
        this.maxTotalWait = requireNotNegative(maxTotalWait, "maxTotalWait");
        this.secondaryLimitWait = requireNotNegative(secondaryLimitWait, "secondaryLimitWait");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
    }

    /** 5 attempts, 1 s base delay, 60 s maximum delay, 5 minutes in all per sync, 60 s for a secondary rate limit. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * One attempt and no wait at all, for an answer someone is waiting for, such as a form's check: a server error or
     * a connection failure fails at once, and so does a rate limit, saying when to try again; a low rate budget does
     * not slow the request down.
     */
    public static RetryPolicy oneAttempt() {
        return ONE_ATTEMPT;
    }

    /** Attempts in all, the first included; 1 means never try again. */
    public RetryPolicy withMaxAttempts(int value) {
        return new RetryPolicy(value, baseDelay, maxDelay, maxTotalWait, secondaryLimitWait, jitter);
    }

    public RetryPolicy withBaseDelay(Duration value) {
        return new RetryPolicy(maxAttempts, value, maxDelay, maxTotalWait, secondaryLimitWait, jitter);
    }

    public RetryPolicy withMaxDelay(Duration value) {
        return new RetryPolicy(maxAttempts, baseDelay, value, maxTotalWait, secondaryLimitWait, jitter);
    }

    /**
     * The most one client (one sync) may spend waiting in all, the gap between writes aside; a wait that does not fit
     * fails at once, saying when to try again.
     */
    public RetryPolicy withMaxTotalWait(Duration value) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, value, secondaryLimitWait, jitter);
    }

    /** The first wait after a secondary rate limit that came without {@code retry-after}; GitHub asks for 60 s. */
    public RetryPolicy withSecondaryLimitWait(Duration value) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, maxTotalWait, value, jitter);
    }

    /** The source of jitter, values in [0, 1]; a fixed value makes delays predictable. */
    public RetryPolicy withJitter(DoubleSupplier value) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, maxTotalWait, secondaryLimitWait, value);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration baseDelay() {
        return baseDelay;
    }

    public Duration maxDelay() {
        return maxDelay;
    }

    public Duration maxTotalWait() {
        return maxTotalWait;
    }

    public Duration secondaryLimitWait() {
        return secondaryLimitWait;
    }

    /** The wait after failed attempt {@code attempt} (from 1) for a server error or connection failure. */
    Duration backoff(int attempt) {
        Duration full = doubled(baseDelay, attempt);
        if (full.compareTo(maxDelay) > 0) {
            full = maxDelay;
        }
        double share = 0.5 + 0.5 * Math.min(1.0, Math.max(0.0, jitter.getAsDouble()));
        return Duration.ofMillis(Math.round(full.toMillis() * share));
    }

    /** The wait after failed attempt {@code attempt} (from 1) for a secondary rate limit without advice. */
    Duration secondaryLimitBackoff(int attempt) {
        return doubled(secondaryLimitWait, attempt);
    }

    private static Duration doubled(Duration first, int attempt) {
        // The shift is bounded so that a large attempt count cannot overflow.
        return first.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
    }

    private static Duration requireNotNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, not " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
                + ", maxTotalWait=" + maxTotalWait + ", secondaryLimitWait=" + secondaryLimitWait + "]";
    }
}
