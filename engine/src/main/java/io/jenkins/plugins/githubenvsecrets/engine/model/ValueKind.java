package io.jenkins.plugins.githubenvsecrets.engine.model;

/** What a sync publishes under a name: a secret (sealed, never shown) or a variable (plain text GitHub shows). */
public enum ValueKind {
    SECRET("secrets", "secret"),
    VARIABLE("variables", "variable");

    private final String pathSegment;
    private final String noun;

    ValueKind(String pathSegment, String noun) {
        this.pathSegment = pathSegment;
        this.noun = noun;
    }

    /** The segment of GitHub's routes: {@code secrets} or {@code variables}. */
    public String pathSegment() {
        return pathSegment;
    }

    /** {@code secret} or {@code variable}, for messages. */
    public String noun() {
        return noun;
    }
}
