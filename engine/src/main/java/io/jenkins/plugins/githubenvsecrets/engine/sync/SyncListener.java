package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;

/**
 * Progress of a sync, for the caller to show (the Jenkins plugin writes it to the build log). The engine itself never
 * prints. Events carry names and outcomes, never values.
 */
public interface SyncListener {
    SyncListener NONE = new SyncListener() {
    };

    default void environmentStarted(EnvironmentName environment) {
    }

    default void environmentDone(EnvironmentReport report) {
    }

    default void secretDone(EnvironmentName environment, SecretResult result) {
    }

    /** Something the user should know that does not fail the sync, in a sentence without any value. */
    default void warning(String message) {
    }
}
