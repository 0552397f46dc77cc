package io.jenkins.plugins.githubenvsecrets.step;

import io.jenkins.plugins.githubenvsecrets.engine.masking.SecretMask;
import io.jenkins.plugins.githubenvsecrets.engine.sync.Drift;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretResult;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncReport;
import io.jenkins.plugins.githubenvsecrets.engine.sync.TargetReport;
import java.util.List;

/**
 * A sync's report as whatever leaves the build step may show it (the Pipeline step's result): every text in it that
 * is not a name or a label (the request's problems, reasons, target errors, drift) masked with the mask that guards
 * the log, so that a script echoing the result shows no more than the log does.
 */
final class MaskedReports {
    private MaskedReports() {
    }

    static SyncReport of(SyncReport report, SecretMask mask) {
        return new SyncReport(report.dryRun(), report.problems().stream().map(mask::apply).toList(),
                report.targets().stream().map(target -> masked(target, mask)).toList());
    }

    private static TargetReport masked(TargetReport target, SecretMask mask) {
        return new TargetReport(target.target(), target.outcome(), target.targetError().map(mask::apply).orElse(null),
                masked(target.secrets(), mask), masked(target.variables(), mask));
    }

    private static List<SecretResult> masked(List<SecretResult> results, SecretMask mask) {
        return results.stream().map(result -> new SecretResult(result.name(), result.outcome(),
                result.failureReason().map(mask::apply).orElse(null), result.driftIfAny()
                        .map(drift -> new Drift(mask.apply(drift.since()), drift.changedAt(),
                                drift.aspectIfAny().map(mask::apply).orElse(null)))
                        .orElse(null))).toList();
    }
}
