package io.jenkins.plugins.githubenvsecrets.step;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import io.jenkins.plugins.githubenvsecrets.engine.sync.Drift;
import io.jenkins.plugins.githubenvsecrets.engine.sync.EnvironmentReport;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretResult;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * One sync as the build remembers it: repository, environments, and each secret's name and outcome. Never a value;
 * failure reasons come from GitHub's answers and are masked like the log before they are kept. Lists are plain
 * {@link ArrayList}s, which the build's XML stores readably.
 */
@Restricted(NoExternalUse.class)
public final class SyncRecord {
    private final String repository;
    private final String apiUrl;
    private final boolean dryRun;
    private final List<EnvironmentRecord> environments;

    SyncRecord(String repository, String apiUrl, boolean dryRun, List<EnvironmentRecord> environments) {
        this.repository = repository;
        this.apiUrl = apiUrl;
        this.dryRun = dryRun;
        this.environments = new ArrayList<>(environments);
    }

    static SyncRecord of(SyncReport report, String apiUrl, SecretMask mask) {
        return new SyncRecord(report.repository().toString(), apiUrl, report.dryRun(),
                report.environments().stream().map(environment -> EnvironmentRecord.of(environment, mask)).toList());
    }

    public String getRepository() {
        return repository;
    }

    public String getApiUrl() {
        return apiUrl;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public List<EnvironmentRecord> getEnvironments() {
        return environments == null ? List.of() : Collections.unmodifiableList(environments);
    }

    /** An environment's own outcome ({@code existing}, {@code created}, ...) and its secrets. */
    public static final class EnvironmentRecord {
        private final String name;
        private final String outcome;
        private final String error;
        private final List<SecretRecord> secrets;

        EnvironmentRecord(String name, String outcome, @CheckForNull String error, List<SecretRecord> secrets) {
            this.name = name;
            this.outcome = outcome;
            this.error = error;
            this.secrets = new ArrayList<>(secrets);
        }

        static EnvironmentRecord of(EnvironmentReport report, SecretMask mask) {
            return new EnvironmentRecord(report.environment().value(), report.outcome().label(),
                    report.environmentError().map(mask::apply).orElse(null),
                    report.secrets().stream().map(secret -> SecretRecord.of(secret, mask)).toList());
        }

        public String getName() {
            return name;
        }

        public String getOutcome() {
            return outcome;
        }

        @CheckForNull
        public String getError() {
            return error;
        }

        public List<SecretRecord> getSecrets() {
            return secrets == null ? List.of() : Collections.unmodifiableList(secrets);
        }
    }

    /**
     * A secret's name and outcome label ({@code created}, {@code would-update}, {@code failed}, ...), and whether it
     * had been changed on GitHub since this Jenkins wrote it. Builds recorded before drift was known have none.
     */
    public static final class SecretRecord {
        private final String name;
        private final String outcome;
        private final String reason;
        private final String drift;

        SecretRecord(String name, String outcome, @CheckForNull String reason, @CheckForNull String drift) {
            this.name = name;
            this.outcome = outcome;
            this.reason = reason;
            this.drift = drift;
        }

        static SecretRecord of(SecretResult result, SecretMask mask) {
            return new SecretRecord(result.name().value(), result.outcome().label(),
                    result.failureReason().map(mask::apply).orElse(null),
                    result.driftIfAny().map(Drift::describe).orElse(null));
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
