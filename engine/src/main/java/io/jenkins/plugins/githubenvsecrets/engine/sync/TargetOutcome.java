package io.jenkins.plugins.githubenvsecrets.engine.sync;

import java.util.Locale;

/**
 * What happened to a target itself: it existed, or (an environment only) was created or would be; or it failed, and
 * its secrets and variables with it. A sync never changes a target's settings.
 */
public enum TargetOutcome {
    EXISTING,
    /** A missing environment was created, as the request allowed. */
    CREATED,
    /** A dry run found the environment missing and would create it. */
    WOULD_CREATE,
    /** The target could not be read, created or tried; every secret and variable of it failed. */
    FAILED;

    /** {@code existing}, {@code would-create}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
