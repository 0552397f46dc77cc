package io.jenkins.plugins.githubenvsecrets.engine.state;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** A store that does what another does, for a test to step in where it overrides: a fault, a race, a claim. */
public class DelegatingFingerprintStore implements FingerprintStore {
    private final FingerprintStore store;

    public DelegatingFingerprintStore(FingerprintStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Map<SecretName, SecretRecord> load(RecordScope scope) {
        return store.load(scope);
    }

    @Override
    public Map<SecretName, SecretRecord> update(RecordScope scope,
            UnaryOperator<Map<SecretName, SecretRecord>> change) throws InterruptedException {
        return store.update(scope, change);
    }

    @Override
    public <T> T underLock(RecordScope scope, LockedAction<T> action) throws InterruptedException {
        return store.underLock(scope, action);
    }

    @Override
    public <T> T ordered(RecordScope scope, OrderedAction<T> action) throws InterruptedException {
        return store.ordered(scope, action);
    }

    @Override
    public List<RecordedSecret> all() {
        return store.all();
    }

    @Override
    public void addListener(RecordListener listener) {
        store.addListener(listener);
    }
}
