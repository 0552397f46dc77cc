package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.time.Instant;
import java.util.Objects;

/**
 * GitHub's answer to a secret write.
 *
 * @param outcome created (201) or updated (204)
 * @param storedAt when GitHub stored it, from the {@code Date} of GitHub's answer (this client's clock if GitHub sent
 *     none): GitHub's own time, the same clock as the {@code updated_at} its listings show, so our writes are known
 *     without reading them back
 */
public record WriteReceipt(WriteOutcome outcome, Instant storedAt) {
    public WriteReceipt {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(storedAt, "storedAt");
    }
}
