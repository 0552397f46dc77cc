package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome for one secret or variable of one target (which of the two the report's grouping, or the listener's
 * call, says), the reason where there is one, and whether it had drifted. Reasons are built from names and GitHub's
 * answers, never from values: for a failure why it failed, for a kept one why pruning spared it, for an update of an
 * organization's secret or variable what changed besides the value ({@code visibility private -> selected},
 * {@code selected repositories changed}).
 *
 * @param name the name as GitHub stores it (upper case); secrets and variables follow the same rules
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

    /**
     * Why it failed, why pruning kept it, or what an update changed besides the value; the name is as old as the field.
     */
    public Optional<String> failureReason() {
        return Optional.ofNullable(reason);
    }

    public Optional<Drift> driftIfAny() {
        return Optional.ofNullable(drift);
    }

    public boolean failed() {
        return outcome == SecretOutcome.FAILED;
    }

    /**
     * The outcome's label, and what else the log should say: {@code updated (changed on GitHub since #12)},
     * {@code would-update (visibility private -> selected)}, {@code kept (changed on GitHub since #3; not deleted)}.
     * A failure's reason is not part of it.
     */
    public String describe() {
        String label = outcome.label();
        StringBuilder more = new StringBuilder();
        if (drift != null) {
            more.append(drift.describe());
        }
        if (reason != null && !failed()) {
            more.append(more.length() == 0 ? "" : "; ").append(reason);
        }
        return more.length() == 0 ? label : label + " (" + more + ")";
    }
}
