package io.jenkins.plugins.githubenvsecrets.engine.github;

/** How GitHub answered a secret write: 201 for a new secret, 204 for a replaced one. */
public enum WriteOutcome {
    CREATED,
    UPDATED
}
