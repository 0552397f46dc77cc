package io.jenkins.plugins.githubenvsecrets.engine.github;

import io.jenkins.plugins.githubenvsecrets.engine.model.EnvironmentTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.OrganizationTarget;
import io.jenkins.plugins.githubenvsecrets.engine.model.Target;
import io.jenkins.plugins.githubenvsecrets.engine.model.ValueKind;
import java.util.Optional;

/**
 * What to do about a 403 or a 404 of a request, by the family of its route: the token scope or permission that
 * family needs, and what may be missing. A 404 of an environment's secrets, or of a request without a target, is
 * {@link Failures}' to explain.
 */
final class TargetHints {
    /** {@code GET /repos/{owner}/{repo}}, {@code GET /repositories/{id}} and the GraphQL lookup of ids. */
    private static final String READ_REPOSITORY = "Reading a repository needs only the repository permission"
            + " 'Metadata: read', which a fine-grained token or a GitHub App holds for every repository it may access:"
            + " give it access to this repository. A classic personal access token needs the 'repo' scope for a"
            + " private repository.";
    /** {@code GET /repos/{owner}/{repo}/environments/{environment}}. */
    private static final String READ_ENVIRONMENT = "A classic personal access token needs the 'repo' scope; a"
            + " fine-grained token or a GitHub App needs access to the repository with the repository permission"
            + " 'Actions: read' to read its environments.";
    /** {@code PUT /repos/{owner}/{repo}/environments/{environment}}. */
    private static final String CREATE_ENVIRONMENT = "A classic personal access token needs the 'repo' scope; a"
            + " fine-grained token or a GitHub App needs access to the repository with the repository permission"
            + " 'Administration: write' to create an environment.";

    private TargetHints() {}

    /**
     * The scope and permission the request needs: what the target's secrets or variables need to be written, or for a
     * request about a repository or an environment itself, what reading or creating it needs.
     */
    static String permissions(RequestContext request) {
        Target target = request.target();
        if (target != null) {
            return TokenPermissions.toWrite(target, kind(request));
        }
        if (request.environment() != null) {
            return request.method().equals("GET") ? READ_ENVIRONMENT : CREATE_ENVIRONMENT;
        }
        return READ_REPOSITORY;
    }

    /** What may be missing; empty for environment secrets and requests without a target. */
    static Optional<String> notFound(RequestContext request) {
        Target target = request.target();
        if (target == null || isEnvironmentSecret(request)) {
            return Optional.empty();
        }
        String item = request.secret() == null || request.method().equals("POST") ? ""
                : " (or holds no " + kind(request).noun() + " '" + request.secret() + "')";
        if (target instanceof OrganizationTarget organization) {
            return Optional.of("The organization " + organization.organization() + " does not exist" + item
                    + ", or the token cannot see it. Check the organization's name and that the token may manage"
                    + " its " + kind(request).pathSegment() + ".");
        }
        String where = target instanceof EnvironmentTarget environment
                ? "The repository " + request.repository() + " or its environment '" + environment.environment()
                        + "' does not exist"
                : "The repository " + request.repository() + " does not exist";
        return Optional.of(where + item + ", or the token cannot see it. Check the names, and that the token has"
                + " access to the repository.");
    }

    private static boolean isEnvironmentSecret(RequestContext request) {
        return request.target() instanceof EnvironmentTarget && kind(request) == ValueKind.SECRET;
    }

    private static ValueKind kind(RequestContext request) {
        return request.kind() == null ? ValueKind.SECRET : request.kind();
    }
}
