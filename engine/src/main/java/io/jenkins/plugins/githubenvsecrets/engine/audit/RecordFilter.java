package io.jenkins.plugins.githubenvsecrets.engine.audit;

import java.util.Locale;

/**
 * Which rows of the audit to show. Each criterion is optional (blank means any) and must match exactly; names ignore
 * case, as GitHub does.
 *
 * @param server the GitHub API URL
 * @param scope {@code environment}, {@code repository} or {@code organization}
 * @param application {@code actions}, {@code dependabot} or {@code codespaces}
 * @param repository {@code owner/name}
 * @param organization an organization's login: matches its own secrets and variables, and those of its repositories
 *     and their environments
 * @param environment the environment's name
 * @param kind {@code secret} or {@code variable}
 * @param name the secret's or variable's name
 * @param credential the source: a credential id or {@code env:VARIABLE}
 * @param job a job's full name: matches what it owns or wrote last
 */
public record RecordFilter(String server, String scope, String application, String repository, String organization,
        String environment, String kind, String name, String credential, String job) {
    /** Shows every row. */
    public static final RecordFilter NONE = new RecordFilter(null, null, null, null, null, null, null, null, null,
            null);

    public RecordFilter {
        server = blankToNull(server);
        scope = blankToNull(scope);
        application = blankToNull(application);
        repository = blankToNull(repository);
        organization = blankToNull(organization);
        environment = blankToNull(environment);
        kind = blankToNull(kind);
        name = blankToNull(name);
        credential = blankToNull(credential);
        job = blankToNull(job);
    }

    /** The criteria of environment secrets, as the audit first offered them. */
    public RecordFilter(String server, String repository, String environment, String name, String credential,
            String job) {
        this(server, null, null, repository, null, environment, null, name, credential, job);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public boolean matches(RecordRow row) {
        return (server == null || server.equals(row.server()))
                && (scope == null || scope.equalsIgnoreCase(row.scope().noun()))
                && (application == null || application.equalsIgnoreCase(row.application().pathSegment()))
                && (repository == null || repository.equalsIgnoreCase(row.repository()))
                && (organization == null || organization.equalsIgnoreCase(row.organization())
                        || organization.equalsIgnoreCase(ownerOf(row.repository())))
                && (environment == null
                        || environment.toLowerCase(Locale.ROOT).equals(row.environment().toLowerCase(Locale.ROOT)))
                && (kind == null || kind.equalsIgnoreCase(row.kind().noun()))
                && (name == null || name.equalsIgnoreCase(row.name()))
                && (credential == null || credential.equals(row.source()))
                && (job == null || row.involves(job));
    }

    private static String ownerOf(String repository) {
        int slash = repository.indexOf('/');
        return slash < 0 ? "" : repository.substring(0, slash);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
