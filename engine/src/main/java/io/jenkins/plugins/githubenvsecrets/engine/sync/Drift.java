package io.jenkins.plugins.githubenvsecrets.engine.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A secret or variable this sync owns was changed on GitHub since this Jenkins wrote it (by hand, or by another tool):
 * its value, or for an organization's, which repositories may read it.
 *
 * @param since which write it changed after: {@code #12} for a build of the same job, {@code another job wrote it}
 *     for another job's (never named), or {@code this Jenkins wrote it} when the record does not say
 * @param changedAt GitHub's {@code updated_at} for the change, as last listed
 * @param aspect what changed besides the value, such as {@code visibility} or {@code selected repositories};
 *     {@code null} for the value itself
 */
public record Drift(String since, Instant changedAt, String aspect) {
    public Drift {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /** A drift of the value. */
    public Drift(String since, Instant changedAt) {
        this(since, changedAt, null);
    }

    public Optional<String> aspectIfAny() {
        return Optional.ofNullable(aspect);
    }

    /** {@code changed on GitHub since #12}, or {@code visibility changed on GitHub since #12}. */
    public String describe() {
        return (aspect == null ? "" : aspect + " ") + "changed on GitHub since " + since;
    }
}
