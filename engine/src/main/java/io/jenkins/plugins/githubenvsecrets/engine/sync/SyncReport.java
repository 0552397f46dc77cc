package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The result of one sync: for each target (each environment of each repository, each repository, or the
 * organization), what became of each secret and variable. Holds names only, never a value.
 *
 * @param dryRun whether the sync only read and planned
 * @param problems what GitHub showed to be wrong with the request before anything was written (a repository that does
 *     not exist, an id that resolves to none, a selected repository GitHub does not know), one sentence each; when
 *     there are any, nothing was written to any target and every secret and variable failed
 * @param targets one report per target, in the order of the request (repositories, then environments within each)
 */
public record SyncReport(boolean dryRun, List<String> problems, List<TargetReport> targets) {
    public SyncReport {
        problems = List.copyOf(problems);
        targets = List.copyOf(targets);
    }

    public boolean hasFailures() {
        return !problems.isEmpty() || targets.stream().anyMatch(TargetReport::hasFailures);
    }

    /**
     * The request's problems, then one line per failure, each naming the target and the secret or variable and saying
     * why; empty when all went well. A target that failed as a whole is one line.
     */
    public List<String> failureLines() {
        List<String> lines = new ArrayList<>(problems);
        for (TargetReport target : targets) {
            if (target.outcome() == TargetOutcome.FAILED) {
                lines.add(target.where() + ": " + target.targetError().orElse("failed"));
                continue;
            }
            for (ValueKind kind : ValueKind.values()) {
                for (SecretResult result : target.results(kind)) {
                    result.failureReason().filter(reason -> result.failed()).ifPresent(reason -> lines.add(
                            target.where() + " " + kind.noun() + " " + result.name() + ": " + reason));
                }
            }
        }
        return lines;
    }

    /**
     * Every secret or variable that had drifted, as {@code acme/web environment 'production' secret NAME: changed on
     * GitHub since #12}.
     */
    public List<String> driftLines() {
        List<String> lines = new ArrayList<>();
        for (TargetReport target : targets) {
            for (ValueKind kind : ValueKind.values()) {
                for (SecretResult result : target.results(kind)) {
                    result.driftIfAny().ifPresent(drift -> lines.add(target.where() + " " + kind.noun() + " "
                            + result.name() + ": " + drift.describe()));
                }
            }
        }
        return lines;
    }

    /** How many secrets and variables ended with the outcome, over all targets. */
    public long count(SecretOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        return targets.stream().flatMap(target -> Stream.concat(target.secrets().stream(),
                target.variables().stream())).filter(result -> result.outcome() == outcome).count();
    }

    /** How many of one kind ended with the outcome, over all targets. */
    public long count(ValueKind kind, SecretOutcome outcome) {
        return targets.stream().flatMap(target -> target.results(kind).stream())
                .filter(result -> result.outcome() == outcome).count();
    }

    /** Whether any target holds a variable result: a caller then tells the kinds apart. */
    public boolean hasVariables() {
        return targets.stream().anyMatch(target -> !target.variables().isEmpty());
    }
}
