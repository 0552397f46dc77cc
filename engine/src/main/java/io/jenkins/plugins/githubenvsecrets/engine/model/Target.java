package io.jenkins.plugins.githubenvsecrets.engine.model;

/**
 * Where GitHub keeps a set of secrets or variables: an environment of a repository, a repository or an organization,
 * for one application. Each target has its own public key and routes; records of earlier syncs are kept per target.
 */
public sealed interface Target permits EnvironmentTarget, RepositoryTarget, OrganizationTarget {
    TargetKind kind();

    Application application();

    /**
     * The route under the API URL below which this target's secrets and variables live, as segments to encode one by
     * one: {@code [repos, acme, web, environments, production]}, {@code [repos, acme, web, dependabot]},
     * {@code [orgs, acme, actions]}. Environment variables and Actions secrets share their target's route.
     */
    java.util.List<String> routeSegments();

    /**
     * A stable key naming this target alone: its route in lower case (GitHub ignores case in every name it holds),
     * each segment percent-encoded, joined by {@code /}, such as {@code repos/acme/web/environments/prod%20eu}.
     * Two targets are equal exactly when their keys are.
     */
    default String key() {
        return PathKeys.join(routeSegments());
    }

    /** In words, for messages: {@code environment 'production' of acme/web}, {@code organization acme (Dependabot)}. */
    String describe();
}
