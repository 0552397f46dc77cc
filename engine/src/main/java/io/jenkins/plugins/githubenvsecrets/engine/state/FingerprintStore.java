package io.jenkins.plugins.githubenvsecrets.engine.state;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Where syncs remember what they wrote, per environment. Implementations must be safe for concurrent syncs. */
public interface FingerprintStore {
    /** Remembers nothing: every secret is written every time, and owned-only pruning deletes nothing. */
    FingerprintStore NONE = new FingerprintStore() {
        @Override
        public Map<SecretName, SecretRecord> load(EnvironmentScope scope) {
            return Map.of();
        }

        @Override
        public void update(EnvironmentScope scope, UnaryOperator<Map<SecretName, SecretRecord>> change) {
        }
    };

    /** The records of one environment; empty if none are known or the store could not be read. */
    Map<SecretName, SecretRecord> load(EnvironmentScope scope);

    /**
     * Replaces one environment's records with {@code change} applied to the current ones, atomically with respect
     * to other updates, so that concurrent syncs of other secrets are not lost.
     */
    void update(EnvironmentScope scope, UnaryOperator<Map<SecretName, SecretRecord>> change);
}
