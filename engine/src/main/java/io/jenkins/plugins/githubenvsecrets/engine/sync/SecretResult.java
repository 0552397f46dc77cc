package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome for one secret of one environment, and for a failure the reason. Reasons are built from names and
 * GitHub's answers, never from values.
 */
public record SecretResult(SecretName name, SecretOutcome outcome, String reason) {
    public SecretResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == SecretOutcome.FAILED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("A failed secret needs a reason");
        }
    }

    static SecretResult of(SecretName name, SecretOutcome outcome) {
        return new SecretResult(name, outcome, null);
    }

    static SecretResult failed(SecretName name, String reason) {
        return new SecretResult(name, SecretOutcome.FAILED, reason);
    }

    public Optional<String> failureReason() {
        return Optional.ofNullable(reason);
    }

    public boolean failed() {
        return outcome == SecretOutcome.FAILED;
    }
}
