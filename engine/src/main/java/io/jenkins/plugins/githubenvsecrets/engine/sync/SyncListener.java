package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;

/**
 * Progress of a sync, for the caller to show (the Jenkins plugin writes it to the build log). The engine itself never
 * prints. Events carry names and outcomes, never values. Targets are told of one after another, each as
 * {@link #targetStarted}, then {@link #itemDone} for each of its secrets and variables, then {@link #targetDone};
 * calls come from the thread that runs the sync.
 */
public interface SyncListener {
    SyncListener NONE = new SyncListener() {
    };

    /** The sync begins the target's writes (or, in a dry run, its plan). */
    default void targetStarted(Target target) {
    }

    /** A secret ({@link ValueKind#SECRET}) or a variable of {@code target} has its outcome. */
    default void itemDone(Target target, ValueKind kind, SecretResult result) {
    }

    default void targetDone(TargetReport report) {
    }

    /** Something the user should know that does not fail the sync, in a sentence without any value. */
    default void warning(String message) {
    }
}
