package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The result of one sync: for each environment, what became of each secret. Holds names only, never a value. */
public record SyncReport(RepositoryCoordinates repository, boolean dryRun, List<EnvironmentReport> environments) {
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

    /** How many secrets ended with the outcome, over all environments. */
    public long count(SecretOutcome outcome) {
        return environments.stream().flatMap(environment -> environment.secrets().stream())
                .filter(secret -> secret.outcome() == outcome).count();
    }
}
