package io.jenkins.plugins.githubenvsecrets.engine.state;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where syncs remember what they wrote, one record set per {@link RecordScope}. Implementations must be safe for
 * concurrent syncs: each record set has a lock of its own, and no operation waits for the lock of another set. Every
 * wait for a lock ends when the waiting thread is interrupted (an aborted build), with an {@link InterruptedException}
 * that says what it waited for.
 */
public interface FingerprintStore {
    /** Remembers nothing: every secret is written every time, and owned-only pruning deletes nothing. */
    FingerprintStore NONE = new FingerprintStore() {
        @Override
        public Map<SecretName, SecretRecord> load(RecordScope scope) {
            return Map.of();
        }

        @Override
        public Map<SecretName, SecretRecord> update(RecordScope scope,
                UnaryOperator<Map<SecretName, SecretRecord>> change) {
            return Map.of();
        }

        @Override
        public <T> T underLock(RecordScope scope, LockedAction<T> action) throws InterruptedException {
            return action.run(Map.of());
        }

        @Override
        public <T> T ordered(RecordScope scope, OrderedAction<T> action) throws InterruptedException {
            return action.run();
        }

        @Override
        public List<RecordedSecret> all() {
            return List.of();
        }
    };

    /**
     * The records of one set as they stand, without waiting for a sync that holds its lock; empty if none are known or
     * they could not be read (which is reported).
     */
    Map<SecretName, SecretRecord> load(RecordScope scope);

    /**
     * Replaces one set's records with {@code change} applied to the current ones, under the set's lock, so that
     * concurrent syncs of other secrets are not lost. Records that could not be read are left as they are.
     *
     * @return the records as they are after the change
     * @throws InterruptedException if interrupted while waiting for another sync of the set
     */
    Map<SecretName, SecretRecord> update(RecordScope scope, UnaryOperator<Map<SecretName, SecretRecord>> change)
            throws InterruptedException;

    /**
     * Runs {@code action} with the set's current records while no other sync can change them, so that a decision
     * taken on them (such as deleting a secret only its owner declares) holds until the action ends. The action may
     * call {@link #update}.
     *
     * @throws RecordUnreadableException if the records exist but could not be read, so that nothing is decided on none
     * @throws InterruptedException if interrupted while waiting for another sync of the set
     */
    <T> T underLock(RecordScope scope, LockedAction<T> action) throws InterruptedException;

    /**
     * Runs {@code action} while no other sync of this Jenkins writes to the set or records in it, whether or not its
     * records can be read: a write and the update that records its answer, so that writes of one set are recorded in
     * the order GitHub applied them. The action may call {@link #update}.
     *
     * @throws InterruptedException if interrupted while waiting for another sync of the set
     */
    <T> T ordered(RecordScope scope, OrderedAction<T> action) throws InterruptedException;

    /** Every record of every set, read from where they are kept: to build the audit's index, not for each view. */
    List<RecordedSecret> all();

    /** Tells {@code listener} of every set this store saves from now on, and of nothing before. */
    default void addListener(RecordListener listener) {
    }

    /** Forgets one secret's record; nothing changes on GitHub. */
    default void forget(RecordScope scope, SecretName name) throws InterruptedException {
        update(scope, current -> {
            Map<SecretName, SecretRecord> next = new HashMap<>(current);
            next.remove(name);
            return next;
        });
    }

    /** Work done under a set's lock, on its current records. */
    @FunctionalInterface
    interface LockedAction<T> {
        T run(Map<SecretName, SecretRecord> current) throws InterruptedException;
    }

    /** Work done while the set's writes are held in order. */
    @FunctionalInterface
    interface OrderedAction<T> {
        T run() throws InterruptedException;
    }
}
