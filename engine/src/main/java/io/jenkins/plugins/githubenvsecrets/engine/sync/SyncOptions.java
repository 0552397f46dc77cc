package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import java.util.Objects;

/**
 * How a sync behaves.
 *
 * @param createEnvironment create a missing environment (with GitHub's default settings) instead of failing
 * @param dryRun read and plan, write nothing
 * @param prune which secrets that the request does not name to delete
 * @param force write every secret, even those known to be unchanged
 */
public record SyncOptions(boolean createEnvironment, boolean dryRun, PruneMode prune, boolean force) {
    public static final SyncOptions DEFAULTS = new SyncOptions(false, false, PruneMode.NONE, false);

    public SyncOptions {
        Objects.requireNonNull(prune, "prune");
    }

    /** Options that skip unchanged secrets. */
    public SyncOptions(boolean createEnvironment, boolean dryRun, PruneMode prune) {
        this(createEnvironment, dryRun, prune, false);
    }
}
