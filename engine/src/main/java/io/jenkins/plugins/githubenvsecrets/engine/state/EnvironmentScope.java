package io.jenkins.plugins.githubenvsecrets.engine.state;

import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentName;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryCoordinates;
import java.util.Locale;
import java.util.Objects;

/**
 * One environment on one GitHub: the unit that records are kept and fingerprints are bound to. GitHub ignores case
 * in repository and environment names, so the key does too.
 */
public record EnvironmentScope(String apiUrl, RepositoryCoordinates repository, EnvironmentName environment) {
    public EnvironmentScope {
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(environment, "environment");
    }

    /** A stable text key: API URL, repository and environment, lower case, separated by a space. */
    public String key() {
        return apiUrl + " " + repository.toString().toLowerCase(Locale.ROOT) + " "
                + environment.value().toLowerCase(Locale.ROOT);
    }
}
