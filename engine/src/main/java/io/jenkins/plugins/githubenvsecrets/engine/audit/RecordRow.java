package io.jenkins.plugins.githubenvsecrets.engine.audit;

import io.jenkins.plugins.githubenvsecrets.engine.state.RecordedSecret;
import io.jenkins.plugins.githubenvsecrets.engine.state.SecretRecord;
import io.jenkins.plugins.githubenvsecrets.engine.state.WrittenBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded secret as the audit shows it: everything the record says except its fingerprint.
 *
 * @param server the GitHub API URL
 * @param repository {@code owner/name} as the sync gave it
 * @param environment the environment's name as the sync gave it
 * @param secret the secret's name as GitHub stores it (upper case)
 * @param source a credential id or {@code env:VARIABLE}; {@code null} when not known
 * @param owners the sync identities that declare the secret, sorted: a job's full name, or {@code <full name>/<suffix>}
 * @param writtenBy the job and build that wrote it last; {@code null} when not known
 * @param writtenAt when GitHub stored that write; {@code null} when not known
 * @param lastSeenUpdatedAt GitHub's {@code updated_at} when a sync last listed it; {@code null} if never
 */
public record RecordRow(String server, String repository, String environment, String secret, String source,
        List<String> owners, WrittenBy writtenBy, Instant writtenAt, Instant lastSeenUpdatedAt) {
    public RecordRow {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(secret, "secret");
        owners = List.copyOf(owners);
    }

    /** The row of one record; the fingerprint stays behind. */
    public static RecordRow of(RecordedSecret recorded) {
        SecretRecord record = recorded.record();
        return new RecordRow(recorded.scope().apiUrl(), recorded.scope().repository().toString(),
                recorded.scope().environment().value(), recorded.name().value(), record.source(),
                List.copyOf(record.owners()), record.writtenBy(), record.writtenAt(), record.lastSeenUpdatedAt());
    }

    public Optional<String> sourceIfKnown() {
        return Optional.ofNullable(source);
    }

    public Optional<WrittenBy> writtenByIfKnown() {
        return Optional.ofNullable(writtenBy);
    }

    /**
     * Whether the job with this full name declares the secret: an owner is its full name or {@code <full name>/...}.
     * A job is never a folder, so no other job's identity starts with its name and a slash.
     */
    public boolean ownedBy(String jobFullName) {
        return owners.stream().anyMatch(owner -> owner.equals(jobFullName) || owner.startsWith(jobFullName + "/"));
    }

    /** Whether the job owns the secret or wrote it last. */
    public boolean involves(String jobFullName) {
        return ownedBy(jobFullName) || (writtenBy != null && writtenBy.job().equals(jobFullName));
    }

    /**
     * The full names a sync identity may belong to, longest first: {@code team/api/backend} is the job of that name,
     * or job {@code team/api} with suffix {@code backend}, or job {@code team}; which of them is a job only Jenkins
     * knows.
     */
    public static List<String> jobsNamedBy(String identity) {
        List<String> names = new ArrayList<>();
        for (String name = identity; !name.isEmpty(); name = name.substring(0, Math.max(0, name.lastIndexOf('/')))) {
            names.add(name);
        }
        return names;
    }
}
