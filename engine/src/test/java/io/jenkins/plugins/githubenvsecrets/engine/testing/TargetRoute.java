package io.jenkins.plugins.githubenvsecrets.engine.testing;

import io.jenkins.plugins.githubenvsecrets.engine.model.Application;
import io.jenkins.plugins.githubenvsecrets.engine.model.TargetKind;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A path below the secrets or variables of a repository ({@code /repos/{owner}/{repo}/{application}/...} or the
 * {@code /repositories/{id}} form), of an environment ({@code .../environments/{name}/variables...}; its secrets are
 * {@link Route}'s) or of an organization ({@code /orgs/{org}/{application}/...}). Each segment is decoded on its own.
 *
 * @param level which kind of target the path names
 * @param repository the repository, for repository and environment routes; null for an organization
 * @param organization the organization's login, for organization routes; null otherwise
 * @param environment the environment's name, for environment routes; null otherwise
 * @param name the secret or variable, or null for the listing and the public key
 * @param repositoryId the repository of {@link TargetEndpoint#SELECTED_REPOSITORY}; null otherwise
 */
record TargetRoute(TargetEndpoint endpoint, String documentation, TargetKind level, ValueKind kind,
        Application application, RepositoryRef repository, String organization, String environment, String name,
        Long repositoryId) implements FakeRoute {
    private static final String ID = "[0-9]{1,18}";

    static Optional<TargetRoute> parse(String method, List<String> segments) {
        if (segments.stream().anyMatch(String::isEmpty) || segments.size() < 2) {
            return Optional.empty();
        }
        if (segments.get(0).equals("orgs")) {
            return below(method, TargetKind.ORGANIZATION, null, segments.get(1), null, segments.subList(2,
                    segments.size()));
        }
        RepositoryRef repository;
        List<String> rest;
        if (segments.get(0).equals("repos") && segments.size() >= 3) {
            repository = new RepositoryRef.ByName(segments.get(1), segments.get(2));
            rest = segments.subList(3, segments.size());
        } else if (segments.get(0).equals("repositories") && segments.get(1).matches(ID)) {
            repository = new RepositoryRef.ById(Long.parseLong(segments.get(1)));
            rest = segments.subList(2, segments.size());
        } else {
            return Optional.empty();
        }
        if (rest.size() >= 3 && rest.get(0).equals("environments") && rest.get(2).equals("variables")) {
            return tail(method, TargetKind.ENVIRONMENT, ValueKind.VARIABLE, Application.ACTIONS, repository, null,
                    rest.get(1), rest.subList(3, rest.size()));
        }
        return below(method, TargetKind.REPOSITORY, repository, null, null, rest);
    }

    /** {@code {application}/{secrets|variables}/...}; GitHub has variables for Actions only. */
    private static Optional<TargetRoute> below(String method, TargetKind level, RepositoryRef repository,
            String organization, String environment, List<String> rest) {
        if (rest.size() < 2) {
            return Optional.empty();
        }
        var application = Arrays.stream(Application.values())
                .filter(candidate -> candidate.pathSegment().equals(rest.get(0))).findFirst();
        var kind = Arrays.stream(ValueKind.values())
                .filter(candidate -> candidate.pathSegment().equals(rest.get(1))).findFirst();
        if (application.isEmpty() || kind.isEmpty()
                || kind.get() == ValueKind.VARIABLE && application.get() != Application.ACTIONS) {
            return Optional.empty();
        }
        return tail(method, level, kind.get(), application.get(), repository, organization, environment,
                rest.subList(2, rest.size()));
    }

    private static Optional<TargetRoute> tail(String method, TargetKind level, ValueKind kind,
            Application application, RepositoryRef repository, String organization, String environment,
            List<String> tail) {
        TargetEndpoint endpoint;
        String name = tail.isEmpty() ? null : tail.get(0);
        Long repositoryId = null;
        if (tail.isEmpty()) {
            endpoint = TargetEndpoint.LIST;
        } else if (tail.size() == 1) {
            endpoint = kind == ValueKind.SECRET && name.equals("public-key") && method.equals("GET")
                    ? TargetEndpoint.PUBLIC_KEY : TargetEndpoint.ITEM;
        } else if (tail.get(1).equals("repositories") && tail.size() == 2) {
            endpoint = TargetEndpoint.SELECTED_REPOSITORIES;
        } else if (tail.get(1).equals("repositories") && tail.size() == 3 && tail.get(2).matches(ID)) {
            endpoint = TargetEndpoint.SELECTED_REPOSITORY;
            repositoryId = Long.parseLong(tail.get(2));
        } else {
            return Optional.empty();
        }
        if (endpoint == TargetEndpoint.PUBLIC_KEY) {
            name = null;
        }
        var found = endpoint;
        var id = repositoryId;
        var item = name;
        return endpoint.documentation(method, level, kind, application).map(documentation -> new TargetRoute(found,
                documentation, level, kind, application, repository, organization, environment, item, id));
    }

    /** The one permission this route family needs. */
    FineGrainedPermission permission() {
        if (level == TargetKind.ENVIRONMENT) {
            return FineGrainedPermission.ENVIRONMENTS;
        }
        boolean organizationLevel = level == TargetKind.ORGANIZATION;
        if (kind == ValueKind.VARIABLE) {
            return organizationLevel ? FineGrainedPermission.ORGANIZATION_VARIABLES : FineGrainedPermission.VARIABLES;
        }
        return switch (application) {
            case ACTIONS -> organizationLevel ? FineGrainedPermission.ORGANIZATION_SECRETS
                    : FineGrainedPermission.SECRETS;
            case DEPENDABOT -> organizationLevel ? FineGrainedPermission.ORGANIZATION_DEPENDABOT_SECRETS
                    : FineGrainedPermission.DEPENDABOT_SECRETS;
            case CODESPACES -> organizationLevel ? FineGrainedPermission.ORGANIZATION_CODESPACES_SECRETS
                    : FineGrainedPermission.CODESPACES_SECRETS;
        };
    }
}
