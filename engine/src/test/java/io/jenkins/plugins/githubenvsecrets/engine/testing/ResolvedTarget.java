package io.jenkins.plugins.githubenvsecrets.engine.testing;

import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * The place a {@link TargetRoute} names, found: the repository and environment, or the organization, whose secrets
 * and variables it reads or writes, with that place's limits.
 */
final class ResolvedTarget {
    private final TargetRoute route;
    private final FakeState state;
    private final FakeRepository repository;
    private final FakeEnvironment environment;
    private final FakeOrganization organization;

    ResolvedTarget(TargetRoute route, FakeState state, FakeRepository repository, FakeEnvironment environment,
            FakeOrganization organization) {
        this.route = route;
        this.state = state;
        this.repository = repository;
        this.environment = environment;
        this.organization = organization;
    }

    TargetRoute route() {
        return route;
    }

    boolean isOrganization() {
        return organization != null;
    }

    FakeOrganization organization() {
        return organization;
    }

    /** The secrets of the route's application here; a repository's get their key pair when first needed. */
    SecretHolder secrets() {
        return switch (route.level()) {
            case ENVIRONMENT -> environment;
            case REPOSITORY -> repository.secrets(route.application(), state::newKeys);
            case ORGANIZATION -> organization.secrets(route.application());
        };
    }

    /** The route's application's secrets of the organization, with their access. */
    FakeSecrets organizationSecrets() {
        return organization.secrets(route.application());
    }

    FakeVariables variables() {
        return switch (route.level()) {
            case ENVIRONMENT -> environment.variables();
            case REPOSITORY -> repository.variables();
            case ORGANIZATION -> organization.variables();
        };
    }

    /** {@code environment}, {@code repository} or {@code organization}, for messages. */
    String noun() {
        return route.level().noun();
    }

    int maxSecrets() {
        return switch (route.level()) {
            case ENVIRONMENT -> state.maxSecretsPerEnvironment();
            case REPOSITORY -> TargetLimits.SECRETS_PER_REPOSITORY;
            case ORGANIZATION -> TargetLimits.SECRETS_PER_ORGANIZATION;
        };
    }

    int maxVariables() {
        return switch (route.level()) {
            case ENVIRONMENT -> TargetLimits.VARIABLES_PER_ENVIRONMENT;
            case REPOSITORY -> TargetLimits.VARIABLES_PER_REPOSITORY;
            case ORGANIZATION -> TargetLimits.VARIABLES_PER_ORGANIZATION;
        };
    }

    /** The most the values of all variables here may hold together; no bound of its own for an organization. */
    long maxVariableBytes() {
        return route.level() == TargetKind.ORGANIZATION ? Long.MAX_VALUE : TargetLimits.VARIABLE_BYTES_PER_TARGET;
    }

    /**
     * Refuses ids that are not repositories of this organization: 422. (GitHub's exact answer here is not confirmed;
     * the fake is strict, so that a client sending another owner's ids is found.)
     */
    void requireOwnRepositories(List<Long> ids) throws RejectedRequest {
        for (var id : ids) {
            var owned = state.repository(new RepositoryRef.ById(id))
                    .filter(repository -> repository.owner().equalsIgnoreCase(organization.login()));
            if (owned.isEmpty()) {
                throw RejectedRequest.answer(Reply.error(422, "Invalid request.\n\nRepository " + id
                        + " is not a repository of the organization " + organization.login() + ".",
                        route.documentation()));
            }
        }
    }

    /** {@code {api}/orgs/{org}/{application}/{secrets|variables}/{name}/repositories}, as GitHub lists it. */
    HttpUrl selectedRepositoriesUrl(HttpUrl apiBase, String name) {
        return apiBase.newBuilder().addPathSegment("orgs").addPathSegment(organization.login())
                .addPathSegment(route.application().pathSegment()).addPathSegment(route.kind().pathSegment())
                .addPathSegment(name).addPathSegment("repositories").build();
    }
}
