package io.jenkins.plugins.githubenvsecrets.engine.state;

import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What this Jenkins remembers of one secret it wrote. Never a value, nor anything a value can be recovered from.
 *
 * @param fingerprint keyed HMAC of the value as written, bound to the writing job (base64); {@code null} when none is
 *     known, as after the writing job was renamed or deleted: the next sync then writes the secret once more
 * @param writtenAt when GitHub stored the write, as GitHub stated it (the {@code Date} of its answer, when sane);
 *     {@code null} when not known, so the secret counts as changed on GitHub
 * @param owners the sync identities that declare this secret; pruning deletes it only for its sole owner
 * @param source where the value came from (a credential id, {@code env:VARIABLE}); {@code null} when not known
 * @param writtenBy the job and build that wrote it last; {@code null} when not known
 * @param lastSeenUpdatedAt GitHub's {@code updated_at} when a sync last listed the secret; {@code null} if never
 * @param claimants the sync identities of running syncs that declare this secret and have read its target with their
 *     own token, but not yet written it or found it unchanged: a prune spares a claimed secret, yet a claim is no
 *     ownership, and no page shows it. It ends with the claimant's sync, as ownership or as nothing.
 * @param laterFields fields that a later version of the record added, by name, each as the JSON text it wrote: kept
 *     while the record is carried over, and dropped with a new write, which they no longer describe
 * @param access for an organization's secret or variable, which repositories the last write let read it (visibility
 *     and, for {@code selected}, the repository ids sent); {@code null} for other targets or when not known
 */
