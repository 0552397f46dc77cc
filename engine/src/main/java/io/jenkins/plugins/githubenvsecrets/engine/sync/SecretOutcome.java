package io.jenkins.plugins.githubenvsecrets.engine.sync;

import java.util.Locale;

/**
 * What happened to one secret or variable; the same words serve both. {@link #label()} is the word logs and step
 * results use.
 */
public enum SecretOutcome {
    CREATED,
    UPDATED,
    DELETED,
    /** Left alone: its value on GitHub is already the desired one. */
    UNCHANGED,
    WOULD_CREATE,
    WOULD_UPDATE,
    WOULD_DELETE,
    /**
     * An owned secret that pruning would have deleted, left alone because it was changed on GitHub since this Jenkins
     * wrote it, or because another sync declares it now.
     */
    KEPT,
    /** A secret to delete that GitHub no longer had. */
    ALREADY_GONE,
    FAILED;

    /** {@code created}, {@code would-update}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether GitHub now holds something this sync sent or removed. */
    public boolean changedGitHub() {
        return this == CREATED || this == UPDATED || this == DELETED;
    }
}
