package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.time.Instant;

/** What GitHub tells about a stored secret: never its value. Timestamps are whole seconds, as GitHub shows them. */
public record SecretMetadata(String name, Instant createdAt, Instant updatedAt) {
}