public record SecretRecord(String fingerprint, Instant writtenAt, Set<String> owners, String source,
        WrittenBy writtenBy, Instant lastSeenUpdatedAt, Set<String> claimants, Map<String, String> laterFields,
        RepositoryAccess access) {
    /**
     * How far GitHub's {@code updated_at} may lie after the time GitHub gave for our write and still be that write:
     * both are whole seconds from GitHub's clock, taken a moment apart. A listing read right after a write may also
     * still show an older time; that, too, is our write, not a change.
     */
    public static final Duration WRITE_TIME_TOLERANCE = Duration.ofSeconds(2);

    public SecretRecord {
        owners = sorted(owners);
        claimants = sorted(claimants == null ? Set.of() : claimants);
        laterFields = Collections.unmodifiableMap(new TreeMap<>(laterFields == null ? Map.of() : laterFields));
    }

    /** A record without the access of an organization's secret or variable. */
    public SecretRecord(String fingerprint, Instant writtenAt, Set<String> owners, String source, WrittenBy writtenBy,
            Instant lastSeenUpdatedAt, Set<String> claimants, Map<String, String> laterFields) {
        this(fingerprint, writtenAt, owners, source, writtenBy, lastSeenUpdatedAt, claimants, laterFields, null);
    }

    /** A record with neither claims nor fields of a later version. */
    public SecretRecord(String fingerprint, Instant writtenAt, Set<String> owners, String source, WrittenBy writtenBy,
            Instant lastSeenUpdatedAt) {
        this(fingerprint, writtenAt, owners, source, writtenBy, lastSeenUpdatedAt, Set.of(), Map.of());
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

    /** With the access this write sent: which repositories of the organization may read it. */
    public SecretRecord withAccess(RepositoryAccess written) {
        return new SecretRecord(fingerprint, writtenAt, owners, source, writtenBy, lastSeenUpdatedAt, claimants,
                laterFields, written);
    }

    public Optional<RepositoryAccess> accessIfKnown() {
        return Optional.ofNullable(access);
    }

    /** Whether the value last written has this fingerprint; never when no fingerprint is known. */
    public boolean hasFingerprint(String candidate) {
        return fingerprint != null && fingerprint.equals(candidate);
    }

    public Optional<String> sourceIfKnown() {
        return Optional.ofNullable(source);
    }

    public Optional<WrittenBy> writtenByIfKnown() {
        return Optional.ofNullable(writtenBy);
    }

    /** With {@code identity} among the owners; its claim, if any, ends in ownership. */
    public SecretRecord withOwner(String identity) {
        return new SecretRecord(fingerprint, writtenAt, plus(owners, identity), source, writtenBy, lastSeenUpdatedAt,
                minus(claimants, identity), laterFields, access);
    }

    public SecretRecord withoutOwner(String identity) {
        return new SecretRecord(fingerprint, writtenAt, minus(owners, identity), source, writtenBy, lastSeenUpdatedAt,
                claimants, laterFields, access);
    }

    /** With a claim of {@code identity}, unless it owns the secret already. */
    public SecretRecord withClaim(String identity) {
        return owners.contains(identity) ? this : new SecretRecord(fingerprint, writtenAt, owners, source, writtenBy,
                lastSeenUpdatedAt, plus(claimants, identity), laterFields, access);
    }

    public SecretRecord withoutClaim(String identity) {
        return claimants.contains(identity) ? new SecretRecord(fingerprint, writtenAt, owners, source, writtenBy,
                lastSeenUpdatedAt, minus(claimants, identity), laterFields, access) : this;
    }

    /** The same record with the owners and claims of {@code earlier}, which it replaces. */
    public SecretRecord withOwnersOf(SecretRecord earlier) {
        return earlier == null ? this : new SecretRecord(fingerprint, writtenAt, earlier.owners(), source, writtenBy,
                lastSeenUpdatedAt, earlier.claimants(), laterFields, access);
    }

    public SecretRecord seen(Instant updatedAt) {
        return new SecretRecord(fingerprint, writtenAt, owners, source, writtenBy, updatedAt, claimants, laterFields,
                access);
    }

    /** Whether {@code identity} is the only sync that declares this secret: its sole owner, whom nobody else joins. */
    public boolean ownedOnlyBy(String identity) {
        return owners.size() == 1 && owners.contains(identity) && claimants.stream().allMatch(identity::equals);
    }

    /** Whether the job with this full name owns or claims the secret, or wrote it last. */
    public boolean involves(String jobFullName) {
        return owners.stream().anyMatch(owner -> JobIdentities.belongsTo(owner, jobFullName))
                || claimants.stream().anyMatch(claimant -> JobIdentities.belongsTo(claimant, jobFullName))
                || writtenByJob(jobFullName);
    }

    /**
     * The record after the job moved from {@code oldFullName} to {@code newFullName}: its identities and its writes
     * follow it, while a fingerprint it wrote, bound to the old name, is no longer known.
     */
    public SecretRecord withJobMoved(String oldFullName, String newFullName) {
        boolean wroteIt = writtenByJob(oldFullName);
        return new SecretRecord(wroteIt ? null : fingerprint, writtenAt,
                moved(owners, oldFullName, newFullName), source, wroteIt ? writtenBy.movedTo(newFullName) : writtenBy,
                lastSeenUpdatedAt, moved(claimants, oldFullName, newFullName), laterFields, access);
    }

    /**
     * The record after the job was deleted: it owns and claims nothing, and a fingerprint it wrote is forgotten, so a
     * job created later under its name inherits nothing. The rest stays, saying what this Jenkins wrote.
     */
    public SecretRecord withJobDeleted(String fullName) {
        boolean wroteIt = writtenByJob(fullName);
        return new SecretRecord(wroteIt ? null : fingerprint, writtenAt, without(owners, fullName), source,
                wroteIt ? writtenBy.ofDeletedJob() : writtenBy, lastSeenUpdatedAt, without(claimants, fullName),
                laterFields, access);
    }

    private boolean writtenByJob(String jobFullName) {
        return writtenBy != null && !writtenBy.jobDeleted() && writtenBy.job().equals(jobFullName);
    }

    /** Everything but the fingerprint, which no text may show; of fields a later version added, only the names. */
    @Override
    public String toString() {
        return "SecretRecord[writtenAt=" + writtenAt + ", owners=" + owners + ", source=" + source + ", writtenBy="
                + writtenBy + ", lastSeenUpdatedAt=" + lastSeenUpdatedAt + ", claimants=" + claimants
                + (laterFields.isEmpty() ? "" : ", laterFields=" + laterFields.keySet())
                + (access == null ? "" : ", access=" + access) + "]";
    }

    private static Set<String> sorted(Set<String> identities) {
        return Collections.unmodifiableSet(new TreeSet<>(identities));
    }

    private static Set<String> plus(Set<String> identities, String identity) {
        Set<String> more = new TreeSet<>(identities);
        more.add(identity);
        return more;
    }

    private static Set<String> minus(Set<String> identities, String identity) {
        Set<String> fewer = new TreeSet<>(identities);
        fewer.remove(identity);
        return fewer;
    }

    private static Set<String> without(Set<String> identities, String jobFullName) {
        return identities.stream().filter(identity -> !JobIdentities.belongsTo(identity, jobFullName))
                .collect(Collectors.toSet());
    }

    private static Set<String> moved(Set<String> identities, String oldFullName, String newFullName) {
        return identities.stream().map(identity -> JobIdentities.moved(identity, oldFullName, newFullName))
                .collect(Collectors.toSet());
    }
}
