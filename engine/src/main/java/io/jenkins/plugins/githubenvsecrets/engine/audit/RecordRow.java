package io.jenkins.plugins.githubenvsecrets.engine.audit;

import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.state.JobIdentities;
import io.jenkins.plugins.githubenvsecrets.engine.state.RecordScope;
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
 * @param repository {@code owner/name} as the sync gave it (an organization's login for its secrets)
 * @param environment the environment's name as the sync gave it; empty for a repository's or organization's own
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
        return of(recorded.scope(), recorded.name(), recorded.record());
    }

    static RecordRow of(RecordScope scope, SecretName name, SecretRecord record) {
        return new RecordRow(scope.apiUrl(), repositoryOf(scope.target()), environmentOf(scope.target()),
                name.value(), record.source(), List.copyOf(record.owners()), record.writtenBy(), record.writtenAt(),
                record.lastSeenUpdatedAt());
    }

    private static String repositoryOf(Target target) {
        if (target instanceof EnvironmentTarget environment) {
            return environment.repository().toString();
        }
        if (target instanceof RepositoryTarget repository) {
            return repository.repository().toString();
        }
        return ((OrganizationTarget) target).organization().value();
    }

    private static String environmentOf(Target target) {
        return target instanceof EnvironmentTarget environment ? environment.environment().value() : "";
    }

    public Optional<String> sourceIfKnown() {
        return Optional.ofNullable(source);
    }

    public Optional<WrittenBy> writtenByIfKnown() {
        return Optional.ofNullable(writtenBy);
    }

    /** Whether the job with this full name declares the secret: as its full name or {@code <full name>/<suffix>}. */
    public boolean ownedBy(String jobFullName) {
        return owners.stream().anyMatch(owner -> JobIdentities.belongsTo(owner, jobFullName));
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
