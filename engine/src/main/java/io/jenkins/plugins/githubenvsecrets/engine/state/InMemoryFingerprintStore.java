package io.jenkins.plugins.githubenvsecrets.engine.state;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Records kept for the life of the process, for callers without storage and for tests and benchmarks. */
public final class InMemoryFingerprintStore implements FingerprintStore {
    private final Map<String, Map<SecretName, SecretRecord>> scopes = new LinkedHashMap<>(); // guarded by this
    private final Map<String, EnvironmentScope> scopeNames = new LinkedHashMap<>(); // guarded by this

    @Override
    public synchronized Map<SecretName, SecretRecord> load(EnvironmentScope scope) {
        return scopes.getOrDefault(scope.key(), Map.of());
    }

    @Override
    public synchronized Map<SecretName, SecretRecord> update(EnvironmentScope scope,
            UnaryOperator<Map<SecretName, SecretRecord>> change) {
        Map<SecretName, SecretRecord> next = Map.copyOf(change.apply(load(scope)));
        if (next.isEmpty()) {
            scopes.remove(scope.key());
            scopeNames.remove(scope.key());
        } else {
            scopes.put(scope.key(), next);
            scopeNames.put(scope.key(), scope);
        }
        return next;
    }

    @Override
    public synchronized <T> T underLock(EnvironmentScope scope, LockedAction<T> action) throws InterruptedException {
        return action.run(load(scope));
    }

    @Override
    public synchronized List<RecordedSecret> all() {
        List<RecordedSecret> all = new ArrayList<>();
        scopes.forEach((key, records) -> records.forEach((name, record) ->
                all.add(new RecordedSecret(scopeNames.get(key), name, record))));
        return all;
    }
}
