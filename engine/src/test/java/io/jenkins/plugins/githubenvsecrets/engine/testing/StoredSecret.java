package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.time.Instant;

/** A secret as the fake keeps it: the plaintext that arrived after real decryption, and its timestamps. */
final class StoredSecret {
    private final String name;
    private final byte[] value;
    private final Instant createdAt;
    private final Instant updatedAt;

    StoredSecret(String name, byte[] value, Instant createdAt, Instant updatedAt) {
        this.name = name;
        this.value = value.clone();
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** The same secret with a new value; it keeps its creation time. */
    StoredSecret updated(byte[] newValue, Instant now) {
        return new StoredSecret(name, newValue, createdAt, now);
    }

    byte[] value() {
        return value.clone();
    }

    SecretMetadata metadata() {
        return new SecretMetadata(name, createdAt, updatedAt);
    }

    @Override
    public String toString() {
        return "secret " + name + " (value hidden)";
    }
}
