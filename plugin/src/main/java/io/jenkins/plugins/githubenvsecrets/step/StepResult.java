package io.jenkins.plugins.githubenvsecrets.step;

import io.jenkins.plugins.githubenvsecrets.engine.sync.Drift;
import io.jenkins.plugins.githubenvsecrets.engine.sync.EnvironmentReport;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretResult;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncReport;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value the pipeline step returns. With {@code environment}: {@code [NAME: 'created', ...]}. With
 * {@code environments}: {@code [production: [NAME: 'created', ...], staging: [...]]}, even for a list of one, so a
 * script's access does not depend on how many environments it names. With {@code detailedResult: true} each label
 * becomes a map, {@code [outcome: 'updated', drifted: true, since: '#12']}; the default shape stays as it was.
 */
final class StepResult {
    static final String OUTCOME = "outcome";
    static final String DRIFTED = "drifted";
    static final String SINCE = "since";
    static final String REASON = "reason";

    private StepResult() {
    }

    static Map<String, Object> of(SyncReport report, boolean byEnvironment, boolean detailed) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (EnvironmentReport environment : report.environments()) {
            Map<String, Object> outcomes = byEnvironment ? new LinkedHashMap<>() : result;
            for (SecretResult secret : environment.secrets()) {
                outcomes.put(secret.name().value(), detailed ? details(secret) : secret.outcome().label());
            }
            if (byEnvironment) {
                result.put(environment.environment().value(), outcomes);
            }
        }
        return result;
    }

    /** Plain strings and booleans only, which every pipeline script may read. */
    private static Map<String, Object> details(SecretResult secret) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(OUTCOME, secret.outcome().label());
        details.put(DRIFTED, secret.driftIfAny().isPresent());
        secret.driftIfAny().map(Drift::since).ifPresent(since -> details.put(SINCE, since));
        secret.failureReason().ifPresent(reason -> details.put(REASON, reason));
        return details;
    }
}
