package io.jenkins.plugins.githubenvsecrets.engine.state;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * Records kept for the life of the process, for callers without storage and for tests and benchmarks; locked per
 * record set like the file store.
 */
public final class InMemoryFingerprintStore implements FingerprintStore {
    private final ConcurrentHashMap<String, Stored> sets = new ConcurrentHashMap<>();
    private final ScopeLocks locks = new ScopeLocks();
    private final List<RecordListener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public Map<SecretName, SecretRecord> load(RecordScope scope) {
        Stored stored = sets.get(scope.key());
        return stored == null ? Map.of() : stored.records();
    }

    @Override
    public Map<SecretName, SecretRecord> update(RecordScope scope,
            UnaryOperator<Map<SecretName, SecretRecord>> change) throws InterruptedException {
        return locks.locked(scope, () -> {
            Map<SecretName, SecretRecord> next = Map.copyOf(change.apply(load(scope)));
            if (next.isEmpty()) {
                sets.remove(scope.key());
            } else {
                sets.put(scope.key(), new Stored(scope, next));
            }
            listeners.forEach(listener -> listener.saved(scope, next));
            return next;
        });
    }

    @Override
    public <T> T underLock(RecordScope scope, LockedAction<T> action) throws InterruptedException {
        return locks.locked(scope, () -> action.run(load(scope)));
    }

    @Override
    public <T> T ordered(RecordScope scope, OrderedAction<T> action) throws InterruptedException {
        return locks.locked(scope, action);
    }

    @Override
    public List<RecordedSecret> all() {
        List<RecordedSecret> all = new ArrayList<>();
        sets.values().forEach(stored -> stored.records().forEach((name, record) ->
                all.add(new RecordedSecret(stored.scope(), name, record))));
        return all;
    }

    @Override
    public void addListener(RecordListener listener) {
        listeners.add(listener);
    }

    private record Stored(RecordScope scope, Map<SecretName, SecretRecord> records) {}
}
