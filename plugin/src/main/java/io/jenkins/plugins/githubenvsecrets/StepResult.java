package io.jenkins.plugins.githubenvsecrets;

import io.jenkins.plugins.githubenvsecrets.engine.sync.EnvironmentReport;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretResult;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncReport;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value the pipeline step returns. With {@code environment}: {@code [NAME: 'created', ...]}. With
 * {@code environments}: {@code [production: [NAME: 'created', ...], staging: [...]]}, even for a list of one, so a
 * script's access does not depend on how many environments it names.
 */
final class StepResult {
    private StepResult() {
    }

    static Map<String, Object> of(SyncReport report, boolean byEnvironment) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (EnvironmentReport environment : report.environments()) {
            Map<String, Object> outcomes = byEnvironment ? new LinkedHashMap<>() : result;
            for (SecretResult secret : environment.secrets()) {
                outcomes.put(secret.name().value(), secret.outcome().label());
            }
            if (byEnvironment) {
                result.put(environment.environment().value(), outcomes);
            }
        }
        return result;
    }
}
