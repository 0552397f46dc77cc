package io.jenkins.plugins.githubenvsecrets.engine.github;

import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.RepositoryTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.util.Objects;

/**
 * What a request was about, for messages: the HTTP method and the repository, environment and secret or variable it
 * names. Never holds a value or a token.
 *
 * @param method HTTP method
 * @param repository {@code owner/name}, {@code id 123} when only the numeric id is known, or {@code null} when the
 *     request concerns an organization
 * @param environment the environment, or {@code null} when the request concerns no environment
 * @param secret the name of the secret (or, with {@code kind} {@link ValueKind#VARIABLE}, of the variable), or
 *     {@code null} when the request concerns no single one
 * @param target the target the request addresses, or {@code null} for a request about repositories alone
 * @param kind whether {@code secret} names a secret or a variable; {@code null} means a secret
 */
public record RequestContext(String method, String repository, String environment, String secret, Target target,
        ValueKind kind) {
    /** How a repository known by its id alone is named; no owner/name holds a space. */
    private static final String ID = "id ";

    public RequestContext {
        Objects.requireNonNull(method, "method");
        if (repository == null && !(target instanceof OrganizationTarget)) {
            throw new NullPointerException("repository");
        }
    }

    /** A request about a repository, or an environment of one, and a secret in it. */
    public RequestContext(String method, String repository, String environment, String secret) {
        this(method, repository, environment, secret, null, null);
    }

    /** A request about the repository of the numeric {@code id}, whose owner and name are not known yet. */
    public static RequestContext repositoryId(String method, long id) {
        return new RequestContext(method, ID + id, null, null);
    }

    /** Whether the request names its repository by numeric id alone ({@link #repositoryId}). */
    public boolean byRepositoryId() {
        return repository != null && repository.startsWith(ID);
    }

    /** A request to {@code target} about its {@code kind} named {@code name}, or about all of them when null. */
    public static RequestContext of(String method, Target target, ValueKind kind, String name) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        if (target instanceof EnvironmentTarget environment) {
            return new RequestContext(method, environment.repository().toString(), environment.environment().value(),
                    name, target, kind);
        }
        if (target instanceof RepositoryTarget repository) {
            return new RequestContext(method, repository.repository().toString(), null, name, target, kind);
        }
        return new RequestContext(method, null, null, name, target, kind);
    }

    /**
     * For example {@code PUT repository acme/web, environment 'production', secret 'API_KEY'},
     * {@code POST repository acme/web, variable 'REGION'} or {@code PUT organization acme (Dependabot), secret 'NPM'}.
     */
    public String describe() {
        StringBuilder text = new StringBuilder(method).append(' ');
        if (target instanceof OrganizationTarget || target instanceof RepositoryTarget) {
            text.append(target.describe());
        } else {
            text.append("repository ").append(repository);
        }
        if (environment != null) {
            text.append(", environment '").append(environment).append('\'');
        }
        if (secret != null) {
            text.append(", ").append(kind == null ? ValueKind.SECRET.noun() : kind.noun()).append(" '").append(secret)
                    .append('\'');
        }
        return text.toString();
    }
}
