package io.jenkins.plugins.githubenvsecrets.engine.state;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** Records kept for the life of the process, for callers without storage and for tests and benchmarks. */
public final class InMemoryFingerprintStore implements FingerprintStore {
    private final Map<String, Map<SecretName, SecretRecord>> scopes = new ConcurrentHashMap<>();

    @Override
    public Map<SecretName, SecretRecord> load(EnvironmentScope scope) {
        return scopes.getOrDefault(scope.key(), Map.of());
    }

    @Override
    public void update(EnvironmentScope scope, UnaryOperator<Map<SecretName, SecretRecord>> change) {
        scopes.compute(scope.key(), (key, current) -> Map.copyOf(change.apply(current == null ? Map.of() : current)));
    }
}
