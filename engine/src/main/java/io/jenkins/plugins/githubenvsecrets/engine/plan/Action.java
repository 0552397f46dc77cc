package io.jenkins.plugins.githubenvsecrets.engine.plan;

/** What a sync does to one secret of one environment. */
public enum Action {
    /** The secret does not exist yet: write it. */
    CREATE,
    /** The secret exists and may differ: write it. */
    UPDATE,
    /** The secret exists with the same value, as far as we can know: leave it alone. */
    KEEP,
    /** The secret exists, the request no longer names it, and pruning may remove it. */
    DELETE
}
