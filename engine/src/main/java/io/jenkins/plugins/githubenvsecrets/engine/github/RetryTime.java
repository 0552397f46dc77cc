package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * When to try again, in words a reader can act on at a glance: {@code in 4 minutes (at 18:04:00 UTC)}, the wait rounded
 * up so that it is never too early, the time exact, with its date when it is not today.
 */
final class RetryTime {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private RetryTime() {
    }

    /** {@code in 2 minutes (at 10:01:30 UTC)} for 90 s from 10:00:00; {@code now (at ...)} once it has passed. */
    static String inWords(Instant now, Instant at) {
        Duration wait = Duration.between(now, at);
        return (wait.isNegative() || wait.isZero() ? "now" : "in " + duration(wait)) + " (at " + at(now, at) + ")";
    }

    /** {@code 10:01:30 UTC}, or {@code 2026-12-07 01:00:00 UTC} when it is not the day of {@code now}. */
    static String at(Instant now, Instant at) {
        return (sameDay(now, at) ? TIME.format(at) : DATE_TIME.format(at)) + " UTC";
    }

    /** {@code 45 seconds}, {@code 1 minute}, {@code 2 hours 5 minutes}: seconds under a minute, else whole minutes. */
    static String duration(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        if (seconds < 60) {
            return count(seconds, "second");
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 60) {
            return count(minutes, "minute");
        }
        return count(minutes / 60, "hour") + (minutes % 60 == 0 ? "" : " " + count(minutes % 60, "minute"));
    }

    private static String count(long number, String unit) {
        return number + " " + unit + (number == 1 ? "" : "s");
    }

    private static boolean sameDay(Instant a, Instant b) {
        return a.atZone(ZoneOffset.UTC).toLocalDate().equals(b.atZone(ZoneOffset.UTC).toLocalDate());
    }
}
