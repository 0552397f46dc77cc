package io.jenkins.plugins.githubenvsecrets.engine.state;

import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import java.util.Map;

/** Told of each record set a store saved, such as the audit's index, which so never reads the files again. */
@FunctionalInterface
public interface RecordListener {
    /**
     * Called under the set's lock right after it was saved, so calls for one set come in the order of its saves.
     * Must be quick and must not throw.
     *
     * @param records the set's records as saved; empty when the set no longer holds any
     */
    void saved(RecordScope scope, Map<SecretName, SecretRecord> records);
}
