package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * GitHub's answer to a secret write.
 *
 * @param outcome created (201) or updated (204)
 * @param storedAt when GitHub stored it, from the {@code Date} of GitHub's answer: GitHub's own time, the same clock as
 *     the {@code updated_at} its listings show, so our writes are known without reading them back. Without a
 *     {@code Date}, or with one further than {@link #SANE_BOUND} from GitHub's clock as its other answers showed it,
 *     this client's clock corrected by that offset.
 * @param distrustedDate the answer's {@code Date} when it was not trusted for {@code storedAt}; {@code null} otherwise
 */
public record WriteReceipt(WriteOutcome outcome, Instant storedAt, Instant distrustedDate) {
    /** How far a write's {@code Date} may lie from GitHub's clock as seen so far and still be trusted. */
    public static final Duration SANE_BOUND = GitHubClock.SANE_BOUND;

    public WriteReceipt {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(storedAt, "storedAt");
    }

    /** A receipt whose time GitHub's answer gave. */
    public WriteReceipt(WriteOutcome outcome, Instant storedAt) {
        this(outcome, storedAt, null);
    }

    public Optional<Instant> distrustedDateIfAny() {
        return Optional.ofNullable(distrustedDate);
    }
}
