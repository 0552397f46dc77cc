package io.jenkins.plugins.githubenvsecrets.engine.plan;

/** What a sync does to one secret or variable of one target. */
public enum Action {
    /** The secret does not exist yet: write it. */
    CREATE,
    /** The secret exists and may differ: write it. */
    UPDATE,
    /** The secret exists with the same value, as far as we can know: leave it alone. */
    KEEP,
    /** The secret exists, the request no longer names it, and pruning may remove it. */
    DELETE,
    /**
     * The secret exists, the request no longer names it, and it is this sync's to prune, but it was changed on GitHub
     * since this Jenkins wrote it: leave it to whoever changed it.
     */
    SPARE
}
