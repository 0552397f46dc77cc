package io.jenkins.plugins.githubenvsecrets.step;

import hudson.model.Describable;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;

/**
 * Where the freestyle build step writes, as its form's choice of scope: an environment of a repository, a repository or
 * an organization, each with the fields of its target, taken as configured (see {@link GitHubSecretBuilder}). The
 * Pipeline steps have a step per scope instead, and their forms include the same views.
 */
public abstract class SyncScope implements Describable<SyncScope> {
    /** The kind of target this scope writes to. */
    abstract TargetKind kind();

    /** Sets this scope's fields on {@code settings}, which has this scope's kind. */
    abstract void applyTo(SyncSettings settings);

    /** The settings of a sync of this scope: {@code common} with this scope's kind and fields. */
    final SyncSettings settings(SyncSettings common) {
        SyncSettings settings = common.withKind(kind());
        applyTo(settings);
        return settings;
    }
}
