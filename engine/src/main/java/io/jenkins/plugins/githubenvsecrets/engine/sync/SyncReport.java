package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
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
     * The request's problems, then one line per reason a secret or variable failed for, naming what it failed (each
     * target with its secrets and variables), and saying the reason once: {@code acme/web environment 'production'
     * secrets A, B: <reason>}. A target that failed as a whole gives its own reason for all of them; names that point
     * to another's reason stand in a line of their own. Empty when all went well.
     */
    public List<String> failureLines() {
        List<String> lines = new ArrayList<>(problems);
        Map<String, Subjects> byReason = new LinkedHashMap<>();
        for (TargetReport target : targets) {
            boolean whole = target.outcome() == TargetOutcome.FAILED;
            if (whole) {
                byReason.computeIfAbsent(target.targetError().orElse("failed"), reason -> new Subjects())
                        .add(target.where());
            }
            for (ValueKind kind : ValueKind.values()) {
                for (SecretResult result : target.results(kind)) {
                    if (!result.failed()) {
                        continue;
                    }
                    String reason = whole ? target.targetError().orElse("failed")
                            : result.failureReason().orElse("failed");
                    byReason.computeIfAbsent(reason, unused -> new Subjects()).add(target.where(), kind,
                            result.name().value());
                }
            }
        }
        byReason.forEach((reason, subjects) -> lines.add(subjects + ": " + reason));
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

    /**
     * What one reason failed, by target and kind, in the report's order: {@code acme/web environment 'production'
     * secrets A, B and variable REGION; acme/web environment 'staging' secret A}.
     */
    private static final class Subjects {
        private final Map<String, Map<ValueKind, List<String>>> byTarget = new LinkedHashMap<>();

        Subjects add(String where) {
            byTarget.computeIfAbsent(where, unused -> new EnumMap<>(ValueKind.class));
            return this;
        }

        void add(String where, ValueKind kind, String name) {
            byTarget.computeIfAbsent(where, unused -> new EnumMap<>(ValueKind.class))
                    .computeIfAbsent(kind, unused -> new ArrayList<>()).add(name);
        }

        @Override
        public String toString() {
            return byTarget.entrySet().stream().map(target -> target.getValue().isEmpty() ? target.getKey()
                    : target.getKey() + " " + target.getValue().entrySet().stream()
                            .map(names -> names.getValue().size() == 1
                                    ? names.getKey().noun() + " " + names.getValue().get(0)
                                    : names.getKey().pathSegment() + " " + String.join(", ", names.getValue()))
                            .collect(Collectors.joining(" and ")))
                    .collect(Collectors.joining("; "));
        }
    }
}
