package io.jenkins.plugins.githubenvsecrets.engine.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * A secret this sync owns was changed on GitHub since this Jenkins wrote it (by hand, or by another tool).
 *
 * @param since which write it changed after: {@code #12} for a build of the same job, {@code another job wrote it}
 *     for another job's (never named), or {@code this Jenkins wrote it} when the record does not say
 * @param changedAt GitHub's {@code updated_at} for the change
 */
public record Drift(String since, Instant changedAt) {
    public Drift {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /** {@code changed on GitHub since #12}. */
    public String describe() {
        return "changed on GitHub since " + since;
    }
}
