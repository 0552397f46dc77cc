package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.time.Instant;
import java.util.Objects;

/**
 * A variable as GitHub lists it, value included: a variable is not secret, and its value is what a sync compares.
 * It is still never shown by this client: {@link #toString()} leaves it out, so that logs tell outcomes only.
 */
public record VariableMetadata(String name, String value, Instant createdAt, Instant updatedAt) {
    public VariableMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public String toString() {
        return "VariableMetadata[name=" + name + ", value not shown, createdAt=" + createdAt + ", updatedAt="
                + updatedAt + "]";
    }
}
