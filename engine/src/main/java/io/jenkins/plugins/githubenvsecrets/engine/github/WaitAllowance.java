package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.time.Duration;

/**
 * How long one client (one sync) may still wait in all: backoff before a retry, a rate limit waited out, requests
 * spread before GitHub's reset. A wait that does not fit is refused before it starts, so a sync fails at once
 * instead of sleeping first. The gap between writes is not charged: it is how every write is paced, not a delay.
 * Thread-safe.
 */
final class WaitAllowance {
    private final Duration total;
    private Duration spent = Duration.ZERO; // guarded by this

    WaitAllowance(Duration total) {
        this.total = total;
    }

    /** Charges {@code wait} and returns true if it fits into what is left; otherwise charges nothing. */
    synchronized boolean take(Duration wait) {
        if (wait.compareTo(left()) > 0) {
            return false;
        }
        spent = spent.plus(wait);
        return true;
    }

    synchronized Duration left() {
        return total.minus(spent);
    }

    Duration total() {
        return total;
    }
}
