package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads GitHub's rate-limit headers, the one place that does. An answer controls these values, so each is taken
 * only as a plain count of seconds or requests (digits alone); anything else is ignored as if the header were
 * missing, and a number too large for a {@code long} or for a date stops at a bound instead of overflowing.
 */
final class RateHeaders {
    /** The longest wait an answer can ask for; far beyond any wait allowed, so it always ends in a clear failure. */
    static final Duration MAX_DELAY = Duration.ofDays(366);
    /** The latest reset an answer can name: the end of year 9999, which every date type can hold. */
    static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59Z");

    private RateHeaders() {}

    /** {@code x-ratelimit-remaining}: requests left. */
    static Optional<Long> remaining(ApiResponse response) {
        return response.header("x-ratelimit-remaining").flatMap(RateHeaders::count);
    }

    /** {@code x-ratelimit-reset}: when the primary limit resets, from epoch seconds. */
    static Optional<Instant> reset(ApiResponse response) {
        return response.header("x-ratelimit-reset").flatMap(RateHeaders::count)
                .map(seconds -> Instant.ofEpochSecond(Math.min(seconds, MAX_INSTANT.getEpochSecond())));
    }

    /** {@code retry-after}: seconds, or an HTTP date (RFC 9110), as a wait from {@code now}, at most a year. */
    static Optional<Duration> retryAfter(ApiResponse response, Instant now) {
        return response.header("retry-after").flatMap(value -> count(value)
                .map(seconds -> Duration.ofSeconds(Math.min(seconds, MAX_DELAY.toSeconds())))
                .or(() -> httpDate(value).map(at -> between(now, at))));
    }

    /** From {@code now} until {@code at}: zero when it has passed, at most {@link #MAX_DELAY}. */
    static Duration between(Instant now, Instant at) {
        Duration delay = Duration.between(now, at);
        return delay.isNegative() ? Duration.ZERO : delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** A non-negative decimal count; more than a {@code long} holds saturates at {@link Long#MAX_VALUE}. */
    static Optional<Long> count(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException tooLarge) {
            return Optional.of(Long.MAX_VALUE);
        }
    }

    private static Optional<Instant> httpDate(String text) {
        try {
            return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }
}
