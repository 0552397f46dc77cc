package io.jenkins.plugins.githubenvsecrets.engine.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A secret as the fake keeps it: the plaintext that arrived after real decryption, and its timestamps. */
final class StoredSecret {
    private final String name;
    private final byte[] value;
    private final Instant createdAt;
    private final Instant updatedAt;
    /** The {@code updated_at} before the last write; null when the last write created the secret. */
    private final Instant previousUpdatedAt;

    StoredSecret(String name, byte[] value, Instant createdAt, Instant updatedAt) {
        this(name, value, createdAt, updatedAt, null);
    }

    private StoredSecret(String name, byte[] value, Instant createdAt, Instant updatedAt, Instant previousUpdatedAt) {
        this.name = name;
        this.value = value.clone();
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.previousUpdatedAt = previousUpdatedAt;
    }

    /** The same secret with a new value; it keeps its creation time. */
    StoredSecret updated(byte[] newValue, Instant now) {
        return new StoredSecret(name, newValue, createdAt, now, updatedAt);
    }

    /**
     * What a listing shows at {@code now} when listings lag writes by {@code lag}: a write younger than that is not
     * seen yet, so the secret shows its time before it, or is missing if that write created it.
     */
    Optional<SecretMetadata> metadataListedAt(Instant now, Duration lag) {
        if (lag.isZero() || !now.isBefore(updatedAt.plus(lag))) {
            return Optional.of(metadata());
        }
        return Optional.ofNullable(previousUpdatedAt).map(before -> new SecretMetadata(name, createdAt, before));
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
