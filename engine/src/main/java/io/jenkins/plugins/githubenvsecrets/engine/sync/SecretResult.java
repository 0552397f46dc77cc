package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome for one secret of one environment, for a failure or a kept secret the reason, and whether the secret
 * had drifted. Reasons are built from names and GitHub's answers, never from values.
 */
public record SecretResult(SecretName name, SecretOutcome outcome, String reason, Drift drift) {
    public SecretResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == SecretOutcome.FAILED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("A failed secret needs a reason");
        }
    }

    public SecretResult(SecretName name, SecretOutcome outcome, String reason) {
        this(name, outcome, reason, null);
    }

    static SecretResult of(SecretName name, SecretOutcome outcome) {
        return new SecretResult(name, outcome, null, null);
    }

    static SecretResult failed(SecretName name, String reason) {
        return new SecretResult(name, SecretOutcome.FAILED, reason, null);
    }

    SecretResult withDrift(Drift found) {
        return new SecretResult(name, outcome, reason, found);
    }

    /** Why it failed, or why a secret that pruning would have deleted was kept. */
    public Optional<String> failureReason() {
        return Optional.ofNullable(reason);
    }

    public Optional<Drift> driftIfAny() {
        return Optional.ofNullable(drift);
    }

    public boolean failed() {
        return outcome == SecretOutcome.FAILED;
    }

    /** The outcome's label, and what else the log should say: {@code updated (changed on GitHub since #12)}. */
    public String describe() {
        String label = outcome.label();
        if (drift != null) {
            return label + " (" + drift.describe() + ")";
        }
        return outcome == SecretOutcome.KEPT && reason != null ? label + " (" + reason + ")" : label;
    }
}
