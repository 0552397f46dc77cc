package io.jenkins.plugins.githubenvsecrets.engine.state;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.util.HashMap;
import java.util.List;
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
        public Map<SecretName, SecretRecord> update(EnvironmentScope scope,
                UnaryOperator<Map<SecretName, SecretRecord>> change) {
            return Map.of();
        }

        @Override
        public <T> T underLock(EnvironmentScope scope, LockedAction<T> action) throws InterruptedException {
            return action.run(Map.of());
        }

        @Override
        public List<RecordedSecret> all() {
            return List.of();
        }
    };

    /** The records of one environment; empty if none are known or the store could not be read. */
    Map<SecretName, SecretRecord> load(EnvironmentScope scope);

    /**
     * Replaces one environment's records with {@code change} applied to the current ones, atomically with respect
     * to other updates, so that concurrent syncs of other secrets are not lost.
     *
     * @return the records as they are after the change
     */
    Map<SecretName, SecretRecord> update(EnvironmentScope scope, UnaryOperator<Map<SecretName, SecretRecord>> change);

    /**
     * Runs {@code action} with the environment's current records while no other sync can change them, so that a
     * decision taken on them (such as deleting a secret only its owner declares) holds until the action ends. The
     * action may call {@link #update}.
     *
     * @throws RecordUnreadableException if the records exist but could not be read, so that nothing is decided on none
     */
    <T> T underLock(EnvironmentScope scope, LockedAction<T> action) throws InterruptedException;

    /** Every record of every environment, for the audit. */
    List<RecordedSecret> all();

    /** Forgets one secret's record; nothing changes on GitHub. */
    default void forget(EnvironmentScope scope, SecretName name) {
        update(scope, current -> {
            Map<SecretName, SecretRecord> next = new HashMap<>(current);
            next.remove(name);
            return next;
        });
    }

    /** Work done under a store's lock. */
    @FunctionalInterface
    interface LockedAction<T> {
        T run(Map<SecretName, SecretRecord> current) throws InterruptedException;
    }
}
