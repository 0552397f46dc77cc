package io.jenkins.plugins.githubenvsecrets.engine.plan;

/** Which secrets that the request does not name a sync deletes. */
public enum PruneMode {
    /** Delete nothing. */
    NONE,
    /**
     * Delete only secrets this sync's identity wrote earlier, so that jobs sharing an environment keep each other's
     * secrets.
     */
    OWNED,
    /** Delete every secret the request does not name, whoever wrote it. */
    ALL
}
