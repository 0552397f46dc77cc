package io.jenkins.plugins.githubenvsecrets.engine.audit;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryAccess;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.SecretName;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
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
 * One recorded secret or variable as the audit shows it: where it lives, and everything its record says except the
 * fingerprint.
 *
 * @param server the GitHub API URL
 * @param scope what GitHub keys it by: an environment, a repository or an organization
 * @param application whose it is: Actions (every variable), Dependabot or Codespaces
 * @param repository {@code owner/name} as the sync gave it; empty for an organization's
 * @param organization the organization's login for an organization's; empty otherwise
 * @param environment the environment's name as the sync gave it; empty for a repository's or organization's own
 * @param kind a secret or a variable
 * @param name the name as GitHub stores it (upper case)
 * @param source a credential id or {@code env:VARIABLE}; {@code null} when not known
 * @param owners the sync identities that declare it, sorted: a job's full name, or {@code <full name>/<suffix>}
 * @param writtenBy the job and build that wrote it last; {@code null} when not known
 * @param writtenAt when GitHub stored that write; {@code null} when not known
 * @param lastSeenUpdatedAt GitHub's {@code updated_at} when a sync last listed it; {@code null} if never
 * @param access for an organization's, which repositories the last write let read it; {@code null} otherwise or when
 *     not known
 */
public record RecordRow(String server, TargetKind scope, Application application, String repository,
        String organization, String environment, ValueKind kind, String name, String source, List<String> owners,
        WrittenBy writtenBy, Instant writtenAt, Instant lastSeenUpdatedAt, RepositoryAccess access) {
    public RecordRow {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        owners = List.copyOf(owners);
    }

    /** The row of one record; the fingerprint stays behind. */
    public static RecordRow of(RecordedSecret recorded) {
        return of(recorded.scope(), recorded.name(), recorded.record());
    }

    static RecordRow of(RecordScope scope, SecretName name, SecretRecord record) {
        Target target = scope.target();
        return new RecordRow(scope.apiUrl(), target.kind(), target.application(), repositoryOf(target),
                target instanceof OrganizationTarget organization ? organization.organization().value() : "",
                target instanceof EnvironmentTarget environment ? environment.environment().value() : "",
                scope.kind(), name.value(), record.source(), List.copyOf(record.owners()), record.writtenBy(),
                record.writtenAt(), record.lastSeenUpdatedAt(), record.access());
    }

    private static String repositoryOf(Target target) {
        if (target instanceof EnvironmentTarget environment) {
            return environment.repository().toString();
        }
        if (target instanceof RepositoryTarget repository) {
            return repository.repository().toString();
        }
        return "";
    }

    /** The repository, or for an organization's the organization: one column for where it lives. */
    public String repositoryOrOrganization() {
        return repository.isEmpty() ? organization : repository;
    }

    public Optional<String> sourceIfKnown() {
        return Optional.ofNullable(source);
    }

    public Optional<WrittenBy> writtenByIfKnown() {
        return Optional.ofNullable(writtenBy);
    }

    public Optional<RepositoryAccess> accessIfKnown() {
        return Optional.ofNullable(access);
    }

    /** Whether the job with this full name declares it: as its full name or {@code <full name>/<suffix>}. */
    public boolean ownedBy(String jobFullName) {
        return owners.stream().anyMatch(owner -> JobIdentities.belongsTo(owner, jobFullName));
    }

    /** Whether the job owns it or wrote it last. */
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
