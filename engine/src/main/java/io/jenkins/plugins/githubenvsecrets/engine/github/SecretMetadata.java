package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.time.Instant;
import java.util.Objects;

/** What GitHub tells about a secret of any target: its name and times, never its value. */
public record SecretMetadata(String name, Instant createdAt, Instant updatedAt) {
    public SecretMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
