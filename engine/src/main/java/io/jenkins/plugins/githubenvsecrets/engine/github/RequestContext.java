package io.jenkins.plugins.githubenvsecrets.engine.github;

import java.util.Objects;

/**
 * What a request was about, for messages: the HTTP method and the repository, environment and secret it names.
 * Never holds a value or a token.
 *
 * @param method HTTP method
 * @param repository {@code owner/name}, or {@code id 123} when only the numeric id is known
 * @param environment the environment, or {@code null} when the request concerns the repository only
 * @param secret the secret name, or {@code null} when the request concerns no single secret
 */
public record RequestContext(String method, String repository, String environment, String secret) {
    public RequestContext {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(repository, "repository");
    }

    /** For example {@code PUT repository acme/web, environment 'production', secret 'API_KEY'}. */
    public String describe() {
        StringBuilder text = new StringBuilder(method).append(" repository ").append(repository);
        if (environment != null) {
            text.append(", environment '").append(environment).append('\'');
        }
        if (secret != null) {
            text.append(", secret '").append(secret).append('\'');
        }
        return text.toString();
    }
}
