package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * GitHub's clock as this client's answers showed it: the offset of each answer's {@code Date} from our clock. One
 * answer far from the others (more than {@link #SANE_BOUND}) does not move it; two such answers in a row that agree
 * do, since then GitHub's clock, or ours, really moved. A write is timed by the {@code Date} of its answer when that
 * lies within the bound of GitHub's clock; otherwise, or without a {@code Date}, by that clock: a broken
 * {@code Date} then neither hides later changes on GitHub (a time far ahead) nor makes our own write look like one
 * (a time far back).
 */
final class GitHubClock {
    /** How far a write's {@code Date} may lie from GitHub's clock as seen so far and still be trusted. */
    static final Duration SANE_BOUND = Duration.ofMinutes(5);
    /**
     * A {@code Date} is cut to the second: half a second added makes the estimate right within half a second, so that
     * our own write stays well inside the 2 s the record allows for it.
     */
    private static final Duration HALF_A_SECOND = Duration.ofMillis(500);

    private final Clock clock;
    private Duration offset; // guarded by this; GitHub's clock minus ours, null before any answer with a Date
    private Duration outlier; // guarded by this; the last answer's offset when it lay beyond the bound

    GitHubClock(Clock clock) {
        this.clock = clock;
    }

    /** Notes an answer's {@code Date}; {@code null} when it had none that could be read. */
    synchronized void observe(Instant date) {
        if (date == null) {
            return;
        }
        Duration seen = Duration.between(clock.instant(), date.plus(HALF_A_SECOND));
        if (offset == null || near(seen, offset) || (outlier != null && near(seen, outlier))) {
            offset = seen;
            outlier = null;
        } else {
            outlier = seen;
        }
    }

    /** When GitHub stored a write whose answer, already observed, had this {@code Date} ({@code null}: none). */
    synchronized WriteTime timeOfWrite(Instant date) {
        Instant gitHubNow = offset == null ? clock.instant() : clock.instant().plus(offset);
        if (date != null && near(Duration.between(gitHubNow, date), Duration.ZERO)) {
            return new WriteTime(date, null);
        }
        return new WriteTime(gitHubNow, date);
    }

    private static boolean near(Duration one, Duration other) {
        return one.minus(other).abs().compareTo(SANE_BOUND) <= 0;
    }

    /** When a write is taken to have been stored, and the {@code Date} not trusted for it, if any. */
    record WriteTime(Instant storedAt, Instant distrustedDate) {}
}
