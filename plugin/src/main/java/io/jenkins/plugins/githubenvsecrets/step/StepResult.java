package io.jenkins.plugins.githubenvsecrets.step;

import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import io.jenkins.plugins.githubenvsecrets.engine.sync.Drift;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SecretResult;
import io.jenkins.plugins.githubenvsecrets.engine.sync.SyncReport;
import io.jenkins.plugins.githubenvsecrets.engine.sync.TargetReport;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value a Pipeline step returns: each item's outcome label by name, {@code [NAME: 'created', ...]}. Its shape
 * follows the step's arguments, never the number of targets, so that a script's access does not depend on how many it
 * names: with {@code repositories} keyed by repository ({@code owner/name}) first, then with {@code environments} by
 * environment, and with {@code variables} (or variables that pruning deleted) each map of outcomes split by kind,
 * {@code [secrets: [...], variables: [...]]}. With {@code detailedResult: true} each label becomes a map, {@code [outcome: 'updated', drifted: true,
 * since: '#12']}, with the reason of a failed or kept item. Without variables and lists the shape is the one the first
 * version returned.
 */
final class StepResult {
    static final String OUTCOME = "outcome";
    static final String DRIFTED = "drifted";
    static final String SINCE = "since";
    static final String REASON = "reason";

    /**
     * Which levels the result has.
     *
     * @param byRepository the step named {@code repositories}
     * @param byEnvironment the step named {@code environments}
     * @param byKind the step named {@code variables}
     * @param detailed a map per item instead of its label
     */
    record Shape(boolean byRepository, boolean byEnvironment, boolean byKind, boolean detailed)
            implements Serializable {
    }

    private StepResult() {
    }

    static Map<String, Object> of(SyncReport report, Shape shape) {
        // A step that lists no variables meets some when owned-only pruning deletes those it wrote earlier: it splits
        // by kind then too, so that a variable never takes the place of a secret of the same name.
        boolean byKind = shape.byKind() || report.hasVariables();
        Map<String, Object> result = new LinkedHashMap<>();
        for (TargetReport target : report.targets()) {
            Map<String, Object> outcomes = result;
            if (shape.byRepository()) {
                outcomes = level(outcomes, target.repository().map(Object::toString).orElse(target.where()));
            }
            if (shape.byEnvironment()) {
                outcomes = level(outcomes, target.environment().map(Object::toString).orElse(target.where()));
            }
            if (byKind) {
                put(level(outcomes, ValueKind.SECRET.pathSegment()), target.secrets(), shape.detailed());
                put(level(outcomes, ValueKind.VARIABLE.pathSegment()), target.variables(), shape.detailed());
            } else {
                put(outcomes, target.secrets(), shape.detailed());
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked") // every level is made here, as a map of String to Object
    private static Map<String, Object> level(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.computeIfAbsent(key, unused -> new LinkedHashMap<String, Object>());
    }

    private static void put(Map<String, Object> outcomes, List<SecretResult> results, boolean detailed) {
        for (SecretResult result : results) {
            outcomes.put(result.name().value(), detailed ? details(result) : result.outcome().label());
        }
    }

    /** Plain strings and booleans only, which every pipeline script may read. */
    private static Map<String, Object> details(SecretResult result) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(OUTCOME, result.outcome().label());
        details.put(DRIFTED, result.driftIfAny().isPresent());
        result.driftIfAny().map(Drift::since).ifPresent(since -> details.put(SINCE, since));
        result.failureReason().ifPresent(reason -> details.put(REASON, reason));
        return details;
    }
}
