package io.jenkins.plugins.githubenvsecrets.step;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.sync.Drift;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretResult;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncReport;
import io.jenkins.plugins.githubenvsecrets.engine.sync.TargetReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * One sync as the build remembers it: its targets, and each secret's and variable's name and outcome. Never a value;
 * problems, failure reasons and errors come from GitHub's answers and are masked like the log before they are kept.
 * Lists are plain {@link ArrayList}s, which the build's XML stores readably.
 */
@Restricted(NoExternalUse.class)
public final class SyncRecord {
    private final String apiUrl;
    private final boolean dryRun;
    /** Whether the build was aborted during the sync; absent (false) in the records of earlier versions. */
    private final boolean aborted;
    /** What may show a value, such as one too short to mask; absent in the records of earlier versions. */
    private final List<String> warnings;
    private final List<String> problems;
    private final List<TargetRecord> targets;

    SyncRecord(String apiUrl, boolean dryRun, boolean aborted, List<String> warnings, List<String> problems,
            List<TargetRecord> targets) {
        this.apiUrl = apiUrl;
        this.dryRun = dryRun;
        this.aborted = aborted;
        this.warnings = new ArrayList<>(warnings);
        this.problems = new ArrayList<>(problems);
        this.targets = new ArrayList<>(targets);
    }

    /** @param warnings what the log warned of the values, each a sentence that names, never shows, a value */
    static SyncRecord of(SyncReport report, String apiUrl, List<String> warnings, SecretMask mask) {
        return of(report, apiUrl, warnings, mask, false);
    }

    /** A sync the build's abort cut short: {@code soFar} holds what it did until then. */
    static SyncRecord aborted(SyncReport soFar, String apiUrl, List<String> warnings, SecretMask mask) {
        return of(soFar, apiUrl, warnings, mask, true);
    }

    private static SyncRecord of(SyncReport report, String apiUrl, List<String> warnings, SecretMask mask,
            boolean aborted) {
        return new SyncRecord(apiUrl, report.dryRun(), aborted, warnings.stream().map(mask::apply).toList(),
                report.problems().stream().map(mask::apply).toList(),
                report.targets().stream().map(target -> TargetRecord.of(target, mask)).toList());
    }

    public String getApiUrl() {
        return apiUrl;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** Whether the build was aborted during the sync, so that only what was done before is listed. */
    public boolean isAborted() {
        return aborted;
    }

    /** What may show a value, such as one too short to mask, as the log warned of it. */
    public List<String> getWarnings() {
        return warnings == null ? List.of() : Collections.unmodifiableList(warnings);
    }

    /** What GitHub showed wrong with the request before anything was written; then there are no targets. */
    public List<String> getProblems() {
        return problems == null ? List.of() : Collections.unmodifiableList(problems);
    }

    public List<TargetRecord> getTargets() {
        return targets == null ? List.of() : Collections.unmodifiableList(targets);
    }

    /** A target's own outcome ({@code existing}, {@code created}, ...) and its secrets and variables. */
    public static final class TargetRecord {
        private final String scope;
        private final String where;
        private final String repository;
        private final String environment;
        private final String organization;
        private final String outcome;
        private final String error;
        private final List<ItemRecord> items;

        TargetRecord(String scope, String where, String repository, String environment, String organization,
                String outcome, @CheckForNull String error, List<ItemRecord> items) {
            this.scope = scope;
            this.where = where;
            this.repository = repository;
            this.environment = environment;
            this.organization = organization;
            this.outcome = outcome;
            this.error = error;
            this.items = new ArrayList<>(items);
        }

        static TargetRecord of(TargetReport report, SecretMask mask) {
            List<ItemRecord> items = new ArrayList<>();
            for (ValueKind kind : ValueKind.values()) {
                report.results(kind).forEach(result -> items.add(ItemRecord.of(kind, result, mask)));
            }
            return new TargetRecord(report.target().kind().noun(), report.target().describe(),
                    report.repository().map(Object::toString).orElse(""),
                    report.environment().map(Object::toString).orElse(""),
                    report.organization().map(Object::toString).orElse(""), report.outcome().label(),
                    report.targetError().map(mask::apply).orElse(null), items);
        }

        /** {@code environment}, {@code repository} or {@code organization}. */
        public String getScope() {
            return scope;
        }

        /** The target in words: {@code environment 'production' of acme/web}, {@code organization acme}. */
        public String getWhere() {
            return where;
        }

        /** {@code owner/name}; empty for an organization. */
        public String getRepository() {
            return repository;
        }

        /** Empty unless the target is an environment. */
        public String getEnvironment() {
            return environment;
        }

        /** Empty unless the target is an organization. */
        public String getOrganization() {
            return organization;
        }

        public String getOutcome() {
            return outcome;
        }

        @CheckForNull
        public String getError() {
            return error;
        }

        /** Secrets first, then variables, each in the order the sync planned them. */
        public List<ItemRecord> getItems() {
            return items == null ? List.of() : Collections.unmodifiableList(items);
        }
    }

    /**
     * A secret's or variable's name and outcome label ({@code created}, {@code would-update}, {@code failed}, ...),
     * why it failed or was kept, and whether it had been changed on GitHub since this Jenkins wrote it.
     */
    public static final class ItemRecord {
        private final String kind;
        private final String name;
        private final String outcome;
        private final String reason;
        private final String drift;

        ItemRecord(String kind, String name, String outcome, @CheckForNull String reason, @CheckForNull String drift) {
            this.kind = kind;
            this.name = name;
            this.outcome = outcome;
            this.reason = reason;
            this.drift = drift;
        }

        static ItemRecord of(ValueKind kind, SecretResult result, SecretMask mask) {
            return new ItemRecord(kind.noun(), result.name().value(), result.outcome().label(),
                    result.failureReason().map(mask::apply).orElse(null),
                    result.driftIfAny().map(Drift::describe).map(mask::apply).orElse(null));
        }

        /** {@code secret} or {@code variable}. */
        public String getKind() {
            return kind;
        }

        public String getName() {
            return name;
        }

        public String getOutcome() {
            return outcome;
        }

        @CheckForNull
        public String getReason() {
            return reason;
        }

        /** {@code changed on GitHub since #12}, or null. */
        @CheckForNull
        public String getDrift() {
            return drift;
        }
    }
}
