package io.jenkins.plugins.githubenvsecrets.step;

import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import io.jenkins.plugins.githubenvsecrets.engine.sync.Drift;
import io.jenkins.plugins.githubenvsecrets.engine.sync.EnvironmentReport;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretResult;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncReport;

/**
 * A sync's report as whatever leaves the build step may show it (the Pipeline step's result): every text in it that
 * is not a name or a label (reasons, environment errors, drift) masked with the mask that guards the log, so that a
 * script echoing the result shows no more than the log does.
 */
final class MaskedReports {
    private MaskedReports() {
    }

    static SyncReport of(SyncReport report, SecretMask mask) {
        return new SyncReport(report.repository(), report.dryRun(), report.environments().stream()
                .map(environment -> new EnvironmentReport(environment.environment(), environment.outcome(),
                        environment.environmentError().map(mask::apply).orElse(null),
                        environment.secrets().stream().map(secret -> masked(secret, mask)).toList()))
                .toList());
    }

    private static SecretResult masked(SecretResult secret, SecretMask mask) {
        return new SecretResult(secret.name(), secret.outcome(), secret.failureReason().map(mask::apply).orElse(null),
                secret.driftIfAny().map(drift -> new Drift(mask.apply(drift.since()), drift.changedAt())).orElse(null));
    }
}
