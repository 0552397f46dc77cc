package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a sync did in one environment: the environment's own outcome and one result per secret. */
public record EnvironmentReport(EnvironmentName environment, EnvironmentOutcome outcome, String error,
        List<SecretResult> secrets) {
    public EnvironmentReport {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(outcome, "outcome");
        secrets = List.copyOf(secrets);
    }

    public Optional<String> environmentError() {
        return Optional.ofNullable(error);
    }

    public boolean hasFailures() {
        return outcome == EnvironmentOutcome.FAILED || secrets.stream().anyMatch(SecretResult::failed);
    }
}
