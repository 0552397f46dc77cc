package io.jenkins.plugins.githubenvsecrets.engine.sync;

import io.jenkins.plugins.githubenvsecrets.engine.plan.PruneMode;
import java.util.Objects;

/**
 * How a sync behaves.
 *
 * @param createEnvironment create a missing environment (with GitHub's default settings) instead of failing; other
 *     targets are never created
 * @param dryRun read and plan, write nothing
 * @param prune which secrets (and variables) that the request does not name to delete: of the kinds the request
 *     names, secrets when it names neither, and whatever owned-only pruning finds of its own
 * @param force write every secret, even those known to be unchanged; a variable GitHub shows with the desired value
 *     is left as it is, since that is known for sure
 * @param failOnDrift write nothing, and fail every secret and variable, when one this sync owns was changed on GitHub
 *     since this Jenkins wrote it; without it, the Jenkins value is written back and the drift reported
 */
public record SyncOptions(boolean createEnvironment, boolean dryRun, PruneMode prune, boolean force,
        boolean failOnDrift) {
    public static final SyncOptions DEFAULTS = new SyncOptions(false, false, PruneMode.NONE, false, false);

    public SyncOptions {
        Objects.requireNonNull(prune, "prune");
    }

    /** Options that skip unchanged secrets. */
    public SyncOptions(boolean createEnvironment, boolean dryRun, PruneMode prune) {
        this(createEnvironment, dryRun, prune, false, false);
    }

    /** Options that restore drifted secrets. */
    public SyncOptions(boolean createEnvironment, boolean dryRun, PruneMode prune, boolean force) {
        this(createEnvironment, dryRun, prune, force, false);
    }
}
