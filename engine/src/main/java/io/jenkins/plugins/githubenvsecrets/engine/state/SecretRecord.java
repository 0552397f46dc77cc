package io.jenkins.plugins.githubenvsecrets.engine.state;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a sync remembers of one secret it wrote.
 *
 * @param fingerprint keyed HMAC of the value as written (base64), which cannot be turned back into the value
 * @param updatedAt GitHub's {@code updated_at} read back after the write; {@code null} if it could not be read,
 *     so the next sync writes again
 * @param owners the sync identities that declare this secret; pruning deletes it only for its sole owner
 */
public record SecretRecord(String fingerprint, Instant updatedAt, Set<String> owners) {
    public SecretRecord {
        Objects.requireNonNull(fingerprint, "fingerprint");
        owners = Collections.unmodifiableSet(new TreeSet<>(owners));
    }

    public SecretRecord withOwner(String identity) {
        Set<String> more = new TreeSet<>(owners);
        more.add(identity);
        return new SecretRecord(fingerprint, updatedAt, more);
    }

    public SecretRecord withoutOwner(String identity) {
        Set<String> fewer = new TreeSet<>(owners);
        fewer.remove(identity);
        return new SecretRecord(fingerprint, updatedAt, fewer);
    }

    /** Whether {@code identity} is the only sync that declares this secret. */
    public boolean ownedOnlyBy(String identity) {
        return owners.size() == 1 && owners.contains(identity);
    }
}
