package io.jenkins.plugins.githubenvsecrets.engine.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What this Jenkins remembers of one secret it wrote. Never a value, nor anything a value can be recovered from.
 *
 * @param fingerprint keyed HMAC of the value as written, bound to the writing job (base64)
 * @param writtenAt when GitHub stored the write, as GitHub stated it (the {@code Date} of its answer); {@code null}
 *     when not known, so the secret counts as changed on GitHub
 * @param owners the sync identities that declare this secret; pruning deletes it only for its sole owner
 * @param source where the value came from (a credential id, {@code env:VARIABLE}); {@code null} when not known
 * @param writtenBy the job and build that wrote it last; {@code null} when not known
 * @param lastSeenUpdatedAt GitHub's {@code updated_at} when a sync last listed the secret; {@code null} if never
 */
public record SecretRecord(String fingerprint, Instant writtenAt, Set<String> owners, String source,
        WrittenBy writtenBy, Instant lastSeenUpdatedAt) {
    /**
     * How far GitHub's {@code updated_at} may lie after the time GitHub gave for our write and still be that write:
     * both are whole seconds from GitHub's clock, taken a moment apart. A listing read right after a write may also
     * still show an older time; that, too, is our write, not a change.
     */
    public static final Duration WRITE_TIME_TOLERANCE = Duration.ofSeconds(2);

    public SecretRecord {
        Objects.requireNonNull(fingerprint, "fingerprint");
        owners = Collections.unmodifiableSet(new TreeSet<>(owners));
    }

    /** A record of a write: who wrote it, from where, and when GitHub stored it. */
    public static SecretRecord written(String fingerprint, Instant writtenAt, String source, WrittenBy writtenBy) {
        return new SecretRecord(fingerprint, writtenAt, Set.of(), source, writtenBy, null);
    }

    /**
     * The one meaning of "changed on GitHub since this Jenkins wrote it", used alike to skip unchanged secrets, to
     * spare secrets from pruning, and to report drift: GitHub's {@code updated_at} lies more than
     * {@link #WRITE_TIME_TOLERANCE} after the time GitHub gave for our write, or that time is not known.
     */
    public boolean changedOnGitHubSince(Instant listedUpdatedAt) {
        Objects.requireNonNull(listedUpdatedAt, "listedUpdatedAt");
        return writtenAt == null || listedUpdatedAt.isAfter(writtenAt.plus(WRITE_TIME_TOLERANCE));
    }

    public Optional<String> sourceIfKnown() {
        return Optional.ofNullable(source);
    }

    public Optional<WrittenBy> writtenByIfKnown() {
        return Optional.ofNullable(writtenBy);
    }

    public SecretRecord withOwner(String identity) {
        Set<String> more = new TreeSet<>(owners);
        more.add(identity);
        return new SecretRecord(fingerprint, writtenAt, more, source, writtenBy, lastSeenUpdatedAt);
    }

    public SecretRecord withoutOwner(String identity) {
        Set<String> fewer = new TreeSet<>(owners);
        fewer.remove(identity);
        return new SecretRecord(fingerprint, writtenAt, fewer, source, writtenBy, lastSeenUpdatedAt);
    }

    /** The same record with the owners of {@code earlier}, which it replaces. */
    public SecretRecord withOwnersOf(SecretRecord earlier) {
        return earlier == null ? this
                : new SecretRecord(fingerprint, writtenAt, earlier.owners(), source, writtenBy, lastSeenUpdatedAt);
    }

    public SecretRecord seen(Instant updatedAt) {
        return new SecretRecord(fingerprint, writtenAt, owners, source, writtenBy, updatedAt);
    }

    /** Whether {@code identity} is the only sync that declares this secret. */
    public boolean ownedOnlyBy(String identity) {
        return owners.size() == 1 && owners.contains(identity);
    }

    /** Everything but the fingerprint, which no text may show. */
    @Override
    public String toString() {
        return "SecretRecord[writtenAt=" + writtenAt + ", owners=" + owners + ", source=" + source + ", writtenBy="
                + writtenBy + ", lastSeenUpdatedAt=" + lastSeenUpdatedAt + "]";
    }
}
