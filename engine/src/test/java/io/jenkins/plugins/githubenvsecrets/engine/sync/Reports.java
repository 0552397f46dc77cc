package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads a sync's report the way the tests ask about it: one environment, or its outcomes by secret name. */
final class Reports {
    private Reports() {
    }

    static TargetReport environment(SyncReport report, String name) {
        return report.targets().stream().filter(e -> e.environment().equals(java.util.Optional.of(
                EnvironmentName.of(name)))).findFirst().orElseThrow();
    }

    /** Secret name to outcome, in the report's order. */
    static Map<String, SecretOutcome> outcomes(SyncReport report, String environment) {
        return environment(report, environment).secrets().stream()
                .collect(Collectors.toMap(r -> r.name().value(), SecretResult::outcome, (a, b) -> a,
                        LinkedHashMap::new));
    }

    /** The environment of an environment target, as the listener is told of it. */
    static EnvironmentName environmentOf(Target target) {
        return ((EnvironmentTarget) target).environment();
    }
}
