package io.jenkins.plugins.githubenvsecrets.engine.audit;

import java.util.Locale;

/**
 * Which rows of the audit to show. Each criterion is optional (blank means any) and must match exactly; repository,
 * environment and secret names ignore case, as GitHub does.
 *
 * @param server the GitHub API URL
 * @param repository {@code owner/name}
 * @param environment the environment's name
 * @param secret the secret's name
 * @param credential the source: a credential id or {@code env:VARIABLE}
 * @param job a job's full name: matches the secrets it owns or wrote last
 */
public record RecordFilter(String server, String repository, String environment, String secret, String credential,
        String job) {
    /** Shows every row. */
    public static final RecordFilter NONE = new RecordFilter(null, null, null, null, null, null);

    public RecordFilter {
        server = blankToNull(server);
        repository = blankToNull(repository);
        environment = blankToNull(environment);
        secret = blankToNull(secret);
        credential = blankToNull(credential);
        job = blankToNull(job);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public boolean matches(RecordRow row) {
        return (server == null || server.equals(row.server()))
                && (repository == null || repository.equalsIgnoreCase(row.repository()))
                && (environment == null
                        || environment.toLowerCase(Locale.ROOT).equals(row.environment().toLowerCase(Locale.ROOT)))
                && (secret == null || secret.equalsIgnoreCase(row.secret()))
                && (credential == null || credential.equals(row.source()))
                && (job == null || row.involves(job));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
