package io.jenkins.plugins.githubenvsecrets.engine.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of one sync: for each environment, what became of each secret. Holds names only, never a value.
 *
 * @param repository {@code owner/name}, or the id as given when it could not be resolved
 */
public record SyncReport(String repository, boolean dryRun, List<EnvironmentReport> environments) {
    public SyncReport {
        Objects.requireNonNull(repository, "repository");
        environments = List.copyOf(environments);
    }

    public boolean hasFailures() {
        return environments.stream().anyMatch(EnvironmentReport::hasFailures);
    }

    /**
     * One line per failure, each naming repository, environment and secret and saying why; empty when all went
     * well.
     */
    public List<String> failureLines() {
        List<String> lines = new ArrayList<>();
        for (EnvironmentReport environment : environments) {
            if (environment.outcome() == EnvironmentOutcome.FAILED) {
                lines.add(repository + " environment '" + environment.environment() + "': "
                        + environment.environmentError().orElse("failed"));
                continue;
            }
            for (SecretResult secret : environment.secrets()) {
                secret.failureReason().filter(reason -> secret.failed()).ifPresent(reason -> lines.add(
                        repository + " environment '" + environment.environment() + "' secret " + secret.name()
                                + ": " + reason));
            }
        }
        return lines;
    }

    /** Every secret that had drifted, as {@code environment: NAME (changed on GitHub since #12)}. */
    public List<String> driftLines() {
        List<String> lines = new ArrayList<>();
        for (EnvironmentReport environment : environments) {
            for (SecretResult secret : environment.secrets()) {
                secret.driftIfAny().ifPresent(drift -> lines.add(repository + " environment '"
                        + environment.environment() + "' secret " + secret.name() + ": " + drift.describe()));
            }
        }
        return lines;
    }

    /** How many secrets ended with the outcome, over all environments. */
    public long count(SecretOutcome outcome) {
        return environments.stream().flatMap(environment -> environment.secrets().stream())
                .filter(secret -> secret.outcome() == outcome).count();
    }
}
