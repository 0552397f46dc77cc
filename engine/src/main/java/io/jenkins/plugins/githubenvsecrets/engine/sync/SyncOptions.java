package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import java.util.Objects;

/**
 * How a sync behaves.
 *
 * @param createEnvironment create a missing environment (with GitHub's default settings) instead of failing
 * @param dryRun read and plan, write nothing
 * @param prune which secrets that the request does not name to delete
 */
public record SyncOptions(boolean createEnvironment, boolean dryRun, PruneMode prune) {
    public static final SyncOptions DEFAULTS = new SyncOptions(false, false, PruneMode.NONE);

    public SyncOptions {
        Objects.requireNonNull(prune, "prune");
    }
}
